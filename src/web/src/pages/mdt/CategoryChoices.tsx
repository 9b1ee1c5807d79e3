// The kinds of information a case's minutes or decision discussed: who may read them follows.
import { useTranslation } from 'react-i18next';
import { DATA_CATEGORIES, type DataCategory } from '../../../../domain/vocabulary.js';

export function CategoryChoices(props: {
  legend: string;
  value: DataCategory[];
  onChange: (value: DataCategory[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {DATA_CATEGORIES.map((category) => (
        <label key={category} className="checkbox">
          <input
            type="checkbox"
            checked={props.value.includes(category)}
            onChange={(event) => {
              props.onChange(
                event.target.checked
                  ? [...props.value, category]
                  : props.value.filter((c) => c !== category),
              );
            }}
          />
          {t(`dataCategories.${category}`)}
        </label>
      ))}
    </fieldset>
  );
}
