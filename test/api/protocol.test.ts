// The protocol engine through the API: an event fires the county's rules in the same step, tasks
// carry the minimal packet to their assignees only, the clock makes them overdue and escalates
// them once, an edit changes the next firing and never the past, and bad input is refused.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { App } from '../../src/server/http/types.js';
import { runDueJobs } from '../../src/server/services/protocol/jobs.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { signedIn, testApp, type Client } from '../support/http.js';
import { openYouth } from '../support/cases.js';
import { createWorld, testServices, TestClock, type World } from '../support/world.js';
import type { AppServices } from '../../src/server/context.js';

let database: TestDatabase;
let app: App;
let services: AppServices & { clock: TestClock };
let world: World;
let elsewhere: World;

before(async () => {
  database = await openTestDatabase();
  services = testServices(database.db, {
    demoMode: true,
    clock: new TestClock(Date.parse('2026-11-20T09:40:00Z')),
  });
  app = await testApp(services);
  world = await createWorld(database.db);
  elsewhere = await createWorld(database.db, 'Elsewhere');
});
after(async () => {
  await app.close();
  await database.close();
});

const as = (email: string): Promise<Client> => signedIn(app, email);
const MINUTE = 60_000;

interface Recorded {
  event: { id: string; type: string };
  fired: { ruleKey: string; ruleVersion: number; actions: { action: string; result: string }[] }[];
  tasks: { title: string; assigneeOrganizationName: string; dueAt: string }[];
  protectiveResponse: { statement: { statement: string; citation: string } } | null;
}
interface TaskBody {
  id: string;
  caseNumber: string;
  title: string;
  where: string | null;
  dueAt: string;
  status: string;
  overdue: boolean;
  ruleKey: string | null;
  ruleVersion: number | null;
  assigneeOrganizationId: string;
  escalations: { step: number; happenedAt: string | null; skippedAt: string | null }[];
  allowedActions: string[];
}

async function identify(officer: Client, youthId: string, occurredAt: Date, extra = {}) {
  const response = await officer.post(`/api/youth/${youthId}/events`, {
    type: 'identification',
    occurredAt: occurredAt.toISOString(),
    details: { where: 'St. Mary’s emergency room', prostitutionRelated: true, ...extra },
  });
  assert.equal(response.statusCode, 201, response.body);
  return response.json<Recorded>();
}

async function tasksOf(client: Client, query = 'scope=mine&status=all') {
  const response = await client.get(`/api/tasks?${query}`);
  assert.equal(response.statusCode, 200, response.body);
  return response.json<TaskBody[]>();
}

