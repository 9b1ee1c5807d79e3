// The case timeline through the API: each reader sees the events, tasks, referrals, consents and
// notes the access module allows them and nothing else; note text never; a task's clock says met,
// missed by how much, overdue by how much, due in how much, or cancelled.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { insertQualification } from '../../src/db/repositories/legal.js';
import type { AppServices } from '../../src/server/context.js';
import type { App } from '../../src/server/http/types.js';
import { DEMO_PASSWORD, seedDemoCounty } from '../../src/server/services/setup/demo-county.js';
import { demoServiceId } from '../../src/server/services/setup/demo-directory.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { Client, signedIn, testApp } from '../support/http.js';
import { acceptRelease, addToTeam, agreement, consentBody, openYouth } from '../support/cases.js';
import {
  createWorld,
  demoPasswordHash,
  testServices,
  TestClock,
  type World,
} from '../support/world.js';

let database: TestDatabase;
let app: App;
let services: AppServices & { clock: TestClock };
let world: World;
let elsewhere: World;

const MINUTE = 60_000;
const WHERE = 'St. Mary’s emergency room';
const POLICE_NOTE = 'Police note text that must never reach a timeline';
const MEDICAL_NOTE = 'Clinic note text that must never reach a timeline';
const PRIVILEGED = 'Privileged words that must never reach a timeline';

before(async () => {
  database = await openTestDatabase();
  services = testServices(database.db, {
    demoMode: true,
    clock: new TestClock(Date.parse('2026-11-20T09:40:00Z')),
  });
  app = await testApp(services);
  world = await createWorld(database.db);
  elsewhere = await createWorld(database.db, 'Elsewhere');
  await agreement(database.db, world, [
    'law_enforcement',
    'advocacy',
    'medical',
    'district_attorney',
  ]);
  await insertQualification(database.db, {
    jurisdictionId: world.jurisdictionId,
    userId: world.people.advocate.id,
    basis: 'training',
    trainingHours: 40,
    supervisor: 'Program director',
    completedOn: '2026-03-01',
    recordedByUserId: world.people.coordinator.id,
    now: new Date('2026-03-02T10:00:00Z'),
  });
});
after(async () => {
  await app.close();
  await database.close();
});

const as = (email: string): Promise<Client> => signedIn(app, email);

interface Entry {
  entry:
    | 'event'
    | 'task'
    | 'referral'
    | 'consent'
    | 'note'
    | 'privileged_note'
    | 'screening'
    | 'safety_plan';
  id: string;
  at: string;
  type?: string;
  category?: string;
  details?: Record<string, unknown>;
  title?: string;
  assigneeOrganizationName?: string;
  status?: string;
  clock?: { state: string; minutes: number | null };
  authorOrganizationName?: string;
  recipientOrganizationNames?: string[];
}
interface TimelineBody {
  entries: Entry[];
  withheld: { category: string; organizationId: string; organizationName: string }[];
}

async function timelineOf(client: Client, youthId: string): Promise<TimelineBody> {
  const response = await client.get(`/api/youth/${youthId}/timeline`);
  assert.equal(response.statusCode, 200, response.body);
  assert.ok(!response.body.includes(POLICE_NOTE), 'no note text');
  assert.ok(!response.body.includes(MEDICAL_NOTE), 'no note text');
  assert.ok(!response.body.includes(PRIVILEGED), 'no privileged text');
  return response.json<TimelineBody>();
}

const of = (body: TimelineBody, kind: Entry['entry']) =>
  body.entries.filter((e) => e.entry === kind);
const taskTitles = (body: TimelineBody) =>
  of(body, 'task')
    .map((t) => t.title)
    .sort();

const ON_SCENE = 'Advocate on scene with the youth';

