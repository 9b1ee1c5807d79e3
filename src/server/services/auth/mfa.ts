import QRCode from 'qrcode';
import { deleteSession, markSessionMfa } from '../../../db/repositories/sessions.js';
import { findUserWithCredentials, updateUser } from '../../../db/repositories/users.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import type { AppError } from '../../errors.js';
import { badRequest, conflict, unauthenticated } from '../../errors.js';
import { seal, unseal } from '../../security/master-key.js';
import { checkTotp, newTotpSecret, totpUri } from '../../security/totp.js';
import type { SignedIn } from './signed-in.js';

const SECRET_PURPOSE = 'totp-secret';
/** Wrong codes allowed in one session before it is ended. */
const MAX_CODE_FAILURES = 5;

/** Starts enrolment: a new secret, sealed with the master key, shown once as a QR code. */
export async function setupMfa(app: AppServices, request: RequestContext, signedIn: SignedIn) {
  if (signedIn.user.mfaEnabled) {
    throw conflict(
      'mfa_already_enabled',
      'A second factor is already set up. An administrator can reset it.',
    );
  }
  const secret = newTotpSecret();
  const uri = totpUri(secret, signedIn.user.email);
  await app.db.transaction(async (tx) => {
    await updateUser(tx, signedIn.user.id, {
      mfaSecretSealed: seal(app.masterKey, secret, SECRET_PURPOSE),
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'auth.mfa_setup',
      outcome: 'allowed',
      targetType: 'user',
      targetId: signedIn.user.id,
      details: {},
    });
  });
  return { secret, otpauthUri: uri, qrSvg: await QRCode.toString(uri, { type: 'svg', margin: 1 }) };
}

type CodeOutcome = { readonly ok: true } | { readonly ok: false; readonly error: AppError };

/** Checks a code against the stored secret; wrong codes are counted and end the session. */
async function checkCode(
  app: AppServices,
  request: RequestContext,
  signedIn: SignedIn,
  code: string,
  onSuccess: 'enable' | 'verify',
): Promise<void> {
  const outcome = await app.db.transaction<CodeOutcome>(async (tx) => {
    const found = await findUserWithCredentials(tx, { id: signedIn.user.id }, true);
    const sealed = found?.credentials.mfaSecretSealed;
    if (!found || !sealed) {
      return { ok: false, error: conflict('mfa_not_set_up', 'Set up the authenticator first.') };
    }
    const now = app.clock.now();
    const context = auditContext(app, request);
    if (!checkTotp(unseal(app.masterKey, sealed, SECRET_PURPOSE), code, now)) {
      const failures = signedIn.session.mfaFailures + 1;
      await appendAuditEvent(tx, context, {
        action: 'auth.mfa_failed',
        outcome: 'denied',
        reason: 'wrong code',
        targetType: 'user',
        targetId: signedIn.user.id,
        details: { failures },
      });
      if (failures >= MAX_CODE_FAILURES) {
        await deleteSession(tx, signedIn.session.tokenHash);
        return {
          ok: false,
          error: unauthenticated('too_many_codes', 'Too many wrong codes. Sign in again.'),
        };
      }
      // A wrong code while setting up a second factor voluntarily must not close a session that
      // had already passed sign-in: it only counts the failure.
      await markSessionMfa(tx, signedIn.session.tokenHash, {
        passed: signedIn.session.mfaPassed,
        failures,
      });
      return {
        ok: false,
        error: badRequest(
          'invalid_code',
          'That code is not right. Check the time on your phone and try the newest code.',
        ),
      };
    }
    if (onSuccess === 'enable') await updateUser(tx, signedIn.user.id, { mfaEnabled: true });
    await markSessionMfa(tx, signedIn.session.tokenHash, { passed: true, failures: 0 });
    await appendAuditEvent(tx, context, {
      action: onSuccess === 'enable' ? 'auth.mfa_enabled' : 'auth.mfa_verified',
      outcome: 'allowed',
      targetType: 'user',
      targetId: signedIn.user.id,
      details: {},
    });
    return { ok: true };
  });
  if (!outcome.ok) throw outcome.error;
}

export async function enableMfa(
  app: AppServices,
  request: RequestContext,
  signedIn: SignedIn,
  code: string,
) {
  if (signedIn.user.mfaEnabled)
    throw conflict('mfa_already_enabled', 'A second factor is already set up.');
  await checkCode(app, request, signedIn, code, 'enable');
}

export async function verifyMfa(
  app: AppServices,
  request: RequestContext,
  signedIn: SignedIn,
  code: string,
) {
  if (!signedIn.user.mfaEnabled)
    throw conflict('mfa_not_set_up', 'Set up the authenticator first.');
  if (signedIn.session.mfaPassed) return;
  await checkCode(app, request, signedIn, code, 'verify');
}
