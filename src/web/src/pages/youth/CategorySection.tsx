// One kind of information on a case: the notes the caller may read, a "withheld" panel for each
// organization whose notes are not shown, and a form to add a note when the server allows it.
// The legal section also holds mandated reports and the legal bases recorded on the case; contact
// and location, placement and education their structured entries beside the notes.
import { useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DataCategory } from '../../../../domain/vocabulary.js';
import { listNotes, writeCaseNote } from '../../api';
import { useKeptDraft } from '../../components/KeptDraft';
import { ErrorMessage, Loading, StatusMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { focusFirstInvalid, useApiData, useDescribeError } from '../../hooks';
import type { YouthRecord } from '../../types';
import { IdentityDetails } from './IdentityDetails';
import { LegalBasesSection } from './LegalBasesSection';
import { CourtPanels } from './legal/CourtPanels';
import { LegalMattersPanel } from './legal/LegalMattersPanel';
import { MandatedReportList } from './MandatedReportList';
import { NoteList } from './NoteList';
import { CorrectNoteForm } from './records/CorrectNoteForm';
import { isStructuredCategory, StructuredPanel } from './structured/StructuredPanel';
import { useSignedIn } from '../../session';
import { WithheldPanel } from './WithheldPanel';

export function CategorySection(props: {
  youth: YouthRecord;
  category: DataCategory;
  onChanged: () => void;
}) {
  const { youth, category } = props;
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const view = youth.categories.find((c) => c.category === category);
  const notes = useApiData(`notes:${youth.id}:${category}`, () =>
    listNotes(youth.id, { category }),
  );
  const [saved, setSaved] = useState<string | null>(null);
  const visible = view?.visible ?? [];
  const withheld = view?.withheld ?? [];
  const found = notes.data ?? [];
  const canWrite = youth.allowedActions.includes('note.write');
  // A new note only where the organization's work is this category (the DA writes no medical
  // note); correcting one's own earlier note stays open to its writer.
  const canAddNote = canWrite && (view?.writable ?? false);
  const { user } = useSignedIn();
  // Only the writing organization corrects a note, and nothing is written on a merged record.
  const corrects = (note: (typeof found)[number]) =>
    canWrite &&
    youth.status !== 'merged' &&
    note.kind === 'case' &&
    note.correctedByNoteId === null &&
    note.authorOrganizationId === user.organizationId;

  return (
    <>
      {/* Staff words: the youth-facing meanings are the consent form's (ConsentExplanation). */}
      <p className="muted">{t(`structured.staffMeanings.${category}`)}</p>
      {visible.length > 0 ? (
        <p>
          {t('category.visibleFrom', {
            organizations: visible
              .map((v) => `${v.organizationName} (${t(`accessBases.${v.basis}`)})`)
              .join(', '),
          })}
        </p>
      ) : null}
      {category === 'identity' && youth.identity ? (
        <IdentityDetails identity={youth.identity} />
      ) : null}
      {isStructuredCategory(category) && youth.status !== 'merged' ? (
        <StructuredPanel youthId={youth.id} category={category} />
      ) : null}

      <ErrorMessage>{notes.error ? describeError(notes.error) : null}</ErrorMessage>
      {notes.loading && notes.data === undefined ? (
        <Loading label={t('common.loading')} />
      ) : found.length > 0 ? (
        <NoteList
          notes={found}
          actions={(note) =>
            corrects(note) ? (
              <CorrectNoteForm youthId={youth.id} note={note} onCorrected={notes.reload} />
            ) : null
          }
        />
      ) : visible.length > 0 && category !== 'identity' ? (
        <p>{t('category.noNotes')}</p>
      ) : null}
      {category === 'legal' ? <MandatedReportList youthId={youth.id} /> : null}
      {category === 'legal' ? <CourtPanels youth={youth} /> : null}

      {withheld.length > 0 ? (
        <div className="withheld-list">
          {withheld.map((w) => (
            <WithheldPanel key={w.organizationId} withheld={w} />
          ))}
          {youth.allowedActions.includes('breakGlass.open') ? (
            <p>
              {t('category.emergencyHint')}{' '}
              <Link to={{ search: '?section=emergency' }}>{t('category.emergencyLink')}</Link>
            </p>
          ) : null}
        </div>
      ) : null}
      {visible.length === 0 && withheld.length === 0 ? <p>{t('category.nothing')}</p> : null}

      <StatusMessage>{saved}</StatusMessage>
      {canAddNote ? (
        <CaseNoteForm
          youthId={youth.id}
          category={category}
          onSaved={() => {
            setSaved(t('category.saved'));
            notes.reload();
            props.onChanged();
          }}
          onEdit={() => {
            setSaved(null);
          }}
        />
      ) : null}
      {category === 'legal' ? (
        <LegalBasesSection youth={youth} onChanged={props.onChanged} />
      ) : null}
      {category === 'legal' ? <LegalMattersPanel youth={youth} /> : null}
    </>
  );
}

function CaseNoteForm(props: {
  youthId: string;
  category: DataCategory;
  onSaved: () => void;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [body, setBody] = useState('');
  // Kept encrypted on this device as it is typed, so an ended session does not lose it.
  const draft = useKeptDraft({
    youthId: props.youthId,
    form: `caseNote.${props.category}`,
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
      await writeCaseNote(props.youthId, props.category, body.trim());
      draft.saved();
      setBody('');
      props.onSaved();
    } catch (caught) {
      setFailure(describeError(caught));
    }
    setBusy(false);
  };
  const category = t(`dataCategories.${props.category}`);
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('category.addHeading', { category })}</h3>
      <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
        <ErrorMessage>{failure}</ErrorMessage>
        {draft.panel}
        <TextField
          label={t('category.noteLabel')}
          hint={t('category.noteHint')}
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
          {t('category.addNote')}
        </button>
      </form>
    </section>
  );
}
