// Request rate limits shared by every app process on one database (docs/ARCHITECTURE.md,
// "Rate limits"). A hit is counted under a keyed hash of the limit's name and the client's key
// (its address), so two processes behind one load balancer count the same client together,
// and the database never holds the address in the clear. Counters whose window has ended are
// swept at most once a minute per process; an ended window is never counted either way.
import type { Database } from '../../db/database.js';
import { countRateLimitHit, deleteEndedRateLimits } from '../../db/repositories/rate-limits.js';
import type { AppServices } from '../context.js';
import { keyedHash } from '../security/keyed-hash.js';

/** The longest window a limit may count over (Lantern's are a minute). */
export const MAX_RATE_LIMIT_WINDOW_MS = 24 * 60 * 60 * 1000;
/** How often one process sweeps ended counters. */
export const RATE_LIMIT_SWEEP_MS = 60_000;

const LIMIT_NAME = /^[\x20-\x7e]{1,200}$/;

export interface RateLimitCount {
  /** Hits in the current window, this one included. */
  readonly hits: number;
  /** Until the window ends, in milliseconds (never below 0). */
  readonly ttlMs: number;
}

/** What is wrong with a hit as asked, or null. A limit is set by Lantern's code, not a client. */
function invalidHit(input: {
  readonly limit: string;
  readonly client: string;
  readonly windowMs: number;
}): string | null {
  if (typeof input.limit !== 'string' || !LIMIT_NAME.test(input.limit))
    return 'a rate limit is named by 1 to 200 printable ASCII characters';
  if (typeof input.client !== 'string') return "a rate limit's client key is a string";
  if (
    !Number.isSafeInteger(input.windowMs) ||
    input.windowMs < 1 ||
    input.windowMs > MAX_RATE_LIMIT_WINDOW_MS
  )
    return `a rate limit's window is a whole number of milliseconds from 1 to ${String(MAX_RATE_LIMIT_WINDOW_MS)}`;
  return null;
}

/**
 * Counts one hit of `client` on `limit`, whose window is `windowMs` from the first hit. Any
 * client string is accepted (an address from X-Forwarded-For is whatever the client sent): it
 * is hashed, never stored. A bad limit name or window is Lantern's own mistake: RangeError.
 */
export async function hitRateLimit(
  app: AppServices,
  input: { readonly limit: string; readonly client: string; readonly windowMs: number },
): Promise<RateLimitCount> {
  const problem = invalidHit(input);
  if (problem) throw new RangeError(problem);
  const now = app.clock.now();
  const keyHash = keyedHash(app.masterKey, 'rate-limit', `${input.limit}\u0000${input.client}`);
  const counted = await countRateLimitHit(app.db, { keyHash, now, windowMs: input.windowMs });
  await sweepNowAndThen(app, now);
  return {
    hits: counted.hits,
    ttlMs: Math.max(0, counted.windowEndsAt.getTime() - now.getTime()),
  };
}

/** Deletes every counter whose window ended by the app clock's now; returns how many. */
export function sweepRateLimits(app: AppServices): Promise<number> {
  return deleteEndedRateLimits(app.db, app.clock.now());
}

const lastSweep = new WeakMap<Database, number>();

/**
 * At most once per RATE_LIMIT_SWEEP_MS per database handle (the first hit sweeps). A failed
 * sweep is only tried again later: counting, which already happened, is what matters.
 */
async function sweepNowAndThen(app: AppServices, now: Date): Promise<void> {
  const last = lastSweep.get(app.db);
  if (last !== undefined && Math.abs(now.getTime() - last) < RATE_LIMIT_SWEEP_MS) return;
  lastSweep.set(app.db, now.getTime());
  try {
    await deleteEndedRateLimits(app.db, now);
  } catch {
    // The next sweep deletes what this one did not.
  }
}
