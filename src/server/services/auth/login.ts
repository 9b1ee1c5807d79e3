import { mfaStep } from '../../../domain/sessions.js';
import { insertSession } from '../../../db/repositories/sessions.js';
import { findUserWithCredentials, updateUser } from '../../../db/repositories/users.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { unauthenticated } from '../../errors.js';
import { verifyAgainstDecoy } from '../../security/passwords.js';
import { randomToken, sha256 } from '../../security/tokens.js';
import { checkPassword } from './password-check.js';
import { actorOf, type SignedIn } from './signed-in.js';

/**
 * One answer for an unknown email, a wrong password, an attempt inside a wait and a
 * deactivated account: none of them tells which emails have accounts.
 */
const invalidCredentials = () =>
  unauthenticated('invalid_credentials', 'The email or password is not right.');

type Outcome =
  | { readonly ok: true; readonly token: string; readonly signedIn: SignedIn }
  | { readonly ok: false };

/**
 * Password sign-in, behind the sign-in throttle (password-check.ts). Every attempt is
 * audited, without the password; what a failure records is committed before it is reported.
 */
export async function login(
  app: AppServices,
  request: RequestContext,
  input: { readonly email: string; readonly password: string },
): Promise<{ token: string; signedIn: SignedIn }> {
  const now = app.clock.now();
  const outcome = await app.db.transaction<Outcome>(async (tx) => {
    const context = auditContext(app, request);
    const found = await findUserWithCredentials(tx, { email: input.email }, true);
    if (!found) {
      await verifyAgainstDecoy(input.password, app.passwordCost);
      await appendAuditEvent(tx, context, {
        action: 'auth.login_failed',
        outcome: 'denied',
        reason: 'unknown_account',
        targetType: 'user',
        details: { reason: 'unknown_account' },
      });
      return { ok: false };
    }
    const { user } = found;
    const asUser = {
      ...context,
      actorUserId: user.id,
      actorOrganizationId: user.organizationId,
      jurisdictionId: user.jurisdictionId,
    };
    const target = { outcome: 'denied', targetType: 'user', targetId: user.id } as const;
    const check = await checkPassword(tx, app, request, found, input.password);
    if (check.result === 'throttled') {
      await appendAuditEvent(tx, asUser, {
        action: 'auth.login_throttled',
        ...target,
        reason: `waiting (${check.scope})`,
        details: { scope: check.scope, until: check.until.toISOString() },
      });
      return { ok: false };
    }
    if (check.result === 'wrong') {
      await appendAuditEvent(tx, asUser, {
        action: 'auth.login_failed',
        ...target,
        reason: 'wrong_password',
        details: {
          reason: 'wrong_password',
          addressFailures: check.addressFailures,
          accountFailures: check.accountFailures,
        },
      });
      return { ok: false };
    }
    if (!user.active) {
      await appendAuditEvent(tx, asUser, {
        action: 'auth.login_failed',
        ...target,
        reason: 'inactive',
        details: { reason: 'inactive' },
      });
      return { ok: false };
    }

    await updateUser(tx, user.id, { lastLoginAt: now });
    const step = mfaStep({
      roles: user.roles,
      mfaEnabled: user.mfaEnabled,
      demoMode: app.config.demoMode,
    });
    const token = randomToken();
    const session = {
      tokenHash: sha256(token),
      userId: user.id,
      jurisdictionId: user.jurisdictionId,
      csrfToken: randomToken(),
      mfaPassed: step === 'none',
      createdAt: now,
      lastSeenAt: now,
    };
    await insertSession(tx, { ...session, ip: request.ip, userAgent: request.userAgent });
    const actor = actorOf(user);
    await appendAuditEvent(tx, auditContext(app, { ...request, actor }), {
      action: 'auth.login',
      outcome: 'allowed',
      targetType: 'user',
      targetId: user.id,
      details: { mfaStep: step },
    });
    return { ok: true, token, signedIn: { session, user, actor } };
  });
  if (!outcome.ok) throw invalidCredentials();
  return { token: outcome.token, signedIn: outcome.signedIn };
}
