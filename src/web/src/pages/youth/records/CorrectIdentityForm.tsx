// "Correct the record": the identity fields as the record holds them, changed in place, and a
// required reason ("she told us her legal name"). The earlier values go to the sealed history;
// the answer names other records the new names may match, as opening a record does.
import { useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Field } from '../../../components/Field';
import { ErrorMessage, StatusMessage } from '../../../components/Messages';
import { TextField } from '../../../components/TextField';
import { focusFirstInvalid, useDescribeError } from '../../../hooks';
import { correctIdentity, type IdentityCorrected } from '../../../records-api';
import type { YouthIdentity } from '../../../types';
import { blankToNull } from '../../../validation';
import type { RaceEthnicity } from '../../../../../domain/race-ethnicity.js';
import { RaceEthnicityField } from '../RaceEthnicityField';

interface Draft {
  givenName: string;
  familyName: string;
  alias: string;
  birthDate: string;
  estimatedBirthYear: string;
  genderIdentity: string;
  raceEthnicity: RaceEthnicity[];
  languages: string;
  reason: string;
}

const draftOf = (identity: YouthIdentity): Draft => ({
  givenName: identity.givenName ?? '',
  familyName: identity.familyName ?? '',
  alias: identity.alias ?? '',
  birthDate: identity.birthDate ?? '',
  estimatedBirthYear:
    identity.estimatedBirthYear === null ? '' : String(identity.estimatedBirthYear),
  genderIdentity: identity.genderIdentity ?? '',
  raceEthnicity: identity.raceEthnicity ?? [],
  languages: identity.languages.join(', '),
  reason: '',
});

type TextName = Exclude<keyof Draft, 'raceEthnicity'>;
type Errors = Partial<Record<keyof Draft, string>>;

export function CorrectIdentityForm(props: {
  youthId: string;
  identity: YouthIdentity;
  onCorrected: () => void;
}) {
  const { youthId, identity, onCorrected } = props;
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState(() => draftOf(identity));
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [answer, setAnswer] = useState<IdentityCorrected | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (name: TextName) => (value: string) => {
    setDraft((before) => ({ ...before, [name]: value }));
  };

  const validate = (): Errors => {
    const found: Errors = {};
    const year = draft.estimatedBirthYear.trim();
    const named = [draft.givenName, draft.familyName, draft.alias].some((n) => n.trim());
    if (!named && !draft.birthDate && !year) found.givenName = t('nameMatch.identityRequired');
    if (year && (!/^\d{4}$/.test(year) || Number(year) < 1900)) {
      found.estimatedBirthYear = t('youth.form.yearInvalid');
    }
    if (!draft.reason.trim()) found.reason = t('records.required');
    return found;
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setFailure(null);
    setAnswer(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      const year = draft.estimatedBirthYear.trim();
      const corrected = await correctIdentity(youthId, {
        givenName: blankToNull(draft.givenName),
        familyName: blankToNull(draft.familyName),
        alias: blankToNull(draft.alias),
        birthDate: draft.birthDate || null,
        estimatedBirthYear: year ? Number(year) : null,
        genderIdentity: blankToNull(draft.genderIdentity),
        raceEthnicity: draft.raceEthnicity.length > 0 ? draft.raceEthnicity : null,
        languages: draft.languages
          .split(',')
          .map((language) => language.trim())
          .filter(Boolean),
        reason: draft.reason,
      });
      setAnswer(corrected);
      setDraft((before) => ({ ...before, reason: '' }));
      onCorrected();
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      ref={form}
      noValidate
      className="stack panel"
      aria-labelledby="record-correct-heading"
      onSubmit={(event) => void submit(event)}
    >
      <h3 id="record-correct-heading">{t('records.correct.heading')}</h3>
      <p>{t('records.correct.intro')}</p>
      <ErrorMessage>{failure}</ErrorMessage>
      <StatusMessage>
        {answer
          ? t('records.correct.done', {
              fields: answer.fields.map((f) => t(`records.fields.${f}`)).join(', '),
            })
          : null}
      </StatusMessage>
      {answer && (answer.possibleDuplicates.length > 0 || answer.hiddenMatchMessage) ? (
        <div className="message message-notice">
          <p>{t('records.correct.duplicates')}</p>
          <ul>
            {answer.possibleDuplicates.map((match) => (
              <li key={match.id}>
                <Link to={`/youth/${encodeURIComponent(match.id)}`}>
                  {t('youth.case', { caseNumber: match.caseNumber })}
                </Link>{' '}
                <span className="muted">{match.reason}</span>
              </li>
            ))}
          </ul>
          {answer.hiddenMatchMessage ? <p>{answer.hiddenMatchMessage}</p> : null}
        </div>
      ) : null}
      <div className="field-row">
        <TextField
          label={t('youth.form.givenName')}
          value={draft.givenName}
          onChange={set('givenName')}
          error={errors.givenName}
          optional
        />
        <TextField
          label={t('youth.form.familyName')}
          value={draft.familyName}
          onChange={set('familyName')}
          optional
        />
      </div>
      <TextField
        label={t('youth.form.alias')}
        value={draft.alias}
        onChange={set('alias')}
        optional
      />
      <div className="field-row">
        <TextField
          label={t('youth.form.birthDate')}
          type="date"
          value={draft.birthDate}
          onChange={set('birthDate')}
          optional
        />
        <Field
          label={t('youth.form.estimatedBirthYear')}
          error={errors.estimatedBirthYear}
          optional
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="numeric"
              maxLength={4}
              value={draft.estimatedBirthYear}
              onChange={(event) => {
                set('estimatedBirthYear')(event.target.value);
              }}
            />
          )}
        </Field>
      </div>
      <TextField
        label={t('youth.form.genderIdentity')}
        value={draft.genderIdentity}
        onChange={set('genderIdentity')}
        optional
      />
      <RaceEthnicityField
        value={draft.raceEthnicity}
        onChange={(raceEthnicity) => {
          setDraft((before) => ({ ...before, raceEthnicity }));
        }}
      />
      <TextField
        label={t('youth.form.languages')}
        hint={t('youth.form.languagesHint')}
        value={draft.languages}
        onChange={set('languages')}
        optional
      />
      <TextField
        label={t('records.correct.reason')}
        hint={t('records.correct.reasonHint')}
        value={draft.reason}
        onChange={set('reason')}
        error={errors.reason}
        required
        multiline
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('records.correct.submit')}
        </button>
      </div>
    </form>
  );
}
