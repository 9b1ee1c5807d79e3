// Case notes, each in one data category, and the combined reading of a case's notes: case
// notes the access module allows, then the privileged notes the caller may open.
import { decideNoteWrite, type AccessBasis } from '../../../domain/case-access.js';
import type { DataCategory } from '../../../domain/vocabulary.js';
import { insertCaseNote, unsafeListCaseNotes } from '../../../db/repositories/notes.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { auditDenial, openCase, refusal } from './case-scope.js';
import { readablePrivilegedNotes } from './privileged-notes.js';

export interface NoteView {
  readonly id: string;
  readonly kind: 'case' | 'privileged';
  readonly category: DataCategory | null;
  readonly body: string;
  readonly authorName: string;
  readonly authorOrganizationId: string;
  readonly authorOrganizationName: string;
  readonly createdAt: Date;
  readonly basis: AccessBasis;
  /** A correction: the earlier version it replaces (readable like it: same category, same
   * holder), and why. */
  readonly correctsNoteId: string | null;
  readonly correctionReason: string | null;
  /** Set on an earlier version: the note that corrects it. */
  readonly correctedByNoteId: string | null;
}

// --- writing ---

export async function writeCaseNote(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  input: { category: DataCategory; body: string },
): Promise<{ id: string }> {
  const scope = await openCase(app, request, youthId, 'note.write');
  const decision = decideNoteWrite(scope.actor, input.category, scope.facts);
  if (!decision.allowed) {
    await auditDenial(app, request, {
      action: 'note.write',
      reason: decision.reason,
      targetType: 'youth',
      targetId: youthId,
      categories: [input.category],
    });
    throw await refusal(app, scope.youth.jurisdictionId, decision.reason);
  }
  return app.db.transaction(async (tx) => {
    const id = await insertCaseNote(tx, {
      jurisdictionId: scope.youth.jurisdictionId,
      youthId,
      category: input.category,
      body: input.body,
      userId: scope.actor.userId,
      organizationId: scope.actor.organizationId,
      now: scope.time.now,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'note.create',
      outcome: 'allowed',
      targetType: 'note',
      targetId: id,
      categories: [input.category],
      details: { kind: 'case' },
    });
    return { id };
  });
}

// --- reading ---

/** What the caller may read of the case's notes: case notes by category, then privileged ones. */
export async function listNotesFor(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  filter: { category?: DataCategory | undefined; kind?: 'case' | 'privileged' | undefined },
): Promise<NoteView[]> {
  const scope = await openCase(app, request, youthId, 'case.view');
  const caseNotes: NoteView[] = [];
  const withheld: { category: string; reason: string }[] = [];
  if (filter.kind !== 'privileged') {
    const all = await unsafeListCaseNotes(app.db, youthId);
    const correctedBy = new Map(
      all.flatMap((n) => (n.correctsNoteId ? [[n.correctsNoteId, n.id] as const] : [])),
    );
    for (const note of all) {
      if (filter.category && note.category !== filter.category) continue;
      const decision = scope.read(note.category, note.authorOrganizationId);
      if (!decision.allowed) {
        withheld.push({ category: note.category, reason: decision.reason });
        continue;
      }
      caseNotes.push({
        ...note,
        kind: 'case',
        basis: decision.basis,
        correctedByNoteId: correctedBy.get(note.id) ?? null,
      });
    }
  }
  const privileged =
    filter.kind === 'case' || filter.category
      ? { notes: [], refused: [] }
      : await readablePrivilegedNotes(app, scope);
  await app.db.transaction(async (tx) => {
    const context = auditContext(app, request);
    await appendAuditEvent(tx, context, {
      action: 'youth.read',
      outcome: 'allowed',
      targetType: 'youth',
      targetId: youthId,
      categories: [...new Set(caseNotes.map((n) => n.category as DataCategory))],
      details: {
        view: 'notes',
        withheld: [
          ...withheld,
          ...privileged.refused.map(() => ({ category: 'privileged', reason: 'privileged' })),
        ],
      },
    });
    for (const note of privileged.notes) {
      await appendAuditEvent(tx, context, {
        action: 'privileged_note.read',
        outcome: 'allowed',
        targetType: 'privileged_note',
        targetId: note.id,
        details: { basis: note.basis },
      });
    }
  });
  return [...caseNotes, ...privileged.notes];
}
