// "Are you sure?" in place of the button that asked: the question, the confirming button (which
// takes focus, so keyboard and screen-reader users land on it) and Cancel.
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function ConfirmActions(props: {
  question: ReactNode;
  confirmLabel: ReactNode;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    confirm.current?.focus();
  }, []);
  return (
    <div className="confirm">
      <p>{props.question}</p>
      <div className="actions">
        <button
          ref={confirm}
          type="button"
          className="danger"
          disabled={props.busy}
          onClick={props.onConfirm}
        >
          {props.confirmLabel}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

/** Puts focus back on the asking button when a confirmation is cancelled. */
export function useFocusAfterConfirm(confirming: boolean) {
  const ask = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (wasConfirming.current && !confirming) ask.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  return ask;
}
