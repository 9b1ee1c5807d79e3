// How long a county keeps a closed case's data, and what a purge leaves for the reports
// (docs/RETENTION.md). Pure: calendar days are the county's (YYYY-MM-DD), as in legal-profile.ts.
import { ageBand } from './measures.js';
import { DATA_CATEGORIES, type DataCategory } from './vocabulary.js';

/**
 * One category's rule: keep for `yearsAfterClosure` years after the case closes and, when
 * `untilAge` is set, until the youth turns that age too, whichever comes later.
 */
export interface RetentionRule {
  readonly yearsAfterClosure: number;
  readonly untilAge: number | null;
}

/** The county's retention, one rule per data category (every category has one). */
export type RetentionSettings = Readonly<Record<DataCategory, RetentionRule>>;

/**
 * The floor no county goes below: a year after closure, so a case reopened soon after closing
 * still has its file; a purge before closure is impossible by construction. The ceiling is a
 * lifetime. An age, when set, is at least 18: a minor's file is never purged for her age alone.
 */
export const RETENTION_YEARS_RANGE = { min: 1, max: 75 } as const;
export const RETENTION_AGE_RANGE = { min: 18, max: 99 } as const;

/**
 * Seven years after closure and until the youth's 28th birthday: the longest time she may still
 * need her file to apply for victim compensation under the county's default clocks (7 years, or
 * until 28 for a minor; docs/LEGAL-AND-MDT.md, "Compensation claims"). It also covers the usual
 * minimum for a minor's health records (7 years, and a year past 18; docs/RETENTION.md).
 */
export const DEFAULT_RETENTION_RULE: RetentionRule = { yearsAfterClosure: 7, untilAge: 28 };

export const DEFAULT_RETENTION: RetentionSettings = Object.fromEntries(
  DATA_CATEGORIES.map((category) => [category, DEFAULT_RETENTION_RULE]),
) as Record<DataCategory, RetentionRule>;

/** Problems with settings, as reason codes naming the category (empty when they are sound). */
export function retentionProblems(settings: Partial<Record<string, RetentionRule>>): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(settings)) {
    if (!(DATA_CATEGORIES as readonly string[]).includes(key)) {
      problems.push(`unknown_category:${key}`);
    }
  }
  for (const category of DATA_CATEGORIES) {
    const rule = settings[category];
    if (!rule) {
      problems.push(`missing_category:${category}`);
      continue;
    }
    const { min, max } = RETENTION_YEARS_RANGE;
    if (!Number.isInteger(rule.yearsAfterClosure) || rule.yearsAfterClosure < min) {
      problems.push(`years_below_floor:${category}`);
    } else if (rule.yearsAfterClosure > max) {
      problems.push(`years_above_maximum:${category}`);
    }
    if (
      rule.untilAge !== null &&
      (!Number.isInteger(rule.untilAge) ||
        rule.untilAge < RETENTION_AGE_RANGE.min ||
        rule.untilAge > RETENTION_AGE_RANGE.max)
    ) {
      problems.push(`age_out_of_range:${category}`);
    }
  }
  return problems;
}

// --- Calendar days ----------------------------------------------------------------------

interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function parseDay(value: string): Day {
  const [year, month, day] = value.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const formatDay = (d: Day) => `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The same day `years` later; February 29 becomes March 1 in a common year (a day longer kept). */
export function anniversary(value: string, years: number): string {
  const d = parseDay(value);
  const year = d.year + years;
  if (d.month === 2 && d.day === 29 && !isLeap(year)) return formatDay({ year, month: 3, day: 1 });
  return formatDay({ ...d, year });
}

function nextDay(value: string): string {
  const next = new Date(Date.parse(`${value}T00:00:00Z`) + 86_400_000);
  return next.toISOString().slice(0, 10);
}

/**
 * Full years from a birth day to a day, as PostgreSQL's age() counts them (the measures' SQL
 * does): a February 29 birthday comes on March 1 in a common year.
 */
export function ageOn(birth: string, on: string): number {
  const b = parseDay(birth);
  const d = parseDay(on);
  const before = d.month < b.month || (d.month === b.month && d.day < b.day);
  return d.year - b.year - (before ? 1 : 0);
}

// --- When a case's data is past its time ------------------------------------------------

/** A change of a case's status, on the county's day it happened, oldest first. */
export interface StatusChange {
  readonly status: 'closed' | 'reopened' | 'merged';
  readonly on: string;
}

/**
 * The day the case closed for good so far: its last change is a closing. Open, reopened or
 * merged, it has none, and nothing of it is ever past retention.
 */
export function closedSince(
  status: 'open' | 'closed' | 'merged',
  changes: readonly StatusChange[],
): string | null {
  if (status !== 'closed') return null;
  const last = changes.at(-1);
  return last?.status === 'closed' ? last.on : null;
}

/** What is known of the youth's birth: the day, the year alone, or nothing. */
export type Birth = { readonly date: string } | { readonly year: number } | null;

export interface RetentionDate {
  /** The first day the category is past retention. */
  readonly purgeOn: string;
  /** Which bound set it: the years after closure, or the youth's age. */
  readonly basis: 'closure' | 'age';
  /** No birth day or year is known: the age bound could not be applied (docs/RETENTION.md). */
  readonly birthUnknown: boolean;
}

/** The day she turns `age`; with a year alone, the last day she may (so never too early). */
function turnsOn(birth: Exclude<Birth, null>, age: number): string {
  if ('date' in birth) return anniversary(birth.date, age);
  return formatDay({ year: birth.year + age, month: 12, day: 31 });
}

/**
 * From which day one rule lets a case's data go: the later of its years after closure (never
 * fewer than the floor, whatever is stored) and the youth's age bound. Null while not closed.
 */
export function retentionDate(
  rule: RetentionRule,
  closedOn: string | null,
  birth: Birth,
): RetentionDate | null {
  if (closedOn === null) return null;
  const years = Math.max(Math.trunc(rule.yearsAfterClosure), RETENTION_YEARS_RANGE.min);
  const afterClosure = anniversary(closedOn, years);
  const birthUnknown = birth === null;
  if (rule.untilAge === null || birth === null) {
    return { purgeOn: afterClosure, basis: 'closure', birthUnknown };
  }
  const byAge = turnsOn(birth, Math.max(Math.trunc(rule.untilAge), RETENTION_AGE_RANGE.min));
  return byAge > afterClosure
    ? { purgeOn: byAge, basis: 'age', birthUnknown }
    : { purgeOn: afterClosure, basis: 'closure', birthUnknown };
}

export interface CategoryPastRetention extends RetentionDate {
  readonly category: DataCategory;
}

/** The categories of a case past retention on `today`, each with the day it became so. */
export function pastRetention(
  settings: RetentionSettings,
  closedOn: string | null,
  birth: Birth,
  today: string,
): CategoryPastRetention[] {
  const past: CategoryPastRetention[] = [];
  for (const category of DATA_CATEGORIES) {
    const date = retentionDate(settings[category], closedOn, birth);
    if (date && date.purgeOn <= today) past.push({ category, ...date });
  }
  return past;
}

// --- What a purge leaves for the reports ------------------------------------------------

/** The ages at which the reports' age bands change (src/domain/measures.ts, ageBand). */
const BAND_EDGES = [12, 15, 18] as const;

/** The latest birth day that is `age` or older on `on` (February 29 falls back to the 28th). */
function latestBirthOfAge(on: string, age: number): string {
  const d = parseDay(on);
  const year = d.year - age;
  if (d.month === 2 && d.day === 29 && !isLeap(year)) return formatDay({ year, month: 2, day: 28 });
  return formatDay({ ...d, year });
}

/**
 * The birth day the reports count a purged youth by, in place of her own: July 1 of her birth
 * year, as the reports take a year alone, moved only as far as it must go to leave every fact's
 * age band as it was. Her facts are all recorded (the case is closed), so the counts never
 * change; what stays is her year, and her birthday only between two of her facts' days when a
 * band's edge falls between them. Null when nothing was known.
 */
export function reportBirthDay(birth: Birth, factDays: readonly string[]): string | null {
  if (birth === null) return null;
  const truth = 'date' in birth ? birth.date : formatDay({ year: birth.year, month: 7, day: 1 });
  let low = '0001-01-01';
  let high = '9999-12-31';
  for (const day of factDays) {
    for (const edge of BAND_EDGES) {
      const cut = latestBirthOfAge(day, edge);
      if (truth <= cut) {
        if (cut < high) high = cut;
      } else {
        const after = nextDay(cut);
        if (after > low) low = after;
      }
    }
  }
  const midYear = formatDay({ year: parseDay(truth).year, month: 7, day: 1 });
  if (midYear < low) return low;
  if (midYear > high) return high;
  return midYear;
}

/** The age band a fact on `day` counts in for a birth day (null: unknown). */
export function bandOn(birthDay: string | null, day: string) {
  return ageBand(birthDay === null ? null : ageOn(birthDay, day));
}
