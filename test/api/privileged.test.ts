// Privileged communications: who may write and read them, envelope encryption at rest,
// disclosure only by the youth's waiver or a court order, mandated reports apart, the legal
// profile's banner, and caseworker qualification records.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { App } from '../../src/server/http/types.js';
import { insertQualification } from '../../src/db/repositories/legal.js';
import { insertOrganization } from '../../src/db/repositories/organizations.js';
import { insertUser } from '../../src/db/repositories/users.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { signedIn, testApp, type Client } from '../support/http.js';
import {
  addToTeam,
  agreement,
  openYouth,
  type NoteBody,
  type RecordBody,
} from '../support/cases.js';
import { cheapHash, createWorld, PASSWORD, testServices, type World } from '../support/world.js';

let database: TestDatabase;
let app: App;
let world: World;
let elsewhere: World;
let colleagueEmail: string;
let colleagueId: string;

before(async () => {
  database = await openTestDatabase();
  app = await testApp(testServices(database.db, { demoMode: true }));
  world = await createWorld(database.db);
  elsewhere = await createWorld(database.db, 'Elsewhere');
  await agreement(database.db, world, [
    'law_enforcement',
    'advocacy',
    'medical',
    'district_attorney',
  ]);
  colleagueEmail = `colleague.${world.jurisdictionId.slice(0, 8)}@test.example`;
  colleagueId = await insertUser(database.db, {
    jurisdictionId: world.jurisdictionId,
    organizationId: world.organizations.advocacy.id,
    email: colleagueEmail,
    displayName: 'Colleague Advocate',
    roles: ['advocate'],
    language: 'en',
    passwordHash: await cheapHash(PASSWORD),
    mustChangePassword: false,
  });
  // Approved qualifications (recording one through the API waits for a second person:
  // test/api/qualification-approvals.test.ts).
  for (const userId of [world.people.advocate.id, colleagueId]) {
    await insertQualification(database.db, {
      jurisdictionId: world.jurisdictionId,
      userId,
      basis: 'training',
      trainingHours: 40,
      supervisor: 'Program director',
      completedOn: '2026-03-01',
      recordedByUserId: world.people.coordinator.id,
      now: new Date('2026-03-02T10:00:00Z'),
    });
  }
});
after(async () => {
  await app.close();
  await database.close();
});

const as = (email: string): Promise<Client> => signedIn(app, email);

/** A case opened by the police with the advocate and the DA on the team. */
async function advocacyCase() {
  const police = await as(world.people.law_enforcement_officer.email);
  const youth = await openYouth(police);
  await addToTeam(police, youth.id, world.organizations.advocacy.id, 'advocate');
  await addToTeam(police, youth.id, world.organizations.district_attorney.id, 'prosecution');
  const advocate = await as(world.people.advocate.email);
  return { youth, police, advocate };
}

async function writePrivileged(client: Client, youthId: string, body: string): Promise<string> {
  const response = await client.post(`/api/youth/${youthId}/notes`, { kind: 'privileged', body });
  assert.equal(response.statusCode, 201, response.body);
  return response.json<{ id: string }>().id;
}

const privilegedBodies = async (client: Client, youthId: string) =>
  (await client.get(`/api/youth/${youthId}/notes?kind=privileged`))
    .json<NoteBody[]>()
    .map((n) => n.body);

