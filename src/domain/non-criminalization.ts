// Treating the child as a victim, never an offender: what an officer recording an arrest attempt,
// or a prosecutor recording a charging step, is told at once (docs/PROTOCOL.md,
// Non-criminalization). Pure: the service loads the profile, the youth's age and whether the
// youth is identified, and records that the answer was shown.
import {
  OTHER_OFFENSE,
  type CoveredOffense,
  type LegalProfile,
  type NonCriminalization,
} from './legal-profile.js';

/** The youth's age in whole years on the day of the event, or unknown (no birth date). */
export type YouthAge = number | 'unknown';

export type NonCriminalizationDecision =
  /** Show the plain statement and the protective response; the DA's point person reviews. */
  | {
      readonly kind: 'covered';
      readonly offense: CoveredOffense;
      readonly statement: NonCriminalization;
    }
  /** The law does not cover this offense, but the youth is identified as a victim. */
  | { readonly kind: 'consider_victim_status' }
  | { readonly kind: 'none' };

/** The words shown for an offense the profile does not cover, on an identified youth. */
export const CONSIDER_VICTIM_STATUS =
  'This youth is identified as a victim of exploitation; consider victim status.';

/**
 * Whether the law as the profile records it covers this offense for this youth, and what to show.
 * An unknown age counts as a minor: the youth is on a case of a system for exploited children,
 * and showing the statement to an officer about an adult costs a moment, while withholding it
 * from an officer about a child costs the child (docs/PROTOCOL.md).
 */
export function nonCriminalizationDecision(
  profile: Pick<LegalProfile, 'coveredOffenses' | 'nonCriminalization'>,
  offenseCode: string,
  age: YouthAge,
  identifiedAsVictim: boolean,
): NonCriminalizationDecision {
  const offense =
    offenseCode === OTHER_OFFENSE
      ? undefined
      : profile.coveredOffenses.find((o) => o.code === offenseCode);
  if (offense && (age === 'unknown' || age < offense.ageLimit)) {
    return { kind: 'covered', offense, statement: profile.nonCriminalization };
  }
  return identifiedAsVictim ? { kind: 'consider_victim_status' } : { kind: 'none' };
}

/**
 * The offense an event names: its code, or for an event recorded before offense codes (only
 * whether it was prostitution-related), the profile's first prostitution-related offense.
 */
export function offenseCodeOf(
  profile: Pick<LegalProfile, 'coveredOffenses'>,
  details: { readonly offenseCode?: string | undefined; readonly prostitutionRelated?: boolean },
): string {
  if (details.offenseCode) return details.offenseCode;
  if (details.prostitutionRelated) {
    return profile.coveredOffenses.find((o) => o.prostitutionRelated)?.code ?? OTHER_OFFENSE;
  }
  return OTHER_OFFENSE;
}

/**
 * Age in whole years on a calendar day (YYYY-MM-DD), from a birth date; from an estimated birth
 * year, the youngest the youth can be (so the protection errs toward the child).
 */
export function ageOn(
  day: string,
  birth: { readonly birthDate: string | null; readonly estimatedBirthYear: number | null },
): YouthAge {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  if (birth.birthDate) {
    const [by, bm, bd] = birth.birthDate.split('-').map(Number) as [number, number, number];
    const hadBirthday = month > bm || (month === bm && date >= bd);
    return Math.max(0, year - by - (hadBirthday ? 0 : 1));
  }
  if (birth.estimatedBirthYear !== null) return Math.max(0, year - birth.estimatedBirthYear - 1);
  return 'unknown';
}
