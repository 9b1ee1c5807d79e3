// Bad input to the protocol engine's mutations (docs/PROTOCOL.md): each is refused with its status
// and error code, nothing partial is written (every table the engine writes is compared before and
// after), and the refusals the issue names are audited: an event in the future, on a youth of
// another county, or by a role that may not record it.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import type { App } from '../../src/server/http/types.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { openYouth } from '../support/cases.js';
import { signedIn, testApp, type Client } from '../support/http.js';
import { createWorld, testServices, TestClock, type World } from '../support/world.js';

let database: TestDatabase;
let app: App;
let clock: TestClock;
let world: World;
let elsewhere: World;

before(async () => {
  database = await openTestDatabase();
  clock = new TestClock(Date.parse('2026-11-20T09:40:00Z'));
  app = await testApp(testServices(database.db, { demoMode: true, clock }));
  world = await createWorld(database.db);
  elsewhere = await createWorld(database.db, 'Elsewhere');
});
after(async () => {
  await app.close();
  await database.close();
});

const as = (email: string): Promise<Client> => signedIn(app, email);
const MINUTE = 60_000;
const now = () => clock.now().toISOString();

interface ErrorBody {
  error: { code: string; message: string; problems?: { code: string; path: string }[] };
}

function refused(response: LightMyRequestResponse, status: number, code: string, what: string) {
  assert.equal(response.statusCode, status, `${what}: ${response.body.slice(0, 300)}`);
  const { error } = response.json<ErrorBody>();
  assert.equal(error.code, code, `${what}: ${response.body.slice(0, 300)}`);
  assert.equal(typeof error.message, 'string', `${what}: a message`);
  return error;
}

/**
 * Every row the protocol engine writes for a county, and its rules, settings and holidays as
 * stored: equal before and after a refusal means nothing partial was written.
 */