describe('an identification by police fires the first-responder rules', () => {
  let youthId: string;
  let caseNumber: string;
  let occurredAt: Date;

  test('the officer records it and is shown the statement; the advocate gets a 90-minute task', async () => {
    const officer = await as(world.people.law_enforcement_officer.email);
    ({ id: youthId, caseNumber } = await openYouth(officer));
    occurredAt = services.clock.now();
    const recorded = await identify(officer, youthId, occurredAt);
    const keys = recorded.fired.map((f) => f.ruleKey).sort();
    assert.deepEqual(keys, [
      'le-identification-advocate',
      'le-identification-mdt',
      'le-identification-services',
    ]);
    assert.ok(recorded.protectiveResponse);
    assert.match(recorded.protectiveResponse.statement.statement, /victim/);
    const onScene = recorded.tasks.find((t) => t.title === 'Advocate on scene with the youth');
    assert.ok(onScene);
    assert.equal(Date.parse(onScene.dueAt), occurredAt.getTime() + 90 * MINUTE);
    assert.equal(onScene.assigneeOrganizationName, world.organizations.advocacy.name);
  });

  test('the advocate sees the minimal packet on My work; the protocol put her organization on the team', async () => {
    const advocate = await as(world.people.advocate.email);
    const mine = await tasksOf(advocate);
    const task = mine.find((t) => t.title === 'Advocate on scene with the youth');
    assert.ok(task);
    assert.equal(task.caseNumber, caseNumber);
    assert.equal(task.where, 'St. Mary’s emergency room');
    assert.equal(task.ruleKey, 'le-identification-advocate');
    assert.deepEqual(task.allowedActions.sort(), ['cancel', 'complete', 'take']);
    const body = JSON.stringify(task);
    assert.doesNotMatch(body, /Youth\d/, 'no youth name travels with a task');
    const record = await advocate.get(`/api/youth/${youthId}`);
    assert.equal(record.statusCode, 200, 'on the team by the protocol');
  });

  test('another agency, role or county sees none of it; only the coordinator sees the county', async () => {
    const probation = await as(world.people.probation_officer.email);
    assert.deepEqual(await tasksOf(probation), []);
    const advocate = await as(world.people.advocate.email);
    const [task] = await tasksOf(advocate);
    assert.ok(task);
    assert.equal((await probation.get(`/api/tasks/${task.id}`)).statusCode, 404);
    assert.equal((await advocate.get(`/api/tasks/${task.id}`)).statusCode, 200);
    const reads = await database.db.query(
      `SELECT 1 FROM audit_events WHERE action = 'task.read' AND target_id = $1`,
      [task.id],
    );
    assert.equal(reads.length, 1, 'reading one task is audited');
    assert.equal((await probation.post(`/api/tasks/${task.id}/complete`)).statusCode, 404);
    const other = await as(elsewhere.people.advocate.email);
    assert.equal((await other.get(`/api/tasks/${task.id}`)).statusCode, 404);
    assert.equal((await advocate.get('/api/tasks?scope=county')).statusCode, 403);
    const admin = await as(world.people.administrator.email);
    assert.equal((await admin.get('/api/tasks')).statusCode, 403);
    const coordinator = await as(world.people.coordinator.email);
    const county = await tasksOf(coordinator, 'scope=county');
    assert.equal(county.length, 4);
  });

  test('at due the task is overdue and escalates to the supervisor; two hours later the coordinator', async () => {
    services.clock.advance(89 * MINUTE);
    await runDueJobs(services);
    const advocate = await as(world.people.advocate.email);
    let task = (await tasksOf(advocate)).find((t) => t.title.startsWith('Advocate on scene'));
    assert.ok(task);
    assert.equal(task.overdue, false);
    assert.equal(task.escalations[0]?.happenedAt, null);
    services.clock.advance(MINUTE);
    assert.ok((await runDueJobs(services)) >= 2);
    task = (await tasksOf(advocate)).find((t) => t.title.startsWith('Advocate on scene'));
    assert.ok(task);
    assert.equal(task.overdue, true);
    assert.equal(task.escalations[0]?.happenedAt, services.clock.now().toISOString());
    assert.equal(task.escalations[1]?.happenedAt, null);
    assert.equal(await runDueJobs(services), 0, 'nothing runs twice');
    services.clock.advance(120 * MINUTE);
    await runDueJobs(services);
    const coordinator = await as(world.people.coordinator.email);
    const notices = (await coordinator.get('/api/notifications')).json<{ message: string }[]>();
    assert.ok(notices.some((n) => n.message.startsWith('Escalated: Advocate on scene')));
  });

  test('taking and completing stops the ladder; a colleague cannot take it from her', async () => {
    const advocate = await as(world.people.advocate.email);
    const task = (await tasksOf(advocate)).find((t) => t.title.startsWith('Connect the youth'));
    assert.ok(task);
    const taken = await advocate.post(`/api/tasks/${task.id}/take`);
    assert.equal(taken.statusCode, 200, taken.body);
    const done = await advocate.post(`/api/tasks/${task.id}/complete`);
    assert.equal(done.statusCode, 200, done.body);
    assert.equal(done.json<TaskBody>().status, 'done');
    assert.ok(done.json<TaskBody>().escalations.every((e) => e.skippedAt !== null));
    assert.equal((await advocate.post(`/api/tasks/${task.id}/complete`)).statusCode, 409);
    services.clock.advance(80 * 60 * MINUTE);
    await runDueJobs(services);
    const later = await as(world.people.advocate.email);
    const after = (await tasksOf(later)).find((t) => t.id === task.id);
    assert.equal(after?.escalations[0]?.happenedAt, null, 'a done task never escalates');
  });
});

