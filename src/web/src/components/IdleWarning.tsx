// Two minutes before the idle limit ends the session, an alert dialog says so, with "Stay signed
// in" (a session read, which the server counts as activity) and "Sign out". Unanswered, the
// screen ends the session itself, keeping typed drafts (drafts.ts) for the next sign-in.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lastActivity, onActivity } from '../activity';
import { idlePhase, nextIdleCheck, type IdlePhase } from '../idle-warning';
import { useSession } from '../session';
import { SignOutButton } from './SignOutButton';

export function IdleWarning({ idleTimeoutSeconds }: { idleTimeoutSeconds: number }) {
  const { t } = useTranslation();
  const { refresh, endIdleSession } = useSession();
  const idleMs = idleTimeoutSeconds * 1000;
  const [phase, setPhase] = useState<IdlePhase>(() =>
    idlePhase(Date.now(), lastActivity(), idleMs),
  );
  const dialog = useRef<HTMLDialogElement>(null);
  const stay = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const textId = useId();

  // One timer to the next change (the warning, a minute shown, the end); activity resets it.
  useEffect(() => {
    let timer: number | undefined;
    const check = () => {
      window.clearTimeout(timer);
      const now = Date.now();
      setPhase(idlePhase(now, lastActivity(), idleMs));
      const wait = nextIdleCheck(now, lastActivity(), idleMs);
      if (Number.isFinite(wait)) timer = window.setTimeout(check, Math.max(wait, 50));
    };
    check();
    const stop = onActivity(check);
    return () => {
      stop();
      window.clearTimeout(timer);
    };
  }, [idleMs]);

  useEffect(() => {
    if (phase.phase === 'ended') void endIdleSession();
  }, [phase.phase, endIdleSession]);

  const warning = phase.phase === 'warning';
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (warning && !element.open) {
      element.showModal();
      stay.current?.focus();
    } else if (!warning && element.open) {
      element.close();
    }
  }, [warning]);

  const staySignedIn = () => {
    // A failure ends the session through the 401 handler, as any request would.
    refresh().catch(() => undefined);
  };
  return (
    <dialog
      ref={dialog}
      className="idle-warning"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(event) => {
        // Escape means the person is here: the same as staying signed in.
        event.preventDefault();
        staySignedIn();
      }}
    >
      {warning ? (
        <>
          <h2 id={titleId}>{t('idleWarning.title')}</h2>
          <div id={textId}>
            <p>{t('idleWarning.endsIn', { count: phase.minutesLeft })}</p>
            <p>{t('idleWarning.draftsKept')}</p>
          </div>
          <div className="actions">
            <button ref={stay} type="button" className="primary" onClick={staySignedIn}>
              {t('idleWarning.stay')}
            </button>
            <SignOutButton />
          </div>
        </>
      ) : null}
    </dialog>
  );
}