describe('writing privileged notes', () => {
  test('only a qualified caseworker of an advocacy or community provider on the team', async () => {
    const { youth, police } = await advocacyCase();
    const attempt = (client: Client) =>
      client.post(`/api/youth/${youth.id}/notes`, { kind: 'privileged', body: 'attempt' });
    assert.equal((await attempt(police)).statusCode, 403);
    const da = await as(world.people.prosecutor.email);
    const refused = await attempt(da);
    assert.equal(refused.statusCode, 403);
    assert.equal(
      refused.json<{ error: { code: string } }>().error.code,
      'not_qualified_caseworker',
    );
    // An advocate at a community provider without a qualification record.
    const provider = await as(world.people.provider_intake.email);
    await addToTeam(
      police,
      youth.id,
      world.organizations.community_provider.id,
      'service_provider',
    );
    assert.equal((await attempt(provider)).statusCode, 403);
    const advocate = await as(world.people.advocate.email);
    assert.equal((await attempt(advocate)).statusCode, 201);
    const [denied] = await database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events
       WHERE target_id = $1 AND action = 'access.denied' AND reason = 'not_qualified_caseworker'`,
      [youth.id],
    );
    assert.equal(denied?.n, 3);
  });

  test('the database holds only ciphertext, under a wrapped jurisdiction key', async () => {
    const { youth, advocate } = await advocacyCase();
    const secret = `the secret ${crypto.randomUUID()}`;
    const id = await writePrivileged(advocate, youth.id, secret);
    const [row] = await database.db.query<{ body_sealed: string; key_version: number }>(
      'SELECT body_sealed, key_version FROM privileged_notes WHERE id = $1',
      [id],
    );
    assert.ok(row && row.body_sealed.startsWith('v1.'));
    assert.ok(!row.body_sealed.includes(secret));
    const [key] = await database.db.query<{ wrapped_key: string }>(
      'SELECT wrapped_key FROM jurisdiction_keys WHERE jurisdiction_id = $1',
      [world.jurisdictionId],
    );
    assert.ok(key?.wrapped_key.startsWith('v1.'));
    const [audit] = await database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE details::text LIKE '%' || $1 || '%'`,
      [secret],
    );
    assert.equal(audit?.n, 0);
    assert.deepEqual(await privilegedBodies(advocate, youth.id), [secret]);
  });

  test('bad input: empty, too long, a category on a privileged note', async () => {
    const { youth, advocate } = await advocacyCase();
    for (const body of [
      { kind: 'privileged', body: '' },
      { kind: 'privileged', body: 'x'.repeat(20_001) },
      { kind: 'privileged', body: 'x', category: 'case_notes' },
      { kind: 'secret', body: 'x' },
      { kind: 'case', body: 'no category' },
    ]) {
      assert.equal(
        (await advocate.post(`/api/youth/${youth.id}/notes`, body)).statusCode,
        400,
        JSON.stringify(body).slice(0, 60),
      );
    }
  });
});

