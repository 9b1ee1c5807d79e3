// "Correct this note", under a case note the reader's organization wrote: the corrected text in
// full and why. The server decides again (src/domain/case-lifecycle.ts, note.correct).
import { useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/Messages';
import { TextField } from '../../../components/TextField';
import { focusFirstInvalid, useDescribeError } from '../../../hooks';
import { correctNote } from '../../../records-api';
import type { Note } from '../../../types';

export function CorrectNoteForm(props: { youthId: string; note: Note; onCorrected: () => void }) {
  const { youthId, note, onCorrected } = props;
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const form = useRef<HTMLFormElement>(null);
  const [body, setBody] = useState(note.body);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ body?: string; reason?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = {
      ...(body.trim() ? {} : { body: t('records.required') }),
      ...(reason.trim() ? {} : { reason: t('records.required') }),
    };
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      await correctNote(youthId, note.id, { body, reason });
      onCorrected();
    } catch (error) {
      setFailure(describeError(error));
      setBusy(false);
    }
  };

  return (
    <details>
      <summary>{t('records.notes.correct')}</summary>
      <form
        ref={form}
        noValidate
        className="stack"
        aria-label={t('records.notes.correct')}
        onSubmit={(event) => void submit(event)}
      >
        <ErrorMessage>{failure}</ErrorMessage>
        <TextField
          label={t('records.notes.body')}
          value={body}
          onChange={setBody}
          error={errors.body}
          required
          multiline
        />
        <TextField
          label={t('records.notes.reason')}
          value={reason}
          onChange={setReason}
          error={errors.reason}
          required
        />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('records.notes.submit')}
          </button>
        </div>
      </form>
    </details>
  );
}
