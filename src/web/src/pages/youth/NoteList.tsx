// Notes a person may read, newest first as the server sends them, each with who wrote it and why
// the reader may see it.
import { useId } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../hooks';
import type { Note } from '../../types';

export function NoteList(props: {
  notes: readonly Note[];
  /** Extra controls under one note (e.g. "File a mandated report"). */
  actions?: (note: Note) => ReactNode;
}) {
  return (
    <ul className="notes">
      {props.notes.map((note) => (
        <li key={note.id}>
          <NoteCard note={note}>{props.actions?.(note)}</NoteCard>
        </li>
      ))}
    </ul>
  );
}

function NoteCard({ note, children }: { note: Note; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  return (
    <article
      className={note.kind === 'privileged' ? 'note note-privileged' : 'note'}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="note-heading">
        {t('notes.by', { author: note.authorName, organization: note.authorOrganizationName })}
      </h3>
      <p className="muted">
        <time dateTime={note.createdAt}>{formatDateTime(note.createdAt, i18n.language)}</time>
        {note.basis === 'own_organization' ? null : (
          <>
            {' · '}
            {t('notes.basis', { basis: t(`accessBases.${note.basis}`) })}
          </>
        )}
      </p>
      <p className="note-body">{note.body}</p>
      {children}
    </article>
  );
}