describe('who sees what on the case timeline', () => {
  let youthId: string;
  let identifiedAt: Date;
  let allTasks: string[];

  test('the police identify the youth; the clinic and the advocate write notes', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    ({ id: youthId } = await openYouth(police));
    await addToTeam(police, youthId, world.organizations.medical.id, 'medical');
    await addToTeam(police, youthId, world.organizations.district_attorney.id, 'prosecution');
    identifiedAt = new Date(services.clock.now().getTime() - 30 * MINUTE);
    const recorded = await police.post(`/api/youth/${youthId}/events`, {
      type: 'identification',
      occurredAt: identifiedAt.toISOString(),
      details: { where: WHERE, prostitutionRelated: true },
    });
    assert.equal(recorded.statusCode, 201, recorded.body);
    allTasks = recorded
      .json<{ tasks: { title: string }[] }>()
      .tasks.map((t) => t.title)
      .sort();
    assert.equal(allTasks.length, 4);
    for (const [client, body] of [
      [police, { kind: 'case', category: 'case_notes', body: POLICE_NOTE }],
      [
        await as(world.people.medical_provider.email),
        { kind: 'case', category: 'medical', body: MEDICAL_NOTE },
      ],
      [await as(world.people.advocate.email), { kind: 'privileged', body: PRIVILEGED }],
    ] as const) {
      const written = await client.post(`/api/youth/${youthId}/notes`, body);
      assert.equal(written.statusCode, 201, written.body);
    }
  });

  test('the police see their event in full, every task it gave, their note; the clinic’s note is withheld by name', async () => {
    const body = await timelineOf(await as(world.people.law_enforcement_officer.email), youthId);
    const [event] = of(body, 'event');
    assert.equal(event?.type, 'identification');
    assert.equal(event?.details?.where, WHERE);
    assert.equal(Date.parse(event?.at ?? ''), identifiedAt.getTime(), 'at when it happened');
    assert.deepEqual(taskTitles(body), allTasks, 'readers of the triggering event see its tasks');
    assert.deepEqual(
      of(body, 'note').map((n) => n.category),
      ['case_notes'],
    );
    assert.deepEqual(of(body, 'privileged_note'), [], 'not told a privileged note exists');
    assert.deepEqual(
      body.withheld.map((w) => [w.category, w.organizationId]),
      [['medical', world.organizations.medical.id]],
    );
    const times = body.entries.map((e) => Date.parse(e.at));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => b - a),
      'newest first',
    );
  });

  test('the advocate without a release: her tasks and her privileged note by name only; the police event withheld', async () => {
    const body = await timelineOf(await as(world.people.advocate.email), youthId);
    assert.deepEqual(of(body, 'event'), []);
    const tasks = of(body, 'task');
    assert.ok(tasks.length === 2, 'the advocacy organization’s two tasks');
    assert.ok(tasks.every((t) => t.assigneeOrganizationName === world.organizations.advocacy.name));
    assert.deepEqual(
      of(body, 'privileged_note').map((n) => n.authorOrganizationName),
      [world.organizations.advocacy.name],
    );
    assert.deepEqual(of(body, 'note'), []);
    assert.deepEqual(body.withheld.map((w) => w.category).sort(), ['case_notes', 'medical']);
  });

  test('the advocate with the youth’s release, accepted by the police, sees the event and all its tasks', async () => {
    const advocate = await as(world.people.advocate.email);
    const consent = await advocate.post(
      `/api/youth/${youthId}/consents`,
      consentBody(world, {
        recipientOrganizationIds: [world.organizations.advocacy.id],
        categories: ['case_notes'],
        signedAt: '2026-11-20',
        expiresAt: '2027-01-15',
      }),
    );
    assert.equal(consent.statusCode, 201, consent.body);
    await acceptRelease(
      await as(world.people.law_enforcement_officer.email),
      consent.json<{ id: string }>().id,
    );
    const body = await timelineOf(advocate, youthId);
    assert.equal(of(body, 'event').length, 1);
    assert.equal(of(body, 'event')[0]?.details?.where, WHERE);
    assert.deepEqual(taskTitles(body), allTasks);
    assert.deepEqual(
      of(body, 'note').map((n) => n.authorOrganizationName),
      [world.organizations.law_enforcement.name],
      'the police note by metadata only',
    );
    const [entry] = of(body, 'consent');
    assert.deepEqual(entry?.recipientOrganizationNames, [world.organizations.advocacy.name]);
  });

  test('the clinic: its own health-evaluation task and note; no event, no consent it is not party to', async () => {
    const body = await timelineOf(await as(world.people.medical_provider.email), youthId);
    assert.deepEqual(of(body, 'event'), []);
    assert.deepEqual(
      of(body, 'task').map((t) => t.assigneeOrganizationName),
      [world.organizations.medical.name],
    );
    assert.deepEqual(
      of(body, 'note').map((n) => n.category),
      ['medical'],
    );
    assert.deepEqual(of(body, 'consent'), []);
    assert.deepEqual(of(body, 'privileged_note'), []);
  });

  test('the prosecutor on the team without a basis sees nothing but what is withheld', async () => {
    const body = await timelineOf(await as(world.people.prosecutor.email), youthId);
    assert.deepEqual(body.entries, []);
    assert.deepEqual(body.withheld.map((w) => w.category).sort(), ['case_notes', 'medical']);
  });

  test('the coordinator sees every task of the case and no event or note', async () => {
    const body = await timelineOf(await as(world.people.coordinator.email), youthId);
    assert.deepEqual(taskTitles(body), allTasks);
    assert.deepEqual(of(body, 'event'), []);
    assert.deepEqual(of(body, 'note'), []);
  });

  test('another county answers 404, an administrator, oversight and a stranger 403; each refusal is audited', async () => {
    const other = await as(elsewhere.people.coordinator.email);
    assert.equal((await other.get(`/api/youth/${youthId}/timeline`)).statusCode, 404);
    for (const person of [
      world.people.administrator,
      world.people.oversight_analyst,
      world.people.probation_officer,
    ]) {
      const response = await (await as(person.email)).get(`/api/youth/${youthId}/timeline`);
      assert.equal(response.statusCode, 403, person.email);
    }
    const denials = await database.db.query<{ n: string }>(
      `SELECT count(*) AS n FROM audit_events WHERE action = 'access.denied' AND target_id = $1
         AND details->>'action' = 'case.view'`,
      [youthId],
    );
    assert.ok(Number(denials[0]?.n) >= 4);
  });

  test('bad input: an id that is not a uuid is refused with a clear error', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    const response = await police.get('/api/youth/not-an-id/timeline');
    assert.equal(response.statusCode, 400);
    assert.ok(response.json<{ error: { code: string; message: string } }>().error.message);
  });

  test('the read is audited as the timeline view, with the categories shown and withheld', async () => {
    await timelineOf(await as(world.people.prosecutor.email), youthId);
    const [row] = await database.db.query<{ categories: string[]; details: unknown }>(
      `SELECT categories, details FROM audit_events WHERE action = 'youth.read' AND target_id = $1
         AND details->>'view' = 'timeline' ORDER BY seq DESC LIMIT 1`,
      [youthId],
    );
    assert.ok(row);
    assert.deepEqual(row.categories, []);
    const details = row.details as { withheld: { category: string }[] };
    assert.deepEqual(details.withheld.map((w) => w.category).sort(), ['case_notes', 'medical']);
  });

  test('task clocks: open, overdue by how much, met by how much, missed by how much, cancelled', async () => {
    // A fresh sign-in after each move of the clock: sessions end after 15 idle minutes.
    const clockOf = async (title: string) =>
      of(await timelineOf(await as(world.people.advocate.email), youthId), 'task').find(
        (t) => t.title === title,
      )?.clock;
    // Identified 30 minutes ago: the advocate is due on scene in 60 minutes.
    assert.deepEqual(await clockOf(ON_SCENE), { state: 'open', minutes: 60 });
    services.clock.advance(75 * MINUTE);
    assert.deepEqual(await clockOf(ON_SCENE), { state: 'overdue', minutes: 15 });
    let advocate = await as(world.people.advocate.email);
    const tasks = (await advocate.get('/api/tasks?scope=organization&status=all')).json<
      { id: string; title: string }[]
    >();
    const onScene = tasks.find((t) => t.title === ON_SCENE);
    const other = tasks.find((t) => t.title !== ON_SCENE);
    assert.ok(onScene && other);
    assert.equal((await advocate.post(`/api/tasks/${onScene.id}/complete`)).statusCode, 200);
    assert.deepEqual(await clockOf(ON_SCENE), { state: 'missed', minutes: 15 });
    services.clock.advance(60 * MINUTE);
    assert.deepEqual(await clockOf(ON_SCENE), { state: 'missed', minutes: 15 }, 'fixed once done');
    advocate = await as(world.people.advocate.email);
    // The 72-hour task, done with 72 h - 30 min - 75 min - 60 min to spare.
    assert.equal((await advocate.post(`/api/tasks/${other.id}/complete`)).statusCode, 200);
    assert.deepEqual(await clockOf(other.title), { state: 'met', minutes: 72 * 60 - 165 });
    const clinic = await as(world.people.medical_provider.email);
    const [evaluation] = (await clinic.get('/api/tasks?scope=organization')).json<
      { id: string; title: string }[]
    >();
    assert.ok(evaluation);
    const cancelled = await clinic.post(`/api/tasks/${evaluation.id}/cancel`, {
      reason: 'Seen at another hospital',
    });
    assert.equal(cancelled.statusCode, 200, cancelled.body);
    const police = await timelineOf(await as(world.people.law_enforcement_officer.email), youthId);
    const seen = police.entries.find((e) => e.title === evaluation.title);
    assert.deepEqual(seen?.clock, { state: 'cancelled', minutes: null });
    assert.equal(seen?.status, 'cancelled');
  });
});

