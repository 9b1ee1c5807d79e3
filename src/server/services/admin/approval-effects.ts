// What an approved request does, checked again against the account as it is now: a request
// approved after the account moved or its organization changed type must not take effect.
import { authorizeRoleCombination, authorizeRoles } from '../../../domain/administration.js';
import { PRIVILEGED_ORGANIZATION_TYPES } from '../../../domain/case-access.js';
import type { Queryable } from '../../../db/database.js';
import type { StoredApproval } from '../../../db/repositories/approvals.js';
import { insertQualification } from '../../../db/repositories/legal.js';
import { findOrganization } from '../../../db/repositories/organizations.js';
import { deleteSessionsOfUser } from '../../../db/repositories/sessions.js';
import { findUser, updateUser, type UserChanges } from '../../../db/repositories/users.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { conflict } from '../../errors.js';

const outdated = () =>
  conflict(
    'approval_outdated',
    'The account has changed since this was asked (another organization, roles or state). Decline it and ask again.',
  );

/** A new one-time password (its hash) and a fresh second factor: sign-in starts over. */
const startOver = (passwordHash: string): UserChanges => ({
  passwordHash,
  mustChangePassword: true,
  failedLogins: 0,
  lockedUntil: null,
  mfaEnabled: false,
  mfaSecretSealed: null,
});

export async function applyApproval(
  tx: Queryable,
  app: AppServices,
  request: RequestContext,
  approval: StoredApproval,
  passwordHash: string | null,
): Promise<void> {
  const subject = await findUser(tx, approval.subjectUserId);
  if (!subject || subject.organizationId !== approval.organizationId) throw outdated();
  const audit = auditContext(app, request);
  const target = { targetType: 'user', targetId: subject.id } as const;

  switch (approval.kind) {
    case 'account.create':
    case 'account.roles': {
      const roles = approval.roles ?? [];
      const organization = await findOrganization(tx, subject.organizationId);
      if (
        !organization ||
        !authorizeRoles(organization.type, roles).allowed ||
        !authorizeRoleCombination(roles).allowed
      ) {
        throw outdated();
      }
      const changes: UserChanges = { roles, ...(passwordHash ? startOver(passwordHash) : {}) };
      await updateUser(tx, subject.id, changes);
      await deleteSessionsOfUser(tx, subject.id);
      await appendAuditEvent(tx, audit, {
        action: 'user.update',
        outcome: 'allowed',
        ...target,
        details: { fields: Object.keys(changes) },
      });
      return;
    }
    case 'account.enable':
      await updateUser(tx, subject.id, { active: true });
      await appendAuditEvent(tx, audit, {
        action: 'user.update',
        outcome: 'allowed',
        ...target,
        details: { fields: ['active'] },
      });
      return;
    case 'password.reset':
      if (!passwordHash) throw outdated();
      await updateUser(tx, subject.id, {
        passwordHash,
        mustChangePassword: true,
        failedLogins: 0,
        lockedUntil: null,
      });
      await deleteSessionsOfUser(tx, subject.id);
      await appendAuditEvent(tx, audit, {
        action: 'user.password_reset',
        outcome: 'allowed',
        ...target,
        details: {},
      });
      return;
    case 'mfa.reset':
      await updateUser(tx, subject.id, { mfaEnabled: false, mfaSecretSealed: null });
      await deleteSessionsOfUser(tx, subject.id);
      await appendAuditEvent(tx, audit, {
        action: 'user.mfa_reset',
        outcome: 'allowed',
        ...target,
        details: {},
      });
      return;
    case 'qualification.record': {
      const organization = await findOrganization(tx, subject.organizationId);
      const asked = approval.qualification;
      if (!asked || !organization || !PRIVILEGED_ORGANIZATION_TYPES.includes(organization.type)) {
        throw outdated();
      }
      const id = await insertQualification(tx, {
        jurisdictionId: subject.jurisdictionId,
        userId: subject.id,
        basis: asked.basis,
        trainingHours: asked.trainingHours,
        supervisor: asked.supervisor,
        completedOn: asked.completedOn,
        recordedByUserId: approval.requestedByUserId,
        approvedByUserId: request.actor?.userId ?? null,
        now: app.clock.now(),
      });
      await appendAuditEvent(tx, audit, {
        action: 'qualification.record',
        outcome: 'allowed',
        targetType: 'qualification',
        targetId: id,
        details: { userId: subject.id, basis: asked.basis, trainingHours: asked.trainingHours },
      });
      return;
    }
  }
}
