// One release in the inbox: the case, who recorded the consent, to whom, which kinds of
// information, why, and until when; what accepting does, in plain words; and the answer.
import { useEffect, useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { acceptRelease, declineRelease } from '../../api';
import { useFocusAfterConfirm } from '../../components/ConfirmActions';
import { ErrorMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { focusFirstInvalid, formatDate, formatDateTime } from '../../hooks';
import { useSignedIn } from '../../session';
import type { Release } from '../../types';
import { useCategoryNames, useDescribeReleaseError } from './words';

/** The server's limit on a decline's reason. */
const REASON_MAX = 1000;

export function ReleaseItem(props: {
  release: Release;
  /** Given for a release waiting for an answer: Accept and Decline are offered. */
  onAnswered?: ((release: Release, accepted: boolean) => void) | undefined;
}) {
  const { release, onAnswered } = props;
  const { t, i18n } = useTranslation();
  const { user } = useSignedIn();
  const headingId = useId();
  const categoryNames = useCategoryNames();
  const categories = categoryNames(release.categories);
  const recipients = release.recipients.map((r) => r.name).join(', ');
  // Where the information goes: the organization already holds its own.
  const others = release.recipients
    .filter((r) => r.id !== user.organizationId)
    .map((r) => r.name)
    .join(', ');
  const expires = formatDate(release.expiresAt, i18n.language);
  const { answer } = release;
  return (
    <article className="referral" aria-labelledby={headingId}>
      <h3 id={headingId} className="referral-heading">
        <Link to={`/youth/${encodeURIComponent(release.youthId)}`}>
          {t('releases.case', { caseNumber: release.caseNumber })}
        </Link>
      </h3>
      <p className="referral-status">
        {answer ? (
          <span className={answer.accepted ? 'badge badge-on' : 'badge badge-off'}>
            {t(answer.accepted ? 'releases.accepted' : 'releases.declined', {
              date: formatDateTime(answer.decidedAt, i18n.language),
            })}
          </span>
        ) : (
          <span className="badge badge-warn">{t('releases.waiting')}</span>
        )}
      </p>
      <dl className="details">
        <div>
          <dt>{t('releases.recordedBy')}</dt>
          <dd>{release.recordedByOrganizationName}</dd>
        </div>
        <div>
          <dt>{t('releases.recipients')}</dt>
          <dd>{recipients}</dd>
        </div>
        <div>
          <dt>{t('releases.categories')}</dt>
          <dd>{categories}</dd>
        </div>
        <div>
          <dt>{t('releases.purpose')}</dt>
          <dd>{release.purpose}</dd>
        </div>
        <div>
          <dt>{t('releases.dates')}</dt>
          <dd>
            {t('releases.datesValue', {
              signed: formatDate(release.signedAt, i18n.language),
              expires,
            })}
          </dd>
        </div>
        {answer && !answer.accepted && answer.reason ? (
          <div>
            <dt>{t('releases.reason')}</dt>
            <dd>{answer.reason}</dd>
          </div>
        ) : null}
      </dl>
      {!release.current ? (
        <p>{t('releases.notInForce')}</p>
      ) : answer === null ? (
        <>
          <p>
            <strong>
              {t('releases.explain', { categories, recipients: others, date: expires })}
            </strong>
          </p>
          <p>{t('releases.explainRevocable')}</p>
        </>
      ) : answer.accepted ? (
        <p>{t('releases.goes', { categories, recipients: others, date: expires })}</p>
      ) : null}
      {onAnswered && answer === null && release.current ? (
        <ReleaseActions release={release} onAnswered={onAnswered} />
      ) : null}
    </article>
  );
}

function ReleaseActions(props: {
  release: Release;
  onAnswered: (release: Release, accepted: boolean) => void;
}) {
  const { release } = props;
  const { t } = useTranslation();
  const describeError = useDescribeReleaseError();
  const [declining, setDeclining] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const declineButton = useFocusAfterConfirm(declining);
  // Which release each button answers, for screen readers reading a list of "Accept" buttons.
  const which = (
    <span className="visually-hidden">
      {' '}
      {t('releases.case', { caseNumber: release.caseNumber })}
    </span>
  );

  const answer = async (accepted: boolean, reason = '') => {
    setFailure(null);
    setBusy(true);
    try {
      if (accepted) await acceptRelease(release.consentId);
      else await declineRelease(release.consentId, reason);
      props.onAnswered(release, accepted);
    } catch (error) {
      setFailure(describeError(error));
      setBusy(false);
    }
  };

  return (
    <div className="quick-actions">
      <ErrorMessage>{failure}</ErrorMessage>
      {declining ? (
        <DeclineForm
          release={release}
          busy={busy}
          onDecline={(reason) => void answer(false, reason)}
          onCancel={() => {
            setDeclining(false);
          }}
        />
      ) : (
        <div className="actions">
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void answer(true)}
          >
            {t('releases.accept')}
            {which}
          </button>
          <button
            ref={declineButton}
            type="button"
            disabled={busy}
            onClick={() => {
              setFailure(null);
              setDeclining(true);
            }}
          >
            {t('releases.decline')}
            {which}
          </button>
        </div>
      )}
    </div>
  );
}

function DeclineForm(props: {
  release: Release;
  busy: boolean;
  onDecline: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('textarea')?.focus();
  }, []);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = reason.trim();
    const found = !trimmed
      ? t('releases.reasonRequired')
      : trimmed.length > REASON_MAX
        ? t('releases.reasonTooLong')
        : undefined;
    setError(found);
    if (found) {
      focusFirstInvalid(form.current);
      return;
    }
    props.onDecline(trimmed);
  };
  return (
    <form ref={form} noValidate className="inline-form" onSubmit={submit}>
      <TextField
        label={t('releases.declineReason')}
        hint={t('releases.declineHint', {
          organization: props.release.recordedByOrganizationName,
        })}
        value={reason}
        onChange={setReason}
        error={error}
        multiline
        required
      />
      <div className="actions">
        <button type="submit" className="danger" disabled={props.busy}>
          {t('releases.declineConfirm')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