describe('events are read by category and recorded only by whose work they are', () => {
  test('the advocate without a release does not read the police identification; police do', async () => {
    const officer = await as(world.people.law_enforcement_officer.email);
    const { id } = await openYouth(officer);
    await identify(officer, id, services.clock.now());
    const own = (await officer.get(`/api/youth/${id}/events`)).json<{ type: string }[]>();
    assert.deepEqual(
      own.map((e) => e.type),
      ['identification'],
    );
    const advocate = await as(world.people.advocate.email);
    const read = await advocate.get(`/api/youth/${id}/events`);
    assert.equal(read.statusCode, 200);
    assert.deepEqual(read.json(), []);
  });

  test('a subpoena recorded by police is refused and audited; another county gets 404', async () => {
    const officer = await as(world.people.law_enforcement_officer.email);
    const { id } = await openYouth(officer);
    const refused = await officer.post(`/api/youth/${id}/events`, {
      type: 'subpoena',
      occurredAt: services.clock.now().toISOString(),
      details: { hearingDate: '2027-01-15' },
    });
    assert.equal(refused.statusCode, 403, refused.body);
    assert.equal(refused.json<{ error: { code: string } }>().error.code, 'role_cannot_record');
    const audited = await database.db.query<{ reason: string }>(
      `SELECT reason FROM audit_events WHERE target_id = $1 AND outcome = 'denied'`,
      [id],
    );
    assert.deepEqual(
      audited.map((a) => a.reason),
      ['role_cannot_record'],
    );
    const stranger = await as(elsewhere.people.law_enforcement_officer.email);
    const across = await stranger.post(`/api/youth/${id}/events`, {
      type: 'identification',
      occurredAt: services.clock.now().toISOString(),
    });
    assert.equal(across.statusCode, 404);
    const events = await database.db.query(`SELECT id FROM case_events WHERE youth_id = $1`, [id]);
    assert.equal(events.length, 0, 'nothing written');
  });

  test('an event in the future is refused with in_the_future and nothing fires', async () => {
    const officer = await as(world.people.law_enforcement_officer.email);
    const { id } = await openYouth(officer);
    const future = await officer.post(`/api/youth/${id}/events`, {
      type: 'identification',
      occurredAt: new Date(services.clock.now().getTime() + 60 * MINUTE).toISOString(),
    });
    assert.equal(future.statusCode, 400);
    assert.equal(future.json<{ error: { code: string } }>().error.code, 'in_the_future');
    const tasks = await database.db.query(`SELECT id FROM tasks WHERE youth_id = $1`, [id]);
    assert.equal(tasks.length, 0);
    const bad = await officer.post(`/api/youth/${id}/events`, {
      type: 'arrest_attempt',
      occurredAt: services.clock.now().toISOString(),
      details: { prostitutionRelated: 'yes' },
    });
    assert.equal(bad.statusCode, 400, bad.body);
  });

  test('recorded late, the clock runs from when it happened: the task is overdue at once', async () => {
    const officer = await as(world.people.law_enforcement_officer.email);
    const { id } = await openYouth(officer);
    const threeHoursAgo = new Date(services.clock.now().getTime() - 180 * MINUTE);
    const recorded = await identify(officer, id, threeHoursAgo);
    const onScene = recorded.tasks.find((t) => t.title.startsWith('Advocate on scene'));
    assert.equal(Date.parse(onScene!.dueAt), threeHoursAgo.getTime() + 90 * MINUTE);
    await runDueJobs(services);
    const row = await database.db.query<{ overdue_at: Date | null }>(
      `SELECT overdue_at FROM tasks WHERE youth_id = $1 AND title LIKE 'Advocate on scene%'`,
      [id],
    );
    assert.equal(row[0]?.overdue_at?.getTime(), services.clock.now().getTime());
  });
});

