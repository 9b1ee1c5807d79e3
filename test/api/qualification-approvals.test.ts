// The attack found with the demo accounts (issue 9): an administrator opens an advocate account
// at the advocacy organization, records a caseworker qualification for it, has it named on the
// team and reads the privileged note. Each step now waits for the advocacy organization's
// approver; until then the account holds no role, no qualification and no password anyone
// alone knows. Beside it, the legitimate path: approved, the new caseworker reads the note.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { insertQualification } from '../../src/db/repositories/legal.js';
import { insertPointPerson } from '../../src/db/repositories/point-persons.js';
import type { App } from '../../src/server/http/types.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { Client, signedIn, testApp } from '../support/http.js';
import { addToTeam, agreement, openYouth, type NoteBody } from '../support/cases.js';
import { createWorld, testServices, type World } from '../support/world.js';

let database: TestDatabase;
let app: App;

before(async () => {
  database = await openTestDatabase();
  app = await testApp(testServices(database.db, { demoMode: true }));
});
after(async () => {
  await app.close();
  await database.close();
});

const code = (response: LightMyRequestResponse) =>
  response.json<{ error: { code: string } }>().error.code;

/** A world whose advocate is a qualified caseworker and the advocacy organization's approver. */
async function advocacyWorld(): Promise<World> {
  const world = await createWorld(database.db);
  await agreement(database.db, world, ['law_enforcement', 'advocacy']);
  await insertQualification(database.db, {
    jurisdictionId: world.jurisdictionId,
    userId: world.people.advocate.id,
    basis: 'training',
    trainingHours: 40,
    supervisor: 'Program director',
    completedOn: '2026-03-01',
    recordedByUserId: null,
    now: new Date('2026-03-02T10:00:00Z'),
  });
  await insertPointPerson(database.db, {
    jurisdictionId: world.jurisdictionId,
    organizationId: world.organizations.advocacy.id,
    function: 'CSEC point person',
    name: 'Program director',
    title: null,
    phone: null,
    afterHoursPhone: null,
    email: world.people.advocate.email,
    notes: null,
  });
  return world;
}

const privilegedBodies = async (client: Client, youthId: string) =>
  (await client.get(`/api/youth/${youthId}/notes?kind=privileged`))
    .json<NoteBody[]>()
    .map((n) => n.body);

const qualification = (userId: string) => ({
  userId,
  basis: 'training',
  trainingHours: 40,
  supervisor: 'Program director',
  completedOn: '2026-10-01',
});

