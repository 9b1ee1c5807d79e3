// Passwords, locks and second factors of accounts. Whoever holds new credentials of an account
// that sees youth data could read as that person: resetting them takes a second person, and the
// new one-time password comes in two halves, one from each (docs/ARCHITECTURE.md).
import { resetAwaitsApproval } from '../../../domain/administration.js';
import type { Queryable } from '../../../db/database.js';
import { pendingRolesByAccount } from '../../../db/repositories/approvals.js';
import { deleteSessionsOfUser } from '../../../db/repositories/sessions.js';
import { findUser, updateUser, type User } from '../../../db/repositories/users.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import type { AuditAction, AuditDetails } from '../../audit/events.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import {
  hashPassword,
  temporaryPassword,
  temporaryPasswordHalf,
} from '../../security/passwords.js';
import { requestApproval } from './approval-requests.js';
import type { ApprovalView } from './approval-view.js';
import { managedUser, withPendingApprovals, type Account } from './users.js';

async function recordChange<A extends AuditAction>(
  app: AppServices,
  request: RequestContext,
  user: User,
  action: A,
  details: AuditDetails[A],
  change: (tx: Queryable) => Promise<void>,
): Promise<Account> {
  return app.db.transaction(async (tx) => {
    await change(tx);
    await appendAuditEvent(tx, auditContext(app, request), {
      action,
      outcome: 'allowed',
      targetType: 'user',
      targetId: user.id,
      details,
    });
    const [account] = await withPendingApprovals(tx, [(await findUser(tx, user.id)) as User]);
    if (!account) throw new Error('the account was not found');
    return account;
  });
}

async function awaitsApproval(app: AppServices, user: User): Promise<boolean> {
  const pendingRoles = (await pendingRolesByAccount(app.db, [user.id])).get(user.id) ?? [];
  return resetAwaitsApproval({
    organizationId: user.organizationId,
    roles: user.roles,
    active: user.active,
    pendingRoles,
  });
}

const subjectOf = (user: User) => ({ id: user.id, jurisdictionId: user.jurisdictionId });

export type PasswordReset =
  | { readonly pending: false; readonly temporaryPassword: string }
  | {
      readonly pending: true;
      readonly approval: ApprovalView;
      readonly temporaryPasswordFirstHalf: string;
    };

export async function resetPassword(
  app: AppServices,
  request: RequestContext,
  id: string,
): Promise<PasswordReset> {
  const user = await managedUser(app, request, id);
  if (await awaitsApproval(app, user)) {
    // The old password keeps working until the approver approves.
    const half = temporaryPasswordHalf();
    const approval = await app.db.transaction((tx) =>
      requestApproval(tx, app, request, {
        kind: 'password.reset',
        subject: subjectOf(user),
        organizationId: user.organizationId,
        passwordHalf: half,
      }),
    );
    return { pending: true, approval, temporaryPasswordFirstHalf: half };
  }
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password, app.passwordCost);
  await recordChange(app, request, user, 'user.password_reset', {}, async (tx) => {
    await updateUser(tx, id, {
      passwordHash,
      mustChangePassword: true,
      failedLogins: 0,
      lockedUntil: null,
    });
    await deleteSessionsOfUser(tx, id);
  });
  return { pending: false, temporaryPassword: password };
}

export async function unlockUser(
  app: AppServices,
  request: RequestContext,
  id: string,
): Promise<Account> {
  const user = await managedUser(app, request, id);
  return recordChange(app, request, user, 'user.unlock', {}, (tx) =>
    updateUser(tx, id, { failedLogins: 0, lockedUntil: null }),
  );
}

export type MfaReset =
  | { readonly pending: false; readonly user: Account }
  | { readonly pending: true; readonly user: Account; readonly approval: ApprovalView };

/** For a lost phone: the person sets up a new authenticator at next sign-in. */
export async function resetMfa(
  app: AppServices,
  request: RequestContext,
  id: string,
): Promise<MfaReset> {
  const user = await managedUser(app, request, id);
  if (await awaitsApproval(app, user)) {
    return app.db.transaction(async (tx) => {
      const approval = await requestApproval(tx, app, request, {
        kind: 'mfa.reset',
        subject: subjectOf(user),
        organizationId: user.organizationId,
      });
      const [account] = await withPendingApprovals(tx, [user]);
      if (!account) throw new Error('the account was not found');
      return { pending: true as const, user: account, approval };
    });
  }
  const account = await recordChange(app, request, user, 'user.mfa_reset', {}, async (tx) => {
    await updateUser(tx, id, { mfaEnabled: false, mfaSecretSealed: null });
    await deleteSessionsOfUser(tx, id);
  });
  return { pending: false, user: account };
}
