// The safety-plan crawl (issue 11, "done when": the crawl over every GET route as every role
// shows safety plans only where a basis exists). On the demo case, the advocate writes a plan of
// three categories and child welfare one of its own, every section carrying a unique marker, and
// a release step for child welfare whose title carries another. Then every GET route of the case,
// the plans, tasks and notifications is read as every demo account. A plan's marker reaches only
// a reader whom decideRead allows its category from its author; the step's title reaches, beside
// the plan's readers, only the party (child welfare) and the county coordinator wherever tasks
// show (the task routes, the timeline); no notification carries it. The markers found prove the scan looks where the data is.
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { unsafeFindYouth } from '../../src/db/repositories/youth.js';
import { findUserWithCredentials } from '../../src/db/repositories/users.js';
import type { DataCategory } from '../../src/domain/vocabulary.js';
import type { App } from '../../src/server/http/types.js';
import { actorOf } from '../../src/server/services/auth/signed-in.js';
import { loadCase } from '../../src/server/services/cases/case-scope.js';
import type { TestDatabase } from '../support/database.js';
import { DEMO_CRAWL_ACCOUNTS, openDemoCrawl, type DemoCrawl } from '../support/demo-crawl.js';
import type { Client } from '../support/http.js';
import type { TestClock } from '../support/world.js';
import type { AppServices } from '../../src/server/context.js';

const ACCOUNTS: readonly string[] = DEMO_CRAWL_ACCOUNTS;

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

const marker = (label: string) => `${label}-${randomBytes(8).toString('hex')}`;

interface Planted {
  readonly planId: string;
  readonly category: DataCategory;
  readonly holderOrganizationId: string;
  readonly marker: string;
}