async function snapshot(jurisdictionId: string) {
  const count = async (sql: string) =>
    (await database.db.query<{ n: number }>(sql, [jurisdictionId]))[0]?.n;
  const tables = {
    events: 'SELECT count(*)::int AS n FROM case_events WHERE jurisdiction_id = $1',
    firings: 'SELECT count(*)::int AS n FROM protocol_firings WHERE jurisdiction_id = $1',
    tasks: 'SELECT count(*)::int AS n FROM tasks WHERE jurisdiction_id = $1',
    escalations: `SELECT count(*)::int AS n FROM task_escalations e JOIN tasks t ON t.id = e.task_id
                  WHERE t.jurisdiction_id = $1`,
    jobs: 'SELECT count(*)::int AS n FROM protocol_jobs WHERE jurisdiction_id = $1',
    notifications: 'SELECT count(*)::int AS n FROM notifications WHERE jurisdiction_id = $1',
    team: 'SELECT count(*)::int AS n FROM case_team_members WHERE jurisdiction_id = $1',
    referrals: 'SELECT count(*)::int AS n FROM referrals WHERE jurisdiction_id = $1',
    emails: 'SELECT count(*)::int AS n FROM email_outbox WHERE jurisdiction_id = $1',
    ruleVersions: 'SELECT count(*)::int AS n FROM protocol_rules WHERE jurisdiction_id = $1',
  };
  const counts: Record<string, number | undefined> = {};
  for (const [name, sql] of Object.entries(tables)) counts[name] = await count(sql);
  const [settings] = await database.db.query<{ settings: unknown }>(
    'SELECT settings FROM protocol_settings WHERE jurisdiction_id = $1',
    [jurisdictionId],
  );
  const holidays = await database.db.query<{ day: string; name: string }>(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, name FROM jurisdiction_holidays
     WHERE jurisdiction_id = $1 ORDER BY day`,
    [jurisdictionId],
  );
  const taskStates = await database.db.query(
    `SELECT id, status, assignee_user_id, cancel_reason FROM tasks WHERE jurisdiction_id = $1
     ORDER BY id`,
    [jurisdictionId],
  );
  return { counts, settings: settings?.settings ?? null, holidays, taskStates };
}

/** Denials written for a target by an account, newest last. */
async function denials(targetId: string, userId: string) {
  return database.db.query<{ action: string; reason: string; details: { action?: string } }>(
    `SELECT action, reason, details FROM audit_events
     WHERE target_id = $1 AND actor_user_id = $2 AND outcome = 'denied' ORDER BY seq`,
    [targetId, userId],
  );
}

describe('recording an event', () => {
  let officer: Client;
  let youthId: string;

  before(async () => {
    officer = await as(world.people.law_enforcement_officer.email);
    ({ id: youthId } = await openYouth(officer));
  });

  test('a body that is not an event of its type is refused at the edge; nothing is written', async () => {
    const at = now();
    const bodies: [string, unknown][] = [
      ['an unknown event type', { type: 'kidnapping', occurredAt: at }],
      ['no type', { occurredAt: at }],
      [
        'a detail of the wrong type',
        {
          type: 'arrest_attempt',
          occurredAt: at,
          details: { offenseDescription: 'Loitering', prostitutionRelated: 'yes' },
        },
      ],
      [
        'a setting not in the list',
        { type: 'identification', occurredAt: at, details: { setting: 'rooftop' } },
      ],
      [
        'an unknown organization type',
        { type: 'disclosure', occurredAt: at, details: { toOrganizationType: 'fbi' } },
      ],
      [
        'a detail the type lacks',
        { type: 'identification', occurredAt: at, details: { hairColor: 'red' } },
      ],
      [
        'no offense description',
        { type: 'arrest_attempt', occurredAt: at, details: { prostitutionRelated: true } },
      ],
      [
        'no answer whether prostitution-related',
        { type: 'arrest_attempt', occurredAt: at, details: { offenseDescription: 'Loitering' } },
      ],
      ['a disclosure to nobody', { type: 'disclosure', occurredAt: at, details: {} }],
      ['a subpoena without a hearing date', { type: 'subpoena', occurredAt: at, details: {} }],
      [
        'a hearing date that is no date',
        { type: 'subpoena', occurredAt: at, details: { hearingDate: '2027-02-30' } },
      ],
      ['a transfer to nowhere', { type: 'transfer', occurredAt: at, details: {} }],
      [
        'a transfer to a county that is not an id',
        { type: 'transfer', occurredAt: at, details: { toJurisdictionId: 'Elsewhere County' } },
      ],
      ['details that are not an object', { type: 'identification', occurredAt: at, details: 'x' }],
      ['no time', { type: 'identification' }],
      ['a time that is not a date', { type: 'identification', occurredAt: 'yesterday' }],
      ['a day without a time', { type: 'identification', occurredAt: '2026-11-20' }],
      ['a time without its offset', { type: 'identification', occurredAt: '2026-11-20T09:00:00' }],
      ['a month 13', { type: 'identification', occurredAt: '2026-13-01T09:00:00Z' }],
      ['a number for a time', { type: 'identification', occurredAt: 1_763_631_600_000 }],
      ['a field beside the event', { type: 'identification', occurredAt: at, urgent: true }],
    ];
    const before = await snapshot(world.jurisdictionId);
    for (const [what, body] of bodies) {
      refused(await officer.post(`/api/youth/${youthId}/events`, body), 400, 'invalid_input', what);
    }
    assert.deepEqual(await snapshot(world.jurisdictionId), before);
  });

  test('an event in the future is refused with in_the_future, audited, and fires nothing', async () => {
    const before = await snapshot(world.jurisdictionId);
    const bodies = [
      // Police identification and a prostitution-related arrest attempt would fire most of the pack.
      { type: 'identification', details: { prostitutionRelated: true } },
      {
        type: 'arrest_attempt',
        details: { offenseDescription: 'Loitering', prostitutionRelated: true },
      },
      { type: 'missing', details: { fromCare: true } },
    ];
    for (const body of bodies) {
      const ahead = new Date(clock.now().getTime() + 2 * MINUTE + 1000).toISOString();
      refused(
        await officer.post(`/api/youth/${youthId}/events`, { ...body, occurredAt: ahead }),
        400,
        'in_the_future',
        body.type,
      );
    }
    assert.deepEqual(await snapshot(world.jurisdictionId), before);
    const audited = await denials(youthId, world.people.law_enforcement_officer.id);
    assert.deepEqual(
      audited.map((a) => [a.action, a.reason]),
      bodies.map(() => ['event.create', 'in_the_future']),
    );
  });

  test('two minutes of phone clock drift are allowed (PROTOCOL.md), not a second more', async () => {
    const { id } = await openYouth(officer);
    const ahead = (ms: number) => new Date(clock.now().getTime() + ms).toISOString();
    const body = { type: 'protective_custody', details: {} };
    const late = await officer.post(`/api/youth/${id}/events`, {
      ...body,
      occurredAt: ahead(2 * MINUTE + 1000),
    });
    refused(late, 400, 'in_the_future', 'two minutes and a second ahead');
    const drift = await officer.post(`/api/youth/${id}/events`, {
      ...body,
      occurredAt: ahead(2 * MINUTE),
    });
    assert.equal(drift.statusCode, 201, drift.body);
  });

  test('a youth id that is not a uuid is 400; an unknown youth and another county’s are 404 alike, the latter audited', async () => {
    const body = { type: 'identification', occurredAt: now(), details: {} };
    for (const id of ['not-a-uuid', '42', `${youthId}x`]) {
      refused(await officer.post(`/api/youth/${id}/events`, body), 400, 'invalid_input', id);
    }
    const stranger = await as(elsewhere.people.law_enforcement_officer.email);
    const { id: theirs } = await openYouth(stranger);
    const before = await snapshot(elsewhere.jurisdictionId);
    const unknown = refused(
      await officer.post(`/api/youth/${randomUUID()}/events`, body),
      404,
      'not_found',
      'unknown youth',
    );
    const across = refused(
      await officer.post(`/api/youth/${theirs}/events`, body),
      404,
      'not_found',
      'another county’s youth',
    );
    assert.equal(across.message, unknown.message, 'the answer tells nothing of the id');
    assert.deepEqual(await snapshot(elsewhere.jurisdictionId), before);
    const audited = await denials(theirs, world.people.law_enforcement_officer.id);
    assert.deepEqual(
      audited.map((a) => a.reason),
      ['other_jurisdiction'],
    );
  });

  test('a role that may not record the type, or an organization not on the team, is refused and audited', async () => {
    const before = await snapshot(world.jurisdictionId);
    // PROTOCOL.md: a release is probation's, the court's or a judge's; a subpoena the prosecution's.
    for (const body of [
      { type: 'release', occurredAt: now(), details: {} },
      { type: 'subpoena', occurredAt: now(), details: { hearingDate: '2027-01-15' } },
    ]) {
      refused(
        await officer.post(`/api/youth/${youthId}/events`, body),
        403,
        'role_cannot_record',
        body.type,
      );
    }
    // The clinic records identifications, but the case is not open to it.
    const clinic = await as(world.people.medical_provider.email);
    refused(
      await clinic.post(`/api/youth/${youthId}/events`, {
        type: 'identification',
        occurredAt: now(),
        details: {},
      }),
      403,
      'not_on_case_team',
      'the clinic, off the team',
    );
    assert.deepEqual(await snapshot(world.jurisdictionId), before);
    const officerDenials = (await denials(youthId, world.people.law_enforcement_officer.id)).filter(
      (a) => a.reason === 'role_cannot_record',
    );
    assert.deepEqual(
      officerDenials.map((a) => [a.action, a.details.action]),
      [
        ['access.denied', 'event.record:release'],
        ['access.denied', 'event.record:subpoena'],
      ],
    );
    const clinicDenials = await denials(youthId, world.people.medical_provider.id);
    assert.deepEqual(
      clinicDenials.map((a) => a.reason),
      ['not_on_case_team'],
    );
  });
});

/** Police identify a new youth of the world: the pack gives the advocacy organization tasks. */
async function advocacyTask(of: World): Promise<string> {
  const officer = await as(of.people.law_enforcement_officer.email);
  const { id } = await openYouth(officer);
  const recorded = await officer.post(`/api/youth/${id}/events`, {
    type: 'identification',
    occurredAt: now(),
    details: {},
  });
  assert.equal(recorded.statusCode, 201, recorded.body);
  const [task] = await database.db.query<{ id: string }>(
    `SELECT id FROM tasks WHERE youth_id = $1 AND assignee_organization_id = $2 ORDER BY due_at`,
    [id, of.organizations.advocacy.id],
  );
  assert.ok(task, 'the advocacy organization has a task');
  return task.id;
}

describe('acting on a task', () => {
  let advocate: Client;
  let ours: string;
  let theirs: string;

  before(async () => {
    advocate = await as(world.people.advocate.email);
    ours = await advocacyTask(world);
    theirs = await advocacyTask(elsewhere);
  });

  test('a task id that is not a uuid is 400; an unknown task and another county’s are 404 alike, audited', async () => {
    const before = await snapshot(elsewhere.jurisdictionId);
    for (const action of ['take', 'complete', 'cancel'] as const) {
      const body = action === 'cancel' ? { reason: 'Duplicate' } : {};
      for (const id of ['not-a-uuid', '1', `${ours}0`]) {
        refused(await advocate.post(`/api/tasks/${id}/${action}`, body), 400, 'invalid_input', id);
      }
      const unknown = refused(
        await advocate.post(`/api/tasks/${randomUUID()}/${action}`, body),
        404,
        'not_found',
        `${action} an unknown task`,
      );
      const across = refused(
        await advocate.post(`/api/tasks/${theirs}/${action}`, body),
        404,
        'not_found',
        `${action} another county’s task`,
      );
      assert.equal(across.message, unknown.message, 'the answer tells nothing of the id');
    }
    assert.deepEqual(await snapshot(elsewhere.jurisdictionId), before);
    const audited = await denials(theirs, world.people.advocate.id);
    assert.deepEqual(
      audited.map((a) => a.reason),
      ['other_jurisdiction', 'other_jurisdiction', 'other_jurisdiction'],
    );
  });

  test('cancelling without a reason is 400 and the task stays open', async () => {
    const before = await snapshot(world.jurisdictionId);
    for (const [what, body] of [
      ['no reason', {}],
      ['an empty reason', { reason: '' }],
      ['a blank reason', { reason: '   \n\t' }],
      ['a reason that is not text', { reason: 42 }],
      ['a reason over 500 characters', { reason: 'x'.repeat(501) }],
    ] as const) {
      refused(await advocate.post(`/api/tasks/${ours}/cancel`, body), 400, 'invalid_input', what);
    }
    refused(
      await advocate.request('POST', `/api/tasks/${ours}/cancel`),
      400,
      'invalid_input',
      'no body',
    );
    assert.deepEqual(await snapshot(world.jurisdictionId), before);
  });
});

describe('the county protocol', () => {
  let coordinator: Client;
  let protocolPath: string;

  before(async () => {
    coordinator = await as(world.people.coordinator.email);
    protocolPath = `/api/jurisdictions/${world.jurisdictionId}/protocol`;
  });

  const task = {
    kind: 'task',
    taskKind: 'action',
    title: 'Call the youth',
    assignee: { kind: 'organization_type', organizationType: 'advocacy' },
    due: { after: { amount: 1, unit: 'hours' } },
  };
  const rule = {
    name: 'A county rule',
    trigger: 'identification',
    conditions: [] as unknown[],
    actions: [task] as unknown[],
    source: 'County decision',
  };
  /** A rule with one problem each, the code ruleProblems gives it and where (PROTOCOL.md, Rules). */
  const BAD_RULES: [string, unknown, string, string][] = [
    ['an unknown event type', { ...rule, trigger: 'kidnapping' }, 'unknown_event_type', 'trigger'],
    [
      'a task for an unknown organization type',
      {
        ...rule,
        actions: [{ ...task, assignee: { kind: 'organization_type', organizationType: 'fbi' } }],
      },
      'unknown_organization_type',
      'actions.0.assignee.organizationType',
    ],
    [
      'an unknown organization type put on the team',
      { ...rule, actions: [{ kind: 'add_to_team', organizationType: 'fbi' }] },
      'unknown_organization_type',
      'actions.0.organizationType',
    ],
    [
      'a team condition on an unknown organization type',
      {
        ...rule,
        conditions: [{ fact: 'team_includes', organizationType: 'fbi', equals: true }],
      },
      'unknown_organization_type',
      'conditions.0.organizationType',
    ],
    [
      'a task for a point-person function nobody has',
      {
        ...rule,
        actions: [{ ...task, assignee: { kind: 'point_person', function: 'Night owl' } }],
      },
      'unknown_function',
      'actions.0.assignee.function',
    ],
    [
      'a notice to a function nobody has',
      {
        ...rule,
        actions: [
          { kind: 'notify', to: { kind: 'point_person', function: 'Night owl' }, message: 'Hi' },
        ],
      },
      'unknown_function',
      'actions.0.to.function',
    ],
    [
      'an escalation to a function nobody has',
      {
        ...rule,
        actions: [
          {
            ...task,
            escalations: [
              {
                after: { amount: 0, unit: 'minutes' },
                to: { kind: 'point_person', function: 'Night owl' },
              },
            ],
          },
        ],
      },
      'unknown_function',
      'actions.0.escalations.0.to.function',
    ],
    [
      'a detail the trigger lacks',
      { ...rule, conditions: [{ fact: 'detail', field: 'hairColor', equals: true }] },
      'unknown_detail',
      'conditions.0.field',
    ],
    [
      'a yes-or-no detail compared with text',
      { ...rule, conditions: [{ fact: 'detail', field: 'prostitutionRelated', equals: 'yes' }] },
      'wrong_value',
      'conditions.0.equals',
    ],
    [
      'an organization-type detail compared with no organization type',
      { ...rule, conditions: [{ fact: 'detail', field: 'byOrganizationType', equals: 'fbi' }] },
      'wrong_value',
      'conditions.0.equals',
    ],
    [
      'a county decision compared with no choice of it',
      {
        ...rule,
        conditions: [{ fact: 'setting', setting: 'lawEnforcementResponse', equals: 'shoot' }],
      },
      'wrong_value',
      'conditions.0.equals',
    ],
    [
      'due before a date the trigger does not name',
      {
        ...rule,
        actions: [{ ...task, due: { before: 'hearingDate', by: { amount: 1, unit: 'days' } } }],
      },
      'no_such_date',
      'actions.0.due.before',
    ],
    [
      'a notice to the hearing’s county on an identification',
      {
        ...rule,
        actions: [
          {
            kind: 'notify',
            to: { kind: 'point_person', function: 'CSEC coordinator', jurisdiction: 'hearing' },
            message: 'Hi',
          },
        ],
      },
      'wrong_jurisdiction_kind',
      'actions.0.to.jurisdiction',
    ],
    ['no action', { ...rule, actions: [] }, 'invalid_rule', 'actions'],
    ['no name', { ...rule, name: '' }, 'invalid_rule', 'name'],
    [
      'a condition outside the vocabulary',
      { ...rule, conditions: [{ fact: 'javascript', code: 'return true' }] },
      'invalid_rule',
      'conditions.0.fact',
    ],
  ];

  test('a rule with each problem is refused with its code and path; no version is saved', async () => {
    const before = await snapshot(world.jurisdictionId);
    for (const key of ['a-new-rule', 'le-identification-advocate']) {
      for (const [what, body, code, path] of BAD_RULES) {
        const error = refused(
          await coordinator.put(`${protocolPath}/rules/${key}`, { rule: body, active: true }),
          400,
          code,
          `${key}: ${what}`,
        );
        assert.ok(
          error.problems?.some((p) => p.code === code && p.path === path),
          `${what}: ${JSON.stringify(error.problems)}`,
        );
      }
    }
    for (const [what, key, body] of [
      ['a key with capitals', 'Bad_Rule', { rule, active: true }],
      ['a key too long', 'x'.repeat(81), { rule, active: true }],
      ['a rule that is not an object', 'a-new-rule', { rule: 'fire everything', active: true }],
      ['no rule', 'a-new-rule', { active: true }],
      ['active that is not yes or no', 'a-new-rule', { rule, active: 'yes' }],
    ] as const) {
      refused(
        await coordinator.put(`${protocolPath}/rules/${key}`, body),
        400,
        'invalid_input',
        what,
      );
    }
    assert.deepEqual(await snapshot(world.jurisdictionId), before);
    assert.equal((await coordinator.get(`${protocolPath}/rules/a-new-rule`)).statusCode, 404);
  });

  test('settings naming a partner that is not an advocacy organization of the county are refused', async () => {
    const good = await coordinator.put(`${protocolPath}/settings`, {
      advocacyPartnerOrganizationId: world.organizations.advocacy.id,
      takeChildTo: 'The receiving center on Main Street',
    });
    assert.equal(good.statusCode, 200, good.body);
    const before = await snapshot(world.jurisdictionId);
    for (const [what, partner] of [
      ['the county’s police', world.organizations.law_enforcement.id],
      ['another county’s advocacy organization', elsewhere.organizations.advocacy.id],
      ['an organization that does not exist', randomUUID()],
    ] as const) {
      refused(
        await coordinator.put(`${protocolPath}/settings`, {
          advocacyPartnerOrganizationId: partner,
        }),
        400,
        'unknown_organization',
        what,
      );
    }
    for (const [what, body] of [
      ['a partner that is not an id', { advocacyPartnerOrganizationId: 'Harbor Light' }],
      ['a response not in the list', { lawEnforcementResponse: 'shoot' }],
      ['a place over 300 characters', { takeChildTo: 'x'.repeat(301) }],
      ['an unknown decision', { curfew: '22:00' }],
    ] as const) {
      refused(await coordinator.put(`${protocolPath}/settings`, body), 400, 'invalid_input', what);
    }
    assert.deepEqual(await snapshot(world.jurisdictionId), before);
  });

  test('holidays with a bad date or a day twice are refused; the calendar is unchanged', async () => {
    const calendar = [
      { day: '2026-11-26', name: 'Thanksgiving' },
      { day: '2026-12-25', name: 'Christmas Day' },
    ];
    const good = await coordinator.put(`${protocolPath}/holidays`, { holidays: calendar });
    assert.equal(good.statusCode, 200, good.body);
    const before = await snapshot(world.jurisdictionId);
    for (const day of [
      '2026-02-30',
      '2026-13-01',
      '25/12/2026',
      'Christmas',
      '2026-12-25T00:00:00Z',
      '',
    ]) {
      refused(
        await coordinator.put(`${protocolPath}/holidays`, {
          holidays: [...calendar, { day, name: 'Bad day' }],
        }),
        400,
        'invalid_input',
        `day ${day}`,
      );
    }
    refused(
      await coordinator.put(`${protocolPath}/holidays`, {
        holidays: [...calendar, { day: '2026-12-25', name: 'Christmas again' }],
      }),
      400,
      'duplicate_holiday',
      'a day twice',
    );
    for (const [what, body] of [
      ['a holiday without a name', { holidays: [{ day: '2026-12-31', name: ' ' }] }],
      [
        'more than 100 holidays',
        {
          holidays: Array.from({ length: 101 }, (_, i) => ({
            day: new Date(Date.UTC(2027, 0, 1 + i)).toISOString().slice(0, 10),
            name: `Day ${i}`,
          })),
        },
      ],
      ['no list', {}],
    ] as const) {
      refused(await coordinator.put(`${protocolPath}/holidays`, body), 400, 'invalid_input', what);
    }
    assert.deepEqual(await snapshot(world.jurisdictionId), before);
    assert.deepEqual(before.holidays, calendar);
  });

  test('a dry run with a bad draft, a future event or another county’s youth is refused and writes nothing', async () => {
    const officer = await as(world.people.law_enforcement_officer.email);
    const { id: youthId } = await openYouth(officer);
    const stranger = await as(elsewhere.people.law_enforcement_officer.email);
    const { id: theirs } = await openYouth(stranger);
    const event = { type: 'identification', occurredAt: now(), details: {} };
    const before = await snapshot(world.jurisdictionId);
    for (const [what, body, code, path] of BAD_RULES) {
      const error = refused(
        await coordinator.post(`${protocolPath}/dry-run`, {
          youthId,
          event,
          draft: { key: 'le-identification-advocate', rule: body },
        }),
        400,
        code,
        `draft: ${what}`,
      );
      assert.ok(
        error.problems?.some((p) => p.code === code && p.path === path),
        what,
      );
    }
    const ahead = new Date(clock.now().getTime() + 60 * MINUTE).toISOString();
    refused(
      await coordinator.post(`${protocolPath}/dry-run`, { event: { ...event, occurredAt: ahead } }),
      400,
      'in_the_future',
      'a future event',
    );
    for (const [what, body] of [
      ['an unknown event type', { event: { ...event, type: 'kidnapping' } }],
      ['a draft key with capitals', { event, draft: { key: 'Bad_Rule', rule } }],
      ['a youth id that is not a uuid', { youthId: 'maya', event }],
      ['no event', { youthId }],
    ] as const) {
      refused(await coordinator.post(`${protocolPath}/dry-run`, body), 400, 'invalid_input', what);
    }
    const unknown = refused(
      await coordinator.post(`${protocolPath}/dry-run`, { youthId: randomUUID(), event }),
      404,
      'not_found',
      'an unknown youth',
    );
    const across = refused(
      await coordinator.post(`${protocolPath}/dry-run`, { youthId: theirs, event }),
      404,
      'not_found',
      'another county’s youth',
    );
    assert.equal(across.message, unknown.message);
    assert.deepEqual(await snapshot(world.jurisdictionId), before);
  });
});
