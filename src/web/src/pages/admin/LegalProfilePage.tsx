// The jurisdiction's legal profile: whether state law makes what a youth tells a caseworker
// privileged, who qualifies, how long a consent may last, the county's time zone, the duties to
// disclose and who may open emergency access. The coordinator or an administrator records it
// after checking it against the county's own law; every part saves the whole profile.
import { useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getLegalProfile, saveLegalProfile } from '../../api';
import { Checkbox, RadioGroup } from '../../components/Field';
import { ErrorMessage, Loading, StatusMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { parseWholeNumber, WholeNumberField } from '../../components/WholeNumberField';
import { focusFirstInvalid, useApiData, useDescribeError, usePageTitle } from '../../hooks';
import { useSignedIn } from '../../session';
import type { LegalProfile } from '../../types';
import { blankToNull } from '../../validation';
import { BreakGlassRolesSection } from './BreakGlassRolesSection';
import { CoveredOffensesSection } from './CoveredOffensesSection';
import { LegalDutiesSection } from './LegalDutiesSection';
import { RetentionSection } from './RetentionSection';
import { SUPPRESSION_THRESHOLD_RANGE } from '../../../../domain/suppression.js';

const TRAINING_HOURS_MAX = 1000;
const CONSENT_DAYS_MAX = 3660;

/** Whether the browser knows this IANA time zone (the server checks the same way). */
function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export function LegalProfilePage() {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const { user, allowedActions } = useSignedIn();
  usePageTitle(t('legalProfile.title'));
  const canManage = allowedActions.includes('legalProfile.manage');
  const canManageRetention = allowedActions.includes('retention.manage');
  const profile = useApiData(`legal-profile:${user.jurisdictionId}`, () =>
    getLegalProfile(user.jurisdictionId),
  );
  const [saved, setSaved] = useState<string | null>(null);
  // Duties and emergency-access roles save with the rest of the profile as it was last loaded.
  const saveParts = (current: LegalProfile) =>
    canManage
      ? async (
          parts: Partial<
            Pick<LegalProfile, 'duties' | 'breakGlassRoles' | 'coveredOffenses' | 'retention'>
          >,
        ) => {
          await saveLegalProfile(user.jurisdictionId, { ...current, ...parts });
          profile.reload();
        }
      : undefined;
  const save = profile.data ? saveParts(profile.data) : undefined;

  return (
    <>
      <h1>{t('legalProfile.title')}</h1>
      <p className="lead">{t('legalProfile.intro')}</p>
      <section aria-labelledby="legal-profile-help" className="help">
        <h2 id="legal-profile-help">{t('legalProfile.helpHeading')}</h2>
        <p>{t('legalProfile.helpPrivilege')}</p>
        <p>{t('legalProfile.helpExample')}</p>
        <p>
          <strong>{t('legalProfile.helpConfirm')}</strong>
        </p>
      </section>
      <StatusMessage>{saved}</StatusMessage>
      <ErrorMessage>{profile.error ? describeError(profile.error) : null}</ErrorMessage>
      {profile.data === undefined ? (
        profile.loading ? (
          <Loading label={t('common.loading')} />
        ) : null
      ) : canManage ? (
        <ProfileForm
          jurisdictionId={user.jurisdictionId}
          profile={profile.data}
          onSaved={() => {
            setSaved(t('legalProfile.saved'));
            profile.reload();
          }}
          onEdit={() => {
            setSaved(null);
          }}
        />
      ) : (
        <ProfileDetails profile={profile.data} />
      )}
      {profile.data ? (
        <>
          <LegalDutiesSection
            duties={profile.data.duties}
            onSave={save ? (duties) => save({ duties }) : undefined}
          />
          <BreakGlassRolesSection
            roles={profile.data.breakGlassRoles}
            onSave={save ? (breakGlassRoles) => save({ breakGlassRoles }) : undefined}
          />
          <CoveredOffensesSection
            offenses={profile.data.coveredOffenses}
            onSave={save ? (coveredOffenses) => save({ coveredOffenses }) : undefined}
          />
          <RetentionSection
            retention={profile.data.retention}
            onSave={save && canManageRetention ? (retention) => save({ retention }) : undefined}
          />
        </>
      ) : null}
    </>
  );
}

function ProfileDetails({ profile }: { profile: LegalProfile }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="legal-profile-current">
      <h2 id="legal-profile-current">{t('legalProfile.currentHeading')}</h2>
      <p className={profile.confirmed ? 'badge badge-on' : 'badge badge-warn'}>
        {profile.confirmed ? t('legalProfile.confirmedBadge') : t('legalProfile.unconfirmedBadge')}
      </p>
      <dl className="details">
        <div>
          <dt>{t('legalProfile.privilegeApplies')}</dt>
          <dd>
            {profile.privilegeApplies
              ? t('legalProfile.privilegeChoices.yes')
              : t('legalProfile.privilegeChoices.no')}
          </dd>
        </div>
        {profile.privilegeCitation ? (
          <div>
            <dt>{t('legalProfile.privilegeCitation')}</dt>
            <dd>{profile.privilegeCitation}</dd>
          </div>
        ) : null}
        {profile.privilegeSummary ? (
          <div>
            <dt>{t('legalProfile.privilegeSummary')}</dt>
            <dd>{profile.privilegeSummary}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('legalProfile.minimumTrainingHours')}</dt>
          <dd>{profile.minimumTrainingHours}</dd>
        </div>
        <div>
          <dt>{t('legalProfile.maxConsentDays')}</dt>
          <dd>{profile.maxConsentDays}</dd>
        </div>
        <div>
          <dt>{t('legalProfile.timeZone')}</dt>
          <dd>{profile.timeZone}</dd>
        </div>
        <div>
          <dt>{t('legalProfile.smallCellThreshold')}</dt>
          <dd>{profile.smallCellThreshold}</dd>
        </div>
        <div>
          <dt>{t('legalStatement.heading')}</dt>
          <dd>
            {profile.nonCriminalization.statement} ({profile.nonCriminalization.citation})
          </dd>
        </div>
      </dl>
      <p>{t('legalProfile.readOnly')}</p>
    </section>
  );
}

interface Errors {
  timeZone?: string;
  privilegeCitation?: string;
  minimumTrainingHours?: string;
  maxConsentDays?: string;
  smallCellThreshold?: string;
  statement?: string;
  statementCitation?: string;
}

function ProfileForm(props: {
  jurisdictionId: string;
  profile: LegalProfile;
  onSaved: () => void;
  onEdit: () => void;
}) {
  const { profile } = props;
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const form = useRef<HTMLFormElement>(null);
  const confirmedHintId = useId();
  const statementHintId = useId();
  const [timeZone, setTimeZone] = useState(profile.timeZone);
  const [privilegeApplies, setPrivilegeApplies] = useState<'yes' | 'no'>(
    profile.privilegeApplies ? 'yes' : 'no',
  );
  const [citation, setCitation] = useState(profile.privilegeCitation ?? '');
  const [summary, setSummary] = useState(profile.privilegeSummary ?? '');
  const [hours, setHours] = useState(String(profile.minimumTrainingHours));
  const [days, setDays] = useState(String(profile.maxConsentDays));
  const [threshold, setThreshold] = useState(String(profile.smallCellThreshold));
  const [confirmed, setConfirmed] = useState(profile.confirmed);
  const [statement, setStatement] = useState(profile.nonCriminalization.statement);
  const [statementCitation, setStatementCitation] = useState(profile.nonCriminalization.citation);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const edited = <T,>(set: (value: T) => void) => {
    return (value: T) => {
      set(value);
      props.onEdit();
    };
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = {};
    if (!timeZone.trim() || !isTimeZone(timeZone.trim())) {
      found.timeZone = t('legalProfile.errors.timeZone');
    }
    if (privilegeApplies === 'yes' && !citation.trim()) {
      found.privilegeCitation = t('legalProfile.errors.citation');
    }
    const minimumTrainingHours = parseWholeNumber(hours, 0, TRAINING_HOURS_MAX);
    if (minimumTrainingHours === null) {
      found.minimumTrainingHours = t('errors.wholeNumber', { min: 0, max: TRAINING_HOURS_MAX });
    }
    const maxConsentDays = parseWholeNumber(days, 1, CONSENT_DAYS_MAX);
    if (maxConsentDays === null) {
      found.maxConsentDays = t('errors.wholeNumber', { min: 1, max: CONSENT_DAYS_MAX });
    }
    const smallCellThreshold = parseWholeNumber(
      threshold,
      SUPPRESSION_THRESHOLD_RANGE.min,
      SUPPRESSION_THRESHOLD_RANGE.max,
    );
    if (smallCellThreshold === null) {
      found.smallCellThreshold = t('errors.wholeNumber', SUPPRESSION_THRESHOLD_RANGE);
    }
    if (!statement.trim()) found.statement = t('legalStatement.errors.statement');
    if (!statementCitation.trim()) found.statementCitation = t('legalStatement.errors.citation');
    setErrors(found);
    setFailure(null);
    if (
      Object.keys(found).length > 0 ||
      minimumTrainingHours === null ||
      maxConsentDays === null ||
      smallCellThreshold === null
    ) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      await saveLegalProfile(props.jurisdictionId, {
        timeZone: timeZone.trim(),
        privilegeApplies: privilegeApplies === 'yes',
        privilegeCitation: blankToNull(citation),
        privilegeSummary: blankToNull(summary),
        minimumTrainingHours,
        maxConsentDays,
        smallCellThreshold,
        confirmed,
        duties: profile.duties,
        breakGlassRoles: profile.breakGlassRoles,
        coveredOffenses: profile.coveredOffenses,
        // As loaded: the coordinator changes it in its own section (RetentionSection).
        retention: profile.retention,
        nonCriminalization: { statement: statement.trim(), citation: statementCitation.trim() },
      });
      setBusy(false);
      props.onSaved();
    } catch (error) {
      setFailure(describeError(error));
      setBusy(false);
    }
  };

  return (
    <form ref={form} noValidate onSubmit={(event) => void submit(event)} className="help">
      <h2>{t('legalProfile.formHeading')}</h2>
      <ErrorMessage>{failure}</ErrorMessage>
      <RadioGroup
        legend={t('legalProfile.privilegeApplies')}
        hint={t('legalProfile.privilegeAppliesHint')}
        name="privilege-applies"
        options={[
          { value: 'yes', label: t('legalProfile.privilegeChoices.yes') },
          { value: 'no', label: t('legalProfile.privilegeChoices.no') },
        ]}
        selected={privilegeApplies}
        onChange={edited(setPrivilegeApplies)}
      />
      <TextField
        label={t('legalProfile.privilegeCitation')}
        hint={t('legalProfile.privilegeCitationHint')}
        value={citation}
        onChange={edited(setCitation)}
        error={errors.privilegeCitation}
        required={privilegeApplies === 'yes'}
        optional={privilegeApplies === 'no'}
      />
      <TextField
        label={t('legalProfile.privilegeSummary')}
        hint={t('legalProfile.privilegeSummaryHint')}
        value={summary}
        onChange={edited(setSummary)}
        multiline
        optional
      />
      <WholeNumberField
        label={t('legalProfile.minimumTrainingHours')}
        hint={t('legalProfile.minimumTrainingHoursHint')}
        value={hours}
        onChange={edited(setHours)}
        error={errors.minimumTrainingHours}
        required
      />
      <WholeNumberField
        label={t('legalProfile.maxConsentDays')}
        hint={t('legalProfile.maxConsentDaysHint')}
        value={days}
        onChange={edited(setDays)}
        error={errors.maxConsentDays}
        required
      />
      <WholeNumberField
        label={t('legalProfile.smallCellThreshold')}
        hint={t('legalProfile.smallCellThresholdHint')}
        value={threshold}
        onChange={edited(setThreshold)}
        error={errors.smallCellThreshold}
        required
      />
      <TextField
        label={t('legalProfile.timeZone')}
        hint={t('legalProfile.timeZoneHint')}
        value={timeZone}
        onChange={edited(setTimeZone)}
        error={errors.timeZone}
        required
      />
      <fieldset className="field" aria-describedby={statementHintId}>
        <legend>{t('legalStatement.heading')}</legend>
        <p id={statementHintId} className="hint">
          {t('legalStatement.intro')}
        </p>
        <TextField
          label={t('legalStatement.statement')}
          value={statement}
          onChange={edited(setStatement)}
          error={errors.statement}
          multiline
          required
        />
        <TextField
          label={t('legalStatement.citation')}
          value={statementCitation}
          onChange={edited(setStatementCitation)}
          error={errors.statementCitation}
          required
        />
      </fieldset>
      <fieldset className="field" aria-describedby={confirmedHintId}>
        <legend>{t('legalProfile.confirmedLegend')}</legend>
        <p id={confirmedHintId} className="hint">
          {t('legalProfile.confirmedHint')}
        </p>
        <Checkbox
          label={t('legalProfile.confirmed')}
          checked={confirmed}
          onChange={edited(setConfirmed)}
        />
      </fieldset>
      <button type="submit" className="primary" disabled={busy}>
        {t('legalProfile.submit')}
      </button>
    </form>
  );
}
