// Race and ethnicity as the youth describes it, in Spanish: the categories of the federal standard
// (src/domain/race-ethnicity.ts) by name, never by code.
export const raceEthnicityEs = {
  raceEthnicity: {
    legend: 'Raza y etnia (como la describe el propio joven)',
    hint: 'Marque cada una que corresponda, o deje todas sin marcar si no se preguntó.',
    answers: {
      american_indian_alaska_native: 'Indígena americano o nativo de Alaska',
      asian: 'Asiático',
      black_african_american: 'Negro o afroamericano',
      hispanic_latino: 'Hispano o latino',
      middle_eastern_north_african: 'De Oriente Medio o del Norte de África',
      native_hawaiian_pacific_islander: 'Nativo de Hawái o de otras islas del Pacífico',
      white: 'Blanco',
      prefers_not_to_say: 'Prefiere no decirlo',
      unknown: 'Se desconoce',
    },
  },
};
