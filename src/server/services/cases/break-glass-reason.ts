// The written reason of an emergency ("break-glass") opening at rest (docs/CONFIDENTIALITY.md,
// "Break-glass and its review"): sealed with AES-256-GCM under the county's data key and bound
// to the opening and its county, opened only for the coordinator's review once the rule allows.
// A reason stored plain by a version before migration 0032 is sealed at start
// (`sealLegacyBreakGlassReasons`, from src/server/runtime.ts) and, should one remain, when it is
// first read; each such sealing is audited.
import type { Queryable } from '../../../db/database.js';
import {
  storeSealedBreakGlassReason,
  unsafeListPlainBreakGlassReasons,
  unsafeReadBreakGlassReason,
} from '../../../db/repositories/break-glass-reviews.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, commandLine, type AppServices } from '../../context.js';
import { breakGlassReasonPurpose, currentDataKey, dataKey } from '../../security/data-keys.js';
import { seal, unseal } from '../../security/master-key.js';

export interface SealedBreakGlassReason {
  readonly reasonSealed: string;
  readonly keyVersion: number;
}

/** Seals a reason for its opening under the county's current data key. */
export async function sealBreakGlassReason(
  tx: Queryable,
  app: AppServices,
  input: { readonly id: string; readonly jurisdictionId: string; readonly reason: string },
): Promise<SealedBreakGlassReason> {
  const key = await currentDataKey(tx, app.masterKey, input.jurisdictionId);
  return {
    reasonSealed: seal(
      key.key,
      input.reason,
      breakGlassReasonPurpose(input.id, input.jurisdictionId),
    ),
    keyVersion: key.version,
  };
}

/** A reason opened for the review, or one whose seal does not open (changed, or bound elsewhere). */
export type OpenedBreakGlassReason =
  { readonly readable: true; readonly reason: string } | { readonly readable: false };

/**
 * The opening's reason, opened; called only after the review rule allowed the read. A plain one
 * left from before migration 0032 is returned as it is and sealed now, in the caller's
 * transaction, audited as the reader's.
 */
export async function openBreakGlassReason(
  tx: Queryable,
  app: AppServices,
  context: ReturnType<typeof auditContext>,
  opening: { readonly id: string; readonly jurisdictionId: string },
): Promise<OpenedBreakGlassReason> {
  const stored = await unsafeReadBreakGlassReason(tx, opening.id);
  if (!stored.sealed) {
    await sealLegacyBreakGlassReason(tx, app, context, opening.id, 'read');
    return { readable: true, reason: stored.reason };
  }
  try {
    const key = await dataKey(tx, app.masterKey, opening.jurisdictionId, stored.keyVersion);
    const purpose = breakGlassReasonPurpose(opening.id, opening.jurisdictionId);
    return { readable: true, reason: unseal(key, stored.reasonSealed, purpose) };
  } catch {
    // The review must not fail on one bad seal: the screen says the reason cannot be opened.
    return { readable: false };
  }
}

/** Seals the opening's reason if it is still plain; whether it did. */
export async function sealLegacyBreakGlassReason(
  tx: Queryable,
  app: AppServices,
  context: ReturnType<typeof auditContext>,
  id: string,
  when: 'start' | 'read',
): Promise<boolean> {
  const stored = await unsafeReadBreakGlassReason(tx, id);
  if (stored.sealed) return false;
  const { jurisdictionId } = stored;
  const sealed = await sealBreakGlassReason(tx, app, { id, jurisdictionId, reason: stored.reason });
  if (!(await storeSealedBreakGlassReason(tx, { id, ...sealed }))) return false;
  await appendAuditEvent(
    tx,
    { ...context, jurisdictionId },
    {
      action: 'break_glass.reason_sealed',
      outcome: 'allowed',
      targetType: 'break_glass',
      targetId: id,
      details: { was: 'plain', when },
    },
  );
  return true;
}

/**
 * The one-off step after migrating: every reason still plain sealed, one transaction each, a
 * hundred ids read at a time. Nothing to do costs one query on an empty partial index.
 */
export async function sealLegacyBreakGlassReasons(app: AppServices): Promise<number> {
  let sealed = 0;
  for (;;) {
    const ids = await unsafeListPlainBreakGlassReasons(app.db, 100);
    let batch = 0;
    for (const id of ids) {
      const done = await app.db.transaction((tx) =>
        sealLegacyBreakGlassReason(tx, app, auditContext(app, commandLine), id, 'start'),
      );
      if (done) batch += 1;
    }
    sealed += batch;
    // Another process sealed them meanwhile, or none are left.
    if (batch === 0) return sealed;
  }
}
