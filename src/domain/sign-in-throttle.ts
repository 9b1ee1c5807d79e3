// Throttling guesses at a password or a second-factor code: pure functions of stored counts and
// the time (OWASP Authentication and Credential Stuffing cheat sheets).
//
// Why throttle and not lock: a lock that anyone can trigger with five wrong passwords keeps the
// real worker out of a case they may need at once. Here failures only make further attempts
// wait, and the waits are kept where the guesses come from:
// - per account AND address: the guesser's own address waits longer and longer; the person's
//   address is untouched by what others send;
// - per account, from every address together: a ceiling against guessing spread over many
//   addresses. It only slows addresses the account has not signed in from (with its current
//   password) in the last weeks, so the person at their usual desk or phone still gets in;
// - per account for second-factor codes, however many sessions the codes come through.
// An attempt inside a wait is refused without looking at the password or code, so a right guess
// there teaches nothing, and the answer is the same as for a wrong password.

export interface Backoff {
  /**
   * Failures before any wait: once this many have been made, the next attempt waits baseDelayMs
   * (5 free failures: the 6th attempt waits).
   */
  readonly freeFailures: number;
  /** The first wait; each further failure doubles it, up to maxDelayMs. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** A count with no new failure for this long starts over (OWASP's observation window). */
  readonly forgetAfterMs: number;
}

export interface PasswordThrottlePolicy {
  /** One account from one address. */
  readonly perAddress: Backoff;
  /** One account from all addresses together; waits apply only to addresses not known. */
  readonly perAccount: Backoff;
  /** How long an address where the current password was right stays known. */
  readonly knownAddressMs: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export const DEFAULT_PASSWORD_THROTTLE: PasswordThrottlePolicy = {
  perAddress: { freeFailures: 5, baseDelayMs: MINUTE, maxDelayMs: 60 * MINUTE, forgetAfterMs: DAY },
  perAccount: {
    freeFailures: 20,
    baseDelayMs: MINUTE,
    maxDelayMs: 15 * MINUTE,
    forgetAfterMs: DAY,
  },
  knownAddressMs: 30 * DAY,
};

/** Codes checked against an enrolled authenticator, per account across sessions. */
export const DEFAULT_CODE_THROTTLE: Backoff = {
  freeFailures: 5,
  baseDelayMs: MINUTE,
  maxDelayMs: 30 * MINUTE,
  forgetAfterMs: DAY,
};

/** Consecutive failures and when the last one was. */
export interface FailureCount {
  readonly failures: number;
  readonly lastFailureAt: Date | null;
}

export const NO_FAILURES: FailureCount = { failures: 0, lastFailureAt: null };

/** How long attempts wait after this many consecutive failures (0 within the free ones). */
export function backoffDelayMs(failures: number, backoff: Backoff): number {
  if (failures < backoff.freeFailures) return 0;
  // Capping the exponent keeps 2 ** n finite; the cap on the delay does the rest.
  const doublings = Math.min(failures - backoff.freeFailures, 40);
  return Math.min(backoff.baseDelayMs * 2 ** doublings, backoff.maxDelayMs);
}

/** The failures that still count now: none once the last is older than the window. */
export function currentFailures(count: FailureCount, now: Date, backoff: Backoff): number {
  if (count.lastFailureAt === null) return 0;
  return now.getTime() - count.lastFailureAt.getTime() >= backoff.forgetAfterMs
    ? 0
    : count.failures;
}

/** Until when attempts wait, or null when they need not. */
export function waitUntil(count: FailureCount, now: Date, backoff: Backoff): Date | null {
  const delay = backoffDelayMs(currentFailures(count, now, backoff), backoff);
  if (delay === 0 || count.lastFailureAt === null) return null;
  const until = new Date(count.lastFailureAt.getTime() + delay);
  return until.getTime() > now.getTime() ? until : null;
}

/** The count after one more failure now. Refused attempts are not failures: they are not counted. */
export function afterFailure(count: FailureCount, now: Date, backoff: Backoff): FailureCount {
  return { failures: currentFailures(count, now, backoff) + 1, lastFailureAt: now };
}

export type ThrottleDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly scope: 'address' | 'account'; readonly until: Date };

/**
 * Whether a password attempt for an account is looked at. The address's own wait applies to
 * everyone, known or not (it is this address that guessed); the account's wait only to
 * addresses the account has not signed in from.
 */
export function decidePasswordAttempt(
  input: {
    readonly address: FailureCount;
    readonly account: FailureCount;
    readonly knownAddress: boolean;
  },
  now: Date,
  policy: PasswordThrottlePolicy,
): ThrottleDecision {
  const addressWait = waitUntil(input.address, now, policy.perAddress);
  if (addressWait) return { allowed: false, scope: 'address', until: addressWait };
  const accountWait = input.knownAddress ? null : waitUntil(input.account, now, policy.perAccount);
  if (accountWait) return { allowed: false, scope: 'account', until: accountWait };
  return { allowed: true };
}

/**
 * Whether an address is known to the account: the current password was right from it within
 * the policy's time. `passwordTag` identifies the password it was right with, so a changed or
 * reset password makes every address unknown again.
 */
export function isKnownAddress(
  mark: { readonly knownUntil: Date | null; readonly passwordTag: string | null },
  currentPasswordTag: string,
  now: Date,
): boolean {
  return (
    mark.knownUntil !== null &&
    mark.knownUntil.getTime() > now.getTime() &&
    mark.passwordTag === currentPasswordTag
  );
}

/**
 * The address an attempt is counted under. IPv4 as it is (also when written IPv4-mapped, as
 * Node reports it on dual-stack sockets); IPv6 by its /64 prefix, the block one subscriber
 * gets, so rotating through a subscriber's 2^64 addresses does not buy fresh attempts.
 */
export function attemptAddress(ip: string | null): string {
  if (ip === null || ip.trim() === '') return 'unknown';
  const address = ip.trim().toLowerCase().split('%')[0] ?? '';
  const mapped = /^(?:::|(?:0{1,4}:){5})ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!address.includes(':')) return address.slice(0, 64);
  const groups = expandIpv6(address);
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : address.slice(0, 64);
}

/** The eight groups of an IPv6 address without leading zeros, or null when it is not one. */
function expandIpv6(address: string): string[] | null {
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const split = (part: string | undefined) => (part ? part.split(':') : []);
  const head = split(halves[0]);
  const tail = split(halves[1]);
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => g.replace(/^0+(?=.)/, ''));
}
