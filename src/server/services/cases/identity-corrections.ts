// Correcting a youth's identity ("Jade" gets her legal name later) and reading what it was: the
// earlier values are sealed under the jurisdiction's data key, like privileged notes, and opened
// only for whom may read identity (docs/CONFIDENTIALITY.md, "Records corrected, closed and
// merged"). The corrected names feed the duplicate check at once.
import { randomUUID } from 'node:crypto';
import { decideRead } from '../../../domain/case-access.js';
import {
  changedIdentityFields,
  IDENTITY_FIELDS,
  type IdentityField,
} from '../../../domain/case-lifecycle.js';
import { identifiesSomeone } from '../../../domain/name-match.js';
import {
  insertIdentityCorrection,
  unsafeListIdentityCorrections,
  updateYouthIdentity,
} from '../../../db/repositories/record-lifecycle.js';
import { unsafeFindYouth, type YouthIdentity } from '../../../db/repositories/youth.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest, conflict } from '../../errors.js';
import { currentDataKey, dataKey } from '../../security/data-keys.js';
import { seal, unseal } from '../../security/master-key.js';
import { openCase } from './case-scope.js';
import { lifecycleRefusal, requireLifecycle } from './lifecycle-decide.js';
import { checkDuplicates, identityView, type IdentityView } from './youth.js';

/** The sealed history is bound to its correction and its case: it cannot be moved to another. */
const correctionPurpose = (correctionId: string, youthId: string) =>
  `identity-correction:${correctionId}:${youthId}`;

export type IdentityChanges = Partial<YouthIdentity> & { readonly reason: string };

interface SealedHistory {
  readonly earlier: Partial<YouthIdentity>;
  readonly reason: string;
}

export interface IdentityCorrected {
  readonly identity: IdentityView;
  readonly fields: IdentityField[];
  readonly possibleDuplicates: { id: string; caseNumber: string; reason: string }[];
  readonly hiddenMatchMessage: string | null;
}

export async function correctIdentity(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  input: IdentityChanges,
): Promise<IdentityCorrected> {
  const scope = await openCase(app, request, youthId, 'case.view');
  await requireLifecycle(app, request, scope, 'identity.correct');
  const before = scope.youth.identity;
  const { reason, ...changes } = input;
  const after: YouthIdentity = { ...before };
  for (const field of IDENTITY_FIELDS) {
    if (changes[field] !== undefined) Object.assign(after, { [field]: changes[field] });
  }
  const fields = changedIdentityFields(before, after);
  if (fields.length === 0) {
    throw badRequest('no_change', 'The correction changes nothing the record holds.');
  }
  if (!identifiesSomeone(after)) {
    throw badRequest(
      'identity_required',
      'A record keeps a name, an alias, a birth date or an estimated birth year.',
    );
  }
  const today = scope.time.today;
  if (
    (after.birthDate !== null && after.birthDate > today) ||
    (after.estimatedBirthYear !== null && after.estimatedBirthYear > Number(today.slice(0, 4)))
  ) {
    throw badRequest('born_in_future', 'The birth date or year cannot be in the future.');
  }
  const earlier = Object.fromEntries(fields.map((f) => [f, before[f]])) as Partial<YouthIdentity>;
  const history: SealedHistory = { earlier, reason };
  await app.db.transaction(async (tx) => {
    // Two corrections at once: the second finds the row locked, then changed, and is answered
    // 409 rather than writing over the first with what it read before it.
    const now = await unsafeFindYouth(tx, youthId, { lock: true });
    if (
      now === null ||
      now.status !== scope.youth.status ||
      changedIdentityFields(before, now.identity).length > 0
    ) {
      throw conflict('identity_changed', 'The record changed meanwhile; open it again.');
    }
    const key = await currentDataKey(tx, app.masterKey, scope.youth.jurisdictionId);
    const id = randomUUID();
    await insertIdentityCorrection(tx, {
      id,
      jurisdictionId: scope.youth.jurisdictionId,
      youthId,
      fields,
      sealed: seal(key.key, JSON.stringify(history), correctionPurpose(id, youthId)),
      keyVersion: key.version,
      userId: scope.actor.userId,
      organizationId: scope.actor.organizationId,
      correctedAt: scope.time.now,
    });
    await updateYouthIdentity(tx, { youthId, identity: after, now: scope.time.now });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'youth.identity_correct',
      outcome: 'allowed',
      targetType: 'youth',
      targetId: youthId,
      categories: ['identity'],
      details: { fields, correctionId: id },
    });
  });
  // The new name may be another record's: the caller hears of those it may read, like at opening.
  const duplicates = await checkDuplicates(app, request, after);
  return {
    identity: identityView(after),
    fields,
    possibleDuplicates: duplicates.matches
      .filter((m) => m.id !== youthId)
      .map((m) => ({ id: m.id, caseNumber: m.caseNumber, reason: m.reason })),
    hiddenMatchMessage: duplicates.hiddenMatchMessage,
  };
}

export interface IdentityHistoryEntry {
  readonly id: string;
  readonly correctedAt: Date;
  readonly correctedByName: string;
  readonly correctedByOrganizationId: string;
  readonly correctedByOrganizationName: string;
  readonly fields: string[];
  readonly earlier: Partial<YouthIdentity>;
  readonly reason: string;
}

/** The corrections of a record, oldest first, for whom may read its identity; audited. */
export async function readIdentityHistory(
  app: AppServices,
  request: RequestContext,
  youthId: string,
): Promise<IdentityHistoryEntry[]> {
  const scope = await openCase(app, request, youthId, 'case.view');
  const decision = decideRead(
    scope.actor,
    { category: 'identity', holderOrganizationId: scope.youth.createdByOrganizationId },
    scope.facts,
    scope.time,
  );
  if (!decision.allowed) {
    throw await lifecycleRefusal(app, request, 'identity.history', decision.reason, youthId);
  }
  const entries: IdentityHistoryEntry[] = [];
  for (const row of await unsafeListIdentityCorrections(app.db, youthId)) {
    const key = await dataKey(app.db, app.masterKey, row.jurisdictionId, row.keyVersion);
    const opened = JSON.parse(
      unseal(key, row.sealed, correctionPurpose(row.id, row.youthId)),
    ) as SealedHistory;
    entries.push({
      id: row.id,
      correctedAt: row.correctedAt,
      correctedByName: row.correctedByName,
      correctedByOrganizationId: row.correctedByOrganizationId,
      correctedByOrganizationName: row.correctedByOrganizationName,
      fields: row.fields,
      earlier: opened.earlier,
      reason: opened.reason,
    });
  }
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'youth.read',
    outcome: 'allowed',
    targetType: 'youth',
    targetId: youthId,
    categories: entries.length > 0 ? ['identity'] : [],
    details: { view: 'identity_history', withheld: [] },
  });
  return entries;
}
