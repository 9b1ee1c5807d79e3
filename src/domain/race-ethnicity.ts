// Race and ethnicity as a youth describes them (docs/REPORTS.md, "Race and ethnicity"): the
// categories of the US federal standard (OMB Statistical Policy Directive 15, 2024), several
// allowed, or one of two answers that stand alone. Optional: a record without it is "not
// recorded". Recorded and read as part of identity, under identity's rules
// (src/domain/case-access.ts). Pure: no I/O.

/** The seven minimum categories of SPD 15 (2024), in the standard's order. */
export const RACE_ETHNICITY_CATEGORIES = [
  'american_indian_alaska_native',
  'asian',
  'black_african_american',
  'hispanic_latino',
  'middle_eastern_north_african',
  'native_hawaiian_pacific_islander',
  'white',
] as const;

/** Answers that are not a category, and so are never combined with one or with each other. */
export const RACE_ETHNICITY_ALONE = ['prefers_not_to_say', 'unknown'] as const;

export const RACE_ETHNICITY_ANSWERS = [
  ...RACE_ETHNICITY_CATEGORIES,
  ...RACE_ETHNICITY_ALONE,
] as const;
export type RaceEthnicity = (typeof RACE_ETHNICITY_ANSWERS)[number];

/** A report's rows: every answer, then the records that hold none. */
export const RACE_ETHNICITY_ROWS = [...RACE_ETHNICITY_ANSWERS, 'not_recorded'] as const;
export type RaceEthnicityRow = (typeof RACE_ETHNICITY_ROWS)[number];

/** Why a youth's answer cannot be stored, or null. Null (not recorded) is always storable. */
export function raceEthnicityProblem(answers: readonly string[] | null): string | null {
  if (answers === null) return null;
  if (answers.length === 0) return 'give at least one answer, or null when not recorded';
  const known = new Set<string>(RACE_ETHNICITY_ANSWERS);
  const unknown = answers.find((answer) => !known.has(answer));
  if (unknown !== undefined) return `"${unknown}" is not a race or ethnicity category`;
  if (new Set(answers).size !== answers.length) return 'each answer is given once';
  const alone = answers.filter((a) => (RACE_ETHNICITY_ALONE as readonly string[]).includes(a));
  if (alone.length > 0 && answers.length > 1) {
    return `"${alone[0] ?? ''}" is given alone, never with another answer`;
  }
  return null;
}

/** The stored form: the standard's order, so two records of the same answers compare equal. */
export function orderedRaceEthnicity(answers: readonly RaceEthnicity[]): RaceEthnicity[] {
  return RACE_ETHNICITY_ANSWERS.filter((answer) => answers.includes(answer));
}

/**
 * The report rows a youth counts in: each answer recorded (a youth of several categories counts
 * in each of them), or "not recorded".
 */
export function raceEthnicityRows(answers: readonly RaceEthnicity[] | null): RaceEthnicityRow[] {
  return answers === null || answers.length === 0
    ? ['not_recorded']
    : orderedRaceEthnicity(answers);
}

/**
 * The answers after ticking or unticking one on a form: "prefers not to say" and "unknown" stand
 * alone, so ticking one clears every other answer, and ticking a category clears them. The
 * result is always storable (raceEthnicityProblem), in the standard's order.
 */
export function withRaceEthnicityAnswer(
  chosen: readonly RaceEthnicity[],
  answer: RaceEthnicity,
  ticked: boolean,
): RaceEthnicity[] {
  if (!ticked) return orderedRaceEthnicity(chosen.filter((a) => a !== answer));
  if ((RACE_ETHNICITY_ALONE as readonly string[]).includes(answer)) return [answer];
  const categories = chosen.filter((a) => !(RACE_ETHNICITY_ALONE as readonly string[]).includes(a));
  return orderedRaceEthnicity([...categories, answer]);
}