describe('an administrator alone cannot make a caseworker who reads a privileged note', () => {
  test('each step waits; approved by the advocacy organization, the caseworker reads it', async () => {
    const world = await advocacyWorld();
    const police = await signedIn(app, world.people.law_enforcement_officer.email);
    const youth = await openYouth(police);
    await addToTeam(police, youth.id, world.organizations.advocacy.id, 'advocate');
    const advocate = await signedIn(app, world.people.advocate.email);
    const written = await advocate.post(`/api/youth/${youth.id}/notes`, {
      kind: 'privileged',
      body: 'what the youth told her advocate',
    });
    assert.equal(written.statusCode, 201, written.body);

    // The administrator opens the account and records a qualification: both wait.
    const admin = await signedIn(app, world.people.administrator.email);
    const email = `planted.${world.jurisdictionId.slice(0, 8)}@test.example`;
    const created = await admin.post('/api/users', {
      email,
      displayName: 'Planted Advocate',
      organizationId: world.organizations.advocacy.id,
      roles: ['advocate'],
    });
    assert.equal(created.statusCode, 202, created.body);
    const account = created.json<{
      user: { id: string };
      approval: { id: string };
      temporaryPasswordFirstHalf: string;
    }>();
    const recorded = await admin.post(
      '/api/caseworker-qualifications',
      qualification(account.user.id),
    );
    assert.equal(recorded.statusCode, 202, recorded.body);
    const asked = recorded.json<{
      approval: { id: string; kind: string; waitingFor: { organizationId: string } | null };
    }>().approval;
    assert.equal(asked.kind, 'qualification.record');
    assert.equal(asked.waitingFor?.organizationId, world.organizations.advocacy.id);
    const records = (await admin.get('/api/caseworker-qualifications')).json<
      { userId: string }[]
    >();
    assert.ok(!records.some((r) => r.userId === account.user.id), 'no record while it waits');

    // Naming the account on the team is refused: it holds no role in effect.
    const named = await police.post(`/api/youth/${youth.id}/team`, {
      organizationId: world.organizations.advocacy.id,
      role: 'advocate',
      userId: account.user.id,
    });
    assert.equal(named.statusCode, 400, named.body);
    assert.equal(code(named), 'unknown_user');
    // And nobody can sign in as it with the administrator's half.
    assert.equal(
      (await new Client(app).login(email, account.temporaryPasswordFirstHalf)).statusCode,
      401,
    );
    // The administrator cannot approve their own requests.
    for (const id of [account.approval.id, asked.id]) {
      const own = await admin.post(`/api/approvals/${id}/approve`);
      assert.equal(own.statusCode, 403);
      assert.equal(code(own), 'own_request');
    }

    // The advocacy organization's approver approves both.
    const opened = await advocate.post(`/api/approvals/${account.approval.id}/approve`);
    assert.equal(opened.statusCode, 200, opened.body);
    const second = opened.json<{ temporaryPasswordSecondHalf: string }>()
      .temporaryPasswordSecondHalf;
    const qualified = await advocate.post(`/api/approvals/${asked.id}/approve`);
    assert.equal(qualified.statusCode, 200, qualified.body);
    const [row] = await database.db.query<{
      approved_by_user_id: string;
      recorded_by_user_id: string;
    }>(
      `SELECT approved_by_user_id, recorded_by_user_id FROM caseworker_qualifications
       WHERE user_id = $1 AND revoked_at IS NULL`,
      [account.user.id],
    );
    assert.deepEqual(row, {
      approved_by_user_id: world.people.advocate.id,
      recorded_by_user_id: world.people.administrator.id,
    });

    await addToTeam(police, youth.id, world.organizations.advocacy.id, 'advocate', account.user.id);
    const person = new Client(app);
    const whole = `${account.temporaryPasswordFirstHalf}-${second}`;
    assert.equal((await person.login(email, whole)).statusCode, 200);
    const changed = await person.post('/api/auth/password', {
      currentPassword: whole,
      newPassword: 'a passphrase of my own',
    });
    assert.equal(changed.statusCode, 200, changed.body);
    assert.deepEqual(await privilegedBodies(person, youth.id), [
      'what the youth told her advocate',
    ]);
  });

  test('a coordinator’s request too; not the requester, not another organization, not another county', async () => {
    const world = await advocacyWorld();
    const colleagueEmail = `colleague.${world.jurisdictionId.slice(0, 8)}@test.example`;
    const admin = await signedIn(app, world.people.administrator.email);
    const created = await admin.post('/api/users', {
      email: colleagueEmail,
      displayName: 'Colleague',
      organizationId: world.organizations.advocacy.id,
      roles: ['advocate'],
    });
    const { user, approval } = created.json<{ user: { id: string }; approval: { id: string } }>();
    const advocate = await signedIn(app, world.people.advocate.email);
    assert.equal((await advocate.post(`/api/approvals/${approval.id}/approve`)).statusCode, 200);

    const coordinator = await signedIn(app, world.people.coordinator.email);
    const recorded = await coordinator.post(
      '/api/caseworker-qualifications',
      qualification(user.id),
    );
    assert.equal(recorded.statusCode, 202, recorded.body);
    const id = recorded.json<{ approval: { id: string } }>().approval.id;
    const attempts: [Client, number, string][] = [
      [coordinator, 403, 'own_request'],
      [await signedIn(app, world.people.provider_intake.email), 403, 'not_an_approver'],
      [await signedIn(app, world.people.administrator.email), 403, 'not_an_approver'],
    ];
    await insertPointPerson(database.db, {
      jurisdictionId: world.jurisdictionId,
      organizationId: world.organizations.medical.id,
      function: 'CSEC point person',
      name: 'Medical approver',
      title: null,
      phone: null,
      afterHoursPhone: null,
      email: world.people.medical_provider.email,
      notes: null,
    });
    attempts.push([
      await signedIn(app, world.people.medical_provider.email),
      403,
      'not_an_approver',
    ]);
    const elsewhere = await createWorld(database.db, 'Elsewhere');
    attempts.push([await signedIn(app, elsewhere.people.coordinator.email), 404, 'not_found']);
    for (const [client, status, expected] of attempts) {
      const response = await client.post(`/api/approvals/${id}/approve`);
      assert.equal(response.statusCode, status, response.body);
      assert.equal(code(response), expected);
    }
    const decline = await advocate.post(`/api/approvals/${id}/decline`, {
      reason: 'The training certificate is missing.',
    });
    assert.equal(decline.statusCode, 200, decline.body);
    const records = (await coordinator.get('/api/caseworker-qualifications')).json<
      { userId: string }[]
    >();
    assert.ok(!records.some((r) => r.userId === user.id), 'declined: nothing recorded');
    const asked = (await coordinator.get('/api/approvals')).json<{
      requested: { id: string; status: string; declineReason: string | null }[];
    }>();
    const mine = asked.requested.find((r) => r.id === id);
    assert.equal(mine?.status, 'declined');
    assert.equal(mine.declineReason, 'The training certificate is missing.');
  });

  test('bad input is refused before anything waits', async () => {
    const world = await advocacyWorld();
    const coordinator = await signedIn(app, world.people.coordinator.email);
    for (const body of [
      { ...qualification(world.people.advocate.id), trainingHours: -1 },
      { ...qualification(world.people.advocate.id), supervisor: null },
      { ...qualification(world.people.medical_provider.id) },
      { ...qualification(world.people.advocate.id), completedOn: 'yesterday' },
    ]) {
      const response = await coordinator.post('/api/caseworker-qualifications', body);
      assert.equal(response.statusCode, 400, JSON.stringify(body));
    }
    const [row] = await database.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM approval_requests WHERE jurisdiction_id = $1',
      [world.jurisdictionId],
    );
    assert.equal(row?.n, 0);
  });
});
