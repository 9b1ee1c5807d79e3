import { authorizeRoles } from '../../../domain/administration.js';
import type { Role } from '../../../domain/vocabulary.js';
import { findOrganization } from '../../../db/repositories/organizations.js';
import { deleteSessionsOfUser } from '../../../db/repositories/sessions.js';
import {
  findUser,
  insertUser,
  listUsers,
  updateUser,
  type User,
} from '../../../db/repositories/users.js';
import type { Queryable } from '../../../db/database.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import type { AuditAction, AuditDetails } from '../../audit/events.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest, conflict, isUniqueViolation, notFound } from '../../errors.js';
import { hashPassword, temporaryPassword } from '../../security/passwords.js';
import { authorizeAdmin } from '../authorize.js';

export async function listUsersFor(app: AppServices, request: RequestContext): Promise<User[]> {
  const actor = await authorizeAdmin(app, request, 'user.read', {
    jurisdictionId: request.actor?.jurisdictionId ?? '',
    type: 'user',
  });
  return listUsers(app.db, actor.jurisdictionId);
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
): Promise<{ user: User; temporaryPassword: string }> {
  const actor = await authorizeAdmin(app, request, 'user.manage', {
    jurisdictionId: request.actor?.jurisdictionId ?? '',
    type: 'user',
  });
  const roles = [...new Set(input.roles)];
  await checkPlacement(app.db, actor.jurisdictionId, input.organizationId, roles);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  try {
    const user = await app.db.transaction(async (tx) => {
      const id = await insertUser(tx, {
        jurisdictionId: actor.jurisdictionId,
        organizationId: input.organizationId,
        email: input.email,
        displayName: input.displayName,
        roles,
        language: input.language ?? 'en',
        passwordHash,
        mustChangePassword: true,
      });
      await appendAuditEvent(tx, auditContext(app, request), {
        action: 'user.create',
        outcome: 'allowed',
        targetType: 'user',
        targetId: id,
        details: { roles },
      });
      return findUser(tx, id);
    });
    return { user: user as User, temporaryPassword: password };
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict('email_taken', 'An account with this email already exists.');
    throw error;
  }
}

/** Loads an account the caller may manage, or refuses. */
async function managedUser(app: AppServices, request: RequestContext, id: string): Promise<User> {
  const user = await findUser(app.db, id);
  if (!user) throw notFound('The account');
  await authorizeAdmin(app, request, 'user.manage', {
    jurisdictionId: user.jurisdictionId,
    type: 'user',
    id,
  });
  return user;
}

async function recordChange<A extends AuditAction>(
  app: AppServices,
  request: RequestContext,
  user: User,
  action: A,
  details: AuditDetails[A],
  change: (tx: Queryable) => Promise<void>,
): Promise<User> {
  return app.db.transaction(async (tx) => {
    await change(tx);
    await appendAuditEvent(tx, auditContext(app, request), {
      action,
      outcome: 'allowed',
      targetType: 'user',
      targetId: user.id,
      details,
    });
    return (await findUser(tx, user.id)) as User;
  });
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
): Promise<User> {
  const user = await managedUser(app, request, id);
  if (changes.active === false && id === request.actor?.userId) {
    throw conflict('cannot_deactivate_self', 'You cannot deactivate your own account.');
  }
  const roles = changes.roles ? [...new Set(changes.roles)] : undefined;
  if (roles !== undefined || changes.organizationId !== undefined) {
    await checkPlacement(
      app.db,
      user.jurisdictionId,
      changes.organizationId ?? user.organizationId,
      roles ?? user.roles,
    );
  }
  const update = { ...changes, ...(roles ? { roles } : {}) };
  const fields = Object.keys(update).filter((k) => update[k as keyof typeof update] !== undefined);
  return recordChange(app, request, user, 'user.update', { fields }, async (tx) => {
    await updateUser(tx, id, update);
    // A deactivated account, or one that moved or lost roles, starts over at sign-in.
    if (changes.active === false || roles || changes.organizationId)
      await deleteSessionsOfUser(tx, id);
  });
}

export async function resetPassword(app: AppServices, request: RequestContext, id: string) {
  const user = await managedUser(app, request, id);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await recordChange(app, request, user, 'user.password_reset', {}, async (tx) => {
    await updateUser(tx, id, {
      passwordHash,
      mustChangePassword: true,
      failedLogins: 0,
      lockedUntil: null,
    });
    await deleteSessionsOfUser(tx, id);
  });
  return { temporaryPassword: password };
}

export async function unlockUser(
  app: AppServices,
  request: RequestContext,
  id: string,
): Promise<User> {
  const user = await managedUser(app, request, id);
  return recordChange(app, request, user, 'user.unlock', {}, (tx) =>
    updateUser(tx, id, { failedLogins: 0, lockedUntil: null }),
  );
}

/** For a lost phone: the person sets up a new authenticator at next sign-in. */
export async function resetMfa(
  app: AppServices,
  request: RequestContext,
  id: string,
): Promise<User> {
  const user = await managedUser(app, request, id);
  return recordChange(app, request, user, 'user.mfa_reset', {}, async (tx) => {
    await updateUser(tx, id, { mfaEnabled: false, mfaSecretSealed: null });
    await deleteSessionsOfUser(tx, id);
  });
}
