import { deleteSessionsOfUser } from '../../../db/repositories/sessions.js';
import { findUserWithCredentials, updateUser } from '../../../db/repositories/users.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest, unauthenticated } from '../../errors.js';
import { hashPassword } from '../../security/passwords.js';
import { checkPassword, rememberAddress } from './password-check.js';
import type { SignedIn } from './signed-in.js';

/**
 * Changes one's own password; every other session of the account ends. The current password
 * is checked behind the same throttle as sign-in, drawing on the same allowance, so a taken
 * session cannot guess it faster than sign-in could.
 */
export async function changePassword(
  app: AppServices,
  request: RequestContext,
  signedIn: SignedIn,
  input: { readonly currentPassword: string; readonly newPassword: string },
): Promise<void> {
  if (input.newPassword === input.currentPassword) {
    throw badRequest('password_unchanged', 'Choose a new password different from the current one.');
  }
  if (
    input.newPassword
      .toLowerCase()
      .includes(signedIn.user.email.split('@')[0]?.toLowerCase() ?? '\u0000')
  ) {
    throw badRequest('password_weak', 'The new password must not contain your email name.');
  }
  const changed = await app.db.transaction(async (tx) => {
    const context = auditContext(app, request);
    const target = { targetType: 'user', targetId: signedIn.user.id } as const;
    const found = await findUserWithCredentials(tx, { id: signedIn.user.id }, true);
    if (!found) return false;
    const check = await checkPassword(tx, app, request, found, input.currentPassword);
    if (check.result === 'throttled') {
      await appendAuditEvent(tx, context, {
        action: 'auth.password_change_throttled',
        outcome: 'denied',
        reason: `waiting (${check.scope})`,
        ...target,
        details: { scope: check.scope, until: check.until.toISOString() },
      });
      return false;
    }
    if (check.result === 'wrong') {
      await appendAuditEvent(tx, context, {
        action: 'auth.password_change_failed',
        outcome: 'denied',
        reason: 'wrong current password',
        ...target,
        details: { addressFailures: check.addressFailures, accountFailures: check.accountFailures },
      });
      return false;
    }
    const passwordHash = await hashPassword(input.newPassword, app.passwordCost);
    await updateUser(tx, signedIn.user.id, { passwordHash, mustChangePassword: false });
    // Every address was known with the old password; this one is known with the new.
    await rememberAddress(tx, app, request, found.user, passwordHash);
    await deleteSessionsOfUser(tx, signedIn.user.id, signedIn.session.tokenHash);
    await appendAuditEvent(tx, context, {
      action: 'auth.password_changed',
      outcome: 'allowed',
      ...target,
      details: {},
    });
    return true;
  });
  // The same answer for a wrong password and one inside a wait, committed before it is given.
  if (!changed) throw unauthenticated('invalid_credentials', 'The current password is not right.');
}
