// Notes a person may read, newest first as the server sends them, each with who wrote it and why
// the reader may see it. A corrected note shows its newest version, marked "corrected" with why,
// and its earlier versions on demand (docs/CONFIDENTIALITY.md, "Records corrected, closed and
// merged").
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
  const byId = new Map(props.notes.map((note) => [note.id, note]));
  /** The versions a note replaced, newest first, as far as the reader may read them. */
  const earlierVersions = (note: Note): Note[] => {
    const found: Note[] = [];
    for (let at = note; at.correctsNoteId;) {
      const earlier = byId.get(at.correctsNoteId);
      if (!earlier) break;
      found.push(earlier);
      at = earlier;
    }
    return found;
  };
  return (
    <ul className="notes">
      {props.notes
        .filter((note) => note.correctedByNoteId === null || !byId.has(note.correctedByNoteId))
        .map((note) => (
          <li key={note.id}>
            <NoteCard note={note}>
              {props.actions?.(note)}
              <EarlierVersions versions={earlierVersions(note)} />
            </NoteCard>
          </li>
        ))}
    </ul>
  );
}

function EarlierVersions({ versions }: { versions: Note[] }) {
  const { t, i18n } = useTranslation();
  if (versions.length === 0) return null;
  return (
    <details>
      <summary>{t('records.notes.earlier', { count: versions.length })}</summary>
      <ol>
        {versions.map((version) => (
          <li key={version.id}>
            <p className="muted">
              <time dateTime={version.createdAt}>
                {formatDateTime(version.createdAt, i18n.language)}
              </time>
              {' · '}
              {t('notes.by', {
                author: version.authorName,
                organization: version.authorOrganizationName,
              })}
            </p>
            <p className="note-body">{version.body}</p>
          </li>
        ))}
      </ol>
    </details>
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
      {note.correctsNoteId ? (
        <p>
          <span className="badge badge-warn">{t('records.notes.corrected')}</span>{' '}
          {note.correctionReason ? t('records.notes.why', { reason: note.correctionReason }) : null}
        </p>
      ) : null}
      <p className="note-body">{note.body}</p>
      {children}
    </article>
  );
}
