// The case timeline on the youth record. Spanish in timeline.es.ts, same keys.
import type { EventType } from '../../../domain/case-events.js';

const eventTypes = {
  identification: 'Identification',
  protective_custody: 'Protective custody',
  arrest_attempt: 'Arrest attempt',
  detention: 'Detention',
  release: 'Release',
  placement_change: 'Placement change',
  missing: 'Missing',
  returned: 'Returned',
  disclosure: 'Disclosure',
  subpoena: 'Subpoena',
  hearing: 'Hearing',
  transfer: 'Transfer',
  charging: 'Charging step',
  screening_result: 'Screening completed',
} satisfies Record<EventType, string>;

export const timelineEn = {
  timeline: {
    title: 'Timeline',
    intro:
      'What happened on the case, newest first: only what your organization may see. Times are in your time zone.',
    empty: 'Nothing on this case that your organization may see yet.',
    kinds: {
      event: 'Event',
      task: 'Task',
      referral: 'Referral',
      consent: 'Consent',
      note: 'Note',
      privileged_note: 'Privileged note',
    },
    eventTypes,
    recordedBy: 'Recorded by {{name}}, {{organization}}',
    recordedLate: 'recorded {{when}}',
    where: 'Where: {{where}}',
    assignedTo: 'For {{organization}}, due {{due}}',
    escalated_one: 'Escalated once',
    escalated_other: 'Escalated {{count}} times',
    clock: {
      met: 'Met, {{duration}} early',
      metOnTime: 'Met on time',
      missed: 'Missed by {{duration}}',
      overdue: 'Overdue by {{duration}}',
      open: 'Due in {{duration}}',
      cancelled: 'Cancelled',
    },
    duration: { days: '{{count}} d', hours: '{{count}} h', minutes: '{{count}} min' },
    referral: '{{service}}, from {{sender}} to {{receiver}}',
    automatic: 'Sent by the county protocol',
    consent: 'Recorded by {{organization}} for {{recipients}}: {{categories}}',
    consentDates: 'Signed {{signed}}; ends {{expires}}',
    revoked: 'Revoked {{date}}',
    note: 'A {{category}} note by {{organization}}',
    privilegedNote: 'A privileged note by {{organization}}',
    withheldHeading: 'Withheld from your organization',
    withheldItem: '{{category}} held by {{organization}}',
    withheldHelp: 'The Overview says whom to ask for each.',
  },
};
