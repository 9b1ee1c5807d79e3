// Screening through the API (docs/SCREENING.md): administering an instrument, reading results
// only where the access module allows, the county's instruments imported as versions (a
// malformed one refused with item and reason, nothing written), screening tasks closed by the
// screening, the re-screen schedule giving tasks on the protocol's clocks, a positive screen
// firing a county rule, and bad input refused. Never an answer in an audit detail.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AppServices } from '../../src/server/context.js';
import type { App } from '../../src/server/http/types.js';
import { runDueJobs } from '../../src/server/services/protocol/jobs.js';
import { addToTeam, agreement, consentBody, openYouth } from '../support/cases.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { signedIn, testApp, type Client } from '../support/http.js';
import { createWorld, testServices, TestClock, type World } from '../support/world.js';

let database: TestDatabase;
let app: App;
let services: AppServices & { clock: TestClock };
let world: World;
let elsewhere: World;

before(async () => {
  database = await openTestDatabase();
  services = testServices(database.db, {
    demoMode: true,
    clock: new TestClock(Date.parse('2026-11-20T17:40:00Z')),
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
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface ScreeningBody {
  id: string;
  instrumentKey: string;
  instrumentVersion: number;
  answers: Record<string, unknown>;
  score: number;
  positive: boolean;
  administeredByOrganizationId: string;
}
interface ListBody {
  screenings: ScreeningBody[];
  mayAdminister: { key: string; version: number }[];
}
interface Problem {
  path?: string;
  itemId?: string;
  code: string;
}
interface TaskBody {
  id: string;
  kind?: string;
  title: string;
  status: string;
  caseNumber: string;
  dueAt: string;
  closedBy: string | null;
  assigneeOrganizationId: string;
}

const ITEMS = [
  'ran_away',
  'older_partner',
  'money_gifts',
  'hotel_stays',
  'branding',
  'phone_controlled',
  'online_explicit',
  'sex_for_needs',
  'travel',
  'fear_of_someone',
  'substance_use',
  'school_absence',
];
/** Lantern indicators with the first `yes` items answered yes, the rest no. */
const answers = (yes: number) =>
  Object.fromEntries(ITEMS.map((id, n) => [id, n < yes ? 'yes' : 'no']));

async function screen(client: Client, youthId: string, body: Record<string, unknown> = {}) {
  return client.post(`/api/youth/${youthId}/screenings`, {
    instrumentKey: 'lantern-indicators',
    answers: answers(3),
    language: 'es',
    ...body,
  });
}

async function listOf(client: Client, youthId: string) {
  const response = await client.get(`/api/youth/${youthId}/screenings`);
  assert.equal(response.statusCode, 200, response.body);
  return response.json<ListBody>();
}

async function screeningRows(youthId: string) {
  const [row] = await database.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM screenings WHERE youth_id = $1',
    [youthId],
  );
  return row?.n ?? 0;
}

describe('administering and reading a screening', () => {
  let youthId: string;

  before(async () => {
    const advocate = await as(world.people.advocate.email);
    ({ id: youthId } = await openYouth(advocate));
    // Medical and police on the team, without any consent yet.
    await addToTeam(advocate, youthId, world.organizations.medical.id);
    await addToTeam(advocate, youthId, world.organizations.law_enforcement.id);
  });

  test('the advocate screens in Spanish: scored, positive, stored as her organization’s', async () => {
    const advocate = await as(world.people.advocate.email);
    const response = await screen(advocate, youthId);
    assert.equal(response.statusCode, 201, response.body);
    const { screening, rulesFired } = response.json<{
      screening: ScreeningBody;
      rulesFired: string[];
    }>();
    assert.equal(screening.score, 3);
    assert.equal(screening.positive, true);
    assert.equal(screening.instrumentVersion, 1);
    assert.equal(screening.administeredByOrganizationId, world.organizations.advocacy.id);
    // The default pack: a positive screen refers the youth to advocacy.
    assert.deepEqual(rulesFired, ['screening-positive-advocacy']);
    const list = await listOf(advocate, youthId);
    assert.equal(list.screenings.length, 1);
    assert.equal(list.screenings[0]?.answers.ran_away, 'yes');
    assert.deepEqual(
      list.mayAdminister.map((i) => i.key),
      ['lantern-indicators'],
    );
  });

  test('the audit holds the instrument, the result and the score, never an answer', async () => {
    const rows = await database.db.query<{ details: unknown; categories: string[] }>(
      `SELECT details, categories FROM audit_events WHERE action = 'screening.create'
       AND outcome = 'allowed' AND jurisdiction_id = $1`,
      [world.jurisdictionId],
    );
    assert.ok(rows.length >= 1);
    for (const row of rows) {
      const text = JSON.stringify(row.details);
      assert.doesNotMatch(text, /ran_away|older_partner|"yes"|"no"/);
      assert.match(text, /lantern-indicators/);
    }
    const events = await database.db.query<{ details: unknown; category: string }>(
      `SELECT details, category FROM case_events WHERE youth_id = $1 AND type = 'screening_result'`,
      [youthId],
    );
    assert.deepEqual(
      events.map((e) => [e.category, e.details]),
      [['screening', { positive: true }]],
    );
  });

  test('another agency on the team without consent, and the coordinator, read nothing of it', async () => {
    for (const email of [
      world.people.medical_provider.email,
      world.people.law_enforcement_officer.email,
      world.people.coordinator.email,
    ]) {
      const list = await listOf(await as(email), youthId);
      assert.deepEqual(list.screenings, [], email);
    }
    const [withheld] = await database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'youth.read'
       AND target_id = $1 AND details->>'view' = 'screenings'
       AND jsonb_array_length(details->'withheld') > 0`,
      [youthId],
    );
    assert.equal(withheld?.n, 3);
  });

  test('a consent for screening and an agreement open it to the clinic only', async () => {
    const advocate = await as(world.people.advocate.email);
    await agreement(database.db, world, ['advocacy', 'medical'], ['screening']);
    const consent = await advocate.post(
      `/api/youth/${youthId}/consents`,
      consentBody(world, { categories: ['screening'], signedAt: '2026-11-20' }),
    );
    assert.equal(consent.statusCode, 201, consent.body);
    const clinic = await listOf(await as(world.people.medical_provider.email), youthId);
    assert.equal(clinic.screenings.length, 1);
    const police = await listOf(await as(world.people.law_enforcement_officer.email), youthId);
    assert.deepEqual(police.screenings, []);
  });

  test('administrators, oversight, another county and an organization off the team are refused', async () => {
    for (const email of [world.people.administrator.email, world.people.oversight_analyst.email]) {
      const client = await as(email);
      assert.equal((await client.get(`/api/youth/${youthId}/screenings`)).statusCode, 403, email);
      assert.equal((await screen(client, youthId)).statusCode, 403, email);
    }
    const otherCounty = await as(elsewhere.people.advocate.email);
    assert.equal((await otherCounty.get(`/api/youth/${youthId}/screenings`)).statusCode, 404);
    assert.equal((await screen(otherCounty, youthId)).statusCode, 404);
    const offTeam = await as(world.people.child_welfare_worker.email);
    assert.equal((await offTeam.get(`/api/youth/${youthId}/screenings`)).statusCode, 403);
    const refused = await screen(offTeam, youthId);
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json<{ error: { code: string } }>().error.code, 'not_on_case_team');
    assert.equal(await screeningRows(youthId), 1);
  });

  test('a role the instrument does not name is refused, audited, and may administer nothing', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    const response = await screen(police, youthId);
    assert.equal(response.statusCode, 403);
    assert.equal(response.json<{ error: { code: string } }>().error.code, 'role_cannot_administer');
    assert.deepEqual((await listOf(police, youthId)).mayAdminister, []);
    const [denied] = await database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'access.denied'
       AND target_id = $1 AND details->>'action' = 'screening.create'`,
      [youthId],
    );
    assert.equal(denied?.n, 1);
    assert.equal(await screeningRows(youthId), 1);
  });
});

describe('bad input is refused and nothing is written', () => {
  let youthId: string;
  let advocate: Client;

  before(async () => {
    advocate = await as(world.people.advocate.email);
    ({ id: youthId } = await openYouth(advocate));
  });

  const cases: readonly (readonly [string, Record<string, unknown>, number, string])[] = [
    ['an unknown instrument', { instrumentKey: 'cse-secret' }, 400, 'unknown_instrument'],
    [
      'a future date',
      { administeredAt: new Date(Date.parse('2026-11-20T17:40:00Z') + HOUR).toISOString() },
      400,
      'in_the_future',
    ],
    ['a language it is not written in', { language: 'fr' }, 400, 'wrong_language'],
    ['answers that are not answers', { answers: { ran_away: { yes: true } } }, 400, 'invalid'],
    ['no instrument key', { instrumentKey: '' }, 400, 'invalid'],
  ];
  for (const [what, body, status, code] of cases) {
    test(what, async () => {
      const response = await screen(advocate, youthId, body);
      assert.equal(response.statusCode, status, response.body);
      const error = response.json<{ error: { code: string } }>().error;
      if (code === 'invalid') assert.ok(error.code.length > 0);
      else assert.equal(error.code, code);
      assert.equal(await screeningRows(youthId), 0);
    });
  }

  test('wrong answers name each item and why', async () => {
    const wrong = { ...answers(0), branding: 'maybe', school_absence: undefined, pets: 'yes' };
    delete wrong.school_absence;
    const response = await screen(advocate, youthId, { answers: wrong });
    assert.equal(response.statusCode, 400, response.body);
    const error = response.json<{ error: { code: string; problems: Problem[] } }>().error;
    assert.equal(error.code, 'invalid_answers');
    assert.deepEqual(error.problems.map((p) => [p.itemId, p.code]).sort(), [
      ['branding', 'wrong_answer'],
      ['pets', 'unknown_item'],
      ['school_absence', 'missing_answer'],
    ]);
    assert.equal(await screeningRows(youthId), 0);
  });

  test('a child below the instrument’s minimum age', async () => {
    const { id } = await openYouth(advocate, { estimatedBirthYear: 2020 });
    const response = await screen(advocate, id);
    assert.equal(response.statusCode, 400);
    assert.equal(response.json<{ error: { code: string } }>().error.code, 'below_minimum_age');
    assert.deepEqual((await listOf(advocate, id)).mayAdminister, []);
  });
});

describe('the county’s instruments', () => {
  const url = () => `/api/jurisdictions/${world.jurisdictionId}/screening-instruments`;
  const definition = (threshold: number) => ({
    key: 'county-screen',
    name: { en: 'County screen', es: 'Evaluación del condado' },
    languages: ['en', 'es'],
    items: [
      {
        id: 'nights_away',
        text: { en: 'Nights away in the last month?', es: '¿Noches fuera el último mes?' },
        answer: { type: 'number', min: 0, max: 31, bands: [{ atLeast: 3, points: 2 }] },
      },
      {
        id: 'older_friend',
        text: { en: 'Older friend?', es: '¿Amistad mayor?' },
        answer: { type: 'yes_no_unsure', points: { yes: 1, no: 0, unsure: 1 } },
      },
    ],
    scoring: { method: 'sum', threshold },
    administeredBy: ['child_welfare_worker'],
    minimumAge: 11,
    source: 'Test county licence',
  });

  async function countImports() {
    const [row] = await database.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM screening_instruments WHERE jurisdiction_id = $1',
      [world.jurisdictionId],
    );
    return row?.n ?? 0;
  }

  test('the coordinator imports one; a second import is its next version', async () => {
    const coordinator = await as(world.people.coordinator.email);
    const first = await coordinator.post(url(), { definition: definition(2) });
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(first.json<{ version: number }>().version, 1);
    const second = await coordinator.post(url(), { definition: definition(3) });
    assert.equal(second.statusCode, 201, second.body);
    assert.equal(second.json<{ version: number }>().version, 2);
    const list = await coordinator.get(url());
    const rows =
      list.json<{ key: string; version: number; current: boolean; builtIn: boolean }[]>();
    assert.deepEqual(
      rows.map((r) => [r.key, r.version, r.current, r.builtIn]),
      [
        ['lantern-indicators', 1, true, true],
        ['county-screen', 2, true, false],
        ['county-screen', 1, false, false],
      ],
    );
  });

  test('a screening records the version it used', async () => {
    const worker = await as(world.people.child_welfare_worker.email);
    const { id } = await openYouth(worker);
    const response = await screen(worker, id, {
      instrumentKey: 'county-screen',
      answers: { nights_away: 4, older_friend: 'unsure' },
      language: 'en',
    });
    assert.equal(response.statusCode, 201, response.body);
    const { screening } = response.json<{ screening: ScreeningBody }>();
    assert.deepEqual(
      [screening.instrumentVersion, screening.score, screening.positive],
      [2, 3, true],
    );
  });

  test('a malformed one is refused with each item and reason; nothing is written', async () => {
    const coordinator = await as(world.people.coordinator.email);
    const before = await countImports();
    const bad = definition(2);
    const items = [
      bad.items[0],
      { ...bad.items[1], text: { en: 'Older friend?' } },
      { id: 'nights_away', text: { en: 'x', es: 'y' }, answer: { type: 'slider' } },
    ];
    const response = await coordinator.post(url(), { definition: { ...bad, items } });
    assert.equal(response.statusCode, 400, response.body);
    const error = response.json<{ error: { code: string; problems: Problem[] } }>().error;
    assert.deepEqual(
      error.problems.map((p) => [p.path, p.itemId, p.code]),
      [['items.2.answer.type', 'nights_away', 'unknown_answer_type']],
    );
    const second = await coordinator.post(url(), {
      definition: { ...bad, items: items.slice(0, 2) },
    });
    assert.equal(second.statusCode, 400);
    assert.deepEqual(
      second
        .json<{ error: { problems: Problem[] } }>()
        .error.problems.map((p) => [p.path, p.itemId, p.code]),
      [['items.1.text.es', 'older_friend', 'missing_text']],
    );
    const duplicate = await coordinator.post(url(), {
      definition: {
        ...bad,
        items: [bad.items[0], bad.items[0]],
        scoring: { method: 'sum', threshold: 9 },
      },
    });
    assert.deepEqual(
      duplicate
        .json<{ error: { problems: Problem[] } }>()
        .error.problems.map((p) => [p.path, p.code]),
      [
        ['items.1.id', 'duplicate_item'],
        ['scoring.threshold', 'threshold_out_of_range'],
      ],
    );
    const reserved = await coordinator.post(url(), {
      definition: { ...bad, key: 'lantern-indicators' },
    });
    assert.equal(reserved.json<{ error: { code: string } }>().error.code, 'reserved_key');
    assert.equal(await countImports(), before);
  });

  test('only the county’s coordinator imports; anyone of the county reads the list', async () => {
    for (const email of [
      world.people.advocate.email,
      world.people.administrator.email,
      elsewhere.people.coordinator.email,
    ]) {
      const response = await (await as(email)).post(url(), { definition: definition(2) });
      assert.equal(response.statusCode, 403, email);
    }
    assert.equal((await (await as(world.people.advocate.email)).get(url())).statusCode, 200);
    assert.equal((await (await as(elsewhere.people.advocate.email)).get(url())).statusCode, 403);
  });
});

async function tasksOn(client: Client, caseNumber: string, status = 'all') {
  const response = await client.get(`/api/tasks?scope=organization&status=${status}`);
  assert.equal(response.statusCode, 200, response.body);
  return response
    .json<TaskBody[]>()
    .filter((t) => t.caseNumber === caseNumber && t.title.toLowerCase().includes('screen'));
}

describe('a screening closes the tasks that required it', () => {
  test('the re-screen on return from missing is closed by the next screening', async () => {
    const advocate = await as(world.people.advocate.email);
    const { id, caseNumber } = await openYouth(advocate);
    const returned = await advocate.post(`/api/youth/${id}/events`, {
      type: 'returned',
      occurredAt: services.clock.now().toISOString(),
      details: { knownRunawayHistory: false },
    });
    assert.equal(returned.statusCode, 201, returned.body);
    const [open] = await tasksOn(advocate, caseNumber, 'open');
    assert.ok(open, 'the pack gave a re-screen task');
    assert.equal(Date.parse(open.dueAt), services.clock.now().getTime() + 24 * HOUR);
    const response = await screen(advocate, id, { answers: answers(0) });
    assert.equal(response.statusCode, 201, response.body);
    assert.equal(response.json<{ tasksClosed: number }>().tasksClosed, 1);
    const [closed] = await tasksOn(advocate, caseNumber);
    assert.equal(closed?.status, 'done');
    assert.equal(closed?.closedBy, 'screening');
  });
});

describe('the county’s re-screen schedule', () => {
  const url = () => `/api/jurisdictions/${world.jurisdictionId}/screening-schedule`;

  test('only the coordinator changes it; a bad one is refused', async () => {
    const advocate = await as(world.people.advocate.email);
    const body = { atCaseOpeningHours: 72, onSuspicionHours: 24, periodicDays: 30 };
    assert.equal((await advocate.put(url(), body)).statusCode, 403);
    assert.equal(
      (await (await as(elsewhere.people.coordinator.email)).put(url(), body)).statusCode,
      403,
    );
    const coordinator = await as(world.people.coordinator.email);
    for (const bad of [{ atCaseOpeningHours: 0 }, { periodicDays: 3 }, { onSuspicionHours: 'x' }]) {
      assert.equal((await coordinator.put(url(), bad)).statusCode, 400, JSON.stringify(bad));
    }
    const saved = await coordinator.put(url(), body);
    assert.equal(saved.statusCode, 200, saved.body);
    const read = await advocate.get(url());
    assert.deepEqual(read.json(), { ...body, assigneeOrganizationType: 'advocacy' });
  });

  test('a case opened gets a screening task on the clock; an identification adds none while it is open', async () => {
    const worker = await as(world.people.child_welfare_worker.email);
    const opened = services.clock.now();
    const { id, caseNumber } = await openYouth(worker);
    // The task is the advocacy organization's (the county's first), which the case view tells.
    const advocate = await as(world.people.advocate.email);
    const [task] = await tasksOn(advocate, caseNumber, 'open');
    assert.ok(task);
    assert.equal(Date.parse(task.dueAt), opened.getTime() + 72 * HOUR);
    assert.equal(task.assigneeOrganizationId, world.organizations.advocacy.id);
    const identified = await worker.post(`/api/youth/${id}/events`, {
      type: 'identification',
      occurredAt: services.clock.now().toISOString(),
    });
    assert.equal(identified.statusCode, 201, identified.body);
    assert.equal((await tasksOn(advocate, caseNumber, 'open')).length, 1);
    // The worker screens (her organization is on the team); the task closes.
    const done = await screen(worker, id, { answers: answers(1) });
    assert.equal(done.json<{ tasksClosed: number }>().tasksClosed, 1);
    assert.equal((await tasksOn(advocate, caseNumber, 'open')).length, 0);
  });

  test('an identification on a case without an open screening task gives one within 24 hours', async () => {
    const officer = await as(world.people.law_enforcement_officer.email);
    const { id, caseNumber } = await openYouth(officer);
    const advocate = await as(world.people.advocate.email);
    // Close the opening's task by screening as the advocacy organization, after joining.
    const [opening] = await tasksOn(advocate, caseNumber, 'open');
    assert.ok(opening);
    await addToTeam(officer, id, world.organizations.advocacy.id);
    assert.equal((await screen(advocate, id)).statusCode, 201);
    const at = services.clock.now();
    const identified = await officer.post(`/api/youth/${id}/events`, {
      type: 'identification',
      occurredAt: at.toISOString(),
      details: { prostitutionRelated: false },
    });
    assert.equal(identified.statusCode, 201, identified.body);
    const given = identified
      .json<{ tasks: { title: string; dueAt: string }[] }>()
      .tasks.find((t) => t.title === 'Screen for exploitation');
    assert.ok(given);
    assert.equal(Date.parse(given.dueAt), at.getTime() + 24 * HOUR);
  });

  test('the periodic clock gives a screening task 30 days after the last one, on a working day', async () => {
    const worker = await as(world.people.child_welfare_worker.email);
    const { id, caseNumber } = await openYouth(worker);
    const advocate = await as(world.people.advocate.email);
    assert.equal((await screen(worker, id, { answers: answers(0) })).statusCode, 201);
    assert.equal((await tasksOn(advocate, caseNumber, 'open')).length, 0);
    // 2026-11-20 is a Friday; 30 days on is Sunday 2026-12-20, so Monday 2026-12-21.
    services.clock.advance(29 * DAY);
    await runDueJobs(services);
    // Sessions end with the days the clock moved: sign in again.
    const later = await as(world.people.advocate.email);
    assert.equal((await tasksOn(later, caseNumber, 'open')).length, 0, 'not yet');
    services.clock.advance(3 * DAY);
    await runDueJobs(services);
    const [periodic] = await tasksOn(await as(world.people.advocate.email), caseNumber, 'open');
    assert.ok(periodic, 'the periodic task appeared');
    // The end of Monday 2026-12-21 in Los Angeles: midnight Pacific standard time.
    assert.equal(periodic.dueAt, '2026-12-22T08:00:00.000Z');
  });
});

describe('a positive screen can fire a county rule', () => {
  test('a rule on screening_result positive puts advocacy on the team and tells the coordinator', async () => {
    const coordinator = await as(world.people.coordinator.email);
    const saved = await coordinator.put(
      `/api/jurisdictions/${world.jurisdictionId}/protocol/rules/positive-screen-advocacy`,
      {
        rule: {
          name: 'A positive screen: advocacy on the case',
          trigger: 'screening_result',
          conditions: [{ fact: 'detail', field: 'positive', equals: true }],
          actions: [
            { kind: 'add_to_team', organizationType: 'advocacy' },
            { kind: 'notify', to: { kind: 'coordinator' }, message: 'A positive screen' },
          ],
          source: 'County practice (test)',
        },
        active: true,
      },
    );
    assert.equal(saved.statusCode, 200, saved.body);
    const clinician = await as(world.people.mental_health_provider.email);
    const { id } = await openYouth(clinician);
    const negative = await screen(clinician, id, { answers: answers(1) });
    assert.deepEqual(negative.json<{ rulesFired: string[] }>().rulesFired, []);
    const positive = await screen(clinician, id, { answers: answers(2) });
    assert.deepEqual(positive.json<{ rulesFired: string[] }>().rulesFired.sort(), [
      'positive-screen-advocacy',
      'screening-positive-advocacy',
    ]);
    const advocate = await as(world.people.advocate.email);
    assert.equal((await advocate.get(`/api/youth/${id}`)).statusCode, 200, 'advocacy joined');
    // Joining opens nothing: the advocate reads no screening of the clinic's.
    assert.deepEqual((await listOf(advocate, id)).screenings, []);
  });
});
