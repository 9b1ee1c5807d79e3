// How long the county keeps a closed case, per kind of information (docs/RETENTION.md). Everyone
// of the county reads it; the coordinator alone changes it (the server refuses anyone else).
import { useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  RETENTION_AGE_RANGE,
  RETENTION_YEARS_RANGE,
  type RetentionRule,
  type RetentionSettings,
} from '../../../../domain/retention.js';
import { DATA_CATEGORIES, type DataCategory } from '../../../../domain/vocabulary.js';
import { ErrorMessage, StatusMessage } from '../../components/Messages';
import { parseWholeNumber, WholeNumberField } from '../../components/WholeNumberField';
import { focusFirstInvalid, useDescribeError } from '../../hooks';

export function RetentionSection(props: {
  retention: RetentionSettings;
  /** Absent for everyone but the coordinator. */
  onSave?: ((retention: RetentionSettings) => Promise<void>) | undefined;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const ruleWords = (rule: RetentionRule): string => {
    const years: string = t('retention.yearsValue', { count: rule.yearsAfterClosure });
    if (rule.untilAge === null) return years;
    const age: string = t('retention.ageValue', { age: rule.untilAge });
    return `${years}, ${age}`;
  };
  return (
    <section aria-labelledby={headingId} className="retention">
      <h2 id={headingId}>{t('retention.heading')}</h2>
      <p>{t('retention.intro')}</p>
      <p className="hint">{t('retention.floor')}</p>
      {props.onSave ? (
        <RetentionForm retention={props.retention} onSave={props.onSave} />
      ) : (
        <>
          <dl className="details">
            {DATA_CATEGORIES.map((category) => (
              <div key={category}>
                <dt>{t(`dataCategories.${category}`)}</dt>
                <dd>{ruleWords(props.retention[category])}</dd>
              </div>
            ))}
          </dl>
          <p>{t('retention.coordinatorOnly')}</p>
        </>
      )}
    </section>
  );
}

interface Draft {
  years: string;
  age: string;
}

function RetentionForm(props: {
  retention: RetentionSettings;
  onSave: (retention: RetentionSettings) => Promise<void>;
}) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const form = useRef<HTMLFormElement>(null);
  const [drafts, setDrafts] = useState<Record<DataCategory, Draft>>(
    () =>
      Object.fromEntries(
        DATA_CATEGORIES.map((c) => [
          c,
          {
            years: String(props.retention[c].yearsAfterClosure),
            age: props.retention[c].untilAge === null ? '' : String(props.retention[c].untilAge),
          },
        ]),
      ) as Record<DataCategory, Draft>,
  );
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const change = (category: DataCategory, part: keyof Draft) => (value: string) => {
    setSaved(null);
    setDrafts((current) => ({ ...current, [category]: { ...current[category], [part]: value } }));
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const retention = {} as Record<DataCategory, RetentionRule>;
    for (const category of DATA_CATEGORIES) {
      const draft = drafts[category];
      const years = parseWholeNumber(
        draft.years,
        RETENTION_YEARS_RANGE.min,
        RETENTION_YEARS_RANGE.max,
      );
      const age =
        draft.age.trim() === ''
          ? null
          : parseWholeNumber(draft.age, RETENTION_AGE_RANGE.min, RETENTION_AGE_RANGE.max);
      if (years === null)
        found[`${category}.years`] = t('retention.errors.years', RETENTION_YEARS_RANGE);
      if (draft.age.trim() !== '' && age === null) {
        found[`${category}.age`] = t('retention.errors.age', RETENTION_AGE_RANGE);
      }
      retention[category] = { yearsAfterClosure: years ?? 0, untilAge: age };
    }
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      await props.onSave(retention);
      setSaved(t('retention.saved'));
    } catch (error) {
      setFailure(describeError(error));
    }
    setBusy(false);
  };

  return (
    <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
      <StatusMessage>{saved}</StatusMessage>
      <ErrorMessage>{failure}</ErrorMessage>
      {DATA_CATEGORIES.map((category) => (
        <fieldset key={category} className="field retention-category">
          <legend>{t(`dataCategories.${category}`)}</legend>
          <WholeNumberField
            label={t('retention.years')}
            value={drafts[category].years}
            onChange={change(category, 'years')}
            error={errors[`${category}.years`]}
            required
          />
          <WholeNumberField
            label={t('retention.untilAge')}
            hint={t('retention.noAge')}
            value={drafts[category].age}
            onChange={change(category, 'age')}
            error={errors[`${category}.age`]}
          />
        </fieldset>
      ))}
      <button type="submit" className="primary" disabled={busy}>
        {t('retention.save')}
      </button>
    </form>
  );
}
