// Until when a victim may apply for victim compensation (docs/LEGAL-AND-MDT.md, "Certifications
// and compensation"): the legal profile's years after the crime (California: 7), and for a victim
// who was a minor at the crime, until the profile's birthday if that is later (California: the
// 28th; CalVCB, Government Code 13953). Dates are calendar days; nothing here reads a clock.
import type { LegalMatterClocks } from './legal-profile.js';
import { isIsoDate } from './local-time.js';

export const COMPENSATION_STATUSES = ['planned', 'filed', 'approved', 'denied', 'paid'] as const;
export type CompensationStatus = (typeof COMPENSATION_STATUSES)[number];

/** The age below which a victim is a minor. */
export const MINOR_UNTIL = 18;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * The same day `years` later. February 29 becomes February 28 in a year that has none: a
 * deadline or birthday may come a day early, never a day late, so no one is told they still
 * have time when they do not.
 */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const day = m === 2 && d === 29 && !isLeapYear(year) ? 28 : d;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface CompensationDeadline {
  /** The last day to apply (YYYY-MM-DD). */
  readonly deadline: string;
  /** What set it: the years after the crime, or the birthday a minor victim may wait for. */
  readonly basis: 'years_after_crime' | 'minor_until_age';
  /** Whether the victim was under 18 on the crime date; null without a birth date. */
  readonly minorAtCrime: boolean | null;
  /** True when no birth date was given, so only the years after the crime count. */
  readonly birthDateMissing: boolean;
}

/**
 * The filing deadline: crime date + the profile's years, or for a victim under 18 on the crime
 * date the later of that and the profile's birthday (the 28th). Without a birth date the years
 * after the crime alone count, and the answer says the birth date is missing.
 */
export function compensationDeadline(
  input: { readonly crimeDate: string; readonly birthDate: string | null },
  clocks: Pick<LegalMatterClocks, 'compensationYears' | 'compensationMinorUntilAge'>,
): CompensationDeadline {
  if (!isIsoDate(input.crimeDate)) {
    throw new RangeError(`The crime date must be written YYYY-MM-DD: ${input.crimeDate}.`);
  }
  const afterCrime = addYears(input.crimeDate, clocks.compensationYears);
  if (input.birthDate === null) {
    return {
      deadline: afterCrime,
      basis: 'years_after_crime',
      minorAtCrime: null,
      birthDateMissing: true,
    };
  }
  if (!isIsoDate(input.birthDate)) {
    throw new RangeError(`The birth date must be written YYYY-MM-DD: ${input.birthDate}.`);
  }
  // Under 18 on the crime date: the 18th birthday had not come (on it, she is 18).
  const minorAtCrime = input.crimeDate < addYears(input.birthDate, MINOR_UNTIL);
  const ageLimit = addYears(input.birthDate, clocks.compensationMinorUntilAge);
  if (minorAtCrime && ageLimit > afterCrime) {
    return { deadline: ageLimit, basis: 'minor_until_age', minorAtCrime, birthDateMissing: false };
  }
  return {
    deadline: afterCrime,
    basis: 'years_after_crime',
    minorAtCrime,
    birthDateMissing: false,
  };
}
