// Training and certification records (docs/TRAINING.md): the contract routes, a completion
// recorded by the person's own organization's supervisor, refused to the person themselves, to
// another organization's supervisor and across counties (404), bad input, the compliance the
// oversight analyst reads (counts, suppressed, no name), and a lapse that ends the right to write
// a privileged note at the county's midnight of the lapse day, with its warning 30 days before.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { insertQualification } from '../../src/db/repositories/legal.js';
import { insertPointPerson } from '../../src/db/repositories/point-persons.js';
import { insertUser } from '../../src/db/repositories/users.js';
import type { App } from '../../src/server/http/types.js';
import { runDueJobs } from '../../src/server/services/protocol/jobs.js';
import { addToTeam, agreement, openYouth } from '../support/cases.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { signedIn, testApp, type Client } from '../support/http.js';
import { cheapHash, createWorld, PASSWORD, testServices, type World } from '../support/world.js';

let database: TestDatabase;
let services: ReturnType<typeof testServices>;
let app: App;

before(async () => {
  database = await openTestDatabase();
  // The clock starts 2026-11-23T10:00Z: 2 a.m. on the 23rd in the county (Los Angeles).
  services = testServices(database.db, { demoMode: true });
  app = await testApp(services);
});
after(async () => {
  await app.close();
  await database.close();
});

/** DELETE through the test client (it has no shorthand for it). */
const remove = (client: Client, url: string) => client.request('DELETE', url);

const code = (response: LightMyRequestResponse) =>
  response.json<{ error: { code: string } }>().error.code;

interface Course {
  id: string;
  title: string;
  hours: number;
  retiredAt: string | null;
}
interface PersonTraining {
  userId: string;
  name: string;
  standing: string | null;
  hoursInForce: number;
  mayRecord: boolean;
  completions: {
    courseTitle: string;
    hours: number;
    lapsesOn: string | null;
    standing: string;
  }[];
}

/** Another account at one of the world's organizations. */
async function addPerson(world: World, organizationId: string, label: string) {
  const email = `${label}.${world.jurisdictionId.slice(0, 8)}@test.example`;
  const id = await insertUser(database.db, {
    jurisdictionId: world.jurisdictionId,
    organizationId,
    email,
    displayName: `${label} ${world.jurisdictionId.slice(0, 8)}`,
    roles: ['advocate'],
    language: 'en',
    passwordHash: await cheapHash(PASSWORD),
    mustChangePassword: false,
  });
  return { id, email };
}

async function pointPerson(world: World, organizationId: string, email: string) {
  await insertPointPerson(database.db, {
    jurisdictionId: world.jurisdictionId,
    organizationId,
    function: 'Program director',
    name: 'Program director',
    title: null,
    phone: null,
    afterHoursPhone: null,
    email,
    notes: null,
  });
}

/**
 * A county whose advocate is a qualified caseworker (training, under a supervisor), Harbor's
 * program director its supervisor, and two courses the coordinator added: 32 hours that never
 * expire, 8 hours valid 12 months.
 */
async function trainingWorld() {
  const world = await createWorld(database.db);
  await insertQualification(database.db, {
    jurisdictionId: world.jurisdictionId,
    userId: world.people.advocate.id,
    basis: 'training',
    trainingHours: 40,
    supervisor: 'Program director',
    completedOn: '2025-12-01',
    recordedByUserId: null,
    now: new Date('2025-12-02T10:00:00Z'),
  });
  const director = await addPerson(world, world.organizations.advocacy.id, 'director');
  await pointPerson(world, world.organizations.advocacy.id, director.email);
  const coordinator = await signedIn(app, world.people.coordinator.email);
  const addCourse = async (body: Record<string, unknown>) => {
    const response = await coordinator.post('/api/training/courses', body);
    assert.equal(response.statusCode, 201, response.body);
    return response.json<Course>();
  };
  const core = await addCourse({
    title: 'CSEC caseworker core',
    topic: 'Privilege',
    hours: 32,
    validityMonths: null,
  });
  const trauma = await addCourse({
    title: 'Trauma-informed care',
    topic: 'Care',
    hours: 8,
    validityMonths: 12,
  });
  return { world, director, coordinator, core, trauma };
}

