import {
  isLocked,
  lockAfterFailure,
  mfaStep,
  DEFAULT_LOCKOUT_POLICY,
} from '../../../domain/sessions.js';
import { insertSession } from '../../../db/repositories/sessions.js';
import { findUserWithCredentials, updateUser } from '../../../db/repositories/users.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import type { AuditDetails } from '../../audit/events.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import type { AppError } from '../../errors.js';
import { tooManyAttempts, unauthenticated } from '../../errors.js';
import { verifyAgainstDecoy, verifyPassword } from '../../security/passwords.js';
import { randomToken, sha256 } from '../../security/tokens.js';
import { actorOf, type SignedIn } from './signed-in.js';

const WRONG = 'The email or password is not right.';

type Outcome =
  | { readonly ok: true; readonly token: string; readonly signedIn: SignedIn }
  | { readonly ok: false; readonly error: AppError };

/**
 * Password sign-in. Failures are counted and lock the account after the policy's free
 * attempts; every attempt is audited. The failure is committed before it is reported.
 */
export async function login(
  app: AppServices,
  request: RequestContext,
  input: { readonly email: string; readonly password: string },
): Promise<{ token: string; signedIn: SignedIn }> {
  const now = app.clock.now();
  const outcome = await app.db.transaction<Outcome>(async (tx) => {
    const context = auditContext(app, request);
    const failed = async (
      reason: AuditDetails['auth.login_failed']['reason'],
      user: { id: string; organizationId: string; jurisdictionId: string } | null,
      error: AppError,
    ): Promise<Outcome> => {
      await appendAuditEvent(
        tx,
        user
          ? {
              ...context,
              actorUserId: user.id,
              actorOrganizationId: user.organizationId,
              jurisdictionId: user.jurisdictionId,
            }
          : context,
        {
          action: 'auth.login_failed',
          outcome: 'denied',
          reason,
          details: { reason },
          targetType: 'user',
          ...(user ? { targetId: user.id } : {}),
        },
      );
      return { ok: false, error };
    };

    const found = await findUserWithCredentials(tx, { email: input.email }, true);
    if (!found) {
      await verifyAgainstDecoy(input.password);
      return failed('unknown_account', null, unauthenticated('invalid_credentials', WRONG));
    }
    const { user, credentials } = found;
    if (isLocked(user.lockedUntil, now)) {
      const seconds = Math.ceil(((user.lockedUntil as Date).getTime() - now.getTime()) / 1000);
      return failed(
        'locked',
        user,
        tooManyAttempts(
          'Too many failed sign-ins. Try again later or ask an administrator to unlock the account.',
          seconds,
        ),
      );
    }
    if (!(await verifyPassword(credentials.passwordHash, input.password))) {
      const failures = credentials.failedLogins + 1;
      const lockedUntil = lockAfterFailure(failures, now, DEFAULT_LOCKOUT_POLICY);
      await updateUser(tx, user.id, { failedLogins: failures, lockedUntil });
      return failed('wrong_password', user, unauthenticated('invalid_credentials', WRONG));
    }
    if (!user.active) {
      return failed('inactive', user, unauthenticated('invalid_credentials', WRONG));
    }

    await updateUser(tx, user.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: now });
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
      mfaFailures: 0,
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
  if (!outcome.ok) throw outcome.error;
  return { token: outcome.token, signedIn: outcome.signedIn };
}
