// A case sealed by court order through the API (docs/CONFIDENTIALITY.md, "Sealed cases"): the
// county's judge seals a case the police identified; the coordinator, an advocate on the case,
// the administrator, the oversight analyst and another county's judge are refused and nothing is
// written. Sealed, the case is in nobody's youth list, My work or county task list, and its
// record and timeline answer 404 to everyone but the court, whose every opening is audited;
// the order's number is stored only sealed. Its tasks opened by id answer 404 to their own
// organization, the coordinator and the named judge alike (the task rule asks the seal first),
// a merge naming it either way answers the coordinator 404 and moves nothing, and notifications
// already sent about it leave everyone's list and unread count. A later order lifts the seal and
// the case is back, tasks and notices too. Bad input: no order number, a future date, an unknown
// id, a malformed id, a malformed duplicate. The audit chain holds. And while a case is sealed its
// protocol clock is held: no task of it falls due or escalates and no notice or email names it;
// lifting the seal (which another county's judge cannot) runs what was held.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { verifyAuditChain } from '../../src/server/audit/audit-log.js';
import type { AppServices } from '../../src/server/context.js';
import { runDueJobs } from '../../src/server/services/protocol/jobs.js';
import type { App } from '../../src/server/http/types.js';
import { addToTeam, openYouth } from '../support/cases.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { signedIn, testApp, type Client } from '../support/http.js';
import { createWorld, testServices, TestClock, type World } from '../support/world.js';

let database: TestDatabase;
let app: App;
let services: AppServices & { clock: TestClock };
let world: World;
let elsewhere: World;
const clients = new Map<string, Client>();

const NOW = Date.parse('2026-05-12T17:00:00Z');
const ORDER = 'JV-2026-004417';

async function as(email: string): Promise<Client> {
  const known = clients.get(email);
  if (known) return known;
  const client = await signedIn(app, email);
  clients.set(email, client);
  return client;
}

before(async () => {
  database = await openTestDatabase();
  services = testServices(database.db, { demoMode: true, clock: new TestClock(NOW) });
  app = await testApp(services);
  world = await createWorld(database.db);
  elsewhere = await createWorld(database.db, 'Elsewhere');
});
after(async () => {
  await app.close();
  await database.close();
});

