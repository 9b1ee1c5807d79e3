// English for the duplicate check's reasons and a record without a birth year
// (docs/ARCHITECTURE.md, "The duplicate check").
import type { BirthEvidence, NameEvidence, NameVariation } from '../../../domain/name-match.js';

const name = {
  same_name: 'Same name',
  similar_name: 'Similar name',
  alias: 'Alias matches alias',
  alias_given_name: 'Alias matches given name',
  given_name_only: 'Same given name, no family name on one record',
  family_name_only: 'Same family name, no given name on one record',
} satisfies Record<NameEvidence, string>;

const variations = {
  nickname: 'nickname',
  spelling: 'spelling',
  one_of_two_given_names: 'one of two given names',
  one_of_two_family_names: 'one of two family names',
} satisfies Record<NameVariation, string>;

const birth = {
  same_birth_date: 'same birth date',
  same_birth_year: 'birth year {{recorded}}',
  birth_year_apart: 'birth year {{entered}} vs {{recorded}}',
  birth_year_unknown: 'birth year unknown',
} satisfies Record<BirthEvidence, string>;

export const nameMatchEn = {
  nameMatch: {
    birthYearNeeded: 'Birth year needed',
    identityRequired: 'Give a name, an alias, a birth date or an estimated birth year.',
    birthHint:
      'A birth date, or an estimated birth year when the date is not known. Leave both empty when nothing is known yet: the record will say a birth year is needed.',
    reason: '{{name}}, {{birth}}',
    reasonWithVariations: '{{name}} ({{variations}}), {{birth}}',
    name,
    variations,
    birth,
  },
};

export const nameMatchApiErrorsEn = {
  identity_required: 'Give a name, an alias, a birth date or an estimated birth year.',
};