describe('the county edits its protocol', () => {
  test('an edit makes a new version that changes the next firing and not the past', async () => {
    const coordinator = await as(world.people.coordinator.email);
    const officer = await as(world.people.law_enforcement_officer.email);
    const first = await openYouth(officer);
    await identify(officer, first.id, services.clock.now());
    const protocol = await coordinator.get(`/api/jurisdictions/${world.jurisdictionId}/protocol`);
    assert.equal(protocol.statusCode, 200);
    const rule = protocol
      .json<{
        rules: {
          key: string;
          version: number;
          name: string;
          trigger: string;
          conditions: unknown[];
          actions: Record<string, unknown>[];
          source: string;
        }[];
      }>()
      .rules.find((r) => r.key === 'le-identification-advocate');
    assert.ok(rule);
    const actions = rule.actions.map((a) =>
      a.kind === 'task' ? { ...a, due: { after: { amount: 60, unit: 'minutes' } } } : a,
    );
    const saved = await coordinator.put(
      `/api/jurisdictions/${world.jurisdictionId}/protocol/rules/${rule.key}`,
      {
        rule: {
          name: rule.name,
          trigger: rule.trigger,
          conditions: rule.conditions,
          actions,
          source: rule.source,
        },
        active: true,
      },
    );
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(saved.json<{ version: number }>().version, rule.version + 1);
    const second = await openYouth(officer);
    const now = services.clock.now();
    const recorded = await identify(officer, second.id, now);
    const onScene = recorded.tasks.find((t) => t.title.startsWith('Advocate on scene'));
    assert.equal(Date.parse(onScene!.dueAt), now.getTime() + 60 * MINUTE);
    assert.equal(recorded.fired.find((f) => f.ruleKey === rule.key)?.ruleVersion, rule.version + 1);
    const past = await database.db.query<{ rule_version: number }>(
      `SELECT f.rule_version FROM protocol_firings f WHERE f.youth_id = $1 AND f.rule_key = $2`,
      [first.id, rule.key],
    );
    assert.deepEqual(
      past.map((p) => p.rule_version),
      [rule.version],
    );
  });

  test('bad rules are refused with the problem named; nothing is saved', async () => {
    const coordinator = await as(world.people.coordinator.email);
    const url = `/api/jurisdictions/${world.jurisdictionId}/protocol/rules/bad-rule`;
    const base = {
      name: 'Bad',
      trigger: 'identification',
      conditions: [],
      source: 'test',
      actions: [
        {
          kind: 'task',
          taskKind: 'action',
          title: 'Do it',
          assignee: { kind: 'organization_type', organizationType: 'advocacy' },
          due: { after: { amount: 1, unit: 'hours' } },
        },
      ],
    };
    const cases: [unknown, string][] = [
      [{ ...base, trigger: 'kidnapping' }, 'unknown_event_type'],
      [
        {
          ...base,
          actions: [
            {
              ...base.actions[0],
              assignee: { kind: 'organization_type', organizationType: 'fbi' },
            },
          ],
        },
        'unknown_organization_type',
      ],
      [
        {
          ...base,
          actions: [
            { ...base.actions[0], assignee: { kind: 'point_person', function: 'Night owl' } },
          ],
        },
        'unknown_function',
      ],
      [
        { ...base, conditions: [{ fact: 'detail', field: 'hairColor', equals: true }] },
        'unknown_detail',
      ],
    ];
    for (const [rule, code] of cases) {
      const response = await coordinator.put(url, { rule, active: true });
      assert.equal(response.statusCode, 400, response.body);
      assert.equal(response.json<{ error: { code: string } }>().error.code, code);
    }
    assert.equal((await coordinator.get(url)).statusCode, 404, 'nothing saved');
    const advocate = await as(world.people.advocate.email);
    assert.equal((await advocate.put(url, { rule: base, active: true })).statusCode, 403);
    const other = await as(elsewhere.people.coordinator.email);
    assert.equal((await other.put(url, { rule: base, active: true })).statusCode, 403);
  });

  test('the dry run says what would fire and when, writing nothing', async () => {
    const coordinator = await as(world.people.coordinator.email);
    const before = await database.db.query(`SELECT count(*)::int AS n FROM tasks`);
    const occurredAt = services.clock.now();
    const response = await coordinator.post(
      `/api/jurisdictions/${world.jurisdictionId}/protocol/dry-run`,
      {
        event: {
          type: 'missing',
          occurredAt: occurredAt.toISOString(),
          details: { fromCare: true },
        },
      },
    );
    assert.equal(response.statusCode, 200, response.body);
    const rules = response.json<{ rules: { key: string; actions: { dueAt: string | null }[] }[] }>()
      .rules;
    assert.deepEqual(rules.map((r) => r.key).sort(), ['missing-from-care-reports', 'missing-ncic']);
    const ncic = rules.find((r) => r.key === 'missing-ncic');
    assert.equal(Date.parse(ncic!.actions[0]!.dueAt!), occurredAt.getTime() + 120 * MINUTE);
    const after = await database.db.query(`SELECT count(*)::int AS n FROM tasks`);
    assert.deepEqual(after, before);
  });
});