describe('reading privileged notes', () => {
  test('the author organization’s qualified caseworkers who are on the team in person; nobody else', async () => {
    const { youth, police, advocate } = await advocacyCase();
    await writePrivileged(advocate, youth.id, 'told the advocate');
    assert.deepEqual(await privilegedBodies(police, youth.id), []);
    assert.deepEqual(await privilegedBodies(advocate, youth.id), ['told the advocate']);
    // A qualified colleague of the same organization, not named on the team.
    const colleague = await as(colleagueEmail);
    assert.deepEqual(await privilegedBodies(colleague, youth.id), []);
    await addToTeam(police, youth.id, world.organizations.advocacy.id, 'advocate', colleagueId);
    assert.deepEqual(await privilegedBodies(colleague, youth.id), ['told the advocate']);
    // Revoking the qualification closes them at once.
    const coordinator = await as(world.people.coordinator.email);
    const records = (await coordinator.get('/api/caseworker-qualifications')).json<
      { id: string; userId: string; revoked: boolean }[]
    >();
    const colleagueRecord = records.find((r) => r.userId === colleagueId && !r.revoked);
    assert.ok(colleagueRecord);
    assert.equal(
      (await coordinator.post(`/api/caseworker-qualifications/${colleagueRecord.id}/revoke`))
        .statusCode,
      204,
    );
    assert.deepEqual(await privilegedBodies(colleague, youth.id), []);
    for (const role of ['law_enforcement_officer', 'prosecutor'] as const) {
      const client = await as(world.people[role].email);
      assert.deepEqual(await privilegedBodies(client, youth.id), []);
    }
    const reads = await database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events a JOIN privileged_notes n ON n.id::text = a.target_id
       WHERE n.youth_id = $1 AND a.action = 'privileged_note.read'`,
      [youth.id],
    );
    assert.equal(reads[0]?.n, 2, 'each read is audited');
  });

  test('a waiver by the youth discloses the notes it names, to whom it names, until it ends', async () => {
    const { youth, advocate } = await advocacyCase();
    const first = await writePrivileged(advocate, youth.id, 'first disclosure');
    await writePrivileged(advocate, youth.id, 'second, not waived');
    const da = await as(world.people.prosecutor.email);
    assert.deepEqual(await privilegedBodies(da, youth.id), []);
    const actions = async () =>
      (await da.get(`/api/youth/${youth.id}`)).json<RecordBody>().allowedActions;
    assert.ok(!(await actions()).includes('privilegedNote.read'));
    const waiver = await advocate.post(`/api/youth/${youth.id}/privilege-disclosures`, {
      kind: 'waiver',
      recipientOrganizationIds: [world.organizations.district_attorney.id],
      noteIds: [first],
      signedOn: '2026-11-23',
      expiresOn: '2026-12-31',
    });
    assert.equal(waiver.statusCode, 201, waiver.body);
    const seen = (await da.get(`/api/youth/${youth.id}/notes?kind=privileged`)).json<NoteBody[]>();
    assert.deepEqual(
      seen.map((n) => [n.body, n.basis]),
      [['first disclosure', 'privilege_waiver']],
    );
    assert.ok((await actions()).includes('privilegedNote.read'));
    // The youth takes the waiver back: closed at once. Only the author organization revokes.
    const waiverId = waiver.json<{ id: string }>().id;
    const disclosures = async (client: Client) =>
      (await client.get(`/api/youth/${youth.id}/privilege-disclosures`))
        .json<{ id: string; current: boolean }[]>()
        .map((d) => [d.id, d.current]);
    assert.deepEqual(await disclosures(advocate), [[waiverId, true]]);
    assert.deepEqual(await disclosures(da), [[waiverId, true]]);
    const policeOnTeam = await as(world.people.law_enforcement_officer.email);
    assert.deepEqual(await disclosures(policeOnTeam), []);
    assert.equal((await da.post(`/api/privilege-disclosures/${waiverId}/revoke`)).statusCode, 403);
    assert.equal(
      (await advocate.post(`/api/privilege-disclosures/${waiverId}/revoke`)).statusCode,
      204,
    );
    assert.deepEqual(await privilegedBodies(da, youth.id), []);
    assert.equal(
      (await advocate.post(`/api/privilege-disclosures/${waiverId}/revoke`)).statusCode,
      409,
    );
    assert.deepEqual(await disclosures(advocate), [[waiverId, false]]);
    assert.equal(
      (await advocate.post(`/api/privilege-disclosures/${crypto.randomUUID()}/revoke`)).statusCode,
      404,
    );
    const medical = await as(world.people.medical_provider.email);
    assert.equal((await medical.get(`/api/youth/${youth.id}/notes`)).statusCode, 403);
    // Only the author organization's caseworker records a disclosure, and only of its own notes.
    const police = await as(world.people.law_enforcement_officer.email);
    const byPolice = await police.post(`/api/youth/${youth.id}/privilege-disclosures`, {
      kind: 'court_order',
      recipientOrganizationIds: [world.organizations.law_enforcement.id],
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
      signedOn: '2026-11-23',
      expiresOn: '2026-12-31',
      court: 'Superior Court',
      orderDate: '2026-11-22',
    });
    assert.equal(byPolice.statusCode, 403);
    const bad = async (body: Record<string, unknown>) =>
      (
        await advocate.post(`/api/youth/${youth.id}/privilege-disclosures`, {
          kind: 'waiver',
          recipientOrganizationIds: [world.organizations.district_attorney.id],
          signedOn: '2026-11-23',
          expiresOn: '2026-12-31',
          ...body,
        })
      ).json<{ error: { code: string } }>().error.code;
    assert.equal(await bad({}), 'disclosure_scope');
    assert.equal(await bad({ noteIds: [crypto.randomUUID()] }), 'unknown_note');
    assert.equal(
      await bad({ noteIds: [first], periodFrom: '2026-01-01', periodTo: '2026-02-01' }),
      'disclosure_scope',
    );
    assert.equal(await bad({ noteIds: [first], expiresOn: '2026-01-01' }), 'already_expired');
    assert.equal(await bad({ noteIds: [first], signedOn: '2026-11-24' }), 'signed_in_future');
    assert.equal(
      await bad({
        noteIds: [first],
        recipientOrganizationIds: [world.organizations.advocacy.id],
      }),
      'self_grant',
    );
    assert.equal(
      await bad({ kind: 'court_order', periodFrom: '2026-01-01', periodTo: '2026-12-31' }),
      'court_order_incomplete',
    );
  });

  test('a court order discloses the notes of a period', async () => {
    const { youth, advocate } = await advocacyCase();
    await writePrivileged(advocate, youth.id, 'ordered note');
    const order = await advocate.post(`/api/youth/${youth.id}/privilege-disclosures`, {
      kind: 'court_order',
      recipientOrganizationIds: [world.organizations.district_attorney.id],
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      signedOn: '2026-11-23',
      expiresOn: '2026-12-31',
      court: 'Superior Court, Dept. 12',
      orderDate: '2026-11-22',
    });
    assert.equal(order.statusCode, 201, order.body);
    const da = await as(world.people.prosecutor.email);
    const seen = (await da.get(`/api/youth/${youth.id}/notes?kind=privileged`)).json<NoteBody[]>();
    assert.deepEqual(
      seen.map((n) => n.basis),
      ['court_order'],
    );
  });
  test('one holder’s waiver of a period opens its own notes only, never another holder’s', async () => {
    const { youth, police, advocate } = await advocacyCase();
    // A second privileged holder on the same case: a community provider's qualified caseworker.
    const provider = await insertOrganization(database.db, {
      jurisdictionId: world.jurisdictionId,
      name: 'Second Step Community Services',
      type: 'community_provider',
      phone: null,
      email: null,
    });
    const email = `caseworker.${provider.id.slice(0, 8)}@test.example`;
    const caseworkerId = await insertUser(database.db, {
      jurisdictionId: world.jurisdictionId,
      organizationId: provider.id,
      email,
      displayName: 'Provider Caseworker',
      roles: ['advocate'],
      language: 'en',
      passwordHash: await cheapHash(PASSWORD),
      mustChangePassword: false,
    });
    await insertQualification(database.db, {
      jurisdictionId: world.jurisdictionId,
      userId: caseworkerId,
      basis: 'training',
      trainingHours: 40,
      supervisor: 'Clinical director',
      completedOn: '2026-03-01',
      recordedByUserId: world.people.coordinator.id,
      now: new Date('2026-03-02T10:00:00Z'),
    });
    await addToTeam(police, youth.id, provider.id, 'service_provider');
    const caseworker = await as(email);
    await writePrivileged(advocate, youth.id, 'advocate’s own');
    await writePrivileged(caseworker, youth.id, 'provider’s, never waived');
    const waiver = await advocate.post(`/api/youth/${youth.id}/privilege-disclosures`, {
      kind: 'waiver',
      recipientOrganizationIds: [world.organizations.district_attorney.id],
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
      signedOn: '2026-11-23',
      expiresOn: '2026-12-31',
    });
    assert.equal(waiver.statusCode, 201, waiver.body);
    const da = await as(world.people.prosecutor.email);
    assert.deepEqual(await privilegedBodies(da, youth.id), ['advocate’s own']);
  });
});

describe('mandated reports', () => {
  test('filed from a privileged note: its own record; the note unchanged and unexposed', async () => {
    const { youth, advocate } = await advocacyCase();
    const noteId = await writePrivileged(advocate, youth.id, 'disclosure of abuse at home');
    const [before] = await database.db.query<{ body_sealed: string }>(
      'SELECT body_sealed FROM privileged_notes WHERE id = $1',
      [noteId],
    );
    const report = await advocate.post(`/api/youth/${youth.id}/mandated-reports`, {
      kind: 'child_abuse_or_neglect',
      reportedTo: 'County child abuse hotline',
      reportedAt: '2026-11-23T09:30:00Z',
      content: 'Reported suspected abuse by a household member.',
      sourceNoteId: noteId,
    });
    assert.equal(report.statusCode, 201, report.body);
    const [afterRow] = await database.db.query<{ body_sealed: string }>(
      'SELECT body_sealed FROM privileged_notes WHERE id = $1',
      [noteId],
    );
    assert.equal(afterRow?.body_sealed, before?.body_sealed);
    const reports = (await advocate.get(`/api/youth/${youth.id}/mandated-reports`)).json<
      Record<string, unknown>[]
    >();
    assert.equal(reports.length, 1);
    assert.ok(!JSON.stringify(reports).includes(noteId), 'the report does not point at the note');
    assert.ok(!JSON.stringify(reports).includes('abuse at home'));
    // The DA on the team without consent sees no report, and cannot file one from the note.
    const da = await as(world.people.prosecutor.email);
    assert.deepEqual((await da.get(`/api/youth/${youth.id}/mandated-reports`)).json(), []);
    const fromNote = await da.post(`/api/youth/${youth.id}/mandated-reports`, {
      kind: 'child_abuse_or_neglect',
      reportedTo: 'Hotline',
      reportedAt: '2026-11-23T09:30:00Z',
      content: 'x',
      sourceNoteId: noteId,
    });
    assert.equal(fromNote.statusCode, 404);
    const future = await advocate.post(`/api/youth/${youth.id}/mandated-reports`, {
      kind: 'danger_to_self_or_others',
      reportedTo: 'Hotline',
      reportedAt: '2027-01-01T00:00:00Z',
      content: 'x',
    });
    assert.equal(future.statusCode, 400);
  });
});

describe('the legal profile and its banner', () => {
  test('a new jurisdiction assumes no privilege; the coordinator records the law', async () => {
    const { youth, advocate } = await advocacyCase();
    const before = (await advocate.get(`/api/youth/${youth.id}`)).json<RecordBody>();
    assert.equal(before.privilege.applies, false);
    assert.ok(before.allowedActions.includes('privilegedNote.write'));
    const coordinator = await as(world.people.coordinator.email);
    const url = `/api/jurisdictions/${world.jurisdictionId}/legal-profile`;
    const profile = {
      timeZone: 'America/Los_Angeles',
      privilegeApplies: true,
      privilegeCitation: 'California Evidence Code 1038',
      privilegeSummary: 'The youth holds the privilege.',
      minimumTrainingHours: 40,
      maxConsentDays: 365,
      confirmed: true,
    };
    assert.equal((await coordinator.request('PUT', url, profile)).statusCode, 200);
    const afterRecord = (await advocate.get(`/api/youth/${youth.id}`)).json<RecordBody>();
    assert.deepEqual(afterRecord.privilege.citation, 'California Evidence Code 1038');
    const police = await as(world.people.law_enforcement_officer.email);
    assert.equal((await police.request('PUT', url, profile)).statusCode, 403);
    const theirs = await as(elsewhere.people.coordinator.email);
    assert.equal((await theirs.request('PUT', url, profile)).statusCode, 403);
    assert.equal(
      (await coordinator.request('PUT', url, { ...profile, timeZone: 'Mars/Olympus' })).statusCode,
      400,
    );
    assert.equal(
      (await coordinator.request('PUT', url, { ...profile, privilegeCitation: null })).statusCode,
      400,
    );
    // Raising the required hours disqualifies a 40-hour caseworker.
    assert.equal(
      (await coordinator.request('PUT', url, { ...profile, minimumTrainingHours: 60 })).statusCode,
      200,
    );
    assert.deepEqual(await privilegedBodies(advocate, youth.id), []);
    assert.equal((await coordinator.request('PUT', url, profile)).statusCode, 200);
  });
});

describe('caseworker qualification records', () => {
  test('only for advocacy and community provider staff, with a supervisor for training', async () => {
    const coordinator = await as(world.people.coordinator.email);
    const post = (body: Record<string, unknown>) =>
      coordinator.post('/api/caseworker-qualifications', {
        basis: 'training',
        trainingHours: 40,
        supervisor: 'Someone',
        completedOn: '2026-01-01',
        ...body,
      });
    assert.equal((await post({ userId: world.people.medical_provider.id })).statusCode, 400);
    assert.equal(
      (await post({ userId: world.people.advocate.id, supervisor: null })).statusCode,
      400,
    );
    assert.equal((await post({ userId: crypto.randomUUID() })).statusCode, 404);
    assert.equal(
      (await post({ userId: world.people.advocate.id, trainingHours: -1 })).statusCode,
      400,
    );
    const police = await as(world.people.law_enforcement_officer.email);
    assert.equal(
      (
        await police.post('/api/caseworker-qualifications', {
          userId: world.people.advocate.id,
          basis: 'degree_and_experience',
          trainingHours: 0,
          completedOn: '2026-01-01',
        })
      ).statusCode,
      403,
    );
    const theirs = await as(elsewhere.people.coordinator.email);
    assert.equal(
      (
        await theirs.post('/api/caseworker-qualifications', {
          userId: world.people.advocate.id,
          basis: 'degree_and_experience',
          trainingHours: 0,
          completedOn: '2026-01-01',
        })
      ).statusCode,
      403,
    );
  });
});
