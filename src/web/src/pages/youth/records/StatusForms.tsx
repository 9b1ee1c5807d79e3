// Closing a case (a reason from the county's list and what happened in words, which everyone who
// views the case reads) and reopening it (why). Offered only when the record's lifecycleActions
// say the caller may (src/domain/case-lifecycle.ts decides).
import { useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CLOSE_REASONS, type CloseReason } from '../../../../../domain/case-lifecycle.js';
import { Field } from '../../../components/Field';
import { ErrorMessage } from '../../../components/Messages';
import { TextField } from '../../../components/TextField';
import { focusFirstInvalid, useDescribeError } from '../../../hooks';
import { closeCase, reopenCase } from '../../../records-api';

type Mode = { kind: 'close' } | { kind: 'reopen' };

export function StatusForm({
  youthId,
  mode,
  onChanged,
}: {
  youthId: string;
  mode: Mode;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const form = useRef<HTMLFormElement>(null);
  const [reason, setReason] = useState<CloseReason | ''>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ reason?: string; note?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const closing = mode.kind === 'close';
  const headingId = `record-${mode.kind}-heading`;

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = {
      ...(closing && reason === '' ? { reason: t('records.required') } : {}),
      ...(note.trim() ? {} : { note: t('records.required') }),
    };
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      if (closing && reason !== '') await closeCase(youthId, { reason, note });
      else await reopenCase(youthId, note);
      setNote('');
      setReason('');
      onChanged();
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      ref={form}
      noValidate
      className="stack panel"
      aria-labelledby={headingId}
      onSubmit={(event) => void submit(event)}
    >
      <h3 id={headingId}>{closing ? t('records.close.heading') : t('records.reopen.heading')}</h3>
      <p>{closing ? t('records.close.intro') : t('records.reopen.intro')}</p>
      <ErrorMessage>{failure}</ErrorMessage>
      {closing ? (
        <Field label={t('records.close.reason')} error={errors.reason} required>
          {(control) => (
            <select
              {...control}
              value={reason}
              onChange={(event) => {
                setReason(event.target.value as CloseReason | '');
              }}
            >
              <option value="">{t('common.choose')}</option>
              {CLOSE_REASONS.map((code) => (
                <option key={code} value={code}>
                  {t(`records.closeReasons.${code}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <TextField
        label={closing ? t('records.close.note') : t('records.reopen.note')}
        hint={t('records.noteSeenByAll')}
        value={note}
        onChange={setNote}
        error={errors.note}
        required
        multiline
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {closing ? t('records.close.submit') : t('records.reopen.submit')}
        </button>
      </div>
    </form>
  );
}
