// What a signed-in request reads first, kept between requests where that is safe.
//
// Every request signed in reads its session and account (findSessionWithUser). On PGlite that
// read is most of a small request's database time, and only this process can change what it
// read: the data directory is locked to it, and migration 0038 counts every committed change to
// a session, an account or an organization (Database.accountChanges). So the answer is kept
// until that count moves: a sign-out, a deactivation, a role granted or a second factor passed
// is seen by the very next request, exactly as without the cache. PostgreSQL has no count
// (another process may write at any time) and reads afresh every time.
import type { Database } from '../database.js';
import { findSessionWithUser, touchSession, type StoredSession } from './sessions.js';
import type { User } from './users.js';

type Found = { readonly session: StoredSession; readonly user: User | null };

/** Bounds the memory kept: a county's people signed in at once, with room to spare. */
export const SESSION_CACHE_LIMIT = 2_000;

interface Kept {
  readonly count: number;
  readonly found: Found;
}

const caches = new WeakMap<Database, Map<string, Kept>>();

function cacheOf(db: Database): Map<string, Kept> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  return cache;
}

/**
 * findSessionWithUser, answered from what was read before when nothing about sessions,
 * accounts or organizations has been committed since. An unknown token is never kept: a
 * stream of made-up tokens cannot crowd out the sessions of the people working.
 */
export async function findSessionWithUserKept(
  db: Database,
  tokenHash: string,
): Promise<Found | null> {
  const changes = db.accountChanges;
  if (!changes) return findSessionWithUser(db, tokenHash);
  const cache = cacheOf(db);
  const kept = cache.get(tokenHash);
  if (kept && kept.count === changes.count) return kept.found;

  const before = changes.count;
  const found = await findSessionWithUser(db, tokenHash);
  // A change committed while the read was under way may not be in what it returned: keep
  // nothing then, and the next request reads again.
  if (found && changes.count === before) {
    cache.delete(tokenHash);
    cache.set(tokenHash, { count: before, found });
    if (cache.size > SESSION_CACHE_LIMIT) {
      const oldest = cache.keys().next();
      if (!oldest.done) cache.delete(oldest.value);
    }
  }
  return found;
}

/**
 * Records the session's activity. The write changes only `last_seen_at`, which sends no notice
 * (migration 0038), so what was kept of this session is dropped here instead.
 */
export async function touchSessionKept(db: Database, tokenHash: string, at: Date): Promise<void> {
  await touchSession(db, tokenHash, at);
  caches.get(db)?.delete(tokenHash);
}
