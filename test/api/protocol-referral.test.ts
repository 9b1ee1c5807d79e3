// An automatic referral made by the protocol goes through the same path as one a person makes:
// sent by the recording organization to a linked provider, marked automatic, on the answer clock
// as a durable job, and carrying only what consent allows. When no service can take it, the
// coordinator gets a task a day long.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { App } from '../../src/server/http/types.js';
import { runDueJobs } from '../../src/server/services/protocol/jobs.js';
import { DEMO_PASSWORD } from '../../src/server/services/setup/demo-county.js';
import { type TestDatabase } from '../support/database.js';
import { openDemoTestDatabase } from '../support/demo-database.js';
import { Client, testApp } from '../support/http.js';
import { testServices } from '../support/world.js';

let database: TestDatabase;
let app: App;
let services: ReturnType<typeof testServices>;
let youthId: string;
let jurisdictionId: string;

before(async () => {
  database = await openDemoTestDatabase();
  services = testServices(database.db, { demoMode: true });
  app = await testApp(services);
  const advocate = await as('advocate@demo.test');
  youthId = (await advocate.get('/api/youth?query=Maya')).json<{ id: string }[]>()[0]!.id;
  const [row] = await database.db.query<{ jurisdiction_id: string }>(
    'SELECT jurisdiction_id FROM youth WHERE id = $1',
    [youthId],
  );
  jurisdictionId = row!.jurisdiction_id;
});
after(async () => {
  await app.close();
  await database.close();
});

async function as(email: string): Promise<Client> {
  const client = new Client(app);
  const response = await client.login(email, DEMO_PASSWORD);
  assert.equal(response.statusCode, 200, response.body);
  return client;
}

const rule = (receiverOrganizationType: string) => ({
  rule: {
    name: `A placement change: a referral to ${receiverOrganizationType}`,
    trigger: 'placement_change',
    conditions: [],
    actions: [{ kind: 'referral', need: 'medical', receiverOrganizationType }],
    source: 'Test rule',
  },
  active: true,
});

test('a placement change sends the clinic an automatic referral through the referral path', async () => {
  const coordinator = await as('coordinator@demo.test');
  const saved = await coordinator.put(
    `/api/jurisdictions/${jurisdictionId}/protocol/rules/test-referral`,
    rule('medical'),
  );
  assert.equal(saved.statusCode, 200, saved.body);
  const childWelfare = await as('childwelfare@demo.test');
  const recorded = await childWelfare.post(`/api/youth/${youthId}/events`, {
    type: 'placement_change',
    occurredAt: services.clock.now().toISOString(),
  });
  assert.equal(recorded.statusCode, 201, recorded.body);
  const fired = recorded.json<{ fired: { ruleKey: string; actions: { result: string }[] }[] }>()
    .fired;
  assert.deepEqual(
    fired.find((f) => f.ruleKey === 'test-referral')?.actions.map((a) => a.result),
    ['sent'],
  );
  const clinic = await as('medical@demo.test');
  const inbox = (await clinic.get('/api/referrals?box=received')).json<
    { id: string; automatic: boolean; status: string; caseNumber: string }[]
  >();
  const automatic = inbox.filter((r) => r.automatic);
  assert.equal(automatic.length, 1, JSON.stringify(inbox));
  assert.equal(automatic[0]!.status, 'sent');
  const jobs = await database.db.query<{ kind: string }>(
    `SELECT kind FROM protocol_jobs WHERE target_id = $1`,
    [automatic[0]!.id],
  );
  assert.deepEqual(
    jobs.map((j) => j.kind),
    ['referral.due'],
  );
  // What travels follows consent: the clinic reads the packet as any referral's.
  const read = await clinic.get(`/api/referrals/${automatic[0]!.id}`);
  assert.equal(read.statusCode, 200, read.body);
  assert.ok(
    !read.body.includes('Rivera') ||
      read.json<{ packet: { identityShared: boolean } }>().packet.identityShared,
  );
  // The probation office, no party to it, is told it does not exist.
  const probation = await as('probation@demo.test');
  assert.equal((await probation.get(`/api/referrals/${automatic[0]!.id}`)).statusCode, 404);
});

test('with no service of that kind, the coordinator gets a day to make it by hand', async () => {
  const coordinator = await as('coordinator@demo.test');
  const saved = await coordinator.put(
    `/api/jurisdictions/${jurisdictionId}/protocol/rules/test-referral`,
    rule('child_advocacy_center'),
  );
  assert.equal(saved.statusCode, 200, saved.body);
  const childWelfare = await as('childwelfare@demo.test');
  const at = services.clock.now();
  const recorded = await childWelfare.post(`/api/youth/${youthId}/events`, {
    type: 'placement_change',
    occurredAt: at.toISOString(),
  });
  assert.equal(recorded.statusCode, 201, recorded.body);
  const tasks = (await coordinator.get('/api/tasks?scope=county')).json<
    { title: string; dueAt: string; assigneeOrganizationName: string }[]
  >();
  const byHand = tasks.find((t) =>
    t.title.startsWith('Make the referral to child advocacy center'),
  );
  assert.ok(byHand, JSON.stringify(tasks.map((t) => t.title)));
  assert.equal(Date.parse(byHand.dueAt), at.getTime() + 24 * 3_600_000);
  services.clock.advance(24 * 3_600_000);
  await runDueJobs(services);
  const later = await as('coordinator@demo.test');
  const after = (await later.get('/api/tasks?scope=county')).json<
    { title: string; overdue: boolean }[]
  >();
  assert.equal(after.find((t) => t.title === byHand.title)?.overdue, true);
});
