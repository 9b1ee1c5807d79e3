// Nobody grants themselves access (docs/CONFIDENTIALITY.md), through the real API: each attack
// found with the demo accounts is refused, and the legitimate path beside it still works.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { insertPointPerson } from '../../src/db/repositories/point-persons.js';
import { insertUser } from '../../src/db/repositories/users.js';
import type { App } from '../../src/server/http/types.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { signedIn, testApp, type Client } from '../support/http.js';
import {
  acceptRelease,
  addToTeam,
  agreement,
  consentBody,
  openYouth,
  type NoteBody,
  type RecordBody,
} from '../support/cases.js';
import { cheapHash, createWorld, PASSWORD, testServices, type World } from '../support/world.js';

let database: TestDatabase;
let app: App;
let world: World;
let elsewhere: World;

before(async () => {
  database = await openTestDatabase();
  const services = testServices(database.db, { demoMode: true });
  app = await testApp(services);
  world = await createWorld(database.db);
  elsewhere = await createWorld(database.db, 'Elsewhere');
  await agreement(database.db, world, [
    'law_enforcement',
    'advocacy',
    'medical',
    'district_attorney',
    'community_provider',
    'juvenile_court',
  ]);
});
after(async () => {
  await app.close();
  await database.close();
});

const as = (email: string): Promise<Client> => signedIn(app, email);
const code = (response: { body: string }) =>
  (JSON.parse(response.body) as { error: { code: string } }).error.code;

/**
 * A case opened by the police with a police case note, a clinic medical note and a clinic case
 * note; the advocate, the DA, the shelter and the court on the team.
 */
async function caseOnEveryDesk() {
  const police = await as(world.people.law_enforcement_officer.email);
  const youth = await openYouth(police);
  for (const organization of ['medical', 'advocacy', 'district_attorney', 'juvenile_court'])
    await addToTeam(police, youth.id, world.organizations[organization as 'medical'].id);
  await addToTeam(police, youth.id, world.organizations.community_provider.id);
  const medical = await as(world.people.medical_provider.email);
  const write = async (client: Client, category: string, body: string) => {
    const response = await client.post(`/api/youth/${youth.id}/notes`, {
      kind: 'case',
      category,
      body,
    });
    assert.equal(response.statusCode, 201, response.body);
  };
  await write(police, 'case_notes', 'police case note');
  await write(medical, 'medical', 'clinic medical note');
  await write(medical, 'case_notes', 'clinic case note');
  return { youth, police, medical };
}

async function notesOf(client: Client, youthId: string): Promise<string[]> {
  const response = await client.get(`/api/youth/${youthId}/notes`);
  if (response.statusCode !== 200) return [];
  return response
    .json<NoteBody[]>()
    .map((n) => n.body)
    .sort();
}

const identityOf = async (client: Client, youthId: string) =>
  (await client.get(`/api/youth/${youthId}`)).json<RecordBody>().identity !== null;

const duty = (recipient: string, categories: string[], kind = 'statutory_duty') => ({
  kind,
  recipientOrganizationIds: [recipient],
  categories,
  description: 'We grant each other',
  effectiveOn: '2026-11-23',
});

