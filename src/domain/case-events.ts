// What happens to a youth, recorded as it happens or later: the events the county protocol
// reacts to (docs/PROTOCOL.md). Each type belongs to one data category, so who may read an event
// is decided by the access module exactly like a note of that category.
import { z } from 'zod';
import { ORGANIZATION_TYPES, type DataCategory, type Role } from './vocabulary.js';

export const EVENT_TYPES = [
  'identification',
  'protective_custody',
  'arrest_attempt',
  'detention',
  'release',
  'placement_change',
  'missing',
  'returned',
  'disclosure',
  'subpoena',
  'hearing',
  'transfer',
  'charging',
  'screening_result',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * The category each event's details belong to. Custody, arrests, court and transfers are legal
 * matters; where a youth lives or was last seen is contact and location, or placement; how the
 * youth came to be identified and what she disclosed to whom are case notes.
 */
export const EVENT_CATEGORY: Readonly<Record<EventType, DataCategory>> = {
  identification: 'case_notes',
  protective_custody: 'legal',
  arrest_attempt: 'legal',
  detention: 'legal',
  release: 'legal',
  placement_change: 'placement',
  missing: 'contact_location',
  returned: 'contact_location',
  disclosure: 'case_notes',
  subpoena: 'legal',
  hearing: 'legal',
  transfer: 'legal',
  charging: 'legal',
  screening_result: 'screening',
};

export const IDENTIFICATION_SETTINGS = [
  'hotel_motel',
  'street',
  'online',
  'residence',
  'school',
  'hospital',
  'placement',
  'other',
] as const;

const shortText = z.string().trim().min(1).max(500);
const isoDate = z.iso.date();
const instant = z.iso.datetime({ offset: true });
const organizationType = z.enum(ORGANIZATION_TYPES);

/**
 * Where the people the protocol calls should go (the hospital, the station), typed by the
 * recorder knowing it travels with the tasks. Every type may carry it.
 */
const where = { where: shortText.optional() };

/**
 * The offense of an arrest attempt or a charging step: a code from the legal profile's covered
 * offenses, or `other` with a description. An older client sends only a description and whether
 * it is prostitution-related, which still works. `covered` is Lantern's answer, filled in by the
 * server from the legal profile (whatever the request says), so a rule can test it.
 */
const offense = {
  offenseCode: z
    .string()
    .trim()
    .regex(/^[a-z0-9_]{1,60}$/, 'an offense code of the legal profile, or other')
    .optional(),
  offenseDescription: shortText.optional(),
  prostitutionRelated: z.boolean().optional(),
  covered: z.boolean().optional(),
};
function offenseNamed(
  details: { offenseCode?: string; offenseDescription?: string; prostitutionRelated?: boolean },
  context: z.core.$RefinementCtx,
) {
  if (details.offenseCode === undefined) {
    if (details.offenseDescription === undefined)
      context.addIssue({ code: 'custom', path: ['offenseDescription'], message: 'Required' });
    if (details.prostitutionRelated === undefined)
      context.addIssue({ code: 'custom', path: ['prostitutionRelated'], message: 'Required' });
  } else if (details.offenseCode === 'other' && details.offenseDescription === undefined) {
    context.addIssue({ code: 'custom', path: ['offenseDescription'], message: 'Required' });
  }
}

/**
 * The details of each type. Few fields are required, so an officer records an identification on a
 * phone at night in under a minute; the rest can be added later in a note.
 */
export const EVENT_DETAILS = {
  identification: z.strictObject({
    ...where,
    byOrganizationType: organizationType.optional(),
    setting: z.enum(IDENTIFICATION_SETTINGS).optional(),
    prostitutionRelated: z.boolean().default(false),
    meetsForensicInterviewCriteria: z.boolean().default(false),
  }),
  protective_custody: z.strictObject({ ...where }),
  arrest_attempt: z.strictObject({ ...where, ...offense }).superRefine(offenseNamed),
  detention: z.strictObject({ ...where, facility: shortText.optional() }),
  release: z.strictObject({
    ...where,
    /** When the youth leaves custody, if set ahead: the release plan is due by then. */
    releaseAt: instant.optional(),
    releasedTo: shortText.optional(),
  }),
  placement_change: z.strictObject({ ...where, placementType: shortText.optional() }),
  missing: z.strictObject({
    ...where,
    fromCare: z.boolean().default(false),
    lastSeen: shortText.optional(),
    riskDescription: shortText.optional(),
    /** How urgent the search is: it heads the alert packet (docs/MISSING-AND-CUSTODY.md). */
    riskLevel: z.enum(['low', 'elevated', 'high']).optional(),
  }),
  returned: z.strictObject({ ...where, knownRunawayHistory: z.boolean().default(false) }),
  disclosure: z.strictObject({
    ...where,
    toOrganizationType: organizationType,
    inCustody: z.boolean().default(false),
  }),
  subpoena: z.strictObject({
    ...where,
    hearingDate: isoDate,
    /** The county where the hearing is, when not this one. */
    hearingJurisdictionId: z.uuid().optional(),
    court: shortText.optional(),
  }),
  hearing: z.strictObject({
    ...where,
    hearingDate: isoDate,
    /** The county where the hearing is, when not this one: that county is told (hearing-county). */
    hearingJurisdictionId: z.uuid().optional(),
    court: shortText.optional(),
    /** Whether the youth testifies: the testimony safety plan follows (docs/PROTOCOL.md). */
    youthTestifies: z.boolean().default(false),
  }),
  transfer: z.strictObject({ ...where, toJurisdictionId: z.uuid() }),
  charging: z.strictObject({ ...where, ...offense }).superRefine(offenseNamed),
  /**
   * Written by Lantern when a screening is completed (docs/SCREENING.md), so the county's rules can
   * act on a positive screen. Whether it was positive only: never the answers or the score.
   */
  screening_result: z.strictObject({ ...where, positive: z.boolean() }),
} satisfies Record<EventType, z.ZodType>;

export type EventDetails<T extends EventType = EventType> = z.output<(typeof EVENT_DETAILS)[T]>;

/** The kinds of value a rule condition can compare a detail with. */
export type ConditionFieldKind = 'boolean' | 'organization_type' | 'setting';

/**
 * The details a rule condition may test, per type: a closed list, so a rule can only ask what the
 * recording form asks (docs/PROTOCOL.md).
 */
export const CONDITION_FIELDS: Readonly<
  Record<EventType, Readonly<Record<string, ConditionFieldKind>>>
> = {
  identification: {
    byOrganizationType: 'organization_type',
    setting: 'setting',
    prostitutionRelated: 'boolean',
    meetsForensicInterviewCriteria: 'boolean',
  },
  protective_custody: {},
  arrest_attempt: { prostitutionRelated: 'boolean', covered: 'boolean' },
  detention: {},
  release: {},
  placement_change: {},
  missing: { fromCare: 'boolean' },
  returned: { knownRunawayHistory: 'boolean' },
  disclosure: { toOrganizationType: 'organization_type', inCustody: 'boolean' },
  subpoena: {},
  hearing: { youthTestifies: 'boolean' },
  transfer: {},
  charging: { prostitutionRelated: 'boolean', covered: 'boolean' },
  screening_result: { positive: 'boolean' },
};

/** The details that name a time a task can be due before: a hearing's day, a planned release. */
export const DEADLINE_FIELDS: Readonly<
  Record<EventType, readonly ('hearingDate' | 'releaseAt')[]>
> = {
  identification: [],
  protective_custody: [],
  arrest_attempt: [],
  detention: [],
  release: ['releaseAt'],
  placement_change: [],
  missing: [],
  returned: [],
  disclosure: [],
  subpoena: ['hearingDate'],
  hearing: ['hearingDate'],
  transfer: [],
  charging: [],
  screening_result: [],
};

export type EventProblem =
  | { readonly code: 'in_the_future'; readonly message: string }
  | { readonly code: 'invalid_details'; readonly message: string; readonly fields: string[] };

/** How far ahead of the server's clock an `occurredAt` may be: a phone's clock runs a little fast. */
export const CLOCK_SKEW_MS = 2 * 60_000;

/**
 * Checks an event as recorded: it happened (it may be recorded late, never ahead of time), and its
 * details are those of its type. Returns the details with defaults filled in.
 */
export function checkEvent(
  input: { readonly type: EventType; readonly occurredAt: Date; readonly details: unknown },
  now: Date,
): { ok: true; details: EventDetails } | { ok: false; problem: EventProblem } {
  if (input.occurredAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    return {
      ok: false,
      problem: {
        code: 'in_the_future',
        message: 'An event is recorded once it has happened; its time cannot be in the future.',
      },
    };
  }
  const parsed = EVENT_DETAILS[input.type].safeParse(input.details ?? {});
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || 'details'))];
    return {
      ok: false,
      problem: {
        code: 'invalid_details',
        message: `The details of a ${input.type.replace('_', ' ')} are not right: ${fields.join(', ')}.`,
        fields,
      },
    };
  }
  return { ok: true, details: parsed.data };
}

