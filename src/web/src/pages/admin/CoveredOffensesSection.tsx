// The offenses the state does not charge minors with (docs/PROTOCOL.md, Non-criminalization):
// each with its citation and the age the protection ends. An officer recording an arrest attempt
// picks from this list, and Lantern shows the plain statement at once when it covers the youth.
import { useId, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../components/Field';
import { ErrorMessage, StatusMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import type { CoveredOffense } from '../../types';
import { useDescribeReleaseError } from '../releases/words';

const CODE = /^[a-z0-9_]{1,60}$/;

export function CoveredOffensesSection(props: {
  offenses: readonly CoveredOffense[];
  /** Absent for people who only read the profile. */
  onSave?: ((offenses: CoveredOffense[]) => Promise<void>) | undefined;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="covered-offenses">
      <h2 id={headingId}>{t('nonCriminalization.offensesHeading')}</h2>
      <p>{t('nonCriminalization.offensesIntro')}</p>
      {props.onSave ? (
        <OffensesForm offenses={props.offenses} onSave={props.onSave} />
      ) : props.offenses.length === 0 ? (
        <p>{t('nonCriminalization.noOffenses')}</p>
      ) : (
        <ul>
          {props.offenses.map((offense) => (
            <li key={offense.code}>
              <strong>{offense.label}</strong> ({offense.citation});{' '}
              {t('nonCriminalization.underAge', { age: offense.ageLimit })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

type Row = Omit<CoveredOffense, 'ageLimit'> & { ageLimit: string };

function OffensesForm(props: {
  offenses: readonly CoveredOffense[];
  onSave: (offenses: CoveredOffense[]) => Promise<void>;
}) {
  const { t } = useTranslation();
  const describeError = useDescribeReleaseError();
  const [rows, setRows] = useState<Row[]>(
    props.offenses.map((o) => ({ ...o, ageLimit: String(o.ageLimit) })),
  );
  const [saved, setSaved] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const change = (index: number, part: Partial<Row>) => {
    setSaved(null);
    setRows(rows.map((row, i) => (i === index ? { ...row, ...part } : row)));
  };
  const problem = (row: Row, field: 'code' | 'label' | 'citation' | 'ageLimit') => {
    if (field === 'code')
      return CODE.test(row.code) && row.code !== 'other'
        ? undefined
        : t('nonCriminalization.errors.code');
    if (field === 'ageLimit') {
      const age = Number(row.ageLimit);
      return Number.isInteger(age) && age >= 1 && age <= 26
        ? undefined
        : t('nonCriminalization.errors.age');
    }
    return row[field].trim() === '' ? t('nonCriminalization.errors.required') : undefined;
  };
  const fields = ['code', 'label', 'citation', 'ageLimit'] as const;
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    setFailure(null);
    if (rows.some((row) => fields.some((field) => problem(row, field)))) {
      setFailure(t('nonCriminalization.errors.fix'));
      return;
    }
    setBusy(true);
    try {
      await props.onSave(
        rows.map((row) => ({
          code: row.code.trim(),
          label: row.label.trim(),
          citation: row.citation.trim(),
          ageLimit: Number(row.ageLimit),
          prostitutionRelated: row.prostitutionRelated,
        })),
      );
      setSaved(t('nonCriminalization.saved'));
    } catch (error) {
      setFailure(describeError(error));
    }
    setBusy(false);
  };
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <StatusMessage>{saved}</StatusMessage>
      <ErrorMessage>{failure}</ErrorMessage>
      {rows.map((row, index) => (
        <fieldset key={index}>
          <legend>{row.label.trim() || t('nonCriminalization.newOffense')}</legend>
          {fields.map((field) => (
            <TextField
              key={field}
              label={t(`nonCriminalization.fields.${field}`)}
              value={row[field]}
              onChange={(value) => {
                change(index, { [field]: value });
              }}
              error={problem(row, field)}
              required
            />
          ))}
          <Checkbox
            label={t('nonCriminalization.fields.prostitutionRelated')}
            checked={row.prostitutionRelated}
            onChange={(checked) => {
              change(index, { prostitutionRelated: checked });
            }}
          />
          <button
            type="button"
            onClick={() => {
              setRows(rows.filter((_, i) => i !== index));
            }}
          >
            {t('nonCriminalization.remove', { offense: row.label || row.code })}
          </button>
        </fieldset>
      ))}
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            setRows([
              ...rows,
              { code: '', label: '', citation: '', ageLimit: '18', prostitutionRelated: false },
            ]);
          }}
        >
          {t('nonCriminalization.add')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {t('nonCriminalization.save')}
        </button>
      </div>
    </form>
  );
}
