// Hearings on a case and the court calendar (docs/LEGAL-AND-MDT.md, "Protective orders and
// hearings"). A hearing is `legal` data of the organization that records it, and recording one
// records the `hearing` event, so the county protocol acts on it. The calendar is one rule: who
// sees which hearing, and whether with the youth's name. Pure: no I/O.
import type { Actor } from './actor.js';
import { neverReadsCases } from './case-access.js';
import { allow, deny, type Decision } from './decision.js';
import type { DataCategory, Role } from './vocabulary.js';

export const HEARING_TYPES = [
  'detention',
  'jurisdiction',
  'disposition',
  'review',
  'trial_testimony',
  'other',
] as const;
export type HearingType = (typeof HEARING_TYPES)[number];

export const HEARING_CATEGORY: DataCategory = 'legal';

/** A hearing is set for a time to come: one in the past is a typing slip or a missed one. */
export function hearingTimeProblem(startsAt: Date, now: Date): string | null {
  return startsAt.getTime() <= now.getTime()
    ? 'A hearing is recorded before it happens; its date and time cannot be in the past.'
    : null;
}

// --- the court calendar ---

/** The court's staff, and the district attorney's staff who bring the youth to testify. */
export const COURT_CALENDAR_ROLES: readonly Role[] = [
  'court_clerk',
  'judge',
  'prosecutor',
  'victim_witness_staff',
];
const COURT_ROLES: readonly Role[] = ['court_clerk', 'judge'];

/** What the calendar knows of one hearing when it decides. */
export interface CalendarHearing {
  /** The county of the youth's record. */
  readonly caseJurisdictionId: string;
  /** The county where the hearing is held. */
  readonly hearingJurisdictionId: string;
  /** Whether the caller's organization is on the youth's case team. */
  readonly organizationOnTeam: boolean;
  /** Whether the access module lets the caller read the youth's identity (decideRead). */
  readonly identityReadable: boolean;
}

export type CalendarEntryVisibility =
  { readonly listed: false } | { readonly listed: true; readonly withName: boolean };

/**
 * Whether the caller has a court calendar at all: the court's and the district attorney's staff;
 * administrators and oversight never, whatever else they hold.
 */
export function decideCourtCalendarRead(actor: Pick<Actor, 'roles'>): Decision {
  if (neverReadsCases(actor)) return deny('role_without_youth_data');
  if (!actor.roles.some((r) => COURT_CALENDAR_ROLES.includes(r))) {
    return deny('not_a_court_calendar_role');
  }
  return allow;
}

/**
 * One hearing on the caller's calendar: listed for the cases their organization is on (in their
 * county), and for the court's staff also every hearing held in their county, a visiting youth's
 * included (the court must know who comes). The case number, time, court and type always; the
 * youth's name only where the access module lets the caller read identity, which it never does
 * across counties. Nothing else of the case ever.
 */
export function calendarEntryVisibility(
  actor: Pick<Actor, 'roles' | 'jurisdictionId'>,
  hearing: CalendarHearing,
): CalendarEntryVisibility {
  if (!decideCourtCalendarRead(actor).allowed) return { listed: false };
  const ownCase = hearing.caseJurisdictionId === actor.jurisdictionId && hearing.organizationOnTeam;
  const heardHere =
    hearing.hearingJurisdictionId === actor.jurisdictionId &&
    actor.roles.some((r) => COURT_ROLES.includes(r));
  if (!ownCase && !heardHere) return { listed: false };
  return {
    listed: true,
    withName: hearing.identityReadable && hearing.caseJurisdictionId === actor.jurisdictionId,
  };
}

/** The longest window one calendar read covers, in days. */
export const CALENDAR_MAX_DAYS = 31;

/** A window of calendar days [from, to], both YYYY-MM-DD, at most CALENDAR_MAX_DAYS long. */
export function calendarWindowProblem(from: string, to: string): string | null {
  if (to < from) return `The window ends (${to}) before it starts (${from}).`;
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
  return days > CALENDAR_MAX_DAYS
    ? `A calendar covers at most ${String(CALENDAR_MAX_DAYS)} days.`
    : null;
}
