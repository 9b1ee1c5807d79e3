// Structured fields beside a category's notes (docs/CONFIDENTIALITY.md, "Structured contact,
// placement and education"): addresses and phones with who may be called, placements with type,
// dates and reason, and school, grade and enrolment. Each entry is data of one category held by
// the organization that recorded it, read exactly like a note of that category (decideRead), and
// written by the organizations whose work the category records (decideNoteWrite). What names a
// place or a person (the address, the number, whose it is, the school, the reasons) is stored
// sealed; the codes and dates are plain. Pure: no I/O.
import { z } from 'zod';
import type { Actor } from './actor.js';
import { decideNoteWrite, type AccessDecision, type CaseTeamFacts } from './case-access.js';
import type { DataCategory } from './vocabulary.js';

export const STRUCTURED_KINDS = ['address', 'phone', 'placement', 'education'] as const;
export type StructuredKind = (typeof STRUCTURED_KINDS)[number];

/** The category an entry is shared as: where she can be reached is contact and location. */
export const STRUCTURED_CATEGORY = {
  address: 'contact_location',
  phone: 'contact_location',
  placement: 'placement',
  education: 'education',
} as const satisfies Record<StructuredKind, DataCategory>;

/** The categories with structured entries, and the kinds each one lists. */
export const STRUCTURED_GROUPS = {
  contact_location: ['address', 'phone'],
  placement: ['placement'],
  education: ['education'],
} as const satisfies Partial<Record<DataCategory, readonly StructuredKind[]>>;
export type StructuredCategory = keyof typeof STRUCTURED_GROUPS;

export const ADDRESS_KINDS = ['current', 'last_known', 'school', 'other'] as const;
/**
 * Who may be called on a number: `yes`, anyone on the team who may read it; `youth_only`, only to
 * reach the youth herself (ask for her, leave no message with whoever answers); `no`, never (an
 * exploiter's phone, a home that must not learn she is in care). Never left to a default.
 */
export const MAY_CALL = ['yes', 'youth_only', 'no'] as const;
export const PLACEMENT_TYPES = [
  'parent_home',
  'relative',
  'foster_home',
  'group_home',
  'shelter',
  'juvenile_hall',
  'runaway_unknown',
  'other',
] as const;
export const GRADES = [
  'K',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '10',
  '11',
  '12',
  'ged',
  'college',
  'not_enrolled',
] as const;
export const ENROLMENT_STATUSES = [
  'enrolled',
  'enrolling',
  'suspended',
  'expelled',
  'dropped_out',
  'graduated',
  'not_enrolled',
] as const;
/** Enrolment in which a youth has a school she goes to, so the entry names it. */
const ATTENDING: readonly EnrolmentStatus[] = ['enrolled', 'enrolling', 'suspended'];

export type AddressKind = (typeof ADDRESS_KINDS)[number];
export type MayCall = (typeof MAY_CALL)[number];
export type PlacementType = (typeof PLACEMENT_TYPES)[number];
export type Grade = (typeof GRADES)[number];
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/**
 * A phone number as dialled: North American (ten digits, area code and exchange not starting with
 * 0 or 1, an optional leading 1) or international with a leading + (8 to 15 digits, E.164), with
 * spaces, dots, dashes and parentheses allowed between. Returns E.164, or null when it is not a
 * number anyone could dial. Extensions go in the note.
 */
