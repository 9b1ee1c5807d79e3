// Recording a consent: recipients, kinds of information, purpose, dates, who gives it (the youth
// or a recorded guardian, never a suspected exploiter) and how it was explained.
import { useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DATA_CATEGORIES } from '../../../../domain/vocabulary.js';
import type { DataCategory } from '../../../../domain/vocabulary.js';
import { listPeople, recordConsent } from '../../api';
import { CheckboxGroup, Field, RadioGroup } from '../../components/Field';
import { ErrorMessage, StatusMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { focusFirstInvalid, useApiData, useDescribeError } from '../../hooks';
import { currentLanguage } from '../../i18n';
import { useSignedIn } from '../../session';
import type { Language, Organization, YouthRecord } from '../../types';
import { localToday } from '../youth/names';
import { ConsentExplanation } from './ConsentExplanation';
import { PersonFields } from './PersonFields';

type Giver = 'youth' | 'guardian';
type LanguageChoice = Language | 'other';

interface Errors {
  recipients?: string;
  categories?: string;
  purpose?: string;
  signedAt?: string;
  expiresAt?: string;
  personId?: string;
  method?: string;
  language?: string;
}

export function ConsentForm(props: {
  youth: YouthRecord;
  organizations: readonly Organization[];
  onRecorded: () => void;
}) {
  const { youth, organizations } = props;
  const { t } = useTranslation();
  const { user } = useSignedIn();
  const describeError = useDescribeError();
  const form = useRef<HTMLFormElement>(null);
  const people = useApiData(`people:${youth.id}`, () => listPeople(youth.id));
  const [recipients, setRecipients] = useState<string[]>([]);
  const [categories, setCategories] = useState<DataCategory[]>([]);
  const [purpose, setPurpose] = useState('');
  const [signedAt, setSignedAt] = useState(() => localToday());
  const [expiresAt, setExpiresAt] = useState('');
  const [giver, setGiver] = useState<Giver>('youth');
  const [personId, setPersonId] = useState('');
  const [method, setMethod] = useState(() => t('consent.methodDefault'));
  const [explanationLanguage, setExplanationLanguage] = useState<Language>(currentLanguage);
  const [language, setLanguage] = useState<LanguageChoice>(currentLanguage);
  const [otherLanguage, setOtherLanguage] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const chosenRecipients = organizations.filter((o) => recipients.includes(o.id));
  const orderedCategories = DATA_CATEGORIES.filter((c) => categories.includes(c));
  const edited = () => {
    setRecorded(null);
  };

  const validate = (): Errors => {
    const found: Errors = {};
    if (recipients.length === 0) found.recipients = t('consent.errors.recipients');
    if (categories.length === 0) found.categories = t('errors.categoriesNeeded');
    if (!purpose.trim()) found.purpose = t('errors.required');
    if (!signedAt) found.signedAt = t('errors.date');
    if (!expiresAt) found.expiresAt = t('consent.errors.expiresRequired');
    else if (signedAt && expiresAt <= signedAt) found.expiresAt = t('consent.errors.expiresAfter');
    if (giver === 'guardian' && !personId) found.personId = t('errors.chooseOne');
    if (!method.trim()) found.method = t('errors.required');
    if (language === 'other' && !otherLanguage.trim()) found.language = t('errors.required');
    return found;
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setFailure(null);
    setRecorded(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      await recordConsent(youth.id, {
        recipientOrganizationIds: recipients,
        categories: orderedCategories,
        purpose: purpose.trim(),
        givenBy: giver === 'guardian' ? { kind: 'guardian', personId } : { kind: 'youth' },
        explainedBy: {
          userId: user.id,
          method: method.trim(),
          language: language === 'other' ? otherLanguage.trim() : language,
        },
        signedAt,
        expiresAt,
      });
      setRecipients([]);
      setCategories([]);
      setPurpose('');
      setExpiresAt('');
      setRecorded(t('consent.recorded'));
      props.onRecorded();
    } catch (error) {
      setFailure(describeError(error));
    }
    setBusy(false);
  };

  const guardians = people.data ?? [];
  return (
    <form ref={form} noValidate onSubmit={(event) => void submit(event)} className="consent-form">
      <div className="no-print">
        <ErrorMessage>{failure}</ErrorMessage>
        <CheckboxGroup
          legend={t('consent.recipients')}
          hint={t('consent.recipientsHint')}
          options={organizations.map((o) => ({ value: o.id, label: o.name }))}
          selected={recipients}
          onChange={(next) => {
            setRecipients(next);
            edited();
          }}
          error={errors.recipients}
        />
        <CheckboxGroup
          legend={t('consent.categories')}
          hint={t('consent.categoriesHint')}
          options={DATA_CATEGORIES.map((c) => ({ value: c, label: t(`dataCategories.${c}`) }))}
          selected={categories}
          onChange={(next) => {
            setCategories(next);
            edited();
          }}
          error={errors.categories}
        />
        <TextField
          label={t('consent.purpose')}
          hint={t('consent.purposeHint')}
          value={purpose}
          onChange={(value) => {
            setPurpose(value);
            edited();
          }}
          error={errors.purpose}
          multiline
          required
        />
        <div className="field-row">
          <TextField
            label={t('consent.signedAt')}
            type="date"
            value={signedAt}
            onChange={setSignedAt}
            error={errors.signedAt}
            required
          />
          <TextField
            label={t('consent.expiresAt')}
            hint={t('consent.expiresAtHint')}
            type="date"
            value={expiresAt}
            onChange={(value) => {
              setExpiresAt(value);
              edited();
            }}
            error={errors.expiresAt}
            required
          />
        </div>
      </div>

      <ConsentExplanation
        language={explanationLanguage}
        onLanguage={(next) => {
          setExplanationLanguage(next);
          if (language !== 'other') setLanguage(next);
        }}
        recipients={chosenRecipients}
        categories={orderedCategories}
        purpose={purpose}
        expiresAt={expiresAt}
        explainerName={user.displayName}
        caseNumber={youth.caseNumber}
        identity={youth.identity}
      />

      <div className="no-print">
        <RadioGroup
          legend={t('consent.givenBy')}
          name="giver"
          options={[
            { value: 'youth', label: t('consent.givers.youth') },
            { value: 'guardian', label: t('consent.givers.guardian') },
          ]}
          selected={giver}
          onChange={(next) => {
            setGiver(next);
            edited();
          }}
        />
        {giver === 'guardian' ? (
          <div className="guardian">
            <ErrorMessage>{people.error ? describeError(people.error) : null}</ErrorMessage>
            <Field
              label={t('consent.guardian')}
              hint={t('consent.guardianHint')}
              error={errors.personId}
              required
            >
              {(control) => (
                <select
                  {...control}
                  value={personId}
                  onChange={(event) => {
                    setPersonId(event.target.value);
                  }}
                >
                  <option value="">{t('common.choose')}</option>
                  {guardians.map((person) => (
                    <option key={person.id} value={person.id} disabled={person.suspectedExploiter}>
                      {person.suspectedExploiter
                        ? t('consent.personSuspected', {
                            name: person.name,
                            relationship: person.relationship,
                          })
                        : t('consent.person', {
                            name: person.name,
                            relationship: person.relationship,
                          })}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <PersonFields
              youthId={youth.id}
              onRecorded={(id, suspected) => {
                people.reload();
                if (!suspected) setPersonId(id);
              }}
            />
          </div>
        ) : null}
        <TextField
          label={t('consent.method')}
          hint={t('consent.methodHint')}
          value={method}
          onChange={setMethod}
          error={errors.method}
          required
        />
        <Field
          label={t('consent.language')}
          error={language === 'other' ? undefined : errors.language}
          required
        >
          {(control) => (
            <select
              {...control}
              value={language}
              onChange={(event) => {
                const value = event.target.value;
                const choice: LanguageChoice = value === 'en' || value === 'es' ? value : 'other';
                setLanguage(choice);
                if (choice !== 'other') setExplanationLanguage(choice);
              }}
            >
              <option value="en">{t('language.en')}</option>
              <option value="es">{t('language.es')}</option>
              <option value="other">{t('consent.otherLanguage')}</option>
            </select>
          )}
        </Field>
        {language === 'other' ? (
          <TextField
            label={t('consent.otherLanguageName')}
            value={otherLanguage}
            onChange={setOtherLanguage}
            error={errors.language}
            required
          />
        ) : null}
        <p className="hint">{t('consent.explainedBy', { name: user.displayName })}</p>
        <StatusMessage>{recorded}</StatusMessage>
        <button type="submit" className="primary" disabled={busy}>
          {t('consent.submit')}
        </button>
      </div>
    </form>
  );
}