const seals = async (youthId: string) =>
  (
    await database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM case_seals WHERE youth_id = $1`,
      [youthId],
    )
  )[0]?.n;

const listed = async (client: Client, youthId: string) => {
  const response = await client.get('/api/youth?status=all');
  assert.equal(response.statusCode, 200, response.body);
  return response.json<{ id: string }[]>().some((y) => y.id === youthId);
};

/** The caller's notifications, and the unread count the header shows. */
const noticesOf = async (client: Client) => {
  const list = await client.get('/api/notifications');
  assert.equal(list.statusCode, 200, list.body);
  const count = await client.get('/api/notifications/unread-count');
  assert.equal(count.statusCode, 200, count.body);
  return {
    body: list.body,
    notices: list.json<{ youthId: string | null; read: boolean }[]>(),
    unread: count.json<{ unread: number }>().unread,
  };
};

const taskStatus = async (taskId: string) =>
  (
    await database.db.query<{ status: string; assignee_user_id: string | null }>(
      `SELECT status, assignee_user_id FROM tasks WHERE id = $1`,
      [taskId],
    )
  )[0];

const tasksOf = async (client: Client, query: string, youthId: string) => {
  const response = await client.get(`/api/tasks?${query}`);
  assert.equal(response.statusCode, 200, response.body);
  return response.json<{ youthId: string }[]>().filter((t) => t.youthId === youthId).length;
};

test('the court seals a case: it leaves every list, answers 404 to all but the court, and comes back when lifted', async () => {
  const people = world.people;
  const [police, advocate, judge, coordinator] = await Promise.all([
    as(people.law_enforcement_officer.email),
    as(people.advocate.email),
    as(people.judge.email),
    as(people.coordinator.email),
  ]);
  const youth = await openYouth(police);
  const identified = await police.post(`/api/youth/${youth.id}/events`, {
    type: 'identification',
    occurredAt: new Date(NOW - 3_600_000).toISOString(),
    details: { where: 'County hospital' },
  });
  assert.equal(identified.statusCode, 201, identified.body);
  await addToTeam(police, youth.id, world.organizations.juvenile_court.id, 'court');
  assert.ok(await listed(police, youth.id));
  assert.ok((await tasksOf(coordinator, 'scope=county', youth.id)) > 0, 'the protocol gave tasks');
  const advocateTasks = await advocate.get('/api/tasks?scope=organization');
  const task = advocateTasks
    .json<{ id: string; youthId: string }[]>()
    .find((t) => t.youthId === youth.id);
  assert.ok(task, 'the advocates were given a task');
  // A second record of the county, the other half of each merge tried below.
  const other = await openYouth(police);
  // Who was told of the case before the seal: each one's notices name it.
  const told: Client[] = [];
  for (const client of [advocate, coordinator, police]) {
    if ((await noticesOf(client)).notices.some((n) => n.youthId === youth.id)) told.push(client);
  }
  assert.ok(told.length > 0, 'the protocol told someone of the case');

  // Everyone but the court is refused, and nothing is written.
  const body = { orderNumber: ORDER, orderDate: '2026-05-11' };
  for (const [who, email, status] of [
    ['coordinator', people.coordinator.email, 403],
    ['advocate on the case', people.advocate.email, 403],
    ['police on the case', people.law_enforcement_officer.email, 403],
    ['administrator', people.administrator.email, 403],
    ['oversight', people.oversight_analyst.email, 403],
    ['another county’s judge', elsewhere.people.judge.email, 404],
  ] as const) {
    const refused = await (await as(email)).post(`/api/youth/${youth.id}/seal`, body);
    assert.equal(refused.statusCode, status, `${who}: ${refused.body}`);
  }
  assert.equal(await seals(youth.id), 0);

  // Bad input, each a clear error.
  const bad = async (url: string, payload: unknown, status: number, code: string) => {
    const response = await judge.post(url, payload);
    assert.equal(response.statusCode, status, response.body);
    assert.equal(response.json<{ error: { code: string } }>().error.code, code);
  };
  await bad(`/api/youth/${youth.id}/seal`, { orderDate: '2026-05-11' }, 400, 'invalid_input');
  await bad(
    `/api/youth/${youth.id}/seal`,
    { ...body, orderDate: '2026-05-13' },
    400,
    'order_in_future',
  );
  await bad(`/api/youth/${randomUUID()}/seal`, body, 404, 'not_found');
  await bad('/api/youth/not-an-id/seal', body, 400, 'invalid_input');
  assert.equal(await seals(youth.id), 0);

  const sealed = await judge.post(`/api/youth/${youth.id}/seal`, {
    ...body,
    rolesAllowed: ['judge'],
  });
  assert.equal(sealed.statusCode, 200, sealed.body);
  assert.deepEqual(
    sealed.json<{ sealed: boolean; seal: { orderNumber: string; orderDate: string } }>().seal
      ?.orderNumber,
    ORDER,
  );
  await bad(`/api/youth/${youth.id}/seal`, body, 409, 'already_sealed');
  const [stored] = await database.db.query<{ order_number_sealed: string }>(
    `SELECT order_number_sealed FROM case_seals WHERE youth_id = $1`,
    [youth.id],
  );
  assert.ok(stored && !stored.order_number_sealed.includes(ORDER), 'the number is stored sealed');

  // Gone for everyone else: lists, tasks, record, timeline, the seal itself; the clerk too,
  // whom the order does not name.
  for (const email of [
    people.law_enforcement_officer.email,
    people.advocate.email,
    people.coordinator.email,
    people.court_clerk.email,
  ]) {
    const client = await as(email);
    assert.equal(await listed(client, youth.id), false, email);
    for (const path of ['', '/timeline', '/seal', '/events']) {
      const response = await client.get(`/api/youth/${youth.id}${path}`);
      assert.equal(response.statusCode, 404, `${email} ${path}: ${response.body}`);
    }
  }
  assert.equal(await tasksOf(coordinator, 'scope=county', youth.id), 0);
  assert.equal(await tasksOf(advocate, 'scope=organization', youth.id), 0);
  // The other lists that show cases without the access module: each answers, none names it.
  for (const [client, url] of [
    [coordinator, '/api/break-glass/reviews'],
    [coordinator, '/api/mdt-meetings'],
    [advocate, '/api/referrals?box=received'],
    [advocate, '/api/releases'],
    [judge, '/api/court-calendar'],
  ] as const) {
    const response = await client.get(url);
    assert.equal(response.statusCode, 200, `${url}: ${response.body}`);
    assert.ok(!response.body.includes(youth.caseNumber), url);
  }
  const unsealByAdvocate = await advocate.post(`/api/youth/${youth.id}/unseal`, body);
  assert.equal(unsealByAdvocate.statusCode, 404, unsealByAdvocate.body);

  // Its task, opened by id: 404 to its own organization, the coordinator, and the judge the order
  // names (the seal opens nothing: the task is not the court's), for every action; nothing changes.
  const deniedBefore = await database.db.query(
    `SELECT 1 FROM audit_events WHERE action = 'access.denied' AND reason = 'sealed'
       AND target_id = $1`,
    [task.id],
  );
  for (const [who, client] of [
    ['advocate', advocate],
    ['coordinator', coordinator],
    ['named judge', judge],
  ] as const) {
    const read = await client.get(`/api/tasks/${task.id}`);
    assert.equal(read.statusCode, 404, `${who}: ${read.body}`);
    assert.ok(!read.body.includes(youth.caseNumber));
    for (const [action, payload] of [
      ['take', {}],
      ['complete', {}],
      ['cancel', { reason: 'no longer needed' }],
    ] as const) {
      const acted = await client.post(`/api/tasks/${task.id}/${action}`, payload);
      assert.equal(acted.statusCode, 404, `${who} ${action}: ${acted.body}`);
    }
  }
  assert.deepEqual(await taskStatus(task.id), { status: 'open', assignee_user_id: null });
  const deniedAfter = await database.db.query(
    `SELECT 1 FROM audit_events WHERE action = 'access.denied' AND reason = 'sealed'
       AND target_id = $1`,
    [task.id],
  );
  // The advocate's and the coordinator's four refusals each; the judge's are not_on_case_team.
  assert.equal(deniedAfter.length - deniedBefore.length, 8, 'each refusal audited as sealed');

  // A merge naming the sealed record, as survivor or as duplicate: 404, and nothing moves.
  for (const [survivorId, duplicateId] of [
    [other.id, youth.id],
    [youth.id, other.id],
  ]) {
    const merged = await coordinator.post(`/api/youth/${survivorId}/merge`, {
      duplicateId,
      reason: 'same birth date and alias',
    });
    assert.equal(merged.statusCode, 404, merged.body);
    assert.ok(!merged.body.includes(youth.caseNumber));
  }
  await bad(
    `/api/youth/${other.id}/merge`,
    { duplicateId: 'nope', reason: 'x' },
    400,
    'invalid_input',
  );
  const statuses = await database.db.query<{ status: string }>(
    `SELECT status FROM youth WHERE id = ANY($1::uuid[]) ORDER BY id`,
    [[youth.id, other.id]],
  );
  assert.deepEqual(
    statuses.map((r) => r.status),
    ['open', 'open'],
  );

  // Notices already sent about it leave the list and the unread count, for everyone.
  for (const client of [...told, judge]) {
    const { body: notices, notices: list, unread } = await noticesOf(client);
    assert.ok(
      !notices.includes(youth.caseNumber) && !notices.includes(youth.id),
      'a notice names the sealed case',
    );
    assert.equal(unread, list.filter((n) => !n.read).length, 'the count names no hidden notice');
  }

  // The judge still opens it, and each opening is on record.
  const before = await database.db.query(
    `SELECT 1 FROM audit_events WHERE action = 'case_seal.read' AND target_id = $1`,
    [youth.id],
  );
  const record = await judge.get(`/api/youth/${youth.id}`);
  assert.equal(record.statusCode, 200, record.body);
  assert.ok(await listed(judge, youth.id));
  const reads = await database.db.query(
    `SELECT 1 FROM audit_events WHERE action = 'case_seal.read' AND target_id = $1`,
    [youth.id],
  );
  assert.equal(reads.length, before.length + 2, 'the record and the list each audited');

  // Lifted by a later order: not dated before the seal's, then back in every list.
  await bad(
    `/api/youth/${youth.id}/unseal`,
    { ...body, orderDate: '2026-05-10' },
    400,
    'order_before_seal',
  );
  const lifted = await judge.post(`/api/youth/${youth.id}/unseal`, {
    orderNumber: 'JV-2026-004417-A',
    orderDate: '2026-05-12',
  });
  assert.equal(lifted.statusCode, 200, lifted.body);
  assert.equal(lifted.json<{ sealed: boolean }>().sealed, false);
  assert.ok(await listed(police, youth.id));
  assert.ok((await tasksOf(coordinator, 'scope=county', youth.id)) > 0);
  assert.equal((await police.get(`/api/youth/${youth.id}`)).statusCode, 200);
  assert.equal((await advocate.get(`/api/tasks/${task.id}`)).statusCode, 200);
  for (const client of told) {
    assert.ok((await noticesOf(client)).notices.some((n) => n.youthId === youth.id));
  }

  const actions = await database.db.query<{ action: string }>(
    `SELECT action FROM audit_events WHERE target_id = $1 AND action LIKE 'case_seal.%'
       AND action <> 'case_seal.read' ORDER BY seq`,
    [youth.id],
  );
  assert.deepEqual(
    actions.map((a) => a.action),
    ['case_seal.record', 'case_seal.lift'],
  );
  assert.equal((await verifyAuditChain(database.db)).ok, true);
});

test('a sealed case’s clock is held: nothing falls due, escalates or tells anyone until the seal is lifted', async () => {
  const people = world.people;
  const [police, judge] = await Promise.all([
    as(people.law_enforcement_officer.email),
    as(people.judge.email),
  ]);
  const youth = await openYouth(police);
  const identified = await police.post(`/api/youth/${youth.id}/events`, {
    type: 'identification',
    occurredAt: new Date(services.clock.now().getTime() - 600_000).toISOString(),
    details: { where: 'County hospital' },
  });
  assert.equal(identified.statusCode, 201, identified.body);
  await addToTeam(police, youth.id, world.organizations.juvenile_court.id, 'court');
  await runDueJobs(services); // whatever was due before the seal
  services.clock.advance(60_000); // what is written from here on is after the notices so far
  const sealedAt = services.clock.now();
  const sealed = await judge.post(`/api/youth/${youth.id}/seal`, {
    orderNumber: 'JV-2026-005120',
    orderDate: sealedAt.toISOString().slice(0, 10),
  });
  assert.equal(sealed.statusCode, 200, sealed.body);

  // What the clock did to the case, and every notice or email written since a moment.
  const clockOf = async () =>
    (
      await database.db.query<{ overdue: number; escalated: number; open: number }>(
        `SELECT count(*) FILTER (WHERE t.overdue_at IS NOT NULL)::int AS overdue,
           (SELECT count(*) FROM task_escalations s JOIN tasks u ON u.id = s.task_id
             WHERE u.youth_id = $1 AND s.happened_at IS NOT NULL)::int AS escalated,
           count(*) FILTER (WHERE t.status = 'open')::int AS open
         FROM tasks t WHERE t.youth_id = $1`,
        [youth.id],
      )
    )[0];
  const toldSince = async (since: Date) =>
    database.db.query<{ youth_id: string | null; case_number: string | null; message: string }>(
      `SELECT youth_id, case_number, message FROM notifications WHERE created_at >= $1
       UNION ALL SELECT NULL, NULL, subject || ' ' || body_text FROM email_outbox
       WHERE created_at >= $1`,
      [since],
    );
  const before = await clockOf();
  assert.ok(before && before.open > 0 && before.overdue === 0, 'open tasks not yet due');

  // Eight days on, every due time and escalation of its tasks has passed: all held.
  services.clock.advance(8 * 86_400_000);
  clients.clear(); // the sessions have ended meanwhile
  assert.ok((await runDueJobs(services)) > 0, 'the runner handled the case’s jobs');
  assert.deepEqual(await clockOf(), before, 'nothing fell due or escalated');
  const duringSeal = await toldSince(sealedAt);
  assert.ok(
    duringSeal.every(
      (n) =>
        n.youth_id !== youth.id &&
        n.case_number !== youth.caseNumber &&
        !n.message.includes(youth.caseNumber),
    ),
    'no notice or email names the sealed case',
  );
  const [held] = await database.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM protocol_jobs WHERE held_for_youth_id = $1`,
    [youth.id],
  );
  assert.ok(held && held.n > 0, 'its jobs are held, not dropped');
  assert.equal(await runDueJobs(services), 0, 'a held job is not claimed again');

  // Another county's judge cannot lift it (404 as an unknown id), and nothing is released.
  const stranger = await as(elsewhere.people.judge.email);
  const liftedElsewhere = await stranger.post(`/api/youth/${youth.id}/unseal`, {
    orderNumber: 'X-1',
    orderDate: services.clock.now().toISOString().slice(0, 10),
  });
  assert.equal(liftedElsewhere.statusCode, 404, liftedElsewhere.body);

  // Lifted: the held clock runs at the next round, and its notices name the case again.
  const liftedAt = services.clock.now();
  const lifted = await (
    await as(people.judge.email)
  ).post(`/api/youth/${youth.id}/unseal`, {
    orderNumber: 'JV-2026-005120-A',
    orderDate: liftedAt.toISOString().slice(0, 10),
  });
  assert.equal(lifted.statusCode, 200, lifted.body);
  const [audit] = await database.db.query<{ details: { heldClocks: number } }>(
    `SELECT details FROM audit_events WHERE action = 'case_seal.lift' AND target_id = $1`,
    [youth.id],
  );
  assert.equal(audit?.details.heldClocks, held.n);
  assert.equal(await runDueJobs(services), held.n, 'each held job runs once');
  const after = await clockOf();
  assert.equal(after?.overdue, before.open, 'every open task is overdue now');
  assert.ok(after && after.escalated > 0, 'and escalated');
  const afterLift = await toldSince(liftedAt);
  assert.ok(afterLift.some((n) => n.youth_id === youth.id));
  assert.equal((await verifyAuditChain(database.db)).ok, true);
});
