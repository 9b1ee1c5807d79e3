// Asking a second person: a request is recorded, audited and told to the county coordinator;
// it replaces an older request that would change the same thing of the same account.
import type { ApprovalKind } from '../../../domain/administration.js';
import type { Role } from '../../../domain/vocabulary.js';
import type { Queryable } from '../../../db/database.js';
import {
  findApproval,
  insertApprovalRequest,
  withdrawPendingApprovals,
  type RequestedQualification,
  type StoredApproval,
} from '../../../db/repositories/approvals.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { seal, unseal } from '../../security/master-key.js';
import { requireActor } from '../authorize.js';
import { notifyCoordinators } from '../cases/notify.js';
import { viewApproval, type ApprovalView } from './approval-view.js';

const HALF_PURPOSE = 'one-time-password-half';

export const sealPasswordHalf = (app: AppServices, half: string, approvalSubject: string) =>
  seal(app.masterKey, half, `${HALF_PURPOSE}:${approvalSubject}`);

export const unsealPasswordHalf = (app: AppServices, sealed: string, approvalSubject: string) =>
  unseal(app.masterKey, sealed, `${HALF_PURPOSE}:${approvalSubject}`);

const roleWords = (roles: readonly Role[] | null) =>
  (roles ?? []).map((r) => r.replaceAll('_', ' ')).join(', ');

/** The change asked for, in words for notifications: names and organizations, never secrets. */
export function describeChange(approval: StoredApproval): string {
  const who = `${approval.subjectName} at ${approval.organizationName}`;
  switch (approval.kind) {
    case 'account.create':
      return `open an account for ${who} with the roles: ${roleWords(approval.roles)}`;
    case 'account.roles':
      return `give ${who} the roles: ${roleWords(approval.roles)}`;
    case 'account.enable':
      return `re-activate the account of ${who}`;
    case 'password.reset':
      return `reset the password of ${who}`;
    case 'mfa.reset':
      return `reset the second factor of ${who}`;
    case 'qualification.record':
      return `record a caseworker qualification for ${who}`;
  }
}

/**
 * The county lead's coordinators hear of every request and every decision: the change as a code
 * and the names of the people and organizations, never a secret.
 */
export async function tellCoordinators(
  tx: Queryable,
  input: {
    readonly approval: StoredApproval;
    readonly code: 'approval.request' | 'approval.approve' | 'approval.decline';
    /** For a request: the organization whose approver decides (absent: the county lead). */
    readonly waitingFor?: string | null;
    readonly message: string;
    readonly now: Date;
  },
): Promise<void> {
  const { approval } = input;
  await notifyCoordinators(tx, {
    jurisdictionId: approval.jurisdictionId,
    content: {
      code: input.code,
      params: {
        change: approval.kind,
        person: approval.subjectName,
        organization: approval.organizationName,
        roles: approval.roles ?? [],
        requestedBy: approval.requestedByName,
        ...(input.code !== 'approval.request' && approval.decidedByName
          ? { decidedBy: approval.decidedByName }
          : {}),
        ...(input.waitingFor ? { waitingFor: input.waitingFor } : {}),
      },
    },
    youthId: null,
    text: input.message,
    now: input.now,
  });
}

/** Withdraws waiting requests about an account (replaced, or addressed to its old organization). */
export async function withdrawApprovals(
  tx: Queryable,
  app: AppServices,
  request: RequestContext,
  subjectUserId: string,
  kind: ApprovalKind | 'all',
): Promise<void> {
  const actor = requireActor(request);
  const withdrawn = await withdrawPendingApprovals(tx, {
    subjectUserId,
    kind,
    byUserId: actor.userId,
    now: app.clock.now(),
  });
  for (const row of withdrawn) {
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'approval.withdraw',
      outcome: 'allowed',
      targetType: 'approval',
      targetId: row.id,
      details: { kind: row.kind, subjectUserId, replaced: kind !== 'all' },
    });
  }
}

export async function requestApproval(
  tx: Queryable,
  app: AppServices,
  request: RequestContext,
  input: {
    readonly kind: ApprovalKind;
    readonly subject: { readonly id: string; readonly jurisdictionId: string };
    readonly organizationId: string;
    readonly roles?: readonly Role[];
    readonly qualification?: RequestedQualification;
    /** The requester's half of a one-time password the approval will set. */
    readonly passwordHalf?: string | null;
  },
): Promise<ApprovalView> {
  const actor = requireActor(request);
  const now = app.clock.now();
  await withdrawApprovals(tx, app, request, input.subject.id, input.kind);
  const id = await insertApprovalRequest(tx, {
    jurisdictionId: input.subject.jurisdictionId,
    organizationId: input.organizationId,
    subjectUserId: input.subject.id,
    kind: input.kind,
    roles: input.roles ?? null,
    qualification: input.qualification ?? null,
    passwordHalfSealed: input.passwordHalf
      ? sealPasswordHalf(app, input.passwordHalf, input.subject.id)
      : null,
    requestedByUserId: actor.userId,
    now,
  });
  await appendAuditEvent(tx, auditContext(app, request), {
    action: 'approval.request',
    outcome: 'allowed',
    targetType: 'approval',
    targetId: id,
    details: {
      kind: input.kind,
      subjectUserId: input.subject.id,
      roles: input.roles ? [...input.roles] : null,
    },
  });
  const stored = (await findApproval(tx, id)) as StoredApproval;
  const view = await viewApproval(tx, stored);
  const approvers = view.waitingFor?.organizationName ?? 'the county lead';
  await tellCoordinators(tx, {
    approval: stored,
    code: 'approval.request',
    waitingFor: view.waitingFor?.organizationName ?? null,
    message: `${stored.requestedByName} asked to ${describeChange(stored)}; waiting for approval by ${approvers}.`,
    now,
  });
  return view;
}
