// Privileged communications: sealed under the jurisdiction's data key, written only by qualified
// caseworkers, opened only for a reader the access module allows (docs/CONFIDENTIALITY.md).
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../../domain/actor.js';
import {
  decidePrivilegedAuthor,
  decidePrivilegedRead,
  type AccessDecision,
} from '../../../domain/case-access.js';
import { caseRoleFor } from '../../../domain/case-team.js';
import type { LegalProfile } from '../../../domain/legal-profile.js';
import { qualifiesOn } from '../../../domain/training.js';
import type { Queryable } from '../../../db/database.js';
import { insertTeamMember } from '../../../db/repositories/case-grants.js';
import { findCurrentQualification } from '../../../db/repositories/legal.js';
import { listCompletionsOf } from '../../../db/repositories/training.js';
import {
  insertPrivilegedNote,
  listDisclosures,
  unsafeFindPrivilegedNote,
  unsafeListPrivilegedNotes,
} from '../../../db/repositories/notes.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { currentDataKey, dataKey, notePurpose } from '../../security/data-keys.js';
import { seal, unseal } from '../../security/master-key.js';
import { auditDenial, openCase, refusal, type CaseScope } from './case-scope.js';
import type { NoteView } from './notes.js';

/**
 * Whether the actor qualifies on the county's `today`: training hours count only while their
 * completions are in force (src/domain/training.ts, docs/TRAINING.md).
 */
export async function isQualifiedCaseworker(
  db: Queryable,
  actor: Actor,
  profile: LegalProfile,
  today: string,
): Promise<boolean> {
  const [qualification, completions] = await Promise.all([
    findCurrentQualification(db, actor.userId),
    listCompletionsOf(db, [actor.userId]),
  ]);
  return qualifiesOn(qualification, completions, profile, today);
}

/**
 * Refuses (audited) anyone who may not act as a privileged caseworker on this case: a qualified
 * caseworker of an advocacy or community-provider organization on the team and, where a
 * disclosure is concerned, of the organization whose notes it disclosed.
 */
export async function requirePrivilegedAuthor(
  app: AppServices,
  request: RequestContext,
  scope: CaseScope,
  audit: {
    readonly action: string;
    readonly targetType: string;
    readonly targetId: string;
    readonly authorOrganizationId?: string;
  },
): Promise<void> {
  const qualified = await isQualifiedCaseworker(
    app.db,
    scope.actor,
    scope.profile,
    scope.time.today,
  );
  const author = decidePrivilegedAuthor(scope.actor, scope.facts, qualified);
  const decision: AccessDecision =
    author.allowed &&
    audit.authorOrganizationId !== undefined &&
    audit.authorOrganizationId !== scope.actor.organizationId
      ? { allowed: false, reason: 'not_qualified_caseworker' }
      : author;
  if (decision.allowed) return;
  await auditDenial(app, request, {
    action: audit.action,
    reason: decision.reason,
    targetType: audit.targetType,
    targetId: audit.targetId,
  });
  throw await refusal(app, scope.actor.jurisdictionId, decision.reason);
}

/** Only a qualified caseworker writes one; writing puts them on the team in person. */
export async function writePrivilegedNote(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  body: string,
): Promise<{ id: string }> {
  const scope = await openCase(app, request, youthId, 'note.write');
  const { actor, youth } = scope;
  await requirePrivilegedAuthor(app, request, scope, {
    action: 'privileged_note.write',
    targetType: 'youth',
    targetId: youthId,
  });
  const id = randomUUID();
  return app.db.transaction(async (tx) => {
    const key = await currentDataKey(tx, app.masterKey, youth.jurisdictionId);
    await insertPrivilegedNote(tx, {
      id,
      jurisdictionId: youth.jurisdictionId,
      youthId,
      bodySealed: seal(key.key, body, notePurpose(id, youthId)),
      keyVersion: key.version,
      userId: actor.userId,
      organizationId: actor.organizationId,
      writtenOn: scope.time.today,
      now: scope.time.now,
    });
    await insertTeamMember(tx, {
      jurisdictionId: youth.jurisdictionId,
      youthId,
      organizationId: actor.organizationId,
      userId: actor.userId,
      role: caseRoleFor(actor.organizationType),
      addedByUserId: actor.userId,
      now: scope.time.now,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'note.create',
      outcome: 'allowed',
      targetType: 'privileged_note',
      targetId: id,
      details: { kind: 'privileged' },
    });
    return { id };
  });
}

/** The privileged notes of a case the caller may read, opened; and the ids refused. */
export async function readablePrivilegedNotes(
  app: AppServices,
  scope: CaseScope,
  onlyId?: string,
): Promise<{ notes: NoteView[]; refused: string[] }> {
  const sealed = onlyId
    ? [await unsafeFindPrivilegedNote(app.db, onlyId)].filter((n) => n?.youthId === scope.youth.id)
    : await unsafeListPrivilegedNotes(app.db, scope.youth.id);
  if (sealed.length === 0) return { notes: [], refused: [] };
  const qualified = await isQualifiedCaseworker(
    app.db,
    scope.actor,
    scope.profile,
    scope.time.today,
  );
  const disclosures = await listDisclosures(app.db, scope.youth.id);
  const notes: NoteView[] = [];
  const refused: string[] = [];
  for (const note of sealed) {
    if (!note) continue;
    const decision = decidePrivilegedRead(
      scope.actor,
      { id: note.id, authorOrganizationId: note.authorOrganizationId, writtenOn: note.writtenOn },
      {
        jurisdictionId: scope.youth.jurisdictionId,
        team: scope.facts.team,
        seal: scope.facts.seal,
        disclosures,
      },
      qualified,
      scope.time,
    );
    if (!decision.allowed) {
      refused.push(note.id);
      continue;
    }
    const key = await dataKey(app.db, app.masterKey, note.jurisdictionId, note.keyVersion);
    notes.push({
      id: note.id,
      kind: 'privileged',
      category: null,
      body: unseal(key, note.bodySealed, notePurpose(note.id, note.youthId)),
      authorName: note.authorName,
      authorOrganizationId: note.authorOrganizationId,
      authorOrganizationName: note.authorOrganizationName,
      createdAt: note.createdAt,
      basis: decision.basis,
      // Privileged notes keep no correction link yet (privileged_notes has no such column).
      correctsNoteId: null,
      correctionReason: null,
      correctedByNoteId: null,
    });
  }
  return { notes, refused };
}

/**
 * Whether the caller may read at least one privileged note of the case, decided without
 * opening any: lets a screen offer the tab without an audited read of the notes.
 */
export async function readsSomePrivilegedNote(
  app: AppServices,
  scope: CaseScope,
  qualified: boolean,
): Promise<boolean> {
  const sealed = await unsafeListPrivilegedNotes(app.db, scope.youth.id);
  if (sealed.length === 0) return false;
  const disclosures = await listDisclosures(app.db, scope.youth.id);
  return sealed.some(
    (note) =>
      decidePrivilegedRead(
        scope.actor,
        { id: note.id, authorOrganizationId: note.authorOrganizationId, writtenOn: note.writtenOn },
        {
          jurisdictionId: scope.youth.jurisdictionId,
          team: scope.facts.team,
          seal: scope.facts.seal,
          disclosures,
        },
        qualified,
        scope.time,
      ).allowed,
  );
}
