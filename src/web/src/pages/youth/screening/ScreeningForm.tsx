// Administering an instrument on a phone: one question at a time down the page, in the language
// chosen, the answer buttons large. The server scores it; the result is shown with focus on it.
import { useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api';
import { Field, RadioGroup } from '../../../components/Field';
import { ErrorMessage } from '../../../components/Messages';
import { focusFirstInvalid, useDescribeError } from '../../../hooks';
import {
  inLanguage,
  recordScreening,
  type AnswerValue,
  type Instrument,
  type InstrumentItem,
  type ScreeningOutcome,
} from '../../../screening-api';

type Problems = Partial<Record<string, string>>;

export function ScreeningForm(props: {
  youthId: string;
  instruments: readonly Instrument[];
  onSaved: (outcome: ScreeningOutcome) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const describeError = useDescribeError();
  const form = useRef<HTMLFormElement>(null);
  const [key, setKey] = useState(props.instruments[0]?.key ?? '');
  const instrument = props.instruments.find((i) => i.key === key) ?? props.instruments[0];
  const [language, setLanguage] = useState(
    instrument?.languages.includes(i18n.language)
      ? i18n.language
      : (instrument?.languages[0] ?? 'en'),
  );
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<Problems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  if (!instrument) return null;

  const answerOf = (item: InstrumentItem): AnswerValue | null => {
    const raw = answers[item.id];
    if (raw === undefined || raw === '') return null;
    if (item.answer.type !== 'number') return raw;
    const number = Number(raw);
    return Number.isFinite(number) && number >= item.answer.min && number <= item.answer.max
      ? number
      : null;
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const found: Problems = {};
    const chosen: Record<string, AnswerValue> = {};
    for (const item of instrument.items) {
      const value = answerOf(item);
      if (value === null) {
        found[item.id] =
          item.answer.type === 'number'
            ? t('screening.answerNumber', { min: item.answer.min, max: item.answer.max })
            : t('screening.answerRequired');
      } else chosen[item.id] = value;
    }
    setProblems(found);
    if (Object.keys(found).length > 0) {
      setFailure(t('screening.fixAnswers'));
      setTimeout(() => {
        focusFirstInvalid(form.current);
      });
      return;
    }
    setSaving(true);
    try {
      props.onSaved(
        await recordScreening(props.youthId, {
          instrumentKey: instrument.key,
          answers: chosen,
          language,
        }),
      );
    } catch (error) {
      const listed =
        error instanceof ApiError && Array.isArray(error.details.problems)
          ? (error.details.problems as { itemId?: string; message: string }[])
          : [];
      const byItem: Problems = {};
      for (const problem of listed) if (problem.itemId) byItem[problem.itemId] = problem.message;
      setProblems(byItem);
      setFailure(describeError(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form ref={form} noValidate className="screening-form" onSubmit={(event) => void submit(event)}>
      <ErrorMessage>{failure}</ErrorMessage>
      {props.instruments.length > 1 ? (
        <Field label={t('screening.instrument')}>
          {(control) => (
            <select
              {...control}
              value={key}
              onChange={(event) => {
                setKey(event.target.value);
                setAnswers({});
                setProblems({});
              }}
            >
              {props.instruments.map((i) => (
                <option key={i.key} value={i.key}>
                  {inLanguage(i.name, i18n.language)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <p>
          <strong>{inLanguage(instrument.name, language)}</strong>
        </p>
      )}
      {instrument.languages.length > 1 ? (
        <Field label={t('screening.language')}>
          {(control) => (
            <select
              {...control}
              value={language}
              onChange={(event) => {
                setLanguage(event.target.value);
              }}
            >
              {instrument.languages.map((code) => (
                <option key={code} value={code}>
                  {code === 'en' || code === 'es' ? t(`screening.languages.${code}`) : code}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <ol className="screening-items">
        {instrument.items.map((item) => (
          <li key={item.id}>
            <ItemField
              item={item}
              language={language}
              value={answers[item.id] ?? ''}
              error={problems[item.id]}
              onChange={(value) => {
                setAnswers({ ...answers, [item.id]: value });
                setProblems({ ...problems, [item.id]: undefined });
              }}
            />
          </li>
        ))}
      </ol>
      <p className="actions">
        <button type="submit" disabled={saving}>
          {saving ? t('screening.saving') : t('screening.save')}
        </button>{' '}
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('screening.cancel')}
        </button>
      </p>
    </form>
  );
}

function ItemField(props: {
  item: InstrumentItem;
  language: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const { item, language } = props;
  const question = inLanguage(item.text, language);
  switch (item.answer.type) {
    case 'yes_no_unsure':
      return (
        <RadioGroup
          legend={question}
          name={item.id}
          options={[
            { value: 'yes', label: t('screening.answerYes') },
            { value: 'no', label: t('screening.answerNo') },
            { value: 'unsure', label: t('screening.answerUnsure') },
          ]}
          selected={props.value || null}
          error={props.error}
          onChange={props.onChange}
        />
      );
    case 'choice':
      return (
        <RadioGroup
          legend={question}
          name={item.id}
          options={item.answer.options.map((o) => ({
            value: o.value,
            label: inLanguage(o.label, language),
          }))}
          selected={props.value || null}
          error={props.error}
          onChange={props.onChange}
        />
      );
    case 'number':
      return (
        <Field
          label={question}
          hint={t('screening.numberHint', { min: item.answer.min, max: item.answer.max })}
          error={props.error}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="decimal"
              className="number-input"
              value={props.value}
              onChange={(event) => {
                props.onChange(event.target.value);
              }}
            />
          )}
        </Field>
      );
  }
}