export function normalizePhone(typed: string): string | null {
  const text = typed.trim();
  if (!/^\+?[\d\s().-]+$/.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  if (text.startsWith('+')) {
    if (digits.startsWith('1')) return nanp(digits.slice(1));
    return digits.length >= 8 && digits.length <= 15 && !digits.startsWith('0')
      ? `+${digits}`
      : null;
  }
  if (digits.length === 11 && digits.startsWith('1')) return nanp(digits.slice(1));
  return nanp(digits);
}

function nanp(digits: string): string | null {
  return /^[2-9]\d{2}[2-9]\d{6}$/.test(digits) ? `+1${digits}` : null;
}

/** Lantern keeps no day before 1900 (the database stores no year 0, and no youth predates it). */
const day = z.iso.date().refine((d) => d >= '1900-01-01', 'a date from 1900 on');
const text = (max: number) => z.string().trim().min(1).max(max);

export const AddressEntry = z.strictObject({
  kind: z.literal('address'),
  addressKind: z.enum(ADDRESS_KINDS),
  line: text(200).describe('Street and number, or where she is known to stay; stored sealed'),
  city: text(100).describe('Stored sealed'),
  zip: z
    .string()
    .trim()
    .regex(/^\d{5}(-\d{4})?$/, 'a ZIP code: 5 digits, or 5+4')
    .nullable()
    .describe('Stored sealed; null when unknown'),
  since: day.nullable().describe('Since when she is there (YYYY-MM-DD), null when unknown'),
});

export const PhoneEntry = z.strictObject({
  kind: z.literal('phone'),
  number: z
    .string()
    .trim()
    .max(40)
    .refine((n) => normalizePhone(n) !== null, 'a phone number: 10 digits, or + and 8 to 15')
    .describe('Stored sealed, as E.164'),
  whose: text(120).describe('Whose number it is, in words ("her own", "her aunt"); stored sealed'),
  mayCall: z.enum(MAY_CALL).describe('Who may be called on it: yes, youth_only, no'),
  note: text(500).nullable().describe('When to call, an extension, why not; stored sealed'),
});

export const PlacementEntry = z.strictObject({
  kind: z.literal('placement'),
  placementType: z.enum(PLACEMENT_TYPES),
  startsOn: day,
  endsOn: day.nullable().describe('The day it ended; null while it lasts'),
  reason: text(1000).describe('Why she was placed there; stored sealed'),
});

export const EducationEntry = z.strictObject({
  kind: z.literal('education'),
  school: text(200).nullable().describe('Stored sealed; needed while she attends one'),
  grade: z.enum(GRADES),
  enrolment: z.enum(ENROLMENT_STATUSES),
  since: day.nullable(),
});

export const StructuredEntry = z.discriminatedUnion('kind', [
  AddressEntry,
  PhoneEntry,
  PlacementEntry,
  EducationEntry,
]);
export type StructuredEntry = z.infer<typeof StructuredEntry>;

/** What an entry's kind holds, by the entry's category, for the routes of each category. */
export const ENTRY_BY_CATEGORY = {
  contact_location: z.discriminatedUnion('kind', [AddressEntry, PhoneEntry]),
  placement: PlacementEntry,
  education: EducationEntry,
} as const satisfies Record<StructuredCategory, z.ZodType>;

export const STRUCTURED_PROBLEMS = [
  'date_in_future',
  'end_before_start',
  'school_required',
  'grade_contradicts_enrolment',
] as const;
export type StructuredProblem = (typeof STRUCTURED_PROBLEMS)[number];

/**
 * What the shape alone cannot say, on the county's calendar day `today`: no day after today (an
 * entry records what is, and a placement's end is recorded when it ends); a placement ends on or
 * after its start; a youth attending a school has its name and a grade; one in no school has
 * neither enrolment nor grade saying otherwise.
 */
export function entryProblems(
  entry: StructuredEntry,
  today: string,
): { field: string; problem: StructuredProblem }[] {
  const problems: { field: string; problem: StructuredProblem }[] = [];
  const notAfterToday = (field: string, value: string | null) => {
    if (value !== null && value > today) problems.push({ field, problem: 'date_in_future' });
  };
  switch (entry.kind) {
    case 'address':
      notAfterToday('since', entry.since);
      break;
    case 'phone':
      break;
    case 'placement':
      notAfterToday('startsOn', entry.startsOn);
      notAfterToday('endsOn', entry.endsOn);
      if (entry.endsOn !== null && entry.endsOn < entry.startsOn) {
        problems.push({ field: 'endsOn', problem: 'end_before_start' });
      }
      break;
    case 'education': {
      notAfterToday('since', entry.since);
      const attending = ATTENDING.includes(entry.enrolment);
      if (attending && entry.school === null) {
        problems.push({ field: 'school', problem: 'school_required' });
      }
      if (attending === (entry.grade === 'not_enrolled')) {
        problems.push({ field: 'grade', problem: 'grade_contradicts_enrolment' });
      }
      break;
    }
  }
  return problems;
}

/** The fields that name a place or a person, stored sealed; the rest (codes, dates) stay plain. */
export const IDENTIFYING_FIELDS = {
  address: ['line', 'city', 'zip'],
  phone: ['number', 'whose', 'note'],
  placement: ['reason'],
  education: ['school'],
} as const satisfies Record<StructuredKind, readonly string[]>;

type Stored = Record<string, string | null>;

/**
 * An entry as it is stored: `plain` (codes and dates) and `identifying` (sealed by the service),
 * the number as E.164 so one number is written one way.
 */
export function splitEntry(entry: StructuredEntry): { plain: Stored; identifying: Stored } {
  const fields: readonly string[] = IDENTIFYING_FIELDS[entry.kind];
  const plain: Stored = {};
  const identifying: Stored = {};
  for (const [field, value] of Object.entries(entry)) {
    if (field === 'kind') continue;
    const stored = field === 'number' ? normalizePhone(value as string) : value;
    (fields.includes(field) ? identifying : plain)[field] = stored;
  }
  return { plain, identifying };
}

/** The entry again from what was stored: parsed, so a stored row that is not one is refused. */
export function joinEntry(
  kind: StructuredKind,
  plain: Stored,
  identifying: Stored,
): StructuredEntry {
  return StructuredEntry.parse({ ...plain, ...identifying, kind });
}

/**
 * Adding an entry: acting on the case and an organization whose work the entry's category
 * records, exactly as adding a note of that category (src/domain/category-writers.ts).
 */
export function decideStructuredWrite(
  actor: Actor,
  kind: StructuredKind,
  facts: CaseTeamFacts,
): AccessDecision {
  return decideNoteWrite(actor, STRUCTURED_CATEGORY[kind], facts);
}

export type StructuredCorrectionDecision =
  | AccessDecision
  | { readonly allowed: false; readonly reason: 'not_the_writer' | 'already_corrected' };

/**
 * Correcting an entry (a new version that supersedes it, or a placement's end): the organization
 * that recorded it, still writing in its category, as for a note: no organization writes into
 * data another holds. An entry is corrected once; its newest version is the one to correct.
 */
export function decideStructuredCorrection(
  actor: Actor,
  entry: {
    readonly kind: StructuredKind;
    readonly authorOrganizationId: string;
    readonly supersededById: string | null;
  },
  facts: CaseTeamFacts,
): StructuredCorrectionDecision {
  const write = decideStructuredWrite(actor, entry.kind, facts);
  if (!write.allowed) return write;
  if (entry.authorOrganizationId !== actor.organizationId) {
    return { allowed: false, reason: 'not_the_writer' };
  }
  if (entry.supersededById !== null) return { allowed: false, reason: 'already_corrected' };
  return write;
}

/** For each version, the one that supersedes it (null for the newest of its chain). */
export function supersededBy(
  versions: readonly { readonly id: string; readonly supersedesId: string | null }[],
): Map<string, string | null> {
  const by = new Map<string, string | null>(versions.map((v) => [v.id, null]));
  for (const v of versions) {
    if (v.supersedesId !== null && by.has(v.supersedesId)) by.set(v.supersedesId, v.id);
  }
  return by;
}
