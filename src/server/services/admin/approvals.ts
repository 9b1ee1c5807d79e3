// The approval inbox: what the caller may decide and what they asked for; approving (the change
// takes effect, checked again) and declining with a reason. Every decision is audited and told
// to the county coordinator; every refusal is audited.
import {
  decideApproval,
  type ApprovalRefusal,
  type ApproverSource,
} from '../../../domain/administration.js';
import type { Actor } from '../../../domain/actor.js';
import type { Queryable } from '../../../db/database.js';
import {
  decideApprovalRequest,
  findApproval,
  listApprovalsRequestedBy,
  listPendingApprovals,
  type StoredApproval,
} from '../../../db/repositories/approvals.js';
import { updateUser } from '../../../db/repositories/users.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { conflict, forbidden, notFound } from '../../errors.js';
import {
  hashPassword,
  joinPasswordHalves,
  temporaryPasswordHalf,
} from '../../security/passwords.js';
import { auditDenial, authorizeAdmin, requireActor } from '../authorize.js';
import { applyApproval } from './approval-effects.js';
import { describeChange, tellCoordinators, unsealPasswordHalf } from './approval-requests.js';
import {
  approvalFacts,
  assessApprovals,
  viewApproval,
  type ApprovalView,
} from './approval-view.js';

export async function listApprovalsFor(
  app: AppServices,
  request: RequestContext,
): Promise<{ toDecide: ApprovalView[]; requested: ApprovalView[] }> {
  const actor = await authorizeAdmin(app, request, 'approval.read', {
    jurisdictionId: request.actor?.jurisdictionId ?? '',
    type: 'approval',
  });
  const pending = await assessApprovals(
    app.db,
    await listPendingApprovals(app.db, actor.jurisdictionId),
  );
  const toDecide = pending
    .filter((a) => decideApproval(actor, approvalFacts(a.approval), a.eligible).allowed)
    .map((a) => a.view);
  const requested = await assessApprovals(
    app.db,
    await listApprovalsRequestedBy(app.db, actor.userId),
  );
  return { toDecide, requested: requested.map((a) => a.view) };
}

const REFUSAL_MESSAGES: Readonly<Record<Exclude<ApprovalRefusal, 'other_jurisdiction'>, string>> = {
  own_request: 'The person who asked cannot also approve or decline it.',
  own_account: 'Nobody approves or declines a change to their own account.',
  not_an_approver:
    "Only an approver of the account's organization decides (or the county lead's coordinator when it has none).",
  not_pending: 'This request was already decided or withdrawn.',
};

/**
 * Loads a request the caller may decide, or refuses: another jurisdiction's request answers 404
 * as if it did not exist; every refusal is audited.
 */
async function decidable(
  app: AppServices,
  request: RequestContext,
  id: string,
  action: 'approval.approve' | 'approval.decline',
): Promise<{ actor: Actor; approval: StoredApproval; approvedAs: ApproverSource }> {
  const actor = requireActor(request);
  const approval = await findApproval(app.db, id);
  if (!approval) throw notFound('The request');
  const [assessed] = await assessApprovals(app.db, [approval]);
  const eligible = assessed?.eligible ?? { source: 'organization', userIds: [] };
  const decision = decideApproval(actor, approvalFacts(approval), eligible);
  if (decision.allowed) return { actor, approval, approvedAs: eligible.source };
  if (decision.code !== 'not_pending') {
    await auditDenial(app, request, decision.reason, {
      action,
      targetType: 'approval',
      targetId: id,
    });
  }
  if (decision.code === 'other_jurisdiction') throw notFound('The request');
  if (decision.code === 'not_pending') {
    throw conflict('approval_not_pending', REFUSAL_MESSAGES.not_pending);
  }
  throw forbidden(decision.code, REFUSAL_MESSAGES[decision.code]);
}

/** Inside the decision's transaction: the request, locked, still as it was checked. */
async function lockPending(tx: Queryable, checked: StoredApproval): Promise<StoredApproval> {
  const locked = await findApproval(tx, checked.id, true);
  if (
    !locked ||
    locked.status !== 'pending' ||
    locked.passwordHalfSealed !== checked.passwordHalfSealed
  ) {
    throw conflict('approval_not_pending', REFUSAL_MESSAGES.not_pending);
  }
  return locked;
}

export async function approveRequest(
  app: AppServices,
  request: RequestContext,
  id: string,
): Promise<{ approval: ApprovalView; temporaryPasswordSecondHalf: string | null }> {
  const { actor, approval, approvedAs } = await decidable(app, request, id, 'approval.approve');
  // The one-time password is made before the transaction: argon2 takes a moment.
  let secondHalf: string | null = null;
  let passwordHash: string | null = null;
  if (approval.passwordHalfSealed !== null) {
    const first = unsealPasswordHalf(app, approval.passwordHalfSealed, approval.subjectUserId);
    secondHalf = temporaryPasswordHalf();
    passwordHash = await hashPassword(joinPasswordHalves(first, secondHalf), app.passwordCost);
  }
  const now = app.clock.now();
  const view = await app.db.transaction(async (tx) => {
    const locked = await lockPending(tx, approval);
    await applyApproval(tx, app, request, locked, passwordHash);
    await decideApprovalRequest(tx, id, {
      status: 'approved',
      byUserId: actor.userId,
      now,
      reason: null,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'approval.approve',
      outcome: 'allowed',
      targetType: 'approval',
      targetId: id,
      details: {
        kind: locked.kind,
        subjectUserId: locked.subjectUserId,
        approvedAs,
      },
    });
    const decided = (await findApproval(tx, id)) as StoredApproval;
    await tellCoordinators(tx, {
      approval: decided,
      code: 'approval.approve',
      message: `${decided.decidedByName ?? ''} approved the request of ${decided.requestedByName} to ${describeChange(decided)}.`,
      now,
    });
    return viewApproval(tx, decided);
  });
  return { approval: view, temporaryPasswordSecondHalf: secondHalf };
}

export async function declineRequest(
  app: AppServices,
  request: RequestContext,
  id: string,
  reason: string,
): Promise<ApprovalView> {
  const { actor, approval } = await decidable(app, request, id, 'approval.decline');
  const now = app.clock.now();
  return app.db.transaction(async (tx) => {
    const locked = await lockPending(tx, approval);
    await decideApprovalRequest(tx, id, {
      status: 'declined',
      byUserId: actor.userId,
      now,
      reason,
    });
    // An account opened only for roles that were declined stays closed.
    if (locked.kind === 'account.create') {
      await updateUser(tx, locked.subjectUserId, { active: false });
      await appendAuditEvent(tx, auditContext(app, request), {
        action: 'user.update',
        outcome: 'allowed',
        targetType: 'user',
        targetId: locked.subjectUserId,
        details: { fields: ['active'] },
      });
    }
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'approval.decline',
      outcome: 'allowed',
      targetType: 'approval',
      targetId: id,
      details: { kind: locked.kind, subjectUserId: locked.subjectUserId },
    });
    const decided = (await findApproval(tx, id)) as StoredApproval;
    await tellCoordinators(tx, {
      approval: decided,
      code: 'approval.decline',
      message: `${decided.decidedByName ?? ''} declined the request of ${decided.requestedByName} to ${describeChange(decided)}.`,
      now,
    });
    return viewApproval(tx, decided);
  });
}
