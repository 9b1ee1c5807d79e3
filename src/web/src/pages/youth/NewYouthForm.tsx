// Opening a youth record: minimal identity (a name or an alias alone is enough), a check for an
// existing record first, and a clear choice when one may exist (open it, or create a new one
// anyway), with why each may be the same youth.
import { useEffect, useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError, checkForDuplicates, createYouth } from '../../api';
import type { IdentityFields } from '../../api';
import { Field } from '../../components/Field';
import { ErrorMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { focusFirstInvalid, useDescribeError } from '../../hooks';
import type { DuplicateCheck } from '../../types';
import { blankToNull } from '../../validation';
import type { RaceEthnicity } from '../../../../domain/race-ethnicity.js';
import { duplicateReason } from './duplicate-reason';
import { RaceEthnicityField } from './RaceEthnicityField';

interface Draft {
  givenName: string;
  familyName: string;
  alias: string;
  birthDate: string;
  estimatedBirthYear: string;
  genderIdentity: string;
  languages: string;
}

const NO_ANSWERS: RaceEthnicity[] = [];

const EMPTY: Draft = {
  givenName: '',
  familyName: '',
  alias: '',
  birthDate: '',
  estimatedBirthYear: '',
  genderIdentity: '',
  languages: '',
};

type Errors = Partial<Record<keyof Draft, string>>;

export function NewYouthForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const navigate = useNavigate();
  const headingId = useId();
  const duplicatesId = useId();
  const form = useRef<HTMLFormElement>(null);
  const duplicatesHeading = useRef<HTMLHeadingElement>(null);
  const [draft, setDraft] = useState(EMPTY);
  const [raceEthnicity, setRaceEthnicity] = useState(NO_ANSWERS);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<DuplicateCheck | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);
  useEffect(() => {
    if (duplicates) duplicatesHeading.current?.focus();
  }, [duplicates]);

  const set = (name: keyof Draft) => (value: string) => {
    setDraft((before) => ({ ...before, [name]: value }));
    // The answer of the duplicate check was for other details.
    setDuplicates(null);
  };

  const identity = (): IdentityFields => ({
    givenName: blankToNull(draft.givenName),
    familyName: blankToNull(draft.familyName),
    alias: blankToNull(draft.alias),
    birthDate: draft.birthDate || null,
    estimatedBirthYear: draft.estimatedBirthYear.trim() ? Number(draft.estimatedBirthYear) : null,
  });

  const validate = (): Errors => {
    const found: Errors = {};
    const year = draft.estimatedBirthYear.trim();
    const thisYear = new Date().getFullYear();
    const named = [draft.givenName, draft.familyName, draft.alias].some((n) => n.trim());
    if (!named && !draft.birthDate && !year) found.givenName = t('nameMatch.identityRequired');
    if (year && (!/^\d{4}$/.test(year) || Number(year) < 1900 || Number(year) > thisYear)) {
      found.estimatedBirthYear = t('youth.form.yearInvalid');
    }
    return found;
  };

  const create = async (createAnyway: boolean) => {
    setFailure(null);
    setBusy(true);
    try {
      const languages = draft.languages
        .split(',')
        .map((language) => language.trim())
        .filter(Boolean);
      const created = await createYouth({
        ...identity(),
        genderIdentity: blankToNull(draft.genderIdentity),
        raceEthnicity: raceEthnicity.length > 0 ? raceEthnicity : null,
        languages,
        createAnyway,
      });
      void navigate(`/youth/${encodeURIComponent(created.id)}`);
    } catch (error) {
      setBusy(false);
      if (error instanceof ApiError && error.code === 'possible_duplicate') {
        // Someone opened a similar record meanwhile: show the same choice again.
        try {
          setDuplicates(await checkForDuplicates(identity()));
        } catch (again) {
          setFailure(describeError(again));
        }
      } else {
        setFailure(describeError(error));
      }
    }
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    let check: DuplicateCheck;
    try {
      check = await checkForDuplicates(identity());
    } catch (error) {
      setFailure(describeError(error));
      setBusy(false);
      return;
    }
    setBusy(false);
    if (check.matches.length > 0 || check.hiddenMatchMessage) {
      setDuplicates(check);
      return;
    }
    await create(false);
  };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('youth.form.heading')}</h2>
      <p>{t('youth.form.intro')}</p>
      <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
        <ErrorMessage>{failure}</ErrorMessage>
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
          hint={t('youth.form.aliasHint')}
          value={draft.alias}
          onChange={set('alias')}
          optional
        />
        <div className="field-row">
          <TextField
            label={t('youth.form.birthDate')}
            hint={t('nameMatch.birthHint')}
            type="date"
            value={draft.birthDate}
            onChange={set('birthDate')}
            optional
          />
          <Field
            label={t('youth.form.estimatedBirthYear')}
            hint={t('youth.form.yearHint')}
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
          hint={t('youth.form.genderIdentityHint')}
          value={draft.genderIdentity}
          onChange={set('genderIdentity')}
          optional
        />
        <RaceEthnicityField value={raceEthnicity} onChange={setRaceEthnicity} />
        <TextField
          label={t('youth.form.languages')}
          hint={t('youth.form.languagesHint')}
          value={draft.languages}
          onChange={set('languages')}
          optional
        />
        {duplicates ? null : (
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              {t('youth.form.submit')}
            </button>
            <button type="button" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          </div>
        )}
      </form>

      {duplicates ? (
        <div className="message message-notice" aria-labelledby={duplicatesId}>
          <h3 id={duplicatesId} ref={duplicatesHeading} tabIndex={-1}>
            {t('youth.duplicates.heading')}
          </h3>
          {duplicates.matches.length > 0 ? (
            <>
              <p>{t('youth.duplicates.visible')}</p>
              <ul>
                {duplicates.matches.map((match) => (
                  <li key={match.id}>
                    <Link to={`/youth/${encodeURIComponent(match.id)}`}>
                      {t('youth.case', { caseNumber: match.caseNumber })}
                    </Link>{' '}
                    <span className="muted">{duplicateReason(match, t)}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {duplicates.hiddenMatchMessage ? <p>{duplicates.hiddenMatchMessage}</p> : null}
          <p>{t('youth.duplicates.different')}</p>
          <div className="actions">
            <button type="button" disabled={busy} onClick={() => void create(true)}>
              {t('youth.duplicates.createAnyway')}
            </button>
            <button
              type="button"
              onClick={() => {
                setDuplicates(null);
              }}
            >
              {t('youth.duplicates.change')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
