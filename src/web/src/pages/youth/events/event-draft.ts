// The recording form's draft and what it sends: only the few details of the chosen type
// (src/domain/case-events.ts), the time in the recorder's own clock, never later than now.
import { CLOCK_SKEW_MS, type EventType } from '../../../../../domain/case-events.js';

export interface EventDraft {
  type: EventType | '';
  /** A datetime-local value, in the device's time zone. */
  occurredAt: string;
  where: string;
  setting: string;
  prostitutionRelated: boolean;
  meetsForensicInterviewCriteria: boolean;
  /** A code of the legal profile's covered offenses, or `other` (then described). */
  offenseCode: string;
  offenseDescription: string;
  fromCare: boolean;
  /** How urgent the search is: it heads the alert packet. */
  riskLevel: string;
  knownRunawayHistory: boolean;
  toOrganizationType: string;
  inCustody: boolean;
  hearingDate: string;
  court: string;
  hearingJurisdictionId: string;
  toJurisdictionId: string;
}

export type DraftField = Exclude<keyof EventDraft, 'type'>;
export type DraftErrors = Partial<Record<DraftField | 'type', 'required' | 'future' | 'invalid'>>;

/** The fields the form shows for each type, in order; the rest of a type's details wait. */
export const FIELDS_BY_TYPE: Readonly<Record<EventType, readonly DraftField[]>> = {
  identification: ['setting', 'prostitutionRelated', 'meetsForensicInterviewCriteria'],
  protective_custody: [],
  arrest_attempt: ['offenseCode', 'offenseDescription'],
  detention: [],
  release: [],
  placement_change: [],
  missing: ['fromCare', 'riskLevel'],
  returned: ['knownRunawayHistory'],
  disclosure: ['toOrganizationType', 'inCustody'],
  subpoena: ['hearingDate', 'court', 'hearingJurisdictionId'],
  hearing: ['hearingDate', 'court'],
  transfer: ['toJurisdictionId'],
  charging: ['offenseCode', 'offenseDescription'],
  screening_result: [],
};

const REQUIRED: Readonly<Partial<Record<EventType, readonly DraftField[]>>> = {
  arrest_attempt: ['offenseCode'],
  charging: ['offenseCode'],
  disclosure: ['toOrganizationType'],
  subpoena: ['hearingDate'],
  hearing: ['hearingDate'],
  transfer: ['toJurisdictionId'],
};

const pad = (n: number) => String(n).padStart(2, '0');

/** A datetime-local value for an instant, in the device's time zone, to the minute. */
export function toLocalInput(instant: Date): string {
  return `${String(instant.getFullYear())}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}T${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
}

/** The instant a datetime-local value names in the device's time zone; null when it is none. */
export function fromLocalInput(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function emptyDraft(type: EventType | '', now: Date): EventDraft {
  return {
    type,
    occurredAt: toLocalInput(now),
    where: '',
    setting: '',
    prostitutionRelated: false,
    meetsForensicInterviewCriteria: false,
    offenseCode: '',
    offenseDescription: '',
    fromCare: false,
    riskLevel: '',
    knownRunawayHistory: false,
    toOrganizationType: '',
    inCustody: false,
    hearingDate: '',
    court: '',
    hearingJurisdictionId: '',
    toJurisdictionId: '',
  };
}

/** What is missing or wrong, checked as the server will (a time later than now is refused). */
export function draftErrors(draft: EventDraft, now: Date): DraftErrors {
  const errors: DraftErrors = {};
  if (draft.type === '') errors.type = 'required';
  const occurredAt = fromLocalInput(draft.occurredAt);
  if (occurredAt === null) errors.occurredAt = 'invalid';
  else if (occurredAt.getTime() > now.getTime() + CLOCK_SKEW_MS) errors.occurredAt = 'future';
  if (draft.type !== '') {
    for (const field of REQUIRED[draft.type] ?? []) {
      const value = draft[field];
      if (typeof value === 'string' && value.trim() === '') errors[field] = 'required';
    }
    // An offense not on the profile's list is described; one on it needs no more words.
    if (draft.offenseCode === 'other' && draft.offenseDescription.trim() === '')
      errors.offenseDescription = 'required';
  }
  return errors;
}

/** The details the chosen type carries: its shown fields, blanks left out, and where. */
export function detailsOf(
  draft: EventDraft & { type: EventType },
): Record<string, string | boolean> {
  const details: Record<string, string | boolean> = {};
  if (draft.where.trim() !== '') details.where = draft.where.trim();
  for (const field of FIELDS_BY_TYPE[draft.type]) {
    const value = draft[field];
    if (typeof value === 'boolean') details[field] = value;
    else if (value.trim() !== '') details[field] = value.trim();
  }
  return details;
}

/** How much later than it happened an event was recorded, when it matters (15 minutes or more). */
export function recordedLate(
  occurredAt: string,
  recordedAt: string,
): { hours: number } | { minutes: number } | null {
  const late = Date.parse(recordedAt) - Date.parse(occurredAt);
  if (!(late >= 15 * 60_000)) return null;
  return late < 3_600_000
    ? { minutes: Math.floor(late / 60_000) }
    : { hours: Math.floor(late / 3_600_000) };
}
