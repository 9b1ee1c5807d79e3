// Race and ethnicity as the youth describes it (docs/REPORTS.md, "Race and ethnicity"): several
// categories may be ticked; "prefers not to say" and "unknown" stand alone, so ticking one
// clears the others (src/domain/race-ethnicity.ts decides which).
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  RACE_ETHNICITY_ANSWERS,
  withRaceEthnicityAnswer,
  type RaceEthnicity,
} from '../../../../domain/race-ethnicity.js';
import { CheckboxGroup } from '../../components/Field';

/** The answers by name, in the standard's order; null when nothing is recorded. */
export function raceEthnicityNames(
  answers: readonly RaceEthnicity[] | null,
  t: TFunction,
): string | null {
  if (answers === null || answers.length === 0) return null;
  return answers.map((answer) => t(`raceEthnicity.answers.${answer}`)).join(', ');
}

export function RaceEthnicityField(props: {
  value: readonly RaceEthnicity[];
  onChange: (value: RaceEthnicity[]) => void;
}) {
  const { value, onChange } = props;
  const { t } = useTranslation();
  const options = RACE_ETHNICITY_ANSWERS.map((answer) => ({
    value: answer,
    label: t(`raceEthnicity.answers.${answer}`),
  }));
  return (
    <CheckboxGroup
      legend={t('raceEthnicity.legend')}
      hint={t('raceEthnicity.hint')}
      options={options}
      selected={value}
      onChange={(next) => {
        // The group reports the new selection; one answer changed, ticked or unticked.
        const ticked = next.find((answer) => !value.includes(answer));
        const unticked = value.find((answer) => !next.includes(answer));
        if (ticked !== undefined) onChange(withRaceEthnicityAnswer(value, ticked, true));
        else if (unticked !== undefined) onChange(withRaceEthnicityAnswer(value, unticked, false));
      }}
    />
  );
}
