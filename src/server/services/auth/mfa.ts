import QRCode from 'qrcode';
import {
  afterFailure,
  waitUntil,
  DEFAULT_CODE_THROTTLE,
} from '../../../domain/sign-in-throttle.js';
import { markSessionMfaPassed } from '../../../db/repositories/sessions.js';
import { findUserWithCredentials, updateUser } from '../../../db/repositories/users.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import type { AuditDetails } from '../../audit/events.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import type { AppError } from '../../errors.js';
import { badRequest, conflict, tooManyAttempts } from '../../errors.js';
import { seal, unseal } from '../../security/master-key.js';
import { checkTotp, newTotpSecret, totpUri } from '../../security/totp.js';
import type { SignedIn } from './signed-in.js';

const SECRET_PURPOSE = 'totp-secret';

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

/**
 * Checks a code against the stored secret. Codes against an enrolled authenticator (`verify`)
 * are counted per account, across sessions, and make further codes wait (sign-in-throttle.ts);
 * a right code after the wait still passes. Codes that confirm a new authenticator (`enable`)
 * are only audited: they are checked against the secret this very session was just shown, so
 * there is nothing to guess, and a slip while enrolling must not delay the next sign-in.
 */
async function checkCode(
  app: AppServices,
  request: RequestContext,
  signedIn: SignedIn,
  code: string,
  step: 'enable' | 'verify',
): Promise<void> {
  const outcome = await app.db.transaction<CodeOutcome>(async (tx) => {
    // Locked, so codes sent at once through several sessions are counted one after another.
    const found = await findUserWithCredentials(tx, { id: signedIn.user.id }, true);
    const sealed = found?.credentials.mfaSecretSealed;
    if (!found || !sealed) {
      return { ok: false, error: conflict('mfa_not_set_up', 'Set up the authenticator first.') };
    }
    const now = app.clock.now();
    const context = auditContext(app, request);
    const target = { targetType: 'user', targetId: signedIn.user.id } as const;
    const count = {
      failures: found.credentials.mfaFailures,
      lastFailureAt: found.credentials.mfaFailedAt,
    };
    const wait = step === 'verify' ? waitUntil(count, now, DEFAULT_CODE_THROTTLE) : null;
    if (wait) {
      await appendAuditEvent(tx, context, {
        action: 'auth.mfa_throttled',
        outcome: 'denied',
        reason: 'waiting after wrong codes',
        ...target,
        details: { until: wait.toISOString() },
      });
      const seconds = Math.ceil((wait.getTime() - now.getTime()) / 1000);
      const minutes = Math.ceil(seconds / 60);
      return {
        ok: false,
        error: tooManyAttempts(
          'too_many_codes',
          `Too many wrong codes. Wait ${minutes === 1 ? 'a minute' : `${minutes} minutes`}, then enter the newest code.`,
          seconds,
        ),
      };
    }
    if (!checkTotp(unseal(app.masterKey, sealed, SECRET_PURPOSE), code, now)) {
      let details: AuditDetails['auth.mfa_failed'] = { step: 'enable' };
      if (step === 'verify') {
        const after = afterFailure(count, now, DEFAULT_CODE_THROTTLE);
        await updateUser(tx, signedIn.user.id, {
          mfaFailures: after.failures,
          mfaFailedAt: now,
        });
        details = { step, failures: after.failures };
      }
      await appendAuditEvent(tx, context, {
        action: 'auth.mfa_failed',
        outcome: 'denied',
        reason: 'wrong code',
        ...target,
        details,
      });
      return {
        ok: false,
        error: badRequest(
          'invalid_code',
          'That code is not right. Check the time on your phone and try the newest code.',
        ),
      };
    }
    // A right code proves the authenticator (for `enable`, the new one): the count starts over.
    await updateUser(tx, signedIn.user.id, {
      mfaFailures: 0,
      mfaFailedAt: null,
      ...(step === 'enable' ? { mfaEnabled: true } : {}),
    });
    await markSessionMfaPassed(tx, signedIn.session.tokenHash);
    await appendAuditEvent(tx, context, {
      action: step === 'enable' ? 'auth.mfa_enabled' : 'auth.mfa_verified',
      outcome: 'allowed',
      ...target,
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