describe('screenings and safety plans on the timeline, by metadata only', () => {
  const SIGN = 'Safety plan words that must never reach a timeline';
  let youthId: string;

  test('the advocate screens the youth and saves a plan twice: her timeline lists each, never answers or content', async () => {
    const advocate = await as(world.people.advocate.email);
    ({ id: youthId } = await openYouth(advocate));
    await addToTeam(advocate, youthId, world.organizations.law_enforcement.id, 'law_enforcement');
    const screened = await advocate.post(`/api/youth/${youthId}/screenings`, {
      instrumentKey: 'lantern-indicators',
      answers: Object.fromEntries(
        [
          ...['ran_away', 'older_partner', 'money_gifts', 'hotel_stays', 'branding'],
          ...['phone_controlled', 'online_explicit', 'sex_for_needs', 'travel'],
          ...['fear_of_someone', 'substance_use', 'school_absence'],
        ].map((id, n) => [id, n < 3 ? 'yes' : 'no']),
      ),
      language: 'en',
    });
    assert.equal(screened.statusCode, 201, screened.body);
    const plan = {
      type: 'general',
      warningSigns: [SIGN],
      writtenWithYouth: false,
    };
    const created = await advocate.post(`/api/youth/${youthId}/safety-plans`, plan);
    assert.equal(created.statusCode, 201, created.body);
    const planId = created.json<{ id: string }>().id;
    services.clock.advance(MINUTE);
    const saved = await (
      await as(world.people.advocate.email)
    ).put(`/api/safety-plans/${planId}`, { ...plan, version: 1 });
    assert.equal(saved.statusCode, 200, saved.body);

    const response = await (
      await as(world.people.advocate.email)
    ).get(`/api/youth/${youthId}/timeline`);
    assert.equal(response.statusCode, 200, response.body);
    assert.ok(!response.body.includes(SIGN), 'no plan content');
    assert.ok(!response.body.includes('ran_away') && !response.body.includes('"score"'));
    const body = response.json<TimelineBody>();
    const [screening, ...more] = of(body, 'screening') as unknown as {
      instrumentKey: string;
      instrumentName: Record<string, string>;
      positive: boolean;
      administeredByName: string;
      administeredByOrganizationName: string;
    }[];
    assert.deepEqual(more, []);
    assert.equal(screening?.instrumentKey, 'lantern-indicators');
    assert.match(screening.instrumentName.es ?? '', /^Indicadores de Lantern/);
    assert.equal(screening.positive, true);
    assert.match(screening.administeredByName, /^advocate /);
    assert.equal(screening.administeredByOrganizationName, world.organizations.advocacy.name);
    assert.deepEqual(
      of(body, 'event').filter((e) => e.type === 'screening_result'),
      [],
      'the screening shows once, in place of its event',
    );
    const plans = of(body, 'safety_plan') as unknown as {
      planId: string;
      type: string;
      version: number;
      category: string;
      savedByName: string;
    }[];
    assert.deepEqual(
      plans.map((p) => [p.planId, p.type, p.version, p.category]),
      [
        [planId, 'general', 2, 'case_notes'],
        [planId, 'general', 1, 'case_notes'],
      ],
      'each version saved, newest first',
    );
    assert.ok(plans.every((p) => p.savedByName.startsWith('advocate ')));
  });

  test('the police on the team without a release see neither, and are told who holds them', async () => {
    const body = await timelineOf(await as(world.people.law_enforcement_officer.email), youthId);
    assert.deepEqual(of(body, 'screening'), []);
    assert.deepEqual(of(body, 'safety_plan'), []);
    assert.deepEqual(of(body, 'event'), [], 'nor the screening_result event');
    assert.deepEqual(body.withheld.map((w) => [w.category, w.organizationId]).sort(), [
      ['case_notes', world.organizations.advocacy.id],
      ['screening', world.organizations.advocacy.id],
    ]);
    const [audit] = await database.db.query<{ details: { withheld: { category: string }[] } }>(
      `SELECT details FROM audit_events WHERE action = 'youth.read' AND target_id = $1
         AND details->>'view' = 'timeline' ORDER BY seq DESC LIMIT 1`,
      [youthId],
    );
    assert.deepEqual(audit?.details.withheld.map((w) => w.category).sort(), [
      'case_notes',
      'screening',
    ]);
  });
});

