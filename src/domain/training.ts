// Training and certification records (docs/TRAINING.md): when a completion is in force, which
// hours count toward the legal profile's qualifying training, a person's standing, and who
// records and reads whose training. Pure: no I/O. Days are the county's calendar days
// (YYYY-MM-DD, `localDate` in legal-profile.ts).
import type { Actor } from './actor.js';
import { hasRole } from './actor.js';
import { allow, deny, type Decision } from './decision.js';
import {
  daysBetween,
  qualifies,
  type CaseworkerQualification,
  type LegalProfile,
} from './legal-profile.js';
import { roleSeesYouthData, type Role } from './vocabulary.js';

/** The person and their supervisor are warned this many days before a completion lapses. */
export const TRAINING_WARNING_DAYS = 30;

/** The longest validity a course may have, in months (ten years). */
export const MAX_VALIDITY_MONTHS = 120;

const daysInMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The first day a completion is no longer in force: completed on + the course's validity in
 * months, the day of the month kept or, where that month is shorter, its last day (31 January +
 * 1 month is 28 or 29 February), as PostgreSQL adds months. Null: the course does not expire.
 */
export function lapseDay(completedOn: string, validityMonths: number | null): string | null {
  if (validityMonths === null) return null;
  const [year = 0, month = 1, day = 1] = completedOn.split('-').map(Number);
  const months = month - 1 + validityMonths;
  const lapseYear = year + Math.floor(months / 12);
  const lapseMonth = (months % 12) + 1;
  const lapseDate = Math.min(day, daysInMonth(lapseYear, lapseMonth));
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(lapseYear, 4)}-${pad(lapseMonth, 2)}-${pad(lapseDate, 2)}`;
}

/** The day the warning is due: TRAINING_WARNING_DAYS before the lapse. */
export function warningDay(lapsesOn: string): string {
  return new Date(Date.parse(`${lapsesOn}T00:00:00Z`) - TRAINING_WARNING_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

/** One completion of one course by one person, as the rules need it. */
export interface Completion {
  readonly courseId: string;
  /** The course's hours. */
  readonly hours: number;
  readonly completedOn: string;
  /** First day no longer in force; null when the course does not expire. */
  readonly lapsesOn: string | null;
}

/**
 * In force from the day it was completed up to the day before it lapses: on the lapse day itself
 * it no longer counts.
 */
export function inForceOn(completion: Completion, day: string): boolean {
  return (
    completion.completedOn <= day && (completion.lapsesOn === null || day < completion.lapsesOn)
  );
}

/**
 * Per course, the completion that speaks for it on `day`: the latest completed on or before the
 * day (a renewal is a newer completion of the same course; an older one no longer matters).
 * Of two completed on the same day, the one lasting longer.
 */
export function governingCompletions<C extends Completion>(
  completions: readonly C[],
  day: string,
): C[] {
  const latest = new Map<string, C>();
  for (const completion of completions) {
    if (completion.completedOn > day) continue;
    const held = latest.get(completion.courseId);
    if (!held || later(completion, held)) latest.set(completion.courseId, completion);
  }
  return [...latest.values()];
}

function later(a: Completion, b: Completion): boolean {
  if (a.completedOn !== b.completedOn) return a.completedOn > b.completedOn;
  if (a.lapsesOn === null) return b.lapsesOn !== null;
  return b.lapsesOn !== null && a.lapsesOn > b.lapsesOn;
}

/** The training hours in force on `day`: each course counted once, while its completion is. */
export function hoursInForce(completions: readonly Completion[], day: string): number {
  const hours = governingCompletions(completions, day)
    .filter((c) => inForceOn(c, day))
    .reduce((sum, c) => sum + c.hours, 0);
  // Hours have one decimal; summing tenths in binary must not leave 39.99999 for 40.
  return Math.round(hours * 10) / 10;
}

/**
 * Whether a caseworker qualification qualifies on `day` (extends `qualifies`): a degree with
 * experience as before; training hours under a named supervisor, where the hours, once the person
 * has any training record, are only those of completions in force that day. A qualification
 * approved before the county kept training records (no completion at all) keeps the hours it
 * was approved with.
 */
export function qualifiesOn(
  record: CaseworkerQualification | null,
  completions: readonly Completion[],
  profile: Pick<LegalProfile, 'minimumTrainingHours'>,
  day: string,
): boolean {
  if (!record || record.revoked) return false;
  if (record.basis === 'degree_and_experience' || completions.length === 0) {
    return qualifies(record, profile);
  }
  return (
    record.supervisor !== null && hoursInForce(completions, day) >= profile.minimumTrainingHours
  );
}

export const COURSE_STANDINGS = ['current', 'due', 'lapsed'] as const;
/** A course's standing for a person on a day. */
export type CourseStanding = (typeof COURSE_STANDINGS)[number];

/** Current; due when it lapses within TRAINING_WARNING_DAYS; lapsed from the lapse day. */
export function courseStanding(completion: Completion, day: string): CourseStanding {
  if (!inForceOn(completion, day)) return 'lapsed';
  if (completion.lapsesOn === null) return 'current';
  return daysBetween(day, completion.lapsesOn) <= TRAINING_WARNING_DAYS ? 'due' : 'current';
}

/** A person's standing: the worst of their courses', or null with no completion by that day. */
export function personStanding(
  completions: readonly Completion[],
  day: string,
): CourseStanding | null {
  const standings = governingCompletions(completions, day).map((c) => courseStanding(c, day));
  if (standings.length === 0) return null;
  if (standings.includes('lapsed')) return 'lapsed';
  return standings.includes('due') ? 'due' : 'current';
}

// --- Who records and reads whose training -------------------------------------------------

/** The person a training record is about. */
export interface TrainingPerson {
  readonly userId: string;
  readonly jurisdictionId: string;
  readonly organizationId: string;
}

/**
 * The account's standing as a supervisor (docs/ARCHITECTURE.md, "A second person"): an active
 * account whose email is that of an active point person of its own organization and whose
 * youth-data roles are in effect, the same people who approve their organization's accounts and
 * qualifications.
 */
export interface SupervisorFacts {
  readonly userId: string;
  readonly organizationId: string;
  readonly active: boolean;
  readonly pointPerson: boolean;
  readonly roles: readonly Role[];
}

export function isSupervisorOf(candidate: SupervisorFacts | null, organizationId: string): boolean {
  return (
    candidate !== null &&
    candidate.active &&
    candidate.pointPerson &&
    candidate.organizationId === organizationId &&
    candidate.roles.some(roleSeesYouthData)
  );
}

export type TrainingRefusal = 'other_jurisdiction' | 'own_training' | 'not_a_supervisor';

export type TrainingDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly code: TrainingRefusal; readonly reason: string };

const refuse = (code: TrainingRefusal, reason: string): TrainingDecision => ({
  allowed: false,
  code,
  reason,
});

/**
 * Who records a completion: the person's own organization's supervisor, or the county's
 * coordinator; never the person (an account never creates the basis of its own status), and
 * nobody in another county (the service answers that as an unknown person).
 */
export function decideCompletionRecord(
  actor: Actor,
  person: TrainingPerson,
  actorIsSupervisor: boolean,
): TrainingDecision {
  if (actor.jurisdictionId !== person.jurisdictionId) {
    return refuse('other_jurisdiction', 'a person of another jurisdiction');
  }
  if (actor.userId === person.userId) {
    return refuse('own_training', 'nobody records their own training');
  }
  if (hasRole(actor, 'coordinator')) return { allowed: true };
  if (actorIsSupervisor && actor.organizationId === person.organizationId) {
    return { allowed: true };
  }
  return refuse(
    'not_a_supervisor',
    "only the person's own organization's supervisor or the coordinator records training",
  );
}

/**
 * Who reads a person's training: the person, their organization's supervisor and the county's
 * coordinator. The oversight analyst reads the aggregated compliance only.
 */
export function decideTrainingRead(
  actor: Actor,
  person: TrainingPerson,
  actorIsSupervisor: boolean,
): Decision {
  if (actor.jurisdictionId !== person.jurisdictionId) {
    return deny('a person of another jurisdiction');
  }
  if (actor.userId === person.userId) return allow;
  if (hasRole(actor, 'coordinator')) return allow;
  if (actorIsSupervisor && actor.organizationId === person.organizationId) return allow;
  return deny("only the person, their organization's supervisor and the coordinator read it");
}

/** The county's coordinator keeps its courses; everyone in the county reads them. */
export function decideCourseManage(actor: Actor): Decision {
  return hasRole(actor, 'coordinator')
    ? allow
    : deny('only the coordinator keeps the county’s training courses');
}

/** Compliance per organization, aggregated: the oversight analyst and the coordinator. */
export function decideComplianceRead(actor: Actor): Decision {
  return hasRole(actor, 'oversight_analyst', 'coordinator')
    ? allow
    : deny('only the oversight analyst and the coordinator read training compliance');
}
