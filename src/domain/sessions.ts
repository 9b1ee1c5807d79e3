// Session, sign-in order and second-factor rules: pure functions of stored state and the time.
import type { Role } from './vocabulary.js';
import { roleSeesAnyYouth } from './vocabulary.js';

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

/**
 * A request records the session's activity only when the last record is this old: a signed-in
 * person's every click no longer writes a row (one UPDATE per request, in one line behind the
 * others). The idle timeout then counts from up to this much before the last request, so a
 * session may end this much early, never late.
 */
export const ACTIVITY_RECORD_INTERVAL_MS = 30_000;

export function activityWorthRecording(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= ACTIVITY_RECORD_INTERVAL_MS;
}

/**
 * Whether the account's own wait is in force: addresses it has not signed in from wait until
 * then (sign-in-throttle.ts). Administrators see it as "locked"; unlocking ends it.
 */
export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}

/**
 * Who must use a second factor outside demo mode: every role that can see youth data, and
 * administrators, who give and change everyone's access (a password alone must not be enough
 * to grant access); juvenile hall intake too, which learns who is detained. Oversight sees aggregates only and may choose to use one.
 */
export function secondFactorRequired(roles: readonly Role[], demoMode: boolean): boolean {
  return !demoMode && roles.some((role) => role === 'administrator' || roleSeesAnyYouth(role));
}

/**
 * What a signed-in person must still do with their second factor.
 * `verify`: enter a code; `enroll`: set up an authenticator before anything else; `none`.
 */
export type MfaStep = 'none' | 'verify' | 'enroll';

export function mfaStep(input: {
  readonly roles: readonly Role[];
  readonly mfaEnabled: boolean;
  readonly demoMode: boolean;
}): MfaStep {
  if (input.mfaEnabled) return 'verify';
  return secondFactorRequired(input.roles, input.demoMode) ? 'enroll' : 'none';
}

export type PendingStep = 'password' | MfaStep;

/**
 * What a session must still do before it opens anything its roles allow, in this order: the
 * enrolled second factor first (nothing else is trusted before it), then a one-time password
 * replaced, then a second factor set up when the roles require one. Decided afresh on every
 * request from the account as it is now, so a session opened before a rule or a role changed
 * cannot skip a step.
 */
export function pendingSignInStep(input: {
  readonly roles: readonly Role[];
  readonly mfaEnabled: boolean;
  /** The enrolled second factor was checked in this session. */
  readonly mfaPassed: boolean;
  readonly mustChangePassword: boolean;
  readonly demoMode: boolean;
}): PendingStep {
  if (input.mfaEnabled && !input.mfaPassed) return 'verify';
  if (input.mustChangePassword) return 'password';
  if (!input.mfaEnabled && secondFactorRequired(input.roles, input.demoMode)) return 'enroll';
  return 'none';
}
