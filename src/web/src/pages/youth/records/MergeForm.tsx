// The coordinator's "Merge a duplicate into this record": find the duplicate by its case number
// among the records she may open, then confirm with both case numbers, what moves and why. The
// server decides and refuses a merge that would open anything to anyone
// (docs/CONFIDENTIALITY.md, "Records corrected, closed and merged").
import { useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/Messages';
import { TextField } from '../../../components/TextField';
import { focusFirstInvalid, useDescribeError } from '../../../hooks';
import { mergeDuplicate, searchYouthByStatus } from '../../../records-api';

export function MergeForm({
  youthId,
  caseNumber,
  onMerged,
}: {
  youthId: string;
  caseNumber: string;
  onMerged: () => void;
}) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const form = useRef<HTMLFormElement>(null);
  const [wanted, setWanted] = useState('');
  const [duplicate, setDuplicate] = useState<{ id: string; caseNumber: string } | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ wanted?: string; reason?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const find = async () => {
    const number = wanted.trim();
    setFailure(null);
    setDuplicate(null);
    if (!number) {
      setErrors({ wanted: t('records.required') });
      focusFirstInvalid(form.current);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const found = (await searchYouthByStatus(number, 'all')).find(
        (y) => y.caseNumber.toLowerCase() === number.toLowerCase() && y.id !== youthId,
      );
      if (found) setDuplicate({ id: found.id, caseNumber: found.caseNumber });
      else setErrors({ wanted: t('records.merge.notFound') });
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!duplicate) {
      await find();
      return;
    }
    if (!reason.trim()) {
      setErrors({ reason: t('records.required') });
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await mergeDuplicate(youthId, { duplicateId: duplicate.id, reason });
      setDuplicate(null);
      setWanted('');
      setReason('');
      onMerged();
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
      aria-labelledby="record-merge-heading"
      onSubmit={(event) => void submit(event)}
    >
      <h3 id="record-merge-heading">{t('records.merge.heading')}</h3>
      <p>{t('records.merge.intro')}</p>
      <ErrorMessage>{failure}</ErrorMessage>
      <TextField
        label={t('records.merge.caseNumber')}
        value={wanted}
        onChange={(value) => {
          setWanted(value);
          setDuplicate(null);
        }}
        error={errors.wanted}
        required
      />
      {duplicate ? (
        <div className="stack" role="group" aria-label={t('records.merge.confirm')}>
          <p>
            <strong>
              {t('records.merge.summary', {
                duplicate: duplicate.caseNumber,
                survivor: caseNumber,
              })}
            </strong>
          </p>
          <p>{t('records.merge.moves')}</p>
          <TextField
            label={t('records.merge.reason')}
            value={reason}
            onChange={setReason}
            error={errors.reason}
            required
            multiline
          />
        </div>
      ) : null}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {duplicate ? t('records.merge.submit') : t('records.merge.find')}
        </button>
      </div>
    </form>
  );
}