describe('referrals on the timeline (the demo county’s directory)', () => {
  const demo = async (email: string) => {
    const client = new Client(app);
    const response = await client.login(email, DEMO_PASSWORD);
    assert.equal(response.statusCode, 200, response.body);
    return client;
  };
  let youthId: string;
  let referralId: string;

  before(async () => {
    await seedDemoCounty(services, { passwordHash: await demoPasswordHash() });
    const advocate = await demo('advocate@demo.test');
    const found = (await advocate.get('/api/youth?query=Maya')).json<{ id: string }[]>();
    youthId = found[0]?.id ?? '';
  });

  test('a draft is the sender’s alone; once sent, the parties and readers of the sender’s referrals see it, by metadata', async () => {
    const advocate = await demo('advocate@demo.test');
    const created = await advocate.post('/api/referrals', {
      youthId,
      serviceId: demoServiceId('new-horizons-shelter'),
      needs: ['emergency_shelter'],
      note: 'Referral note text that must never reach a timeline',
    });
    assert.equal(created.statusCode, 201, created.body);
    referralId = created.json<{ id: string }>().id;
    const referralsOf = async (email: string) => {
      const response = await (await demo(email)).get(`/api/youth/${youthId}/timeline`);
      assert.equal(response.statusCode, 200, response.body);
      assert.ok(!response.body.includes('Referral note text'));
      return response.json<TimelineBody>().entries.filter((e) => e.id === referralId);
    };
    assert.equal((await referralsOf('advocate@demo.test')).length, 1);
    assert.equal((await referralsOf('childwelfare@demo.test')).length, 0, 'a draft');
    const sent = await advocate.post(`/api/referrals/${referralId}/transitions`, { to: 'sent' });
    assert.equal(sent.statusCode, 200, sent.body);
    const [entry] = await referralsOf('advocate@demo.test');
    assert.equal(entry?.status, 'sent');
    // The youth consented to child welfare and the clinic reading the advocate's referrals.
    assert.equal((await referralsOf('childwelfare@demo.test')).length, 1);
    assert.equal((await referralsOf('medical@demo.test')).length, 1);
    assert.equal((await referralsOf('da@demo.test')).length, 0, 'on the team without a basis');
    assert.equal((await referralsOf('police@demo.test')).length, 0);
  });
});