describe('a county set up before a rule joined the default pack adopts it', () => {
  // The world got the whole pack; an older county lacked these two (it never held their keys).
  const LACKING = ['missing-ncic', 'returned-debrief'];
  let older: World;
  let url: string;

  before(async () => {
    older = await createWorld(database.db, 'Older');
    await database.db.query(
      `DELETE FROM protocol_rules WHERE jurisdiction_id = $1 AND rule_key = ANY($2)`,
      [older.jurisdictionId, LACKING],
    );
    url = `/api/jurisdictions/${older.jurisdictionId}/protocol/pack`;
  });

  test('the coordinator sees the lacking rules, adopts one, and its edited rules stay its own', async () => {
    const coordinator = await as(older.people.coordinator.email);
    const listed = await coordinator.get(url);
    assert.equal(listed.statusCode, 200, listed.body);
    const missing = listed.json<{ missing: { key: string; name: string; source: string }[] }>()
      .missing;
    assert.deepEqual(missing.map((r) => r.key).sort(), LACKING);
    assert.ok(missing.every((r) => r.name !== '' && r.source !== ''));
    // The county's own edit of a rule it has: adopting never changes it.
    const rules = `/api/jurisdictions/${older.jurisdictionId}/protocol/rules`;
    const [own] = (await coordinator.get(`${rules}/missing-from-care-reports`)).json<
      { name: string; trigger: string; conditions: unknown[]; actions: unknown[]; source: string }[]
    >();
    assert.ok(own);
    const edited = await coordinator.put(`${rules}/missing-from-care-reports`, {
      rule: {
        name: 'Our county’s own wording',
        trigger: own.trigger,
        conditions: own.conditions,
        actions: own.actions,
        source: own.source,
      },
      active: false,
    });
    assert.equal(edited.statusCode, 200, edited.body);

    const adopted = await coordinator.post(url, {
      keys: ['missing-ncic', 'missing-from-care-reports', 'missing-ncic'],
    });
    assert.equal(adopted.statusCode, 200, adopted.body);
    assert.deepEqual(adopted.json(), {
      adopted: ['missing-ncic'],
      alreadyInCounty: ['missing-from-care-reports'],
    });
    const versions = (await coordinator.get(`${rules}/missing-from-care-reports`)).json<
      { version: number; name: string; active: boolean }[]
    >();
    assert.equal(versions.length, 2, 'no third version: the edit is untouched');
    assert.deepEqual([versions[0]?.name, versions[0]?.active], ['Our county’s own wording', false]);
    const ncic = (await coordinator.get(`${rules}/missing-ncic`)).json<
      { version: number; countyDefault: boolean; active: boolean; createdByName: string }[]
    >();
    assert.equal(ncic.length, 1);
    assert.deepEqual([ncic[0]?.version, ncic[0]?.countyDefault, ncic[0]?.active], [1, true, true]);
    assert.match(ncic[0]?.createdByName ?? '', /coordinator/, 'saved by the coordinator');
    const left = (await coordinator.get(url)).json<{ missing: { key: string }[] }>().missing;
    assert.deepEqual(
      left.map((r) => r.key),
      ['returned-debrief'],
    );
    const audit = await database.db.query<{ details: { key: string; version: number } }>(
      `SELECT details FROM audit_events WHERE action = 'protocol_rule.adopt'
         AND jurisdiction_id = $1`,
      [older.jurisdictionId],
    );
    assert.deepEqual(
      audit.map((a) => a.details),
      [{ key: 'missing-ncic', version: 1 }],
    );
    // The adopted rule fires: a missing youth now gets the NCIC entry task.
    const dry = await coordinator.post(
      `/api/jurisdictions/${older.jurisdictionId}/protocol/dry-run`,
      {
        event: { type: 'missing', occurredAt: services.clock.now().toISOString(), details: {} },
      },
    );
    assert.equal(dry.statusCode, 200, dry.body);
    assert.ok(dry.json<{ rules: { key: string }[] }>().rules.some((r) => r.key === 'missing-ncic'));
  });

  test('other roles may not adopt, another county sees and adopts nothing, bad keys are refused', async () => {
    const before = await database.db.query(
      `SELECT count(*)::int AS n FROM protocol_rules WHERE jurisdiction_id = $1`,
      [older.jurisdictionId],
    );
    const body = { keys: ['returned-debrief'] };
    const advocate = await as(older.people.advocate.email);
    assert.equal((await advocate.get(url)).statusCode, 200, 'the pack is no secret in the county');
    const refused = await advocate.post(url, body);
    assert.equal(refused.statusCode, 403, refused.body);
    const other = await as(elsewhere.people.coordinator.email);
    assert.equal((await other.get(url)).statusCode, 403);
    assert.equal((await other.post(url, body)).statusCode, 403);
    const coordinator = await as(older.people.coordinator.email);
    for (const [bad, code] of [
      [{ keys: ['not-in-the-pack'] }, 'unknown_pack_rule'],
      [{ keys: ['returned-debrief', 'not-in-the-pack'] }, 'unknown_pack_rule'],
      [{ keys: [] }, null],
      [{ keys: ['Bad Key!'] }, null],
      [{ keys: 'returned-debrief' }, null],
      [{ keys: ['returned-debrief'], extra: true }, null],
    ] as const) {
      const response = await coordinator.post(url, bad);
      assert.equal(response.statusCode, 400, response.body);
      if (code) assert.equal(response.json<{ error: { code: string } }>().error.code, code);
    }
    const afterwards = await database.db.query(
      `SELECT count(*)::int AS n FROM protocol_rules WHERE jurisdiction_id = $1`,
      [older.jurisdictionId],
    );
    assert.deepEqual(afterwards, before, 'nothing written');
  });
});
