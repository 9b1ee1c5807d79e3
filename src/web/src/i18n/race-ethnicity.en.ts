// Race and ethnicity as the youth describes it, in English: the categories of the federal standard
// (src/domain/race-ethnicity.ts) by name, never by code.
export const raceEthnicityEn = {
  raceEthnicity: {
    legend: 'Race and ethnicity (as the youth describes it)',
    hint: 'Tick each that applies, or leave all blank when not asked.',
    answers: {
      american_indian_alaska_native: 'American Indian or Alaska Native',
      asian: 'Asian',
      black_african_american: 'Black or African American',
      hispanic_latino: 'Hispanic or Latino',
      middle_eastern_north_african: 'Middle Eastern or North African',
      native_hawaiian_pacific_islander: 'Native Hawaiian or Pacific Islander',
      white: 'White',
      prefers_not_to_say: 'Prefers not to say',
      unknown: 'Unknown',
    },
  },
};
