// Break-glass: for imminent danger only. One category, for the person alone, 60 minutes, with a
// written reason; the coordinator is alerted. Shows the person's open grants and when they close.
import { useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DATA_CATEGORIES } from '../../../../domain/vocabulary.js';
import type { DataCategory } from '../../../../domain/vocabulary.js';
import { openBreakGlass } from '../../api';
import { Field } from '../../components/Field';
import { ErrorMessage, StatusMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { focusFirstInvalid, formatDateTime, useDescribeError } from '../../hooks';
import { useSignedIn } from '../../session';
import type { YouthRecord } from '../../types';

const REASON_MIN_LENGTH = 20;

export function EmergencyAccessSection({
  youth,
  onChanged,
}: {
  youth: YouthRecord;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [opened, setOpened] = useState<string | null>(null);
  const { user } = useSignedIn();
  const allowed = youth.allowedActions.includes('breakGlass.open');
  // On the team but refused: the legal profile does not name the person's role.
  const onTeam = youth.team.some((m) => m.organizationId === user.organizationId);
  return (
    <>
      <p>{t('emergency.intro')}</p>
      <StatusMessage>{opened}</StatusMessage>
      <h3>{t('emergency.openHeading')}</h3>
      {youth.breakGlass.length === 0 ? (
        <p>{t('emergency.noneOpen')}</p>
      ) : (
        <ul>
          {youth.breakGlass.map((grant) => (
            <li key={grant.id}>
              {t('emergency.grant', {
                category: t(`dataCategories.${grant.category}`),
                until: formatDateTime(grant.expiresAt, i18n.language),
              })}
            </li>
          ))}
        </ul>
      )}
      {allowed ? (
        <BreakGlassForm
          youthId={youth.id}
          onOpened={(category, until) => {
            setOpened(
              t('emergency.opened', {
                category: t(`dataCategories.${category}`),
                until: formatDateTime(until, i18n.language),
              }),
            );
            onChanged();
          }}
          onEdit={() => {
            setOpened(null);
          }}
        />
      ) : (
        <p>{onTeam ? t('denialReasons.break_glass_role') : t('emergency.notAllowed')}</p>
      )}
    </>
  );
}

function BreakGlassForm(props: {
  youthId: string;
  onOpened: (category: DataCategory, until: string) => void;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [category, setCategory] = useState<DataCategory | ''>('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ category?: string; reason?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (!category) found.category = t('errors.chooseOne');
    if (reason.trim().length < REASON_MIN_LENGTH) {
      found.reason = t('emergency.reasonTooShort', { min: REASON_MIN_LENGTH });
    }
    setErrors(found);
    setFailure(null);
    if (!category || Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      const grant = await openBreakGlass(props.youthId, { category, reason: reason.trim() });
      setCategory('');
      setReason('');
      props.onOpened(grant.category, grant.expiresAt);
    } catch (error) {
      setFailure(describeError(error));
    }
    setBusy(false);
  };

  return (
    <section className="panel break-glass" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('emergency.formHeading')}</h3>
      <div className="message message-error">
        <p>
          <strong>{t('emergency.warningTitle')}</strong>
        </p>
        <p>{t('emergency.warning')}</p>
      </div>
      <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
        <ErrorMessage>{failure}</ErrorMessage>
        <Field label={t('emergency.category')} error={errors.category} required>
          {(control) => (
            <select
              {...control}
              value={category}
              onChange={(event) => {
                const value = event.target.value;
                setCategory(DATA_CATEGORIES.find((c) => c === value) ?? '');
                props.onEdit();
              }}
            >
              <option value="">{t('common.choose')}</option>
              {DATA_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`dataCategories.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          label={t('emergency.reason')}
          hint={t('emergency.reasonHint', { min: REASON_MIN_LENGTH })}
          value={reason}
          onChange={(value) => {
            setReason(value);
            props.onEdit();
          }}
          error={errors.reason}
          multiline
          required
        />
        <button type="submit" className="primary danger" disabled={busy}>
          {t('emergency.submit')}
        </button>
      </form>
    </section>
  );
}
