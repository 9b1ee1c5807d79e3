// Undo an accept, offered to the organization that accepted while its minute lasts; after that the
// button goes, and ending the referral with a reason is the way to stop.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNDO_ACCEPT_SECONDS } from '../../../../domain/referral-answers.js';
import { ErrorMessage } from '../../components/Messages';
import { undoAccept } from '../../referral-thread-api';
import type { ReferralDetail } from '../../types';
import { useDescribeReferralError } from './words';
import { dateTimeFormat } from '../../intl';

export function UndoAccept(props: { referral: ReferralDetail; onUndone: () => void }) {
  const { t, i18n } = useTranslation();
  const describeError = useDescribeReferralError();
  const until = props.referral.undoAcceptUntil;
  // The server offers the undo only within the minute; the screen takes it away a minute after
  // it was offered, counting on its own clock (the device's may differ from the server's), and
  // the server refuses a late one in words.
  const [expired, setExpired] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (until === null) return;
    const timer = setTimeout(() => {
      setExpired(until);
    }, UNDO_ACCEPT_SECONDS * 1000);
    return () => {
      clearTimeout(timer);
    };
  }, [until]);
  const open = until !== null && expired !== until;
  if (!open || until === null) return <ErrorMessage>{failure}</ErrorMessage>;
  const time = dateTimeFormat(i18n.language, { timeStyle: 'medium' }).format(new Date(until));
  return (
    <div className="message message-notice">
      <ErrorMessage>{failure}</ErrorMessage>
      <p>{t('referralThreads.undo.hint', { until: time })}</p>
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setFailure(null);
          undoAccept(props.referral.id).then(
            () => {
              setBusy(false);
              props.onUndone();
            },
            (error: unknown) => {
              setBusy(false);
              setFailure(describeError(error));
            },
          );
        }}
      >
        {t('referralThreads.undo.button')}
      </button>
    </div>
  );
}
