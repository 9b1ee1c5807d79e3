// A youth's race and ethnicity, self-described and optional (docs/REPORTS.md, "Race and
// ethnicity"): the answers of src/domain/race-ethnicity.ts (OMB SPD 15, 2024), several allowed.
// NULL is "not recorded". Part of identity: stored and read like gender, under identity's rules.
// The reports count it in SQL; a youth of several categories counts in each.
export const name = '0035-race-ethnicity';

// Written out, not imported: a migration says what it did when it ran.
const ANSWERS = `'american_indian_alaska_native', 'asian', 'black_african_american',
  'hispanic_latino', 'middle_eastern_north_african', 'native_hawaiian_pacific_islander', 'white',
  'prefers_not_to_say', 'unknown'`;

export const up = /* sql */ `
ALTER TABLE youth
  ADD COLUMN race_ethnicity text[]
    CHECK (race_ethnicity <@ ARRAY[${ANSWERS}]::text[] AND cardinality(race_ethnicity) > 0);
`;
