// Accounts: listing, opening and changing them. Roles that see youth data wait for a second
// person (src/domain/administration.ts); removing anything takes effect at once.
import {
  authorizeRoleCombination,
  authorizeRoles,
  planAccountChange,
  planNewAccount,
} from '../../../domain/administration.js';
import type { Role } from '../../../domain/vocabulary.js';
import type { Queryable } from '../../../db/database.js';
import {
  listPendingApprovalsAbout,
  pendingRolesByAccount,
} from '../../../db/repositories/approvals.js';
import { findOrganization } from '../../../db/repositories/organizations.js';
import { deleteSessionsOfUser } from '../../../db/repositories/sessions.js';
import {
  findUser,
  insertUser,
  listUsers,
  updateUser,
  type User,
} from '../../../db/repositories/users.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest, conflict, isUniqueViolation, notFound } from '../../errors.js';
import {
  hashPassword,
  temporaryPassword,
  temporaryPasswordHalf,
  unusablePasswordHash,
} from '../../security/passwords.js';
import { authorizeAdmin, enforce } from '../authorize.js';
import { requestApproval, withdrawApprovals } from './approval-requests.js';
import { assessApprovals, type ApprovalView } from './approval-view.js';

/** An account with the requests about it that wait for approval. */
export interface Account extends User {
  readonly pendingApprovals: readonly ApprovalView[];
}

/** Adds to each account the requests about it still waiting, and whose approvers decide. */
export async function withPendingApprovals(
  db: Queryable,
  users: readonly User[],
): Promise<Account[]> {
  const assessed = await assessApprovals(
    db,
    await listPendingApprovalsAbout(
      db,
      users.map((u) => u.id),
    ),
  );
  return users.map((user) => ({
    ...user,
    pendingApprovals: assessed
      .filter((a) => a.approval.subjectUserId === user.id)
      .map((a) => a.view),
  }));
}

export async function listUsersFor(app: AppServices, request: RequestContext): Promise<Account[]> {
  const actor = await authorizeAdmin(app, request, 'user.read', {
    jurisdictionId: request.actor?.jurisdictionId ?? '',
    type: 'user',
  });
  return withPendingApprovals(app.db, await listUsers(app.db, actor.jurisdictionId));
}

/** The organization must be in the administrator's jurisdiction and fit the roles. */
async function checkPlacement(
  db: Queryable,
  jurisdictionId: string,
  organizationId: string,
  roles: readonly Role[],
) {
  const organization = await findOrganization(db, organizationId);
  if (!organization || organization.jurisdictionId !== jurisdictionId) {
    throw badRequest('unknown_organization', 'Choose an organization of your own jurisdiction.');
  }
  const fit = authorizeRoles(organization.type, roles);
  if (!fit.allowed)
    throw badRequest(
      'role_mismatch',
      `${fit.reason[0]?.toUpperCase() ?? ''}${fit.reason.slice(1)}.`,
    );
}

/** Roles that never go together are refused outright, and the attempt is audited. */
async function checkCombination(
  app: AppServices,
  request: RequestContext,
  roles: readonly Role[],
  userId?: string,
) {
  await enforce(
    app,
    request,
    authorizeRoleCombination(roles),
    { action: 'user.manage', targetType: 'user', targetId: userId },
    'role_combination',
  );
}

export type CreatedAccount =
  | { readonly pending: false; readonly user: Account; readonly temporaryPassword: string }
  | {
      readonly pending: true;
      readonly user: Account;
      readonly approval: ApprovalView;
      readonly temporaryPasswordFirstHalf: string;
    };

/**
 * Opens an account. Without a youth-data role it starts at once with a one-time password; with
 * one, it holds no role until an approver of its organization approves, and its one-time
 * password comes in two halves: the first to the administrator now, the second to the approver.
 */
