// A case sealed by court order (docs/CONFIDENTIALITY.md, "Sealed cases"): recording the seal,
// lifting it by a later order, and the court's view of it. The seal itself is enforced by the
// access module (src/domain/case-access.ts asks src/domain/case-seal.ts first on every decision)
// and, for lists that do not decide row by row, by `notSealed` in their SQL; nothing here
// filters anything. The order numbers are sealed under the county's data key, bound to the seal.
import { randomUUID } from 'node:crypto';
import {
  insertSeal,
  liftSeal,
  unsafeFindStoredSeal,
  type StoredSeal,
} from '../../../db/repositories/case-seals.js';
import type { Queryable } from '../../../db/database.js';
import { releaseHeldJobs } from '../../../db/repositories/jobs.js';
import {
  decideSealRecord,
  decideUnseal,
  SEAL_REFUSAL_MESSAGES,
  type SealCourtRole,
  type SealDecision,
  type SealRefusal,
} from '../../../domain/case-seal.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest, conflict, forbidden, isUniqueViolation, notFound } from '../../errors.js';
import { currentDataKey, dataKey } from '../../security/data-keys.js';
import { seal, unseal } from '../../security/master-key.js';
import { openCase, type CaseScope } from './case-scope.js';

export interface SealOrder {
  readonly orderNumber: string;
  readonly orderDate: string;
}

export interface SealView {
  readonly sealed: boolean;
  readonly seal: {
    readonly id: string;
    readonly orderNumber: string | null;
    readonly orderDate: string;
    readonly rolesAllowed: SealCourtRole[];
    readonly sealedAt: Date;
    readonly sealedByName: string;
  } | null;
  readonly allowedActions: ('seal' | 'unseal')[];
}

/** An order number is bound to its seal, which order it is, and the county. */
const orderPurpose = (sealId: string, which: 'seal' | 'unseal', jurisdictionId: string) =>
  `case-seal-order:${which}:${sealId}:${jurisdictionId}`;

async function sealOrderNumber(
  tx: Queryable,
  app: AppServices,
  input: { sealId: string; which: 'seal' | 'unseal'; jurisdictionId: string; number: string },
) {
  const key = await currentDataKey(tx, app.masterKey, input.jurisdictionId);
  return {
    orderNumberSealed: seal(
      key.key,
      input.number,
      orderPurpose(input.sealId, input.which, input.jurisdictionId),
    ),
    keyVersion: key.version,
  };
}

const REFUSAL_STATUS: Readonly<Record<SealRefusal, number>> = {
  other_jurisdiction: 404,
  not_court: 403,
  already_sealed: 409,
  not_sealed: 409,
  order_in_future: 400,
  order_before_seal: 400,
};

/** Refusals of the court's own act, audited; a bad date is a bad request, not a denial. */
async function refuseSeal(
  app: AppServices,
  request: RequestContext,
  scope: CaseScope,
  action: 'case_seal.record' | 'case_seal.lift',
  decision: Exclude<SealDecision, { allowed: true }>,
): Promise<never> {
  const status = REFUSAL_STATUS[decision.reason];
  if (status === 403 || status === 404) {
    await appendAuditEvent(app.db, auditContext(app, request), {
      action: 'access.denied',
      outcome: 'denied',
      reason: decision.reason,
      targetType: 'youth',
      targetId: scope.youth.id,
      details: { action },
    });
  }
  if (status === 404) throw notFound('The youth');
  const message = `Not allowed: ${SEAL_REFUSAL_MESSAGES[decision.reason]}.`;
  if (status === 400) throw badRequest(decision.reason, message);
  if (status === 409) throw conflict(decision.reason, message);
  throw forbidden(decision.reason, message);
}

/**
 * Records a sealing order. The court must be on the case, as for any court order it records
 * (`legalBasis.record`); then src/domain/case-seal.ts decides. From the commit on, the case is
 * gone for everyone but the roles the order names.
 */
