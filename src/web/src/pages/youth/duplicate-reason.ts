// Why a record may be the same youth, in the reader's language, from the evidence the server sent.
import type { TFunction } from 'i18next';
import type { DuplicateCheck } from '../../types';

export function duplicateReason(match: DuplicateCheck['matches'][number], t: TFunction): string {
  const { evidence } = match;
  const name = t(`nameMatch.name.${evidence.name}`);
  const birth = t(`nameMatch.birth.${evidence.birth}`, {
    entered: evidence.enteredBirthYear,
    recorded: evidence.recordedBirthYear,
  });
  if (evidence.variations.length === 0) return t('nameMatch.reason', { name, birth });
  const variations = evidence.variations.map((v) => t(`nameMatch.variations.${v}`)).join(', ');
  return t('nameMatch.reasonWithVariations', { name, variations, birth });
}
