// Filing a mandated report: a separate record holding only what was reported. Filed from a
// privileged note, the note itself is neither changed, attached nor shared.
import { useEffect, useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fileMandatedReport } from '../../api';
import { Field, RadioGroup } from '../../components/Field';
import { ErrorMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { focusFirstInvalid, useDescribeError } from '../../hooks';
import { MANDATED_REPORT_KINDS } from '../../types';
import type { MandatedReportKind } from '../../types';
import { localDateTime } from './names';

interface Errors {
  kind?: string;
  reportedTo?: string;
  reportedAt?: string;
  content?: string;
}

export function MandatedReportForm(props: {
  youthId: string;
  sourceNoteId?: string;
  onFiled: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<MandatedReportKind | null>(null);
  const [reportedTo, setReportedTo] = useState('');
  const [reportedAt, setReportedAt] = useState(() => localDateTime());
  const [content, setContent] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = {};
    const when = new Date(reportedAt);
    if (!kind) found.kind = t('errors.chooseOne');
    if (!reportedTo.trim()) found.reportedTo = t('errors.required');
    if (!reportedAt || Number.isNaN(when.getTime()))
      found.reportedAt = t('mandatedReport.whenInvalid');
    if (!content.trim()) found.content = t('errors.required');
    setErrors(found);
    setFailure(null);
    if (!kind || Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      await fileMandatedReport(props.youthId, {
        kind,
        reportedTo: reportedTo.trim(),
        reportedAt: when.toISOString(),
        content: content.trim(),
        ...(props.sourceNoteId ? { sourceNoteId: props.sourceNoteId } : {}),
      });
      props.onFiled();
    } catch (error) {
      setFailure(describeError(error));
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('mandatedReport.heading')}</h4>
      <p className="message message-notice">
        {props.sourceNoteId ? t('mandatedReport.fromNoteNotice') : t('mandatedReport.notice')}
      </p>
      <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
        <ErrorMessage>{failure}</ErrorMessage>
        <RadioGroup
          legend={t('mandatedReport.kind')}
          name="kind"
          options={MANDATED_REPORT_KINDS.map((value) => ({
            value,
            label: t(`mandatedReportKinds.${value}`),
          }))}
          selected={kind}
          onChange={setKind}
          error={errors.kind}
        />
        <TextField
          label={t('mandatedReport.reportedTo')}
          hint={t('mandatedReport.reportedToHint')}
          value={reportedTo}
          onChange={setReportedTo}
          error={errors.reportedTo}
          required
        />
        <Field label={t('mandatedReport.reportedAt')} error={errors.reportedAt} required>
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              value={reportedAt}
              onChange={(event) => {
                setReportedAt(event.target.value);
              }}
            />
          )}
        </Field>
        <TextField
          label={t('mandatedReport.content')}
          hint={t('mandatedReport.contentHint')}
          value={content}
          onChange={setContent}
          error={errors.content}
          multiline
          required
        />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('mandatedReport.submit')}
          </button>
          <button type="button" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