/**
 * Who records each event: the people whose work it is to know it happened. Police record what
 * police do (custody, an arrest attempt); the court and probation custody and release; child
 * welfare placements; anyone serving the youth an identification, a disappearance or a return.
 */
export const EVENT_RECORDER_ROLES: Readonly<Record<EventType, readonly Role[]>> = {
  identification: [
    'law_enforcement_officer',
    'child_welfare_worker',
    'probation_officer',
    'advocate',
    'medical_provider',
    'mental_health_provider',
    'forensic_interviewer',
    'provider_intake',
  ],
  protective_custody: ['law_enforcement_officer', 'child_welfare_worker'],
  arrest_attempt: ['law_enforcement_officer'],
  detention: ['law_enforcement_officer', 'probation_officer', 'court_clerk'],
  release: ['probation_officer', 'court_clerk', 'judge'],
  placement_change: ['child_welfare_worker', 'probation_officer'],
  missing: [
    'child_welfare_worker',
    'probation_officer',
    'law_enforcement_officer',
    'advocate',
    'provider_intake',
  ],
  returned: [
    'child_welfare_worker',
    'probation_officer',
    'law_enforcement_officer',
    'advocate',
    'provider_intake',
  ],
  disclosure: [
    'medical_provider',
    'mental_health_provider',
    'advocate',
    'forensic_interviewer',
    'child_welfare_worker',
    'probation_officer',
  ],
  subpoena: ['prosecutor', 'victim_witness_staff', 'court_clerk'],
  hearing: ['prosecutor', 'victim_witness_staff', 'court_clerk', 'judge'],
  transfer: ['coordinator', 'child_welfare_worker', 'probation_officer', 'court_clerk'],
  charging: ['prosecutor'],
  // Nobody types it: completing a screening records it (POST /api/youth/{id}/screenings).
  screening_result: [],
};

/** The event types a person with these roles records. */
export function recordableEventTypes(roles: readonly Role[]): EventType[] {
  return EVENT_TYPES.filter((type) => EVENT_RECORDER_ROLES[type].some((r) => roles.includes(r)));
}
