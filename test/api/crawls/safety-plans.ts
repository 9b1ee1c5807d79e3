// The safety-plan check of the demo crawl (issue 11, "done when": safety plans only where a basis
// exists). On the demo case, the advocate writes a plan of three categories and child welfare one
// of its own, every section carrying a unique marker, and a release step for child welfare whose
// title carries another. Every GET route of the case and of the plans, the tasks and the
// notifications are read as every demo account. A plan's marker reaches only a reader whom
// decideRead allows its category from its author; the step's title reaches, beside the plan's
// readers, only the party (child welfare) and the county coordinator wherever tasks show (the
// task routes, the timeline); no notification carries it. The markers found prove the scan looks
// where the data is.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { findUserWithCredentials } from '../../../src/db/repositories/users.js';
import { unsafeFindYouth } from '../../../src/db/repositories/youth.js';
import type { DataCategory } from '../../../src/domain/vocabulary.js';
import { actorOf } from '../../../src/server/services/auth/signed-in.js';
import { loadCase } from '../../../src/server/services/cases/case-scope.js';
import { getOperations, type Check, type CrawlContext } from './walk.js';

const marker = (label: string) => `${label}-${randomBytes(8).toString('hex')}`;

interface Planted {
  readonly planId: string;
  readonly category: DataCategory;
  readonly holderOrganizationId: string;
  readonly marker: string;
}

type Kind = 'case' | 'task' | 'notice';

export async function plantSafetyPlans(
  context: CrawlContext,
  accounts: readonly string[],
): Promise<Check> {
  const { database, services, app, mayaId } = context;
  const advocate = await context.signIn('advocate@demo.test');
  const { team } = (await advocate.get(`/api/youth/${mayaId}`)).json<{
    team: { organizationId: string; organizationType: string }[];
  }>();
  const childWelfareId = team.find((m) => m.organizationType === 'child_welfare')?.organizationId;
  assert.ok(childWelfareId, 'child welfare is on Maya’s team');

  const planted: Planted[] = [];
  const plant = async (email: string, category: DataCategory, plan: (m: string) => unknown) => {
    const client = await context.signIn(email);
    const text = marker(`PLAN-${category}`);
    const response = await client.post(`/api/youth/${mayaId}/safety-plans`, plan(text));
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
  const releasePlan = planted[1];
  assert.ok(releasePlan);

  const mayRead = new Map<string, boolean>();
  const coordinators = new Set<string>();
  const organizationOf = new Map<string, string>();
  /** Every URL this check reads, and what it is (the same for every account). */
  const urls = new Map<string, Kind>();
  const leaks: string[] = [];
  const seen = new Set<string>();
  let inspected = 0;
  return {
    name: 'safety plans',
    async prepare() {
      // Who may read what, from the access module itself.
      const youth = await unsafeFindYouth(database.db, mayaId);
      assert.ok(youth);
      for (const email of accounts) {
        const found = await findUserWithCredentials(database.db, { email });
        assert.ok(found, email);
        const actor = actorOf(found.user);
        organizationOf.set(email, actor.organizationId);
        if (actor.roles.includes('coordinator') && actor.jurisdictionId === youth.jurisdictionId) {
          coordinators.add(email);
        }
        const scope = await loadCase(database.db, services, actor, youth);
        for (const p of planted) {
          mayRead.set(
            `${email} ${p.planId}`,
            scope.read(p.category, p.holderOrganizationId).allowed,
          );
        }
      }
      const routes = (await getOperations(app))
        .map((op) => op.path)
        .filter((path) => /^\/api\/(youth\/\{id\}|safety-plans)/.test(path));
      assert.ok(routes.includes('/api/safety-plans/{id}/versions'), 'the plan routes are crawled');
      const ids = [mayaId, ...planted.map((p) => p.planId), context.unknownId];
      for (const route of routes) {
        for (const id of ids) urls.set(route.replace(/\{[^}]+\}/g, id), 'case');
      }
      for (const scope of ['mine', 'organization', 'county']) {
        urls.set(`/api/tasks?scope=${scope}&status=all`, 'task');
      }
      const tasks = await database.db.query<{ id: string }>('SELECT id FROM tasks');
      for (const task of tasks) urls.set(`/api/tasks/${task.id}`, 'task');
      urls.set('/api/notifications', 'notice');
    },
    readsSharedWalk: false,
    ownUrls: () => [...urls.keys()],
    inspect(email, url, _status, body) {
      inspected += 1;
      const kind = urls.get(url);
      assert.ok(kind, url);
      for (const p of planted) {
        if (!body.includes(p.marker)) continue;
        seen.add(p.marker);
        if (kind !== 'case' || mayRead.get(`${email} ${p.planId}`) !== true) {
          leaks.push(`${email} ${url}: ${p.category} plan`);
        }
      }
      if (body.includes(step)) {
        seen.add(step);
        const readsPlan = mayRead.get(`${email} ${releasePlan.planId}`) === true;
        const party = organizationOf.get(email) === childWelfareId || coordinators.has(email);
        // The timeline shows tasks like the task routes do (docs/PROTOCOL.md, The case timeline).
        const carriesTasks = kind === 'task' || url.endsWith('/timeline');
        const allowed = readsPlan ? kind !== 'notice' : carriesTasks && party;
        if (!allowed) leaks.push(`${email} ${url}: the step's title (${kind})`);
      }
    },
    finish() {
      assert.deepEqual(leaks, []);
      for (const p of planted) assert.ok(seen.has(p.marker), `${p.category} plan never seen`);
      assert.ok(seen.has(step), 'the step reached its party');
      // Someone besides the authors was refused each plan: the crawl tested something.
      for (const p of planted) {
        const readers = accounts.filter((e) => mayRead.get(`${e} ${p.planId}`) === true);
        assert.ok(readers.length < accounts.length, `${p.category} plan read by everyone`);
      }
      assert.ok(inspected > 500, `only ${String(inspected)} answers read`);
    },
  };
}
