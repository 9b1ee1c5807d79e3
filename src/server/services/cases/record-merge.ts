// Merging a duplicate record into the one that survives (docs/CONFIDENTIALITY.md, "Merging a
// duplicate"): the county coordinator, two records of her county, one transaction. Everything
// of the duplicate moves (src/db/repositories/record-merge.ts says what, table by table), unless
// the merge would let an organization read something it could not read before
// (src/domain/record-merge.ts), which is refused with who would gain what.
import { mergeWidens, type MergeSide, type Widening } from '../../../domain/record-merge.js';
import {
  dataHolders,
  listDisclosures,
  unsafeListPrivilegedNotes,
} from '../../../db/repositories/notes.js';
import { unsafeListDocuments } from '../../../db/repositories/documents.js';
import { listOrganizations } from '../../../db/repositories/organizations.js';
import {
  insertStatusChange,
  lockYouthStatus,
  setYouthStatus,
} from '../../../db/repositories/record-lifecycle.js';
import {
  bothMissingOpen,
  insertMerge,
  movePrivilegedNote,
  moveYouthRows,
} from '../../../db/repositories/record-merge.js';
import { findSealInForce } from '../../../db/repositories/case-seals.js';
import { unsafeFindYouth, type Youth } from '../../../db/repositories/youth.js';
import type { Queryable } from '../../../db/database.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { conflict } from '../../errors.js';
import { currentDataKey, dataKey, notePurpose } from '../../security/data-keys.js';
import { seal, unseal } from '../../security/master-key.js';
import { rebindMovedPhoto, sealLegacyPhoto } from '../missing/photo-seal.js';
import { loadCase, openCase, type CaseScope } from './case-scope.js';
import { readCaseStatus, type CaseStatusView } from './case-status.js';
import { requireLifecycle } from './lifecycle-decide.js';

/** What the check weighs of one record: its facts and what it holds, by whom. */
async function mergeSide(db: Queryable, scope: CaseScope): Promise<MergeSide> {
  const youthId = scope.youth.id;
  const [holders, screeners, notes, disclosures, documents] = await Promise.all([
    dataHolders(db, youthId),
    db.query<{ organization_id: string }>(
      `SELECT DISTINCT administered_by_organization_id AS organization_id
       FROM screenings WHERE youth_id = $1`,
      [youthId],
    ),
    unsafeListPrivilegedNotes(db, youthId),
    listDisclosures(db, youthId),
    unsafeListDocuments(db, youthId),
  ]);
  return {
    facts: scope.facts,
    holders: [
      { organizationId: scope.youth.createdByOrganizationId, category: 'identity' },
      ...holders,
      ...screeners.map((s) => ({
        organizationId: s.organization_id,
        category: 'screening' as const,
      })),
    ],
    // A privileged document is weighed exactly as a privileged note (src/domain/documents.ts).
    privilegedNotes: [...notes, ...documents.filter((d) => d.privileged)].map((n) => ({
      id: n.id,
      authorOrganizationId: n.authorOrganizationId,
      writtenOn: n.writtenOn,
    })),
    disclosures,
  };
}

/** The refusal names who would gain what, from whom: organizations and categories, no content. */
async function refuseWidening(
  app: AppServices,
  request: RequestContext,
  survivor: Youth,
  widenings: readonly Widening[],
): Promise<never> {
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'access.denied',
    outcome: 'denied',
    reason: 'merge_would_widen',
    targetType: 'youth',
    targetId: survivor.id,
    details: { action: 'case.merge' },
  });
  const names = new Map(
    (
      await listOrganizations(app.db, {
        jurisdictionId: survivor.jurisdictionId,
        includeInactive: true,
      })
    ).map((o) => [o.id, o.name]),
  );
  const list = widenings
    .map(
      (w) =>
        `${names.get(w.organizationId) ?? w.organizationId} would read ${w.category} held by ${names.get(w.holderOrganizationId) ?? w.holderOrganizationId}`,
    )
    .join('; ');
  throw conflict(
    'merge_would_widen',
    `Not merged: the merge would open what the youth or the holders have not released (${list}). ` +
      'Ask the holder to record the release on the surviving record, or to end it on the duplicate, then merge.',
  );
}

