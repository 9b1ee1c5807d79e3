import { deleteSessionsOfUser } from '../../../db/repositories/sessions.js';
import { findUserWithCredentials, updateUser } from '../../../db/repositories/users.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest, unauthenticated } from '../../errors.js';
import { hashPassword, verifyPassword } from '../../security/passwords.js';
import type { SignedIn } from './signed-in.js';

/** Changes one's own password; every other session of the account ends. */
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
  const found = await findUserWithCredentials(app.db, { id: signedIn.user.id });
  if (!found || !(await verifyPassword(found.credentials.passwordHash, input.currentPassword))) {
    throw unauthenticated('invalid_credentials', 'The current password is not right.');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await app.db.transaction(async (tx) => {
    await updateUser(tx, signedIn.user.id, { passwordHash, mustChangePassword: false });
    await deleteSessionsOfUser(tx, signedIn.user.id, signedIn.session.tokenHash);
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'auth.password_changed',
      outcome: 'allowed',
      targetType: 'user',
      targetId: signedIn.user.id,
      details: {},
    });
  });
}