describe('two agencies cannot grant each other what no youth agreed to', () => {
  test('police and DA naming each other for identity, medical and case notes are refused', async () => {
    const { youth, police } = await caseOnEveryDesk();
    const da = await as(world.people.prosecutor.email);
    const toDa = await police.post(
      `/api/youth/${youth.id}/legal-bases`,
      duty(world.organizations.district_attorney.id, ['identity', 'medical', 'case_notes']),
    );
    assert.equal(toDa.statusCode, 403);
    assert.equal(code(toDa), 'not_a_duty');
    const toPolice = await da.post(
      `/api/youth/${youth.id}/legal-bases`,
      duty(world.organizations.law_enforcement.id, ['identity', 'medical', 'case_notes']),
    );
    assert.equal(code(toPolice), 'not_a_duty');
    assert.equal(await identityOf(da, youth.id), false);
    assert.deepEqual(await notesOf(da, youth.id), []);
    const [denied] = await database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events
       WHERE target_id = $1 AND action = 'access.denied' AND reason = 'not_a_duty'`,
      [youth.id],
    );
    assert.equal(denied?.n, 2);
  });

  test('a duty the profile lists releases only the recorder’s own data', async () => {
    const { youth, police } = await caseOnEveryDesk();
    const report = await police.post(
      `/api/youth/${youth.id}/legal-bases`,
      duty(world.organizations.district_attorney.id, ['identity', 'case_notes'], 'mandated_report'),
    );
    assert.equal(report.statusCode, 201, report.body);
    const da = await as(world.people.prosecutor.email);
    assert.equal(await identityOf(da, youth.id), true);
    // The police's own case note, never the clinic's.
    assert.deepEqual(await notesOf(da, youth.id), ['police case note']);
    const record = (await da.get(`/api/youth/${youth.id}`)).json<RecordBody>();
    const caseNotes = record.categories.find((c) => c.category === 'case_notes');
    assert.deepEqual(
      caseNotes?.withheld.map((w) => [w.organizationId, w.reason]),
      [[world.organizations.medical.id, 'no_consent_or_legal_basis']],
    );
  });

  test('the 2 a.m. path: police share identity and location with the advocate they called, no click', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    const youth = await openYouth(police);
    await addToTeam(police, youth.id, world.organizations.advocacy.id, 'advocate');
    const advocate = await as(world.people.advocate.email);
    assert.equal(await identityOf(advocate, youth.id), false);
    const call = await police.post(`/api/youth/${youth.id}/legal-bases`, {
      ...duty(world.organizations.advocacy.id, ['identity', 'contact_location']),
      dutyCode: 'advocate_call',
    });
    assert.equal(call.statusCode, 201, call.body);
    assert.equal(await identityOf(advocate, youth.id), true);
    const record = (await police.get(`/api/youth/${youth.id}`)).json<{
      legalBases: { dutyCode: string | null }[];
      duties: { code: string }[];
    }>();
    assert.equal(record.legalBases[0]?.dutyCode, 'advocate_call');
    assert.ok(record.duties.some((d) => d.code === 'advocate_call'));
  });

  test('only the court releases another holder’s data, by order', async () => {
    const { youth } = await caseOnEveryDesk();
    const clerk = await as(world.people.court_clerk.email);
    const order = await clerk.post(`/api/youth/${youth.id}/legal-bases`, {
      kind: 'court_order',
      recipientOrganizationIds: [world.organizations.district_attorney.id],
      categories: ['medical'],
      description: 'Order for the health records',
      court: 'Superior Court, Dept. 12',
      orderDate: '2026-11-20',
      effectiveOn: '2026-11-20',
      expiresOn: '2026-12-20',
    });
    assert.equal(order.statusCode, 201, order.body);
    const da = await as(world.people.prosecutor.email);
    assert.deepEqual(await notesOf(da, youth.id), ['clinic medical note']);
  });
});

describe('a consent naming its own recorder opens nothing another organization holds', () => {
  test('the shelter names itself: nothing flows until each holder accepts; a decline is told', async () => {
    const { youth, police, medical } = await caseOnEveryDesk();
    const shelter = await as(world.people.provider_intake.email);
    const recorded = await shelter.post(
      `/api/youth/${youth.id}/consents`,
      consentBody(world, {
        recipientOrganizationIds: [world.organizations.community_provider.id],
        categories: ['identity', 'case_notes', 'medical'],
        explainedBy: {
          userId: world.people.provider_intake.id,
          method: 'Read aloud together',
          language: 'en',
        },
      }),
    );
    assert.equal(recorded.statusCode, 201, recorded.body);
    const consentId = recorded.json<{ id: string }>().id;
    assert.equal(await identityOf(shelter, youth.id), false);
    assert.deepEqual(await notesOf(shelter, youth.id), []);
    const record = (await shelter.get(`/api/youth/${youth.id}`)).json<RecordBody>();
    assert.equal(
      record.categories.find((c) => c.category === 'medical')?.withheld[0]?.reason,
      'release_not_accepted',
    );
    // Each holder has it in its inbox and was told.
    for (const holder of [police, medical]) {
      const inbox = (await holder.get('/api/releases')).json<{
        releases: { consentId: string; recordedByOrganizationId: string }[];
      }>();
      assert.ok(inbox.releases.some((r) => r.consentId === consentId));
      const told = (await holder.get('/api/notifications')).json<{ kind: string }[]>();
      assert.ok(told.some((n) => n.kind === 'release.request'));
    }
    // The recorder answers for nobody else.
    const selfAccept = await shelter.post(`/api/releases/${consentId}/accept`);
    assert.equal(selfAccept.statusCode, 403);
    assert.equal(code(selfAccept), 'not_the_holder');
    // The clinic declines, with a reason; the shelter is told and still sees nothing.
    assert.equal((await medical.post(`/api/releases/${consentId}/decline`, {})).statusCode, 400);
    const declined = await medical.post(`/api/releases/${consentId}/decline`, {
      reason: 'Medical records go through our own release form.',
    });
    assert.equal(declined.statusCode, 200, declined.body);
    assert.deepEqual(await notesOf(shelter, youth.id), []);
    const shelterTold = (await shelter.get('/api/notifications')).json<{ kind: string }[]>();
    assert.ok(shelterTold.some((n) => n.kind === 'release.decline'));
    // The police accept: their identity and their case note flow, the clinic's notes do not.
    await acceptRelease(police, consentId);
    assert.equal(await identityOf(shelter, youth.id), true);
    assert.deepEqual(await notesOf(shelter, youth.id), ['police case note']);
  });

  test('the advocate’s consent for her own data flows at once; the clinic accepts for its own', async () => {
    const { youth, medical } = await caseOnEveryDesk();
    const advocate = await as(world.people.advocate.email);
    await advocate.post(`/api/youth/${youth.id}/notes`, {
      kind: 'case',
      category: 'case_notes',
      body: 'advocate case note',
    });
    const own = await advocate.post(
      `/api/youth/${youth.id}/consents`,
      consentBody(world, { categories: ['case_notes', 'medical'] }),
    );
    assert.equal(own.statusCode, 201, own.body);
    // To the clinic: the advocate's note at once; the police note waits for the police.
    assert.deepEqual(await notesOf(medical, youth.id), [
      'advocate case note',
      'clinic case note',
      'clinic medical note',
    ]);
    const toAdvocate = await advocate.post(
      `/api/youth/${youth.id}/consents`,
      consentBody(world, {
        recipientOrganizationIds: [world.organizations.advocacy.id],
        categories: ['medical'],
      }),
    );
    const consentId = toAdvocate.json<{ id: string }>().id;
    assert.deepEqual(await notesOf(advocate, youth.id), ['advocate case note']);
    await acceptRelease(medical, consentId);
    assert.deepEqual(await notesOf(advocate, youth.id), [
      'advocate case note',
      'clinic medical note',
    ]);
    // Revoked: the clinic, which let its data go, is told; the note is gone at once.
    assert.equal((await advocate.post(`/api/consents/${consentId}/revoke`, {})).statusCode, 200);
    assert.deepEqual(await notesOf(advocate, youth.id), ['advocate case note']);
    const told = (await medical.get('/api/notifications')).json<{ kind: string }[]>();
    assert.ok(told.some((n) => n.kind === 'consent.revoke'));
    assert.equal(code(await medical.post(`/api/releases/${consentId}/accept`)), 'consent_revoked');
  });

  test('a holder may accept in advance on its agreement; only the holder sets it', async () => {
    const { youth, medical } = await caseOnEveryDesk();
    const advocate = await as(world.people.advocate.email);
    const mouId = (await medical.get('/api/mous')).json<{ id: string }[]>()[0]?.id ?? '';
    const url = `/api/mous/${mouId}/standing-acceptance`;
    const standing = {
      recipientOrganizationIds: [world.organizations.advocacy.id],
      categories: ['medical'],
    };
    // Whoever manages the agreement cannot accept for the clinic; nor another county.
    const coordinator = await as(world.people.coordinator.email);
    assert.equal((await coordinator.request('PUT', url, standing)).statusCode, 403);
    const admin = await as(world.people.administrator.email);
    assert.equal((await admin.request('PUT', url, standing)).statusCode, 403);
    const theirs = await as(elsewhere.people.medical_provider.email);
    assert.equal((await theirs.request('PUT', url, standing)).statusCode, 404);
    // One worker alone does not accept for the clinic: its point person does.
    const notYet = await medical.request('PUT', url, standing);
    assert.equal(notYet.statusCode, 403);
    assert.equal(code(notYet), 'not_point_person');
    await insertPointPerson(database.db, {
      jurisdictionId: world.jurisdictionId,
      organizationId: world.organizations.medical.id,
      function: 'Releases of information',
      name: 'Clinic point person',
      title: null,
      phone: null,
      afterHoursPhone: null,
      email: world.people.medical_provider.email,
      notes: null,
    });
    const bad = await medical.request('PUT', url, {
      ...standing,
      recipientOrganizationIds: [world.organizations.probation.id],
    });
    assert.equal(code(bad), 'not_a_party');
    const set = await medical.request('PUT', url, standing);
    assert.equal(set.statusCode, 200, set.body);
    assert.deepEqual(set.json<{ standingAcceptances: unknown[] }>().standingAcceptances, [
      {
        holderOrganizationId: world.organizations.medical.id,
        recipientOrganizationIds: [world.organizations.advocacy.id],
        categories: ['medical'],
      },
    ]);
    await advocate.post(
      `/api/youth/${youth.id}/consents`,
      consentBody(world, {
        recipientOrganizationIds: [world.organizations.advocacy.id],
        categories: ['medical'],
      }),
    );
    assert.deepEqual(await notesOf(advocate, youth.id), ['clinic medical note']);
    // Withdrawn: it waits for the clinic again.
    await medical.request('PUT', url, { recipientOrganizationIds: [], categories: [] });
    assert.deepEqual(await notesOf(advocate, youth.id), []);
  });
});

describe('the releases inbox and its answers, refused to everyone but the holder', () => {
  test('other counties, other agencies, unknown ids and bad input', async () => {
    const { youth, police } = await caseOnEveryDesk();
    const advocate = await as(world.people.advocate.email);
    const consentId = (
      await advocate.post(`/api/youth/${youth.id}/consents`, consentBody(world))
    ).json<{ id: string }>().id;
    const theirs = await as(elsewhere.people.law_enforcement_officer.email);
    assert.deepEqual((await theirs.get('/api/releases')).json(), { releases: [] });
    assert.equal((await theirs.post(`/api/releases/${consentId}/accept`)).statusCode, 404);
    const probation = await as(world.people.probation_officer.email);
    assert.equal(
      code(await probation.post(`/api/releases/${consentId}/accept`)),
      'not_on_case_team',
    );
    const admin = await as(world.people.administrator.email);
    assert.equal((await admin.get('/api/releases')).statusCode, 403);
    assert.equal((await admin.post(`/api/releases/${consentId}/accept`)).statusCode, 403);
    assert.equal(
      (await police.post(`/api/releases/${crypto.randomUUID()}/accept`)).statusCode,
      404,
    );
    assert.equal((await police.post('/api/releases/not-an-id/accept')).statusCode, 400);
    assert.equal((await police.get('/api/releases?status=everything')).statusCode, 400);
    assert.equal(
      (await police.post(`/api/releases/${consentId}/decline`, { reason: 'x', extra: 1 }))
        .statusCode,
      400,
    );
    type Inbox = { releases: { consentId: string; answer: { accepted: boolean } | null }[] };
    const listed = async (status: string) =>
      (await police.get(`/api/releases?status=${status}`))
        .json<Inbox>()
        .releases.filter((r) => r.consentId === consentId)
        .map((r) => r.answer?.accepted ?? 'waiting');
    assert.deepEqual(await listed('pending'), ['waiting']);
    assert.deepEqual(await listed('answered'), []);
    await acceptRelease(police, consentId);
    assert.deepEqual(await listed('pending'), []);
    assert.deepEqual(await listed('answered'), [true]);
    assert.deepEqual(await listed('all'), [true]);
  });
});

describe('break-glass follows the legal profile', () => {
  test('the prosecution and the court are left out by default; the county may change that', async () => {
    const { youth } = await caseOnEveryDesk();
    const da = await as(world.people.prosecutor.email);
    const glass = { category: 'contact_location', reason: 'She said she is in danger tonight.' };
    const refused = await da.post(`/api/youth/${youth.id}/break-glass`, glass);
    assert.equal(refused.statusCode, 403);
    assert.equal(code(refused), 'break_glass_role');
    const coordinator = await as(world.people.coordinator.email);
    const url = `/api/jurisdictions/${world.jurisdictionId}/legal-profile`;
    const profile = (await coordinator.get(url)).json<Record<string, unknown>>();
    const roles = profile.breakGlassRoles as string[];
    assert.ok(!roles.includes('prosecutor'));
    const withAdmin = await coordinator.request('PUT', url, {
      ...profile,
      breakGlassRoles: [...roles, 'administrator'],
    });
    assert.equal(code(withAdmin), 'invalid_break_glass_roles');
    const changed = await coordinator.request('PUT', url, {
      ...profile,
      breakGlassRoles: [...roles, 'prosecutor'],
    });
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal((await da.post(`/api/youth/${youth.id}/break-glass`, glass)).statusCode, 201);
    await coordinator.request('PUT', url, profile);
  });

  test('duties are profile data: one without a citation is refused; a removed one cannot be recorded', async () => {
    const coordinator = await as(world.people.coordinator.email);
    const url = `/api/jurisdictions/${world.jurisdictionId}/legal-profile`;
    const profile = (await coordinator.get(url)).json<{ duties: { code: string }[] }>();
    const uncited = await coordinator.request('PUT', url, {
      ...profile,
      duties: [{ ...profile.duties[0], citation: '' }],
    });
    assert.equal(uncited.statusCode, 400);
    const twice = await coordinator.request('PUT', url, {
      ...profile,
      duties: [profile.duties[0], profile.duties[0]],
    });
    assert.equal(code(twice), 'invalid_duties');
    const withoutCall = await coordinator.request('PUT', url, {
      ...profile,
      duties: profile.duties.filter((d) => d.code !== 'advocate_call'),
    });
    assert.equal(withoutCall.statusCode, 200, withoutCall.body);
    const police = await as(world.people.law_enforcement_officer.email);
    const youth = await openYouth(police);
    await addToTeam(police, youth.id, world.organizations.advocacy.id, 'advocate');
    const call = await police.post(
      `/api/youth/${youth.id}/legal-bases`,
      duty(world.organizations.advocacy.id, ['contact_location']),
    );
    assert.equal(code(call), 'not_a_duty');
    const theirs = await as(elsewhere.people.coordinator.email);
    assert.equal((await theirs.request('PUT', url, profile)).statusCode, 403);
    assert.equal((await coordinator.request('PUT', url, profile)).statusCode, 200);
  });
});

describe('administrators administer: no account holding the role reads a case', () => {
  test('an administrator who also holds a coordinator role reads nothing and opens nothing', async () => {
    // Written straight to the database: the account API refuses this combination outright.
    const email = `admin-coordinator-${crypto.randomUUID()}@test.example`;
    await insertUser(database.db, {
      jurisdictionId: world.jurisdictionId,
      organizationId: world.organizations.county_lead.id,
      email,
      displayName: 'Admin and coordinator',
      roles: ['administrator', 'coordinator'],
      passwordHash: await cheapHash(PASSWORD),
      mustChangePassword: false,
      language: 'en',
    });
    const { youth } = await caseOnEveryDesk();
    const both = await as(email);
    const read = await both.get(`/api/youth/${youth.id}`);
    assert.equal(read.statusCode, 403);
    assert.equal(code(read), 'role_without_youth_data');
    const join = await both.post(`/api/youth/${youth.id}/team`, {
      organizationId: world.organizations.county_lead.id,
      role: 'service_provider',
    });
    assert.equal(join.statusCode, 403, join.body);
    const glass = await both.post(`/api/youth/${youth.id}/break-glass`, {
      category: 'identity',
      reason: 'I am an administrator and I want to look.',
    });
    assert.equal(glass.statusCode, 403);
    assert.equal((await both.get('/api/releases')).statusCode, 403);
  });
});
