// Correcting a case note: a new version linked to the one it corrects, by the organization that
// wrote it (src/domain/case-lifecycle.ts, note.correct). Nothing is overwritten: the earlier
// version stays, in the same category and of the same holder, so exactly those who could read it
// still read it (docs/CONFIDENTIALITY.md, "Records corrected, closed and merged"). The audit event
// names the notes, never what they say.
import { insertCaseNote, unsafeListCaseNotes } from '../../../db/repositories/notes.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { conflict, isUniqueViolation, notFound } from '../../errors.js';
import { openCase } from './case-scope.js';
import { requireLifecycle } from './lifecycle-decide.js';

export async function correctCaseNote(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  noteId: string,
  input: { readonly body: string; readonly reason: string },
): Promise<{ id: string }> {
  const scope = await openCase(app, request, youthId, 'case.view');
  const notes = await unsafeListCaseNotes(app.db, youthId);
  const note = notes.find((n) => n.id === noteId);
  // A note of another case (or none) is unknown here, like an unknown id.
  if (!note) throw notFound('The note');
  await requireLifecycle(app, request, scope, 'note.correct', {
    authorOrganizationId: note.authorOrganizationId,
  });
  const alreadyCorrected = () =>
    conflict('note_corrected', 'This note was already corrected; correct its newest version.');
  if (notes.some((n) => n.correctsNoteId === noteId)) throw alreadyCorrected();
  // Two corrections at once: the database keeps one per note (case_notes_one_correction).
  return app.db
    .transaction(async (tx) => {
      const id = await insertCaseNote(tx, {
        jurisdictionId: scope.youth.jurisdictionId,
        youthId,
        category: note.category,
        body: input.body,
        userId: scope.actor.userId,
        organizationId: scope.actor.organizationId,
        now: scope.time.now,
        corrects: { noteId, reason: input.reason },
      });
      await appendAuditEvent(tx, auditContext(app, request), {
        action: 'note.correct',
        outcome: 'allowed',
        targetType: 'note',
        targetId: id,
        categories: [note.category],
        details: { correctsNoteId: noteId },
      });
      return { id };
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? alreadyCorrected() : error;
    });
}
