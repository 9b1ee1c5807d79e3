// Rate-limit counters (migration 0043): one atomic upsert per hit, so hits from every app
// process on one database are counted together. Times come from the caller (the app clock).
import type { Queryable } from '../database.js';

export interface RateLimitHit {
  /** Hits in the current window, this one included. */
  readonly hits: number;
  readonly windowEndsAt: Date;
}

/**
 * Counts one hit on `keyHash`: the first hit, or the first after the window ended, starts a
 * window of `windowMs` at `now` with one hit; any other adds one to the window in force.
 */
export async function countRateLimitHit(
  db: Queryable,
  input: { readonly keyHash: string; readonly now: Date; readonly windowMs: number },
): Promise<RateLimitHit> {
  const [row] = await db.query<{ hits: number; window_ends_at: Date }>(
    `INSERT INTO rate_limit_counters AS c (key_hash, hits, window_ends_at) VALUES ($1, 1, $3)
     ON CONFLICT (key_hash) DO UPDATE SET
       hits = CASE WHEN c.window_ends_at <= $2 THEN 1 ELSE least(c.hits, 2147483646) + 1 END,
       window_ends_at = CASE WHEN c.window_ends_at <= $2 THEN EXCLUDED.window_ends_at
         ELSE c.window_ends_at END
     RETURNING hits, window_ends_at`,
    [input.keyHash, input.now, new Date(input.now.getTime() + input.windowMs)],
  );
  if (!row) throw new Error('the rate-limit upsert returned no row');
  return { hits: row.hits, windowEndsAt: row.window_ends_at };
}

/** Deletes the counters whose window ended by `now`; returns how many. */
export async function deleteEndedRateLimits(db: Queryable, now: Date): Promise<number> {
  const rows = await db.query<{ key_hash: string }>(
    `DELETE FROM rate_limit_counters WHERE window_ends_at <= $1 RETURNING key_hash`,
    [now],
  );
  return rows.length;
}