describe('training records', () => {
  test('courses, recording by the supervisor, refusals, bad input and compliance', async () => {
    const { world, director, coordinator, core, trauma } = await trainingWorld();
    const advocate = world.people.advocate;

    // Everyone of the county reads the courses, the oversight analyst too; only the coordinator adds.
    const oversight = await signedIn(app, world.people.oversight_analyst.email);
    const courses = await oversight.get('/api/training/courses');
    assert.equal(courses.statusCode, 200, courses.body);
    assert.deepEqual(
      courses
        .json<Course[]>()
        .map((c) => c.title)
        .sort(),
      ['CSEC caseworker core', 'Trauma-informed care'],
    );
    const advocateClient = await signedIn(app, advocate.email);
    const notCoordinator = await advocateClient.post('/api/training/courses', {
      title: 'Mine',
      topic: 'x',
      hours: 1,
      validityMonths: null,
    });
    assert.equal(notCoordinator.statusCode, 403, notCoordinator.body);
    const again = await coordinator.post('/api/training/courses', {
      title: 'CSEC caseworker core',
      topic: 'x',
      hours: 1,
      validityMonths: null,
    });
    assert.equal(code(again), 'course_exists');

    // The program director records the advocate's two courses.
    const supervisor = await signedIn(app, director.email);
    const record = (client: Client, body: Record<string, unknown>) =>
      client.post('/api/training/completions', {
        userId: advocate.id,
        courseId: core.id,
        completedOn: '2026-01-05',
        evidence: 'Certificate 2026-117',
        ...body,
      });
    assert.equal((await record(supervisor, {})).statusCode, 201);
    const recorded = await record(supervisor, { courseId: trauma.id, completedOn: '2025-12-10' });
    assert.equal(recorded.statusCode, 201, recorded.body);
    const training = recorded.json<PersonTraining>();
    assert.equal(training.hoursInForce, 40);
    // It lapses 2026-12-10, 17 days after the county's today: due.
    assert.equal(training.standing, 'due');
    assert.deepEqual(
      training.completions.map((c) => [c.courseTitle, c.lapsesOn, c.standing]),
      [
        ['CSEC caseworker core', null, 'current'],
        ['Trauma-informed care', '2026-12-10', 'due'],
      ],
    );

    // Nobody records their own training: not the advocate, not the director, not the coordinator.
    assert.equal(code(await record(advocateClient, {})), 'own_training');
    assert.equal(code(await record(supervisor, { userId: director.id })), 'own_training');
    const ownCoordinator = await record(coordinator, { userId: world.people.coordinator.id });
    assert.equal(ownCoordinator.statusCode, 403, ownCoordinator.body);
    assert.equal(code(ownCoordinator), 'own_training');
    // Another organization's supervisor may not; a colleague who is no supervisor may not.
    await pointPerson(
      world,
      world.organizations.child_welfare.id,
      world.people.child_welfare_worker.email,
    );
    const otherSupervisor = await signedIn(app, world.people.child_welfare_worker.email);
    assert.equal(code(await record(otherSupervisor, {})), 'not_a_supervisor');
    const colleague = await addPerson(world, world.organizations.advocacy.id, 'colleague');
    assert.equal(code(await record(await signedIn(app, colleague.email), {})), 'not_a_supervisor');
    // The coordinator records for anyone of the county.
    assert.equal((await record(coordinator, { userId: colleague.id })).statusCode, 201);

    // Another county: its person is unknown (404), its course too (400).
    const neighbor = await createWorld(database.db, 'Neighbor');
    const neighborCoordinator = await signedIn(app, neighbor.people.coordinator.email);
    const across = await record(neighborCoordinator, {});
    assert.equal(across.statusCode, 404, across.body);
    const neighborPerson = await record(coordinator, { userId: neighbor.people.advocate.id });
    assert.equal(neighborPerson.statusCode, 404, neighborPerson.body);
    const theirCourse = (await neighborCoordinator.get('/api/training/courses')).json<Course[]>();
    assert.deepEqual(theirCourse, []);

    // Bad input: nothing recorded.
    for (const [body, expected] of [
      [{ courseId: undefined }, 'invalid_input'],
      [{ evidence: '' }, 'invalid_input'],
      [{ completedOn: '2026-02-30' }, 'invalid_input'],
      [{ completedOn: '26-01-05' }, 'invalid_input'],
      [{ completedOn: '2026-11-24' }, 'completed_in_future'],
      [{ courseId: '00000000-0000-4000-8000-000000000000' }, 'unknown_course'],
      [{ extra: true }, 'invalid_input'],
    ] as const) {
      const response = await record(supervisor, body);
      assert.equal(response.statusCode, 400, `${JSON.stringify(body)}: ${response.body}`);
      assert.equal(code(response), expected, JSON.stringify(body));
    }
    const unknownPerson = await record(supervisor, {
      userId: '00000000-0000-4000-8000-000000000000',
    });
    assert.equal(unknownPerson.statusCode, 404);

    // Who reads whose training: the person, the supervisor, the coordinator; oversight no one.
    const names = async (client: Client) =>
      (await client.get('/api/training/people'))
        .json<{ people: PersonTraining[] }>()
        .people.map((p) => p.userId);
    assert.deepEqual(await names(advocateClient), [advocate.id]);
    const directorSees = await names(supervisor);
    assert.equal(directorSees[0], director.id);
    assert.ok(directorSees.includes(advocate.id) && directorSees.includes(colleague.id));
    assert.ok(!directorSees.includes(world.people.child_welfare_worker.id));
    assert.ok((await names(coordinator)).includes(world.people.child_welfare_worker.id));
    assert.deepEqual(await names(oversight), [world.people.oversight_analyst.id]);

    // Compliance: counts per organization, small ones hidden, no name; oversight and coordinator.
    const compliance = await oversight.get('/api/training/compliance');
    assert.equal(compliance.statusCode, 200, compliance.body);
    const table = compliance.json<{
      columns: string[];
      rows: { organizationId: string; cells: { value: number | null; suppressed: boolean }[] }[];
      grandTotal: { value: number | null; suppressed: boolean };
    }>();
    assert.deepEqual(table.columns, ['current', 'due', 'lapsed']);
    assert.deepEqual(
      table.rows.map((r) => r.organizationId),
      [world.organizations.advocacy.id],
    );
    assert.ok(
      table.rows[0]?.cells.every((c) => c.value === 0 || c.suppressed),
      'one due and one current person are small counts',
    );
    assert.equal(table.grandTotal.suppressed, true);
    assert.ok(!compliance.body.includes(advocate.email.split('@')[0] ?? '-'), 'no name');
    assert.equal((await advocateClient.get('/api/training/compliance')).statusCode, 403);
  });

  test('courses edited, retired and deleted: recorded completions untouched, refusals, bad input', async () => {
    const { world, director, coordinator, core, trauma } = await trainingWorld();
    const advocate = world.people.advocate;
    const supervisor = await signedIn(app, director.email);
    const record = (courseId: string) =>
      supervisor.post('/api/training/completions', {
        userId: advocate.id,
        courseId,
        completedOn: '2026-01-05',
        evidence: 'Certificate 2026-117',
      });
    assert.equal((await record(trauma.id)).statusCode, 201);
    const advocateTraining = async () =>
      (await supervisor.get('/api/training/people'))
        .json<{ people: PersonTraining[] }>()
        .people.find((p) => p.userId === advocate.id);

    // The coordinator edits the course: the recorded completion keeps its 8 hours and lapse day.
    const edited = await coordinator.patch(`/api/training/courses/${trauma.id}`, {
      hours: 4,
      validityMonths: 24,
    });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.equal(edited.json<Course>().hours, 4);
    assert.equal(edited.json<Course>().title, 'Trauma-informed care', 'what is not given stays');
    const kept = await advocateTraining();
    assert.deepEqual(
      kept?.completions.map((c) => [c.hours, c.lapsesOn]),
      [[8, '2027-01-05']],
    );
    assert.equal(kept?.hoursInForce, 8);
    // A completion recorded after an edit counts the course's new hours.
    assert.equal(
      (await coordinator.patch(`/api/training/courses/${core.id}`, { hours: 30 })).statusCode,
      200,
    );
    const after = await record(core.id);
    assert.equal(after.statusCode, 201, after.body);
    assert.equal(after.json<PersonTraining>().hoursInForce, 38);

    // Another role of the county is refused; another county's coordinator finds no such course.
    const advocateClient = await signedIn(app, advocate.email);
    const neighbor = await createWorld(database.db, 'Neighbor');
    const neighborCoordinator = await signedIn(app, neighbor.people.coordinator.email);
    const path = `/api/training/courses/${trauma.id}`;
    assert.equal((await advocateClient.patch(path, { hours: 1 })).statusCode, 403);
    assert.equal((await advocateClient.post(`${path}/retire`, {})).statusCode, 403);
    assert.equal((await remove(supervisor, path)).statusCode, 403);
    assert.equal((await neighborCoordinator.patch(path, { hours: 1 })).statusCode, 404);
    assert.equal((await neighborCoordinator.post(`${path}/retire`, {})).statusCode, 404);
    assert.equal((await remove(neighborCoordinator, path)).statusCode, 404);
    const unknown = '/api/training/courses/00000000-0000-4000-8000-000000000000';
    assert.equal((await coordinator.patch(unknown, { hours: 1 })).statusCode, 404);

    // Bad input: nothing changed.
    for (const body of [
      {},
      { hours: -1 },
      { hours: 1.25 },
      { validityMonths: 121 },
      { title: ' ' },
      { extra: 1 },
    ]) {
      const response = await coordinator.patch(path, body);
      assert.equal(response.statusCode, 400, `${JSON.stringify(body)}: ${response.body}`);
      assert.equal(code(response), 'invalid_input', JSON.stringify(body));
    }
    assert.equal(
      (await coordinator.patch('/api/training/courses/nope', { hours: 1 })).statusCode,
      400,
    );
    const taken = await coordinator.patch(path, { title: 'CSEC caseworker core' });
    assert.equal(taken.statusCode, 409, taken.body);
    assert.equal(code(taken), 'course_exists');

    // With completions it is retired, not deleted; retired, it takes no new completion, and the
    // recorded one stays in force.
    const refusedDelete = await remove(coordinator, path);
    assert.equal(refusedDelete.statusCode, 409, refusedDelete.body);
    assert.equal(code(refusedDelete), 'course_has_completions');
    const retired = await coordinator.post(`${path}/retire`, {});
    assert.equal(retired.statusCode, 200, retired.body);
    assert.ok(retired.json<Course>().retiredAt);
    const late = await record(trauma.id);
    assert.equal(late.statusCode, 409, late.body);
    assert.equal(code(late), 'course_retired');
    const stillCounts = await advocateTraining();
    assert.equal(stillCounts?.hoursInForce, 38);
    assert.equal(stillCounts?.completions.length, 2);

    // A course no one completed is deleted.
    const spare = await coordinator.post('/api/training/courses', {
      title: 'Spare',
      topic: 'x',
      hours: 1,
      validityMonths: null,
    });
    const gone = await remove(coordinator, `/api/training/courses/${spare.json<Course>().id}`);
    assert.equal(gone.statusCode, 204, gone.body);
    const titles = (await coordinator.get('/api/training/courses')).json<Course[]>();
    assert.deepEqual(
      titles.map((c) => [c.title, c.retiredAt !== null]),
      [
        ['CSEC caseworker core', false],
        ['Trauma-informed care', true],
      ],
    );

    // Audited: the edits, the retirement, the deletion and the refusals.
    const actions = await database.db.query<{ action: string; n: number }>(
      `SELECT action, count(*)::int AS n FROM audit_events
       WHERE jurisdiction_id = $1 AND action LIKE 'training.course_%' GROUP BY action ORDER BY action`,
      [world.jurisdictionId],
    );
    assert.deepEqual(actions, [
      { action: 'training.course_create', n: 3 },
      { action: 'training.course_delete', n: 1 },
      { action: 'training.course_retire', n: 1 },
      { action: 'training.course_update', n: 2 },
    ]);
  });

  test('a lapse ends the privileged-note right on the county’s lapse day; warned 30 days before', async () => {
    const { world, director, trauma, core } = await trainingWorld();
    await agreement(database.db, world, ['law_enforcement', 'advocacy']);
    const supervisor = await signedIn(app, director.email);
    for (const [courseId, completedOn] of [
      [core.id, '2026-01-05'],
      [trauma.id, '2025-12-10'],
    ] as const) {
      const response = await supervisor.post('/api/training/completions', {
        userId: world.people.advocate.id,
        courseId,
        completedOn,
        evidence: 'Paper file, Harbor office',
      });
      assert.equal(response.statusCode, 201, response.body);
    }
    const police = await signedIn(app, world.people.law_enforcement_officer.email);
    const youth = await openYouth(police);
    await addToTeam(police, youth.id, world.organizations.advocacy.id, 'advocate');
    const writePrivileged = async () =>
      (await signedIn(app, world.people.advocate.email)).post(`/api/youth/${youth.id}/notes`, {
        kind: 'privileged',
        body: 'what the youth told her advocate',
      });
    assert.equal((await writePrivileged()).statusCode, 201);

    // The warning was due 2026-11-10: the jobs' next round tells the advocate and the director,
    // and no other advocate of Harbor.
    await runDueJobs(services, { kinds: ['training.expiry'] });
    const warnings = async (email: string) =>
      (await (await signedIn(app, email)).get('/api/notifications'))
        .json<{ kind: string; params: Record<string, string> | null }[]>()
        .filter((n) => n.kind === 'training.expiring');
    const told = await warnings(world.people.advocate.email);
    assert.equal(told.length, 1);
    assert.equal(told[0]?.params?.lapsesOn, '2026-12-10');
    assert.equal(told[0]?.params?.course, 'Trauma-informed care');
    assert.equal((await warnings(director.email)).length, 1);
    const colleague = await addPerson(world, world.organizations.advocacy.id, 'colleague');
    assert.equal((await warnings(colleague.email)).length, 0);

    // 23:59:59 on 2026-12-09 in Los Angeles (PST, UTC-8): still in force.
    services.clock.advance(Date.parse('2026-12-10T07:59:59Z') - services.clock.now().getTime());
    assert.equal((await writePrivileged()).statusCode, 201);
    // Midnight of the lapse day: 32 hours in force, under the profile's 40.
    services.clock.advance(1000);
    const refused = await writePrivileged();
    assert.equal(refused.statusCode, 403, refused.body);
    const standing = (await (await signedIn(app, director.email)).get('/api/training/people'))
      .json<{ people: PersonTraining[] }>()
      .people.find((p) => p.userId === world.people.advocate.id);
    assert.equal(standing?.standing, 'lapsed');
    assert.equal(standing?.hoursInForce, 32);

    // Renewed the same day: the right comes back.
    const renewal = await (
      await signedIn(app, director.email)
    ).post('/api/training/completions', {
      userId: world.people.advocate.id,
      courseId: trauma.id,
      completedOn: '2026-12-10',
      evidence: 'Certificate 2026-301',
    });
    assert.equal(renewal.statusCode, 201, renewal.body);
    const renewed = renewal.json<PersonTraining>();
    assert.equal(renewed.standing, 'current');
    assert.deepEqual(
      renewed.completions
        .filter((c) => c.courseTitle === 'Trauma-informed care')
        .map((c) => c.standing),
      ['current', 'renewed'],
    );
    assert.equal((await writePrivileged()).statusCode, 201);
  });
});