export async function mergeRecords(
  app: AppServices,
  request: RequestContext,
  survivorId: string,
  input: { readonly duplicateId: string; readonly reason: string },
): Promise<CaseStatusView & { moved: Record<string, number> }> {
  const scope = await openCase(app, request, survivorId, 'case.view');
  const duplicate = await unsafeFindYouth(app.db, input.duplicateId);
  // An unknown id is answered like another county's, and a sealed duplicate like an unknown id
  // (docs/CONFIDENTIALITY.md, "Sealed cases"): 404, after the coordinator check. A sealed
  // survivor was already answered 404 by openCase.
  await requireLifecycle(app, request, scope, 'case.merge', {
    other: duplicate
      ? {
          id: duplicate.id,
          jurisdictionId: duplicate.jurisdictionId,
          status: duplicate.status,
          seal: await findSealInForce(app.db, duplicate.id),
        }
      : { id: input.duplicateId, jurisdictionId: '', status: 'open', seal: null },
  });
  if (!duplicate) throw new Error('unreachable: an unknown duplicate is refused above');
  const other = await loadCase(app.db, app, scope.actor, duplicate);
  const widenings = mergeWidens(
    await mergeSide(app.db, scope),
    await mergeSide(app.db, other),
    scope.time,
  );
  if (widenings.length > 0) await refuseWidening(app, request, scope.youth, widenings);
  if (await bothMissingOpen(app.db, survivorId, duplicate.id)) {
    throw conflict(
      'both_missing',
      'Both records have a missing episode open; close the one on the duplicate first.',
    );
  }
  const { actor, time } = scope;
  const jurisdictionId = scope.youth.jurisdictionId;
  const moved = await app.db.transaction(async (tx) => {
    // Locked in a fixed order, so two merges of the same pair cannot deadlock.
    for (const id of [survivorId, duplicate.id].sort()) {
      const status = await lockYouthStatus(tx, id);
      const was = id === survivorId ? scope.youth.status : duplicate.status;
      if (status !== was)
        throw conflict('status_changed', 'A record changed meanwhile; open it again.');
    }
    // A photo still plain from before migration 0027 cannot be moved as it is (the database
    // takes no plain photo any more): sealed first, then sealed again for the survivor.
    await sealLegacyPhoto(tx, app, auditContext(app, request), duplicate.id, 'merge');
    const moved = await moveYouthRows(tx, {
      fromYouthId: duplicate.id,
      toYouthId: survivorId,
      userId: actor.userId,
      now: time.now,
    });
    if (moved.missing_profiles) {
      await rebindMovedPhoto(tx, app, { fromYouthId: duplicate.id, toYouthId: survivorId });
    }
    const key = await currentDataKey(tx, app.masterKey, jurisdictionId);
    const privileged = await unsafeListPrivilegedNotes(tx, duplicate.id);
    for (const note of privileged) {
      const old = await dataKey(tx, app.masterKey, jurisdictionId, note.keyVersion);
      const body = unseal(old, note.bodySealed, notePurpose(note.id, duplicate.id));
      await movePrivilegedNote(tx, {
        id: note.id,
        toYouthId: survivorId,
        bodySealed: seal(key.key, body, notePurpose(note.id, survivorId)),
        keyVersion: key.version,
      });
    }
    moved.privileged_notes = privileged.length;
    await setYouthStatus(tx, {
      youthId: duplicate.id,
      status: 'merged',
      mergedIntoYouthId: survivorId,
      now: time.now,
    });
    for (const youthId of [survivorId, duplicate.id]) {
      await insertStatusChange(tx, {
        jurisdictionId,
        youthId,
        status: 'merged',
        reasonCode: null,
        reasonText: input.reason,
        userId: actor.userId,
        organizationId: actor.organizationId,
        now: time.now,
      });
    }
    await insertMerge(tx, {
      jurisdictionId,
      survivorId,
      duplicateId: duplicate.id,
      reason: input.reason,
      moved,
      userId: actor.userId,
      organizationId: actor.organizationId,
      now: time.now,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'youth.merge',
      outcome: 'allowed',
      targetType: 'youth',
      targetId: survivorId,
      details: { survivorId, duplicateId: duplicate.id, moved },
    });
    return moved;
  });
  return { ...(await readCaseStatus(app, request, survivorId)), moved };
}
