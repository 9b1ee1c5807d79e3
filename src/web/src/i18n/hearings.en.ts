// Protective orders, hearings and the court calendar (the record's legal section and the Court
// calendar page). Spanish in hearings.es.ts, same keys.
import type { HearingType } from '../../../domain/hearings.js';
import type { ProtectiveOrderType } from '../../../domain/protective-orders.js';

const orderTypes = {
  emergency: 'Emergency',
  temporary: 'Temporary',
  permanent: 'Permanent',
  criminal: 'Criminal protective order',
} satisfies Record<ProtectiveOrderType, string>;

const hearingTypes = {
  detention: 'Detention',
  jurisdiction: 'Jurisdiction',
  disposition: 'Disposition',
  review: 'Review',
  trial_testimony: 'Trial or testimony',
  other: 'Other',
} satisfies Record<HearingType, string>;

export const hearingsEn = {
  protectiveOrders: {
    heading: 'Protective orders',
    intro:
      'While an order is in force, a name check of the person it restrains answers "Do not release: a protective order". Whoever records it gets a task 14 days before it ends.',
    empty: 'No protective order your organization may see.',
    types: orderTypes,
    inForce: 'In force',
    notInForce: 'Not in force',
    summary: '{{type}} · {{court}} · {{issued}} to {{expires}}',
    restrains: 'Restrains: {{name}}',
    recordedBy: 'Recorded by {{name}} ({{organization}})',
    addHeading: 'Record a protective order',
    type: 'Type of order',
    court: 'Court',
    issuedOn: 'Issued on',
    expiresOn: 'Expires on',
    person: 'Restrained person',
    personListed: 'A person listed around the youth',
    personTyped: 'Type a name',
    chooseListed: 'Choose a person',
    name: 'Name',
    aliases: 'Other names (optional)',
    aliasesHint: 'One per line.',
    add: 'Record the order',
    added: 'Order recorded. The renewal task is on My work.',
    required: 'Required.',
    expiresBeforeIssued: 'The order cannot expire before it is issued.',
  },
  hearings: {
    heading: 'Hearings',
    intro:
      'Recording a hearing also records it on the timeline; when the youth testifies, the advocate gets the testimony safety plan task.',
    empty: 'No hearing your organization may see.',
    types: hearingTypes,
    summary: '{{type}} · {{when}} · {{court}}',
    elsewhere: 'In {{county}}',
    testifies: 'The youth testifies',
    attending: 'Attending for the youth: {{organizations}}',
    addHeading: 'Record a hearing',
    startsAt: 'Date and time',
    court: 'Court and department',
    type: 'Type of hearing',
    youthTestifies: 'The youth testifies',
    attendingField: 'Who attends for the youth',
    add: 'Record the hearing',
    added: 'Hearing recorded.',
    addedWithTasks: 'Hearing recorded. Tasks given: {{tasks}}',
    required: 'Required.',
    inThePast: 'A hearing cannot be in the past.',
  },
  courtCalendar: {
    nav: 'Court calendar',
    title: 'Court calendar',
    intro:
      'The hearings of your cases, and for the court those held in this county. The youth’s name shows only where you may read it.',
    week: 'Week of {{date}}',
    previous: 'Previous week',
    next: 'Next week',
    empty: 'No hearings this week.',
    caseNumber: 'Case',
    when: 'When',
    court: 'Court',
    type: 'Type',
    youth: 'Youth',
    nameWithheld: 'Not shared with you',
  },
};

export const hearingsApiErrorsEn = {
  expires_before_issued: 'The order cannot expire before it is issued.',
  restrained_person_not_on_case:
    'That person is not listed around this youth where you may see them. Type the name instead.',
  in_the_past: 'A hearing cannot be in the past.',
  unknown_jurisdiction: 'That county is not known to Lantern.',
  bad_window: 'Choose a window of at most 31 days that ends after it starts.',
};
