// Session, lockout and multi-factor rules: pure functions of stored state and the time.
import type { Role } from './vocabulary.js';
import { roleSeesYouthData } from './vocabulary.js';

export interface SessionPolicy {
  /** A session unused this long ends (idle timeout). */
  readonly idleMs: number;
  /** A session ends this long after login, however active. */
  readonly absoluteMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleMs: 15 * 60_000,
  absoluteMs: 12 * 60 * 60_000,
};

export type SessionState = 'active' | 'idle_expired' | 'expired';

export function sessionState(
  session: { readonly createdAt: Date; readonly lastSeenAt: Date },
  now: Date,
  policy: SessionPolicy,
): SessionState {
  if (now.getTime() - session.createdAt.getTime() >= policy.absoluteMs) return 'expired';
  if (now.getTime() - session.lastSeenAt.getTime() >= policy.idleMs) return 'idle_expired';
  return 'active';
}

export interface LockoutPolicy {
  /** Consecutive failures allowed before the account locks. */
  readonly freeAttempts: number;
  /** The first lock; each further failure doubles it, up to maxLockMs. */
  readonly baseLockMs: number;
  readonly maxLockMs: number;
}

export const DEFAULT_LOCKOUT_POLICY: LockoutPolicy = {
  freeAttempts: 5,
  baseLockMs: 15 * 60_000,
  maxLockMs: 24 * 60 * 60_000,
};

/** After a failed sign-in: until when the account is locked, or null when it is not. */
export function lockAfterFailure(
  consecutiveFailures: number,
  now: Date,
  policy: LockoutPolicy,
): Date | null {
  if (consecutiveFailures < policy.freeAttempts) return null;
  const doublings = Math.min(consecutiveFailures - policy.freeAttempts, 20);
  const lockMs = Math.min(policy.baseLockMs * 2 ** doublings, policy.maxLockMs);
  return new Date(now.getTime() + lockMs);
}

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}

/**
 * What a signed-in person must still do with their second factor.
 * `verify`: enter a code; `enroll`: set up an authenticator before anything else; `none`.
 * Roles that can see youth data must use a second factor outside demo mode.
 */
export type MfaStep = 'none' | 'verify' | 'enroll';

export function mfaStep(input: {
  readonly roles: readonly Role[];
  readonly mfaEnabled: boolean;
  readonly demoMode: boolean;
}): MfaStep {
  if (input.mfaEnabled) return 'verify';
  const required = !input.demoMode && input.roles.some(roleSeesYouthData);
  return required ? 'enroll' : 'none';
}
