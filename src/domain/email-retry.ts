// When a failed email is tried again. An SMTP server that is down for a night should not lose
// a notice, and one that refuses an address for good should not be asked forever: waits double
// from five minutes, and the eighth failed attempt is the last (about ten and a half hours of
// trying in all). Pure: callers pass `now`.

export const EMAIL_MAX_ATTEMPTS = 8;
export const EMAIL_FIRST_RETRY_MS = 5 * 60_000;

export type AfterFailure =
  { readonly kind: 'retry'; readonly at: Date } | { readonly kind: 'give_up' };

/** After attempt number `attempts` (1 for the first) failed at `now`. */
export function afterFailedAttempt(attempts: number, now: Date): AfterFailure {
  if (!Number.isInteger(attempts) || attempts < 1) {
    throw new RangeError(`attempts counts from 1, not ${attempts}`);
  }
  if (attempts >= EMAIL_MAX_ATTEMPTS) return { kind: 'give_up' };
  return {
    kind: 'retry',
    at: new Date(now.getTime() + EMAIL_FIRST_RETRY_MS * 2 ** (attempts - 1)),
  };
}
