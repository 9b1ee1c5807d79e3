// The screening check of the demo crawl (issue 11, "done when": screenings reach only readers
// with a basis). On Maya's case three agencies on the team each administer an instrument whose
// answer is a unique number, a marker. A marker reaches, on any GET route of the shared walk,
// only a reader whom decideRead allows `screening` data from the administering organization, and
// never appears in a task, a notification, an event's details or an audit detail. The markers
// found prove the scan looks where the data is.
import assert from 'node:assert/strict';
import { findUserWithCredentials } from '../../../src/db/repositories/users.js';
import { unsafeFindYouth } from '../../../src/db/repositories/youth.js';
import { actorOf } from '../../../src/server/services/auth/signed-in.js';
import { loadCase } from '../../../src/server/services/cases/case-scope.js';
import type { Check, CrawlContext } from './walk.js';

const SCREENERS = ['advocate@demo.test', 'childwelfare@demo.test', 'medical@demo.test'];

/** A number no other field of the demo holds: five digits, a point, four more. */
const markerNumber = () =>
  10_000 + Math.floor(Math.random() * 89_999) + 0.1234 + Math.random() / 1e5;

export async function plantScreenings(
  context: CrawlContext,
  accounts: readonly string[],
): Promise<Check> {
  const { database, services, mayaId } = context;
  const coordinator = await context.signIn('coordinator@demo.test');
  const [demo] = (await coordinator.get('/api/jurisdictions')).json<{ id: string }[]>();
  assert.ok(demo);
  const imported = await coordinator.post(`/api/jurisdictions/${demo.id}/screening-instruments`, {
    definition: {
      key: 'crawl-screen',
      name: { en: 'Crawl screen' },
      languages: ['en'],
      items: [
        {
          id: 'count',
          text: { en: 'How many?' },
          answer: { type: 'number', min: 0, max: 1_000_000, bands: [{ atLeast: 1, points: 1 }] },
        },
      ],
      scoring: { method: 'sum', threshold: 1 },
      administeredBy: ['advocate', 'child_welfare_worker', 'medical_provider'],
      minimumAge: 0,
      source: 'Crawl test',
    },
  });
  assert.equal(imported.statusCode, 201, imported.body);

  const planted: { email: string; marker: string; organizationId: string }[] = [];
  for (const email of SCREENERS) {
    const value = markerNumber();
    const response = await (
      await context.signIn(email)
    ).post(`/api/youth/${mayaId}/screenings`, {
      instrumentKey: 'crawl-screen',
      answers: { count: value },
      language: 'en',
    });
    assert.equal(response.statusCode, 201, `${email}: ${response.body}`);
    const found = await findUserWithCredentials(database.db, { email });
    assert.ok(found);
    planted.push({ email, marker: String(value), organizationId: found.user.organizationId });
  }

  const mayRead = new Map<string, boolean>();
  const leaks: string[] = [];
  const seenBy = new Map<string, Set<string>>();
  let inspected = 0;
  return {
    name: 'screenings',
    async prepare() {
      // Who may read what, from the access module itself.
      const youth = await unsafeFindYouth(database.db, mayaId);
      assert.ok(youth);
      for (const email of accounts) {
        const found = await findUserWithCredentials(database.db, { email });
        assert.ok(found, email);
        const scope = await loadCase(database.db, services, actorOf(found.user), youth);
        for (const p of planted) {
          mayRead.set(`${email} ${p.marker}`, scope.read('screening', p.organizationId).allowed);
        }
      }
    },
    readsSharedWalk: true,
    ownUrls: () => [],
    inspect(email, url, _status, body) {
      inspected += 1;
      for (const p of planted) {
        if (!body.includes(p.marker)) continue;
        seenBy.set(p.marker, (seenBy.get(p.marker) ?? new Set()).add(email));
        if (!mayRead.get(`${email} ${p.marker}`)) leaks.push(`${email} ${url}: ${p.email}'s`);
      }
    },
    async finish() {
      assert.deepEqual(leaks, []);
      // The scan finds what it looks for: each screening reached its own organization at least.
      for (const p of planted) {
        assert.ok(seenBy.get(p.marker)?.has(p.email), `${p.email} never saw`);
      }
      // Nobody outside the case's readers: no administrator, oversight, or other county.
      for (const readers of seenBy.values()) {
        for (const email of readers) assert.doesNotMatch(email, /admin@|oversight@|@neighbor/);
      }
      assert.ok(inspected > 500, `only ${String(inspected)} answers read`);

      // Where a screening must never go: tasks, notices, events' details, audit details.
      for (const [table, column] of [
        ['tasks', 'title'],
        ['notifications', 'message'],
        ['case_events', 'details::text'],
        ['audit_events', 'details::text'],
      ] as const) {
        for (const p of planted) {
          const [row] = await database.db.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM ${table} WHERE ${column} LIKE $1`,
            [`%${p.marker}%`],
          );
          assert.equal(row?.n, 0, `${table} holds ${p.email}'s answer`);
        }
      }
    },
  };
}
