// One tap to take or complete a task; cancelling asks why first (the reason is kept with it).
import { useEffect, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusAfterConfirm } from '../../components/ConfirmActions';
import { ErrorMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { useDescribeError } from '../../hooks';
import { cancelTask, completeTask, takeTask } from '../../work-api';
import type { Task } from '../../work-types';
import { taskTitle } from '../../task-title';

export interface TaskChange {
  readonly task: Task;
  readonly action: 'take' | 'complete' | 'cancel';
}

/** The server's limit on a cancellation's reason. */
const REASON_MAX = 500;

export function TaskActions(props: { task: Task; onChanged: (change: TaskChange) => void }) {
  const { task } = props;
  const { t, i18n } = useTranslation();
  const describeError = useDescribeError();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const cancelButton = useFocusAfterConfirm(cancelling);
  const cancelForm = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (cancelling) cancelForm.current?.querySelector('textarea')?.focus();
  }, [cancelling]);
  const allows = (action: TaskChange['action']) => task.allowedActions.includes(action);
  // Which task each button acts on, for screen readers reading a list of "Take it" buttons.
  const which = (
    <span className="visually-hidden">
      : {taskTitle(task.title, i18n.language)}, {task.caseNumber}
    </span>
  );

  const act = async (action: TaskChange['action'], run: () => Promise<Task>) => {
    setFailure(null);
    setBusy(true);
    try {
      props.onChanged({ task: await run(), action });
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  const submitCancel = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = reason.trim();
    if (text === '') {
      setReasonError(t('work.reasonRequired'));
      return;
    }
    void act('cancel', () => cancelTask(task.id, text));
  };

  if (task.allowedActions.length === 0) return null;
  return (
    <div className="quick-actions">
      <ErrorMessage>{failure}</ErrorMessage>
      {cancelling ? (
        <form ref={cancelForm} className="inline-form" noValidate onSubmit={submitCancel}>
          <TextField
            label={t('work.cancelReason')}
            hint={t('work.cancelHint')}
            value={reason}
            onChange={(value) => {
              setReason(value.slice(0, REASON_MAX));
              setReasonError(undefined);
            }}
            error={reasonError}
            required
            multiline
          />
          <div className="actions">
            <button type="submit" className="danger" disabled={busy}>
              {t('work.cancelConfirm')}
              {which}
            </button>
            <button
              type="button"
              onClick={() => {
                setCancelling(false);
              }}
            >
              {t('work.keep')}
            </button>
          </div>
        </form>
      ) : (
        <div className="actions">
          {allows('take') && task.assigneeUserId === null ? (
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => void act('take', () => takeTask(task.id))}
            >
              {t('work.take')}
              {which}
            </button>
          ) : null}
          {allows('complete') ? (
            <button
              type="button"
              className={task.assigneeUserId === null ? undefined : 'primary'}
              disabled={busy}
              onClick={() => void act('complete', () => completeTask(task.id))}
            >
              {t('work.complete')}
              {which}
            </button>
          ) : null}
          {allows('cancel') ? (
            <button
              ref={cancelButton}
              type="button"
              disabled={busy}
              onClick={() => {
                setCancelling(true);
              }}
            >
              {t('work.cancel')}
              {which}
            </button>
          ) : null}
        </div>
      )}
    </div>
  );
}