export async function sealCase(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  input: SealOrder & { readonly rolesAllowed: readonly SealCourtRole[] },
): Promise<SealView> {
  const scope = await openCase(app, request, youthId, 'legalBasis.record');
  const { actor, youth, time } = scope;
  const decision = decideSealRecord(
    actor,
    { jurisdictionId: youth.jurisdictionId, sealed: scope.facts.seal != null },
    input,
    time.today,
  );
  if (!decision.allowed) return refuseSeal(app, request, scope, 'case_seal.record', decision);
  const id = randomUUID();
  await app.db
    .transaction(async (tx) => {
      const sealed = await sealOrderNumber(tx, app, {
        sealId: id,
        which: 'seal',
        jurisdictionId: youth.jurisdictionId,
        number: input.orderNumber,
      });
      await insertSeal(tx, {
        id,
        jurisdictionId: youth.jurisdictionId,
        youthId: youth.id,
        courtOrganizationId: actor.organizationId,
        rolesAllowed: input.rolesAllowed,
        ...sealed,
        orderDate: input.orderDate,
        userId: actor.userId,
        now: time.now,
      });
      await appendAuditEvent(tx, auditContext(app, request), {
        action: 'case_seal.record',
        outcome: 'allowed',
        targetType: 'youth',
        targetId: youth.id,
        details: { sealId: id, orderDate: input.orderDate, rolesAllowed: [...input.rolesAllowed] },
      });
    })
    .catch((error: unknown) => {
      // Two orders at once: one seal in force per case (case_seals_in_force_idx).
      if (isUniqueViolation(error)) {
        throw conflict('already_sealed', `Not allowed: ${SEAL_REFUSAL_MESSAGES.already_sealed}.`);
      }
      throw error;
    });
  return readCaseSeal(app, request, youthId);
}

/** Lifts the seal by a later order of the same court's named roles; the case is back in lists. */
export async function unsealCase(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  input: SealOrder,
): Promise<SealView> {
  const scope = await openCase(app, request, youthId, 'case.view');
  const { actor, youth, time } = scope;
  const stored = await unsafeFindStoredSeal(app.db, youth.id);
  const decision = decideUnseal(
    actor,
    { jurisdictionId: youth.jurisdictionId, seal: stored },
    input,
    time.today,
  );
  if (!decision.allowed || !stored) {
    return refuseSeal(
      app,
      request,
      scope,
      'case_seal.lift',
      decision.allowed ? { allowed: false, reason: 'not_sealed' } : decision,
    );
  }
  const lifted = await app.db.transaction(async (tx) => {
    const sealed = await sealOrderNumber(tx, app, {
      sealId: stored.id,
      which: 'unseal',
      jurisdictionId: youth.jurisdictionId,
      number: input.orderNumber,
    });
    const done = await liftSeal(tx, {
      sealId: stored.id,
      ...sealed,
      orderDate: input.orderDate,
      userId: actor.userId,
      now: time.now,
    });
    if (!done) return false;
    // The case's clocks held while it was sealed run again, at the runner's next round.
    const heldClocks = await releaseHeldJobs(tx, youth.id);
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'case_seal.lift',
      outcome: 'allowed',
      targetType: 'youth',
      targetId: youth.id,
      details: { sealId: stored.id, orderDate: input.orderDate, heldClocks },
    });
    return true;
  });
  if (!lifted) throw conflict('not_sealed', `Not allowed: ${SEAL_REFUSAL_MESSAGES.not_sealed}.`);
  return readCaseSeal(app, request, youthId);
}

async function openOrderNumber(app: AppServices, stored: StoredSeal): Promise<string | null> {
  try {
    const key = await dataKey(app.db, app.masterKey, stored.jurisdictionId, stored.orderKeyVersion);
    return unseal(
      key,
      stored.orderNumberSealed,
      orderPurpose(stored.id, 'seal', stored.jurisdictionId),
    );
  } catch {
    // The view must not fail on one bad seal: the screen says the number cannot be opened.
    return null;
  }
}

/**
 * Whether the case is sealed and what the caller may do about it. A sealed case answers only the
 * roles its order names (everyone else: 404, through openCase), and their reading is audited
 * there as `case_seal.read`; an unsealed one answers whoever views the case, with nothing but
 * `sealed: false` and whether they may seal it.
 */
export async function readCaseSeal(
  app: AppServices,
  request: RequestContext,
  youthId: string,
): Promise<SealView> {
  const scope = await openCase(app, request, youthId, 'case.view');
  const { actor, youth, time } = scope;
  const stored = scope.facts.seal ? await unsafeFindStoredSeal(app.db, youth.id) : null;
  if (!stored) {
    const maySeal =
      scope.may('legalBasis.record') &&
      decideSealRecord(
        actor,
        { jurisdictionId: youth.jurisdictionId, sealed: false },
        { orderDate: time.today },
        time.today,
      ).allowed;
    return { sealed: false, seal: null, allowedActions: maySeal ? ['seal'] : [] };
  }
  const mayUnseal = decideUnseal(
    actor,
    { jurisdictionId: youth.jurisdictionId, seal: stored },
    { orderDate: time.today },
    time.today,
  ).allowed;
  return {
    sealed: true,
    seal: {
      id: stored.id,
      orderNumber: await openOrderNumber(app, stored),
      orderDate: stored.orderDate,
      rolesAllowed: [...stored.rolesAllowed],
      sealedAt: stored.sealedAt,
      sealedByName: stored.sealedByName,
    },
    allowedActions: mayUnseal ? ['unseal'] : [],
  };
}
