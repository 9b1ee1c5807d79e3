// Privileged communications: a banner saying what the state's privilege covers (or that there is
// none here), the notes the reader may open, writing one, filing a mandated report from one, and
// the youth's waivers and court orders that disclose them.
import { useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { listNotes, writePrivilegedNote } from '../../api';
import { useKeptDraft } from '../../components/KeptDraft';
import { ErrorMessage, Loading, StatusMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { focusFirstInvalid, useApiData, useDescribeError } from '../../hooks';
import type { Privilege, YouthRecord } from '../../types';
import { DisclosuresPanel } from './DisclosuresPanel';
import { MandatedReportForm } from './MandatedReportForm';
import { NoteList } from './NoteList';

export function PrivilegedSection({
  youth,
  onChanged,
}: {
  youth: YouthRecord;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const notes = useApiData(`privileged:${youth.id}`, () =>
    listNotes(youth.id, { kind: 'privileged' }),
  );
  const [saved, setSaved] = useState<string | null>(null);
  const [reporting, setReporting] = useState<string | null>(null);
  const canWrite = youth.allowedActions.includes('privilegedNote.write');
  const canReport = youth.allowedActions.includes('mandatedReport.file');
  const found = notes.data ?? [];

  return (
    <>
      <PrivilegeBanner privilege={youth.privilege} />
      <StatusMessage>{saved}</StatusMessage>
      {canWrite ? (
        <PrivilegedNoteForm
          youthId={youth.id}
          onSaved={() => {
            setSaved(t('privileged.saved'));
            notes.reload();
            onChanged();
          }}
          onEdit={() => {
            setSaved(null);
          }}
        />
      ) : null}
      <h3>{t('privileged.listHeading')}</h3>
      <ErrorMessage>{notes.error ? describeError(notes.error) : null}</ErrorMessage>
      {notes.loading && notes.data === undefined ? (
        <Loading label={t('common.loading')} />
      ) : found.length === 0 ? (
        <p>{t('privileged.none')}</p>
      ) : (
        <NoteList
          notes={found}
          actions={(note) =>
            !canReport ? null : reporting === note.id ? (
              <MandatedReportForm
                youthId={youth.id}
                sourceNoteId={note.id}
                onFiled={() => {
                  setReporting(null);
                  setSaved(t('mandatedReport.filed'));
                  onChanged();
                }}
                onCancel={() => {
                  setReporting(null);
                }}
              />
            ) : (
              <button
                type="button"
                onClick={() => {
                  setSaved(null);
                  setReporting(note.id);
                }}
              >
                {t('mandatedReport.fileFromNote')}
              </button>
            )
          }
        />
      )}
      {notes.data === undefined ? null : (
        <DisclosuresPanel
          youth={youth}
          notes={notes.data}
          canRecord={canWrite}
          onChanged={() => {
            setSaved(null);
            onChanged();
          }}
        />
      )}
    </>
  );
}

/** What the privilege covers here, or plainly that there is none; reporting duties either way. */
export function PrivilegeBanner({ privilege }: { privilege: Privilege }) {
  const { t } = useTranslation();
  return (
    <div className="privilege-banner" role="note" aria-label={t('privileged.bannerLabel')}>
      {privilege.applies ? (
        <>
          <p>
            <strong>
              {privilege.citation
                ? t('privileged.applies', { citation: privilege.citation })
                : t('privileged.appliesNoCitation')}
            </strong>
          </p>
          {privilege.summary ? <p>{privilege.summary}</p> : null}
        </>
      ) : (
        <p>
          <strong>{t('privileged.notPrivileged')}</strong>
        </p>
      )}
      <p>{t('privileged.mandatedStillApplies')}</p>
      {privilege.confirmed ? null : <p className="muted-strong">{t('privileged.unconfirmed')}</p>}
    </div>
  );
}

function PrivilegedNoteForm(props: { youthId: string; onSaved: () => void; onEdit: () => void }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [body, setBody] = useState('');
  // Kept encrypted on this device as it is typed, so an ended session does not lose it.
  const draft = useKeptDraft({
    youthId: props.youthId,
    form: 'privilegedNote',
    text: body,
    setText: setBody,
  });
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    if (!body.trim()) {
      setError(t('errors.required'));
      focusFirstInvalid(form.current);
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      await writePrivilegedNote(props.youthId, body.trim());
      draft.saved();
      setBody('');
      props.onSaved();
    } catch (caught) {
      setFailure(describeError(caught));
    }
    setBusy(false);
  };
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('privileged.addHeading')}</h3>
      <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
        <ErrorMessage>{failure}</ErrorMessage>
        {draft.panel}
        <TextField
          label={t('privileged.noteLabel')}
          hint={t('privileged.noteHint')}
          value={body}
          onChange={(value) => {
            setBody(value);
            draft.typed(value);
            props.onEdit();
          }}
          error={error}
          multiline
          required
        />
        <button type="submit" className="primary" disabled={busy}>
          {t('privileged.save')}
        </button>
      </form>
    </section>
  );
}
