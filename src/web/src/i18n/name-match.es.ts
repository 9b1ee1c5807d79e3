// Español: los motivos de la comprobación de duplicados y un expediente sin año de nacimiento.
import type { nameMatchApiErrorsEn, nameMatchEn } from './name-match.en';

export const nameMatchEs: typeof nameMatchEn = {
  nameMatch: {
    birthYearNeeded: 'Falta el año de nacimiento',
    identityRequired:
      'Indique un nombre, un alias, una fecha de nacimiento o un año de nacimiento estimado.',
    birthHint:
      'Una fecha de nacimiento, o un año de nacimiento estimado si no se conoce la fecha. Déjelos vacíos si aún no se sabe nada: el expediente indicará que falta el año de nacimiento.',
    reason: '{{name}}, {{birth}}',
    reasonWithVariations: '{{name}} ({{variations}}), {{birth}}',
    name: {
      same_name: 'Mismo nombre',
      similar_name: 'Nombre parecido',
      alias: 'El alias coincide con el alias',
      alias_given_name: 'El alias coincide con el nombre',
      given_name_only: 'Mismo nombre, sin apellido en uno de los expedientes',
      family_name_only: 'Mismo apellido, sin nombre en uno de los expedientes',
    },
    variations: {
      nickname: 'diminutivo',
      spelling: 'ortografía',
      one_of_two_given_names: 'uno de dos nombres',
      one_of_two_family_names: 'uno de dos apellidos',
    },
    birth: {
      same_birth_date: 'misma fecha de nacimiento',
      same_birth_year: 'año de nacimiento {{recorded}}',
      birth_year_apart: 'año de nacimiento {{entered}} frente a {{recorded}}',
      birth_year_unknown: 'año de nacimiento desconocido',
    },
  },
};

export const nameMatchApiErrorsEs: typeof nameMatchApiErrorsEn = {
  identity_required:
    'Indique un nombre, un alias, una fecha de nacimiento o un año de nacimiento estimado.',
};
