// The screening crawl (issue 11, "done when": screenings reach only readers with a basis). On
// the demo's Maya case, three agencies on the team each administer an instrument whose answer is
// a unique number, a marker; then every GET route of the OpenAPI document is read as every demo
// account with the case's and the counties' ids. A marker reaches only a reader whom decideRead
// allows `screening` data from the administering organization, and never appears in a task, a
// notification, an event's details or an audit detail. The markers found prove the scan looks
// where the data is.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { findUserWithCredentials } from '../../src/db/repositories/users.js';
import { unsafeFindYouth } from '../../src/db/repositories/youth.js';
import type { App } from '../../src/server/http/types.js';
import { actorOf } from '../../src/server/services/auth/signed-in.js';
import { loadCase } from '../../src/server/services/cases/case-scope.js';
import type { AppServices } from '../../src/server/context.js';
import type { TestDatabase } from '../support/database.js';
import { DEMO_CRAWL_ACCOUNTS, openDemoCrawl, type DemoCrawl } from '../support/demo-crawl.js';
import type { Client } from '../support/http.js';
import type { TestClock } from '../support/world.js';

const ACCOUNTS: readonly string[] = DEMO_CRAWL_ACCOUNTS;
const SCREENERS = ['advocate@demo.test', 'childwelfare@demo.test', 'medical@demo.test'];

let crawl: DemoCrawl;
let database: TestDatabase;
let services: AppServices & { clock: TestClock };
let app: App;

before(async () => {
  crawl = await openDemoCrawl();
  ({ database, services, app } = crawl);
});
after(async () => {
  await crawl.close();
});

const signIn = (email: string): Promise<Client> => crawl.signIn(email);

/** A number no other field of the demo holds: five digits, a point, four more. */
const markerNumber = () =>
  10_000 + Math.floor(Math.random() * 89_999) + 0.1234 + Math.random() / 1e5;

async function getPaths(): Promise<string[]> {
  const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
    paths: Record<string, Record<string, unknown>>;
  }>();
  return Object.entries(document.paths)
    .filter(([, methods]) => 'get' in methods)
    .map(([path]) => path);
}

describe('screenings reach only readers with a basis for screening data', () => {
  test('administered by three agencies, then crawled as every account on every GET route', async () => {
    const coordinator = await signIn('coordinator@demo.test');
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

    const advocate = await signIn('advocate@demo.test');
    const [maya] = (await advocate.get('/api/youth?query=Maya')).json<{ id: string }[]>();
    assert.ok(maya);
    const planted: { email: string; marker: string; organizationId: string }[] = [];
    for (const email of SCREENERS) {
      const value = markerNumber();
      const response = await (
        await signIn(email)
      ).post(`/api/youth/${maya.id}/screenings`, {
        instrumentKey: 'crawl-screen',
        answers: { count: value },
        language: 'en',
      });
      assert.equal(response.statusCode, 201, `${email}: ${response.body}`);
      const found = await findUserWithCredentials(database.db, { email });
      assert.ok(found);
      planted.push({ email, marker: String(value), organizationId: found.user.organizationId });
    }

    // Who may read what, from the access module itself.
    const youth = await unsafeFindYouth(database.db, maya.id);
    assert.ok(youth);
    const mayRead = new Map<string, boolean>();
    for (const email of ACCOUNTS) {
      const found = await findUserWithCredentials(database.db, { email });
      assert.ok(found, email);
      const scope = await loadCase(database.db, services, actorOf(found.user), youth);
      for (const p of planted) {
        mayRead.set(`${email} ${p.marker}`, scope.read('screening', p.organizationId).allowed);
      }
    }

    const jurisdictions = (await advocate.get('/api/jurisdictions')).json<{ id: string }[]>();
    const ids = [maya.id, ...jurisdictions.map((j) => j.id), randomUUID()];
    const paths = await getPaths();
    assert.ok(paths.includes('/api/youth/{id}/screenings'));
    const leaks: string[] = [];
    const seenBy = new Map<string, Set<string>>();
    let requests = 0;
    for (const email of ACCOUNTS) {
      const client = await signIn(email);
      for (const path of paths) {
        const urls = path.includes('{') ? ids.map((id) => path.replace(/\{[^}]+\}/g, id)) : [path];
        for (const url of urls) {
          const response = await client.get(url);
          requests += 1;
          assert.ok(
            response.statusCode < 500,
            `${email} GET ${url}: ${String(response.statusCode)}`,
          );
          for (const p of planted) {
            if (!response.body.includes(p.marker)) continue;
            seenBy.set(p.marker, (seenBy.get(p.marker) ?? new Set()).add(email));
            if (!mayRead.get(`${email} ${p.marker}`)) leaks.push(`${email} ${url}: ${p.email}'s`);
          }
        }
      }
    }
    assert.deepEqual(leaks, []);
    // The scan finds what it looks for: each screening reached its own organization at least.
    for (const p of planted) assert.ok(seenBy.get(p.marker)?.has(p.email), `${p.email} never saw`);
    // Nobody outside the case's readers: no administrator, oversight, or other county.
    for (const readers of seenBy.values()) {
      for (const email of readers) assert.doesNotMatch(email, /admin@|oversight@|@neighbor/);
    }
    assert.ok(requests > 500, `only ${String(requests)} requests`);

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
  });
});