export async function createUser(
  app: AppServices,
  request: RequestContext,
  input: {
    email: string;
    displayName: string;
    organizationId: string;
    roles: Role[];
    language?: 'en' | 'es' | undefined;
  },
): Promise<CreatedAccount> {
  const actor = await authorizeAdmin(app, request, 'user.manage', {
    jurisdictionId: request.actor?.jurisdictionId ?? '',
    type: 'user',
  });
  const roles = [...new Set(input.roles)];
  await checkPlacement(app.db, actor.jurisdictionId, input.organizationId, roles);
  await checkCombination(app, request, roles);
  const plan = planNewAccount(roles);
  const waits = plan.rolesAwaitingApproval !== null;
  // While it waits, nobody knows the account's password: it is set when approved.
  const password = waits ? temporaryPasswordHalf() : temporaryPassword();
  const passwordHash = waits
    ? await unusablePasswordHash(app.passwordCost)
    : await hashPassword(password, app.passwordCost);
  try {
    return await app.db.transaction(async (tx) => {
      const id = await insertUser(tx, {
        jurisdictionId: actor.jurisdictionId,
        organizationId: input.organizationId,
        email: input.email,
        displayName: input.displayName,
        roles: plan.immediate.roles ?? [],
        language: input.language ?? 'en',
        passwordHash,
        mustChangePassword: true,
      });
      await appendAuditEvent(tx, auditContext(app, request), {
        action: 'user.create',
        outcome: 'allowed',
        targetType: 'user',
        targetId: id,
        details: { roles: [...(plan.immediate.roles ?? [])] },
      });
      const approval = waits
        ? await requestApproval(tx, app, request, {
            kind: 'account.create',
            subject: { id, jurisdictionId: actor.jurisdictionId },
            organizationId: input.organizationId,
            roles,
            passwordHalf: password,
          })
        : null;
      const [user] = await withPendingApprovals(tx, [(await findUser(tx, id)) as User]);
      if (!user) throw new Error('the new account was not found');
      return approval
        ? { pending: true as const, user, approval, temporaryPasswordFirstHalf: password }
        : { pending: false as const, user, temporaryPassword: password };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict('email_taken', 'An account with this email already exists.');
    throw error;
  }
}

/** Loads an account the caller may manage, or refuses. */
export async function managedUser(
  app: AppServices,
  request: RequestContext,
  id: string,
): Promise<User> {
  const user = await findUser(app.db, id);
  if (!user) throw notFound('The account');
  await authorizeAdmin(app, request, 'user.manage', {
    jurisdictionId: user.jurisdictionId,
    type: 'user',
    id,
  });
  return user;
}

export interface ChangedAccount {
  readonly user: Account;
  /** Requests the change made that wait for a second person (none: all took effect). */
  readonly approvals: readonly ApprovalView[];
  readonly temporaryPasswordFirstHalf: string | null;
}

export async function changeUser(
  app: AppServices,
  request: RequestContext,
  id: string,
  changes: {
    displayName?: string | undefined;
    organizationId?: string | undefined;
    roles?: Role[] | undefined;
    language?: 'en' | 'es' | undefined;
    active?: boolean | undefined;
  },
): Promise<ChangedAccount> {
  const user = await managedUser(app, request, id);
  if (changes.active === false && id === request.actor?.userId) {
    throw conflict('cannot_deactivate_self', 'You cannot deactivate your own account.');
  }
  const roles = changes.roles ? [...new Set(changes.roles)] : undefined;
  const moving =
    changes.organizationId !== undefined && changes.organizationId !== user.organizationId;
  if (roles !== undefined || moving) {
    const placed = roles ?? user.roles;
    await checkPlacement(
      app.db,
      user.jurisdictionId,
      changes.organizationId ?? user.organizationId,
      placed,
    );
    await checkCombination(app, request, placed, id);
  }
  const pendingRoles = (await pendingRolesByAccount(app.db, [id])).get(id) ?? [];
  const plan = planAccountChange(
    { organizationId: user.organizationId, roles: user.roles, active: user.active, pendingRoles },
    { organizationId: changes.organizationId, roles, active: changes.active },
  );
  const half = plan.approvalIssuesPassword ? temporaryPasswordHalf() : null;
  const update = {
    ...(changes.displayName === undefined ? {} : { displayName: changes.displayName }),
    ...(changes.language === undefined ? {} : { language: changes.language }),
    ...plan.immediate,
  };
  return app.db.transaction(async (tx) => {
    const fields = Object.keys(update);
    if (fields.length > 0) {
      await updateUser(tx, id, update);
      await appendAuditEvent(tx, auditContext(app, request), {
        action: 'user.update',
        outcome: 'allowed',
        targetType: 'user',
        targetId: id,
        details: { fields },
      });
    }
    // Requests addressed to the old organization's approvers no longer stand; roles named
    // now replace any roles asked for earlier.
    if (moving) await withdrawApprovals(tx, app, request, id, 'all');
    else if (roles !== undefined && !plan.rolesAwaitingApproval) {
      await withdrawApprovals(tx, app, request, id, 'account.roles');
    }
    // A deactivated account, or one that moved or lost roles, starts over at sign-in.
    if (plan.immediate.active === false || plan.immediate.roles || moving) {
      await deleteSessionsOfUser(tx, id);
    }
    const subject = { id, jurisdictionId: user.jurisdictionId };
    const organizationId = plan.immediate.organizationId ?? user.organizationId;
    const approvals: ApprovalView[] = [];
    if (plan.rolesAwaitingApproval) {
      approvals.push(
        await requestApproval(tx, app, request, {
          kind: 'account.roles',
          subject,
          organizationId,
          roles: plan.rolesAwaitingApproval,
          passwordHalf: half,
        }),
      );
    }
    if (plan.enableAwaitsApproval) {
      approvals.push(
        await requestApproval(tx, app, request, {
          kind: 'account.enable',
          subject,
          organizationId,
        }),
      );
    }
    const [account] = await withPendingApprovals(tx, [(await findUser(tx, id)) as User]);
    if (!account) throw new Error('the changed account was not found');
    return { user: account, approvals, temporaryPasswordFirstHalf: half };
  });
}
