// Rate limits counted in the database (src/server/services/rate-limits.ts): two app processes
// on one database count the same client together, at once and in turn; limits and clients
// count apart; a window ends and its counter is swept; the client's key is kept only hashed;
// a bad limit name or window is refused and writes nothing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  hitRateLimit,
  MAX_RATE_LIMIT_WINDOW_MS,
  sweepRateLimits,
} from '../../src/server/services/rate-limits.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { testServices, TestClock } from '../support/world.js';

let database: TestDatabase;
before(async () => {
  database = await openTestDatabase();
});
after(async () => {
  await database.close();
});

const MINUTE = 60_000;
const start = Date.parse('2026-11-28T15:00:00Z');

/** Two processes: each its own services and clock (showing the same time), one database. */
function twoProcesses(at = start) {
  return [
    testServices(database.db, { clock: new TestClock(at) }),
    testServices(database.db, { clock: new TestClock(at) }),
  ] as const;
}

const counters = async () =>
  (await database.db.query<{ n: number }>('SELECT count(*)::int AS n FROM rate_limit_counters'))[0]
    ?.n ?? 0;

describe('rate limits in the database', () => {
  test('two processes count one client together, in turn and at once', async () => {
    const [first, second] = twoProcesses();
    const hit = (app: typeof first) =>
      hitRateLimit(app, {
        limit: 'POST /api/auth/login',
        client: '198.51.100.1',
        windowMs: MINUTE,
      });
    const inTurn = [];
    for (const app of [first, second, first, second]) inTurn.push((await hit(app)).hits);
    assert.deepEqual(inTurn, [1, 2, 3, 4]);
    first.clock.advance(10_000);
    second.clock.advance(10_000);
    const ttl = (await hit(second)).ttlMs;
    assert.equal(ttl, MINUTE - 10_000, 'the window runs from the first hit');
    const atOnce = await Promise.all(
      Array.from({ length: 20 }, (_, i) => hit(i % 2 === 0 ? first : second)),
    );
    assert.deepEqual(
      atOnce.map((c) => c.hits).sort((a, b) => a - b),
      Array.from({ length: 20 }, (_, i) => i + 6),
      'every hit counted once, none lost to a race',
    );
  });

  test('limits and clients count apart; a client key is kept only as a keyed hash', async () => {
    const [app] = twoProcesses(start + 3_600_000);
    const odd = `203.0.113.9\u0000${'x'.repeat(10_000)}\u00e9`;
    const hit = (limit: string, client: string) =>
      hitRateLimit(app, { limit, client, windowMs: MINUTE }).then((c) => c.hits);
    assert.equal(await hit('shared', 'public directory 203.0.113.9'), 1);
    assert.equal(await hit('shared', 'public directory 203.0.113.9'), 2);
    assert.equal(await hit('shared', 'public directory 203.0.113.10'), 1);
    assert.equal(await hit('POST /api/auth/mfa/verify', 'public directory 203.0.113.9'), 1);
    assert.equal(await hit('shared', odd), 1, 'any client string is counted');
    assert.equal(await hit('shared', odd), 2);
    const rows = await database.db.query<{ key_hash: string }>(
      'SELECT key_hash FROM rate_limit_counters',
    );
    for (const row of rows) {
      assert.match(row.key_hash, /^[0-9a-f]{32}$/);
      assert.ok(!row.key_hash.includes('203'), 'no address in the clear');
    }
  });

  test('a window ends: the count starts over, and ended counters are swept', async () => {
    const [app] = twoProcesses(start + 7_200_000);
    const hit = (client: string, windowMs = MINUTE) =>
      hitRateLimit(app, { limit: 'shared', client, windowMs });
    assert.equal((await hit('192.0.2.1')).hits, 1);
    assert.equal((await hit('192.0.2.1')).hits, 2);
    await hit('192.0.2.2', 10 * MINUTE);
    app.clock.advance(MINUTE);
    const again = await hit('192.0.2.1');
    assert.deepEqual(again, { hits: 1, ttlMs: MINUTE }, 'an ended window counts from one');
    app.clock.advance(MINUTE);
    // This test's first hit swept the earlier tests' ended counters (at most one sweep a
    // minute per process); now 192.0.2.1's window has ended, 192.0.2.2's ten minutes have not.
    assert.equal(await counters(), 2);
    assert.equal(await sweepRateLimits(app), 1);
    assert.equal(await counters(), 1);
    assert.equal((await hit('192.0.2.2', 10 * MINUTE)).hits, 2, 'a running window is kept');
    assert.equal(await sweepRateLimits(app), 0);
  });

  test('a bad limit name or window is refused and writes nothing', async () => {
    const [app] = twoProcesses(start + 10_800_000);
    const before = await counters();
    const bad = [
      { limit: 'shared', windowMs: 0 },
      { limit: 'shared', windowMs: -MINUTE },
      { limit: 'shared', windowMs: 1.5 },
      { limit: 'shared', windowMs: Number.NaN },
      { limit: 'shared', windowMs: MAX_RATE_LIMIT_WINDOW_MS + 1 },
      { limit: '', windowMs: MINUTE },
      { limit: 'line\nbreak', windowMs: MINUTE },
      { limit: 'x'.repeat(201), windowMs: MINUTE },
    ];
    for (const input of bad) {
      await assert.rejects(
        hitRateLimit(app, { ...input, client: '192.0.2.3' }),
        RangeError,
        JSON.stringify(input.limit.slice(0, 20)),
      );
    }
    assert.equal(await counters(), before);
  });
});