describe('safety plans reach only readers with a basis for their category', () => {
  test('planted on the demo case, then every GET route crawled as every account', async () => {
    const advocate = await signIn('advocate@demo.test');
    const [maya] = (await advocate.get('/api/youth?query=Maya')).json<{ id: string }[]>();
    assert.ok(maya);
    const { team } = (await advocate.get(`/api/youth/${maya.id}`)).json<{
      team: { organizationId: string; organizationType: string }[];
    }>();
    const childWelfareId = team.find((m) => m.organizationType === 'child_welfare')?.organizationId;
    assert.ok(childWelfareId, 'child welfare is on Maya’s team');

    const planted: Planted[] = [];
    const plant = async (email: string, category: DataCategory, plan: (m: string) => unknown) => {
      const client = await signIn(email);
      const text = marker(`PLAN-${category}`);
      const response = await client.post(`/api/youth/${maya.id}/safety-plans`, plan(text));
      assert.equal(response.statusCode, 201, `${email}: ${response.body}`);
      const found = await findUserWithCredentials(database.db, { email });
      assert.ok(found);
      planted.push({
        planId: response.json<{ id: string }>().id,
        category,
        holderOrganizationId: found.user.organizationId,
        marker: text,
      });
    };
    const step = marker('STEP');
    await plant('advocate@demo.test', 'legal', (m) => ({
      type: 'testimony',
      warningSigns: [m],
      writtenWithYouth: false,
      details: {
        hearingDate: '2027-02-01',
        court: 'Juvenile Court',
        transportation: {
          driver: 'Dana',
          pickUpAt: '2027-02-01T16:00:00Z',
          pickUpPlace: 'Home',
          confirmedBy: 'Dana',
          confirmedAt: '2026-11-20T17:00:00Z',
        },
      },
    }));
    await plant('advocate@demo.test', 'placement', (m) => ({
      type: 'release_from_custody',
      safePeople: [{ name: m }],
      writtenWithYouth: false,
      steps: [{ partyOrganizationId: childWelfareId, title: step, owner: 'On-call worker' }],
      details: {
        receiver: { kind: 'person', name: 'Aunt', relationship: 'aunt' },
        releaseAt: '2027-01-10T18:00:00Z',
      },
    }));
    await plant('advocate@demo.test', 'case_notes', (m) => ({
      type: 'general',
      safePlaces: [{ name: m }],
      writtenWithYouth: false,
    }));
    await plant('childwelfare@demo.test', 'placement', (m) => ({
      type: 'placement',
      agreedContacts: [{ name: m }],
      writtenWithYouth: false,
    }));

    // Who may read what, from the access module itself.
    const youth = await unsafeFindYouth(database.db, maya.id);
    assert.ok(youth);
    const mayRead = new Map<string, boolean>();
    const coordinators = new Set<string>();
    const organizationOf = new Map<string, string>();
    for (const email of ACCOUNTS) {
      const found = await findUserWithCredentials(database.db, { email });
      assert.ok(found, email);
      const actor = actorOf(found.user);
      organizationOf.set(email, actor.organizationId);
      if (actor.roles.includes('coordinator') && actor.jurisdictionId === youth.jurisdictionId) {
        coordinators.add(email);
      }
      const scope = await loadCase(database.db, services, actor, youth);
      for (const p of planted) {
        mayRead.set(`${email} ${p.planId}`, scope.read(p.category, p.holderOrganizationId).allowed);
      }
    }
    const releasePlan = planted[1];
    assert.ok(releasePlan);

    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, { get?: unknown }>;
    }>();
    const routes = Object.entries(document.paths)
      .filter(([path, methods]) => methods.get && /^\/api\/(youth\/\{id\}|safety-plans)/.test(path))
      .map(([path]) => path);
    assert.ok(routes.includes('/api/safety-plans/{id}/versions'), 'the plan routes are crawled');
    const ids = [maya.id, ...planted.map((p) => p.planId), randomUUID()];
    const taskIds = (await database.db.query<{ id: string }>('SELECT id FROM tasks')).map(
      (t) => t.id,
    );

    const leaks: string[] = [];
    const seen = new Set<string>();
    let requests = 0;
    for (const email of ACCOUNTS) {
      const client = await signIn(email);
      const get = async (url: string, kind: 'case' | 'task' | 'notice') => {
        const response = await client.get(url);
        requests += 1;
        assert.ok(response.statusCode < 500, `${email} GET ${url}: ${String(response.statusCode)}`);
        for (const p of planted) {
          if (!response.body.includes(p.marker)) continue;
          seen.add(p.marker);
          if (kind !== 'case' || mayRead.get(`${email} ${p.planId}`) !== true) {
            leaks.push(`${email} ${url}: ${p.category} plan`);
          }
        }
        if (response.body.includes(step)) {
          seen.add(step);
          const readsPlan = mayRead.get(`${email} ${releasePlan.planId}`) === true;
          const party = organizationOf.get(email) === childWelfareId || coordinators.has(email);
          // The timeline shows tasks like the task routes do (docs/PROTOCOL.md, The case timeline).
          const carriesTasks = kind === 'task' || url.endsWith('/timeline');
          const allowed = readsPlan ? kind !== 'notice' : carriesTasks && party;
          if (!allowed) leaks.push(`${email} ${url}: the step's title (${kind})`);
        }
      };
      for (const route of routes) {
        for (const id of ids) await get(route.replace(/\{[^}]+\}/g, id), 'case');
      }
      for (const scope of ['mine', 'organization', 'county']) {
        await get(`/api/tasks?scope=${scope}&status=all`, 'task');
      }
      for (const id of taskIds) await get(`/api/tasks/${id}`, 'task');
      await get('/api/notifications', 'notice');
    }

    assert.deepEqual(leaks, []);
    for (const p of planted) assert.ok(seen.has(p.marker), `${p.category} plan never seen`);
    assert.ok(seen.has(step), 'the step reached its party');
    // Someone besides the authors was refused each plan: the crawl tested something.
    for (const p of planted) {
      const readers = ACCOUNTS.filter((e) => mayRead.get(`${e} ${p.planId}`) === true);
      assert.ok(readers.length < ACCOUNTS.length, `${p.category} plan read by everyone`);
    }
    console.log(
      `safety-plan crawl: ${String(requests)} requests over ${String(routes.length)} routes`,
    );
  });
});
