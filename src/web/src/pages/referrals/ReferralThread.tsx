// The messages between a referral's two organizations: the thread, oldest first, and a box to
// write with a plain warning that whatever is typed reaches the other side as written, so no
// name goes in it unless consent lets the other side know who the youth is.
import { useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MESSAGE_MAX_LENGTH, messageProblem } from '../../../../domain/referral-answers.js';
import { ErrorMessage, Loading, StatusMessage } from '../../components/Messages';
import { Field } from '../../components/Field';
import { focusFirstInvalid, formatDateTime, useApiData } from '../../hooks';
import { getThread, writeMessage, type ReferralThread } from '../../referral-thread-api';
import type { ReferralDetail } from '../../types';
import { useDescribeReferralError } from './words';

export function ReferralThreadSection({ referral }: { referral: ReferralDetail }) {
  const { t } = useTranslation();
  const headingId = useId();
  const side = referral.side;
  const other =
    side === 'sender' ? referral.receiverOrganizationName : referral.senderOrganizationName;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('referralThreads.thread.heading')}</h2>
      {side === null ? null : referral.status === 'draft' ? (
        <p className="muted">{t('referralThreads.thread.draft')}</p>
      ) : (
        <Thread referralId={referral.id} other={other} />
      )}
    </section>
  );
}

function Thread({ referralId, other }: { referralId: string; other: string }) {
  const { t, i18n } = useTranslation();
  const describeError = useDescribeReferralError();
  const warningId = useId();
  const form = useRef<HTMLFormElement>(null);
  const loaded = useApiData(`referral-thread:${referralId}`, () => getThread(referralId));
  const [written, setWritten] = useState<ReferralThread | null>(null);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const thread = written ?? loaded.data;

  const send = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStatus(null);
    setFailure(null);
    const problem = messageProblem(body);
    const found =
      problem === 'empty'
        ? t('referralThreads.thread.required')
        : problem === 'too_long'
          ? t('referralThreads.thread.tooLong')
          : undefined;
    setError(found);
    if (found) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      setWritten(await writeMessage(referralId, body));
      setBody('');
      setStatus(t('referralThreads.thread.sent'));
    } catch (caught) {
      setFailure(describeError(caught));
    }
    setBusy(false);
  };

  return (
    <>
      <p>{t('referralThreads.thread.intro', { other })}</p>
      <ErrorMessage>{loaded.error ? describeError(loaded.error) : null}</ErrorMessage>
      {thread === undefined ? (
        loaded.error ? null : (
          <Loading label={t('common.loading')} />
        )
      ) : thread.messages.length === 0 ? (
        <p className="muted">{t('referralThreads.thread.empty')}</p>
      ) : (
        <ol className="referral-thread">
          {thread.messages.map((message) => (
            <li key={message.id} className={message.side === thread.side ? 'mine' : undefined}>
              <p className="muted">
                {t(
                  message.side === thread.side
                    ? 'referralThreads.thread.you'
                    : 'referralThreads.thread.them',
                  { user: message.byUserName, organization: message.byOrganizationName },
                )}
                {' · '}
                <time dateTime={message.at}>{formatDateTime(message.at, i18n.language)}</time>
              </p>
              <p className="note-body">{message.body}</p>
            </li>
          ))}
        </ol>
      )}
      <StatusMessage>{status}</StatusMessage>
      <ErrorMessage>{failure}</ErrorMessage>
      <form ref={form} noValidate onSubmit={(event) => void send(event)}>
        <p id={warningId} className="message message-notice">
          {t('referralThreads.thread.warning', { other })}
        </p>
        <Field label={t('referralThreads.thread.label')} error={error}>
          {(control) => (
            <textarea
              {...control}
              aria-describedby={[warningId, control['aria-describedby']].filter(Boolean).join(' ')}
              rows={3}
              maxLength={MESSAGE_MAX_LENGTH}
              value={body}
              onChange={(event) => {
                setBody(event.target.value);
              }}
            />
          )}
        </Field>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('referralThreads.thread.send')}
          </button>
        </div>
      </form>
    </>
  );
}
