// Consent and the other legal bases, end to end: granted -> the recipient sees exactly the
// granted categories; revoked or expired -> none again; a consent to case notes never opens
// privileged notes; no agreement -> nothing; break-glass for an hour, never privileged.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { App } from '../../src/server/http/types.js';
import { insertQualification } from '../../src/db/repositories/legal.js';
import { insertCaseNote } from '../../src/db/repositories/notes.js';
import { writesNotesIn } from '../../src/domain/category-writers.js';
import { DATA_CATEGORIES, type DataCategory } from '../../src/domain/vocabulary.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { signedIn, testApp, type Client } from '../support/http.js';
import {
  acceptRelease,
  addToTeam,
  agreement,
  consentBody,
  openYouth,
  visibleCategories,
  type NoteBody,
  type RecordBody,
} from '../support/cases.js';
import { createWorld, testServices, type TestClock, type World } from '../support/world.js';

let database: TestDatabase;
let app: App;
let world: World;
let clock: TestClock;
const DAY = 86_400_000;

before(async () => {
  database = await openTestDatabase();
  const services = testServices(database.db, { demoMode: true });
  clock = services.clock;
  app = await testApp(services);
  world = await createWorld(database.db);
  await agreement(database.db, world, [
    'law_enforcement',
    'advocacy',
    'medical',
    'child_welfare',
    'district_attorney',
  ]);
  await insertQualification(database.db, {
    jurisdictionId: world.jurisdictionId,
    userId: world.people.advocate.id,
    basis: 'training',
    trainingHours: 40,
    supervisor: 'A supervisor',
    completedOn: '2026-01-10',
    recordedByUserId: null,
    now: clock.now(),
  });
});
after(async () => {
  await app.close();
  await database.close();
});

const as = (email: string): Promise<Client> => signedIn(app, email);

/**
 * A case opened by the police with a note of theirs in every category, the clinic on the team,
 * and the advocate (who records the youth's consent) on it too. The police write through the API
 * the categories their work records; the others (medical, screening, ...) are put in as a record
 * carried over from before the rule on who writes which category would hold them, so that what a
 * consent opens is checked over every category of one holder.
 */
async function caseWithEveryCategory(): Promise<{ id: string; police: Client; advocate: Client }> {
  const police = await as(world.people.law_enforcement_officer.email);
  const youth = await openYouth(police);
  for (const category of DATA_CATEGORIES) {
    const body = `police ${category} note`;
    if (writesNotesIn('law_enforcement', category)) {
      const response = await police.post(`/api/youth/${youth.id}/notes`, {
        kind: 'case',
        category,
        body,
      });
      assert.equal(response.statusCode, 201, response.body);
    } else {
      await insertCaseNote(database.db, {
        jurisdictionId: world.jurisdictionId,
        youthId: youth.id,
        category,
        body,
        userId: world.people.law_enforcement_officer.id,
        organizationId: world.organizations.law_enforcement.id,
        now: clock.now(),
      });
    }
  }
  await addToTeam(police, youth.id, world.organizations.medical.id, 'medical');
  await addToTeam(police, youth.id, world.organizations.advocacy.id, 'advocate');
  return { id: youth.id, police, advocate: await as(world.people.advocate.email) };
}

async function seenBy(client: Client, youthId: string) {
  const record = (await client.get(`/api/youth/${youthId}`)).json<RecordBody>();
  const notes = (await client.get(`/api/youth/${youthId}/notes`)).json<NoteBody[]>();
  return {
    record: visibleCategories(record).sort(),
    notes: [...new Set(notes.map((n) => n.category))].sort(),
    identity: record.identity !== null,
  };
}

describe('consent opens exactly what it names', () => {
  test('granted -> exactly the granted categories; revoked -> none of them, at once', async () => {
    const { id, police, advocate } = await caseWithEveryCategory();
    const medical = await as(world.people.medical_provider.email);
    assert.deepEqual(await seenBy(medical, id), { record: [], notes: [], identity: false });
    // The police do not record releases.
    const byPolice = await police.post(`/api/youth/${id}/consents`, consentBody(world));
    assert.equal(byPolice.statusCode, 403);
    assert.equal(byPolice.json<{ error: { code: string } }>().error.code, 'role_cannot_record');

    const granted: DataCategory[] = ['identity', 'medical', 'needs_services'];
    const response = await advocate.post(
      `/api/youth/${id}/consents`,
      consentBody(world, { categories: granted }),
    );
    assert.equal(response.statusCode, 201, response.body);
    const consentId = response.json<{ id: string }>().id;
    // The police hold every note: nothing flows until they accept the release in their inbox.
    assert.deepEqual(await seenBy(medical, id), { record: [], notes: [], identity: false });
    const withheld = (await medical.get(`/api/youth/${id}`)).json<RecordBody>();
    assert.equal(
      withheld.categories.find((c) => c.category === 'medical')?.withheld[0]?.reason,
      'release_not_accepted',
    );
    const inbox = (await police.get('/api/releases')).json<{
      releases: { consentId: string; categories: string[] }[];
    }>();
    assert.deepEqual(
      inbox.releases.map((r) => r.consentId),
      [consentId],
    );
    await acceptRelease(police, consentId);
    assert.deepEqual(await seenBy(medical, id), {
      record: [...granted].sort(),
      notes: [...granted].sort(),
      identity: true,
    });
    assert.deepEqual((await police.get('/api/releases')).json(), { releases: [] });
    // The consent itself is shown to its recorder and its recipients, not the whole team.
    const consentsSeenBy = async (client: Client) =>
      (await client.get(`/api/youth/${id}`)).json<{ consents: { id: string }[] }>().consents;
    assert.deepEqual(
      (await consentsSeenBy(medical)).map((c) => c.id),
      [consentId],
    );
    assert.deepEqual(
      (await consentsSeenBy(advocate)).map((c) => c.id),
      [consentId],
    );
    assert.deepEqual(await consentsSeenBy(police), []);
    // The coordinator is told, and marks it read; nobody else can.
    const coordinator = await as(world.people.coordinator.email);
    const told = (await coordinator.get('/api/notifications')).json<
      { id: string; kind: string; message: string; read: boolean }[]
    >();
    const notice = told.find((n) => n.kind === 'consent.record' && !n.read);
    assert.ok(notice);
    assert.match(
      notice.message,
      /releases identity, medical, needs services to .*medical.* until 2027-02-20/i,
    );
    assert.equal((await medical.post(`/api/notifications/${notice.id}/read`)).statusCode, 404);
    assert.equal((await coordinator.post(`/api/notifications/${notice.id}/read`)).statusCode, 204);
    const after = (await coordinator.get('/api/notifications')).json<
      { id: string; read: boolean }[]
    >();
    assert.equal(after.find((n) => n.id === notice.id)?.read, true);
    // Nobody else gained anything.
    const childWelfare = await as(world.people.child_welfare_worker.email);
    assert.equal((await childWelfare.get(`/api/youth/${id}`)).statusCode, 403);

    const revoke = await advocate.post(`/api/consents/${consentId}/revoke`, {
      reason: 'Youth asked',
    });
    assert.equal(revoke.statusCode, 200, revoke.body);
    assert.deepEqual(await seenBy(medical, id), { record: [], notes: [], identity: false });
    assert.equal((await advocate.post(`/api/consents/${consentId}/revoke`, {})).statusCode, 409);
  });

  test('expired (a moved clock) -> none of them again', async () => {
    const { id, police, advocate } = await caseWithEveryCategory();
    const medical = await as(world.people.medical_provider.email);
    const recorded = await advocate.post(
      `/api/youth/${id}/consents`,
      consentBody(world, { categories: ['medical'], expiresAt: '2026-11-30' }),
    );
    await acceptRelease(police, recorded.json<{ id: string }>().id);
    assert.deepEqual((await seenBy(medical, id)).notes, ['medical']);
    clock.advance(7 * DAY); // 2026-11-30 in the county: the last day still holds.
    const stillValid = await as(world.people.medical_provider.email);
    assert.deepEqual((await seenBy(stillValid, id)).notes, ['medical']);
    clock.advance(DAY); // 2026-12-01
    const later = await as(world.people.medical_provider.email);
    assert.deepEqual(await seenBy(later, id), { record: [], notes: [], identity: false });
    clock.advance(-8 * DAY);
  });

  test('without an agreement between the organizations, consent opens nothing', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    const youth = await openYouth(police);
    await police.post(`/api/youth/${youth.id}/notes`, {
      kind: 'case',
      category: 'placement',
      body: 'placement note',
    });
    await addToTeam(police, youth.id, world.organizations.probation.id, 'probation');
    await addToTeam(police, youth.id, world.organizations.advocacy.id, 'advocate');
    const advocate = await as(world.people.advocate.email);
    const recorded = await advocate.post(
      `/api/youth/${youth.id}/consents`,
      consentBody(world, {
        recipientOrganizationIds: [world.organizations.probation.id],
        categories: ['placement'],
      }),
    );
    await acceptRelease(police, recorded.json<{ id: string }>().id);
    const probation = await as(world.people.probation_officer.email);
    const record = (await probation.get(`/api/youth/${youth.id}`)).json<RecordBody>();
    const placement = record.categories.find((c) => c.category === 'placement');
    assert.deepEqual(placement?.visible, []);
    assert.equal(placement?.withheld[0]?.reason, 'no_agreement');
  });

  test('a consent to case notes never opens privileged notes', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    const youth = await openYouth(police);
    await addToTeam(police, youth.id, world.organizations.advocacy.id, 'advocate');
    const advocate = await as(world.people.advocate.email);
    const written = await advocate.post(`/api/youth/${youth.id}/notes`, {
      kind: 'privileged',
      body: 'what she told me in confidence',
    });
    assert.equal(written.statusCode, 201, written.body);
    await advocate.post(`/api/youth/${youth.id}/notes`, {
      kind: 'case',
      category: 'case_notes',
      body: 'advocate case note',
    });
    await addToTeam(police, youth.id, world.organizations.medical.id, 'medical');
    await advocate.post(
      `/api/youth/${youth.id}/consents`,
      consentBody(world, { categories: [...DATA_CATEGORIES] }),
    );
    const medical = await as(world.people.medical_provider.email);
    const notes = (await medical.get(`/api/youth/${youth.id}/notes`)).json<NoteBody[]>();
    assert.deepEqual(
      notes.map((n) => n.body),
      ['advocate case note'],
    );
    const privileged = await medical.get(`/api/youth/${youth.id}/notes?kind=privileged`);
    assert.deepEqual(privileged.json(), []);
    // Break-glass cannot open them either: privileged is not a category.
    const glass = await medical.post(`/api/youth/${youth.id}/break-glass`, {
      category: 'privileged',
      reason: 'She said someone is coming for her tonight.',
    });
    assert.equal(glass.statusCode, 400);
  });
});

describe('recording consent: the rules', () => {
  test('expiry is required, after signing, within the county limit; no future signing', async () => {
    // The advocate opens the record and records the consent.
    const police = await as(world.people.advocate.email);
    const youth = await openYouth(police);
    const post = (overrides: Record<string, unknown>) =>
      police.post(`/api/youth/${youth.id}/consents`, consentBody(world, overrides));
    const withoutExpiry = consentBody(world);
    delete withoutExpiry.expiresAt;
    assert.equal(
      (await police.post(`/api/youth/${youth.id}/consents`, withoutExpiry)).statusCode,
      400,
    );
    const code = async (overrides: Record<string, unknown>) =>
      (await post(overrides)).json<{ error: { code: string } }>().error.code;
    assert.equal(await code({ expiresAt: '2026-11-23' }), 'expires_before_signed');
    assert.equal(
      await code({ signedAt: '2026-11-24', expiresAt: '2027-01-01' }),
      'signed_in_future',
    );
    assert.equal(
      await code({ signedAt: '2026-01-01', expiresAt: '2026-02-01' }),
      'already_expired',
    );
    assert.equal(await code({ expiresAt: '2028-01-01' }), 'too_long');
    assert.equal(await code({ recipientOrganizationIds: [] }), 'invalid_input');
    assert.equal(await code({ categories: ['privileged'] }), 'invalid_input');
    assert.equal(
      await code({
        recipientOrganizationIds: [world.organizations.medical.id, crypto.randomUUID()],
      }),
      'unknown_organization',
    );
    assert.equal(
      await code({ explainedBy: { userId: world.people.advocate.id } }),
      'invalid_input',
    );
  });

  test('a guardian may consent; a suspected exploiter may not', async () => {
    // The advocate opens the record and records the consent.
    const police = await as(world.people.advocate.email);
    const youth = await openYouth(police);
    const person = async (body: Record<string, unknown>) => {
      const response = await police.post(`/api/youth/${youth.id}/people`, body);
      assert.equal(response.statusCode, 201, response.body);
      return response.json<{ id: string }>().id;
    };
    const aunt = await person({ name: 'Real Aunt', relationship: 'aunt' });
    const boyfriend = await person({
      name: 'So-called boyfriend',
      relationship: 'boyfriend',
      suspectedExploiter: true,
    });
    const byAunt = await police.post(
      `/api/youth/${youth.id}/consents`,
      consentBody(world, { givenBy: { kind: 'guardian', personId: aunt } }),
    );
    assert.equal(byAunt.statusCode, 201, byAunt.body);
    const byExploiter = await police.post(
      `/api/youth/${youth.id}/consents`,
      consentBody(world, { givenBy: { kind: 'guardian', personId: boyfriend } }),
    );
    assert.equal(byExploiter.statusCode, 400);
    assert.equal(byExploiter.json<{ error: { code: string } }>().error.code, 'suspected_exploiter');
    const stranger = await police.post(
      `/api/youth/${youth.id}/consents`,
      consentBody(world, { givenBy: { kind: 'guardian', personId: crypto.randomUUID() } }),
    );
    assert.equal(stranger.json<{ error: { code: string } }>().error.code, 'unknown_guardian');
  });

  test('only the team records or revokes; other agencies are refused and audited', async () => {
    // The advocate opens the record and records the consent.
    const police = await as(world.people.advocate.email);
    const youth = await openYouth(police);
    const outsider = await as(world.people.probation_officer.email);
    assert.equal(
      (await outsider.post(`/api/youth/${youth.id}/consents`, consentBody(world))).statusCode,
      403,
    );
    const consent = (
      await police.post(`/api/youth/${youth.id}/consents`, consentBody(world))
    ).json<{ id: string }>();
    assert.equal((await outsider.post(`/api/consents/${consent.id}/revoke`, {})).statusCode, 403);
    assert.equal(
      (await police.post(`/api/consents/${crypto.randomUUID()}/revoke`, {})).statusCode,
      404,
    );
    const [denied] = await database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events
       WHERE target_id = $1 AND action = 'access.denied' AND reason = 'not_on_case_team'`,
      [youth.id],
    );
    assert.equal(denied?.n, 2);
  });
});

describe('legal bases other than consent', () => {
  test('a court order opens what it names to whom it names, until it ends', async () => {
    const { id, police } = await caseWithEveryCategory();
    await addToTeam(police, id, world.organizations.district_attorney.id, 'prosecution');
    await addToTeam(police, id, world.organizations.juvenile_court.id, 'court');
    const clerk = await as(world.people.court_clerk.email);
    // Only the court records its orders, and nobody a basis naming itself.
    const byPolice = await police.post(`/api/youth/${id}/legal-bases`, {
      kind: 'court_order',
      recipientOrganizationIds: [world.organizations.district_attorney.id],
      categories: ['legal'],
      description: 'Order',
      court: 'Superior Court',
      orderDate: '2026-11-20',
      effectiveOn: '2026-11-20',
      expiresOn: '2026-12-20',
    });
    assert.equal(byPolice.json<{ error: { code: string } }>().error.code, 'role_cannot_record');
    const da0 = await as(world.people.prosecutor.email);
    const notADuty = await da0.post(`/api/youth/${id}/legal-bases`, {
      kind: 'mandated_report',
      recipientOrganizationIds: [world.organizations.law_enforcement.id],
      categories: ['legal'],
      description: 'The profile lists no such duty for a prosecutor',
      effectiveOn: '2026-11-23',
    });
    assert.equal(notADuty.json<{ error: { code: string } }>().error.code, 'not_a_duty');
    const selfGrant = await police.post(`/api/youth/${id}/legal-bases`, {
      kind: 'statutory_duty',
      recipientOrganizationIds: [world.organizations.law_enforcement.id],
      categories: ['identity'],
      description: 'A report to ourselves',
      effectiveOn: '2026-11-23',
    });
    assert.equal(selfGrant.json<{ error: { code: string } }>().error.code, 'self_grant');
    const da = await as(world.people.prosecutor.email);
    assert.deepEqual((await seenBy(da, id)).notes, []);
    const kinds = async (client: Client) =>
      (await client.get(`/api/youth/${id}`)).json<{ legalBasisKinds: string[] }>().legalBasisKinds;
    assert.deepEqual(await kinds(clerk), ['court_order']);
    assert.deepEqual(await kinds(police), ['mandated_report', 'statutory_duty']);
    const incomplete = await clerk.post(`/api/youth/${id}/legal-bases`, {
      kind: 'court_order',
      recipientOrganizationIds: [world.organizations.district_attorney.id],
      categories: ['legal'],
      description: 'Order for records',
      effectiveOn: '2026-11-23',
    });
    assert.equal(
      incomplete.json<{ error: { code: string } }>().error.code,
      'court_order_incomplete',
    );
    const order = await clerk.post(`/api/youth/${id}/legal-bases`, {
      kind: 'court_order',
      recipientOrganizationIds: [world.organizations.district_attorney.id],
      categories: ['legal'],
      description: 'Order for records in the trafficking case',
      court: 'Superior Court, Dept. 12',
      orderDate: '2026-11-20',
      effectiveOn: '2026-11-20',
      expiresOn: '2026-12-20',
    });
    assert.equal(order.statusCode, 201, order.body);
    assert.deepEqual((await seenBy(da, id)).notes, ['legal']);
    const orderId = order.json<{ id: string }>().id;
    const endable = async (client: Client) =>
      (await client.get(`/api/youth/${id}`))
        .json<{ legalBases: { id: string; endable: boolean }[] }>()
        .legalBases.find((b) => b.id === orderId)?.endable;
    assert.equal(await endable(clerk), true);
    assert.equal(await endable(da), false);
    const outsider = await as(world.people.probation_officer.email);
    assert.equal((await outsider.post(`/api/legal-bases/${orderId}/end`)).statusCode, 403);
    assert.equal((await police.post(`/api/legal-bases/${orderId}/end`)).statusCode, 403);
    assert.equal((await clerk.post(`/api/legal-bases/${orderId}/end`)).statusCode, 204);
    assert.deepEqual((await seenBy(da, id)).notes, []);
    assert.equal((await clerk.post(`/api/legal-bases/${orderId}/end`)).statusCode, 409);
    const again = await clerk.post(`/api/youth/${id}/legal-bases`, {
      kind: 'court_order',
      recipientOrganizationIds: [world.organizations.district_attorney.id],
      categories: ['legal'],
      description: 'Second order',
      court: 'Superior Court, Dept. 12',
      orderDate: '2026-11-20',
      effectiveOn: '2026-11-20',
      expiresOn: '2026-12-20',
    });
    assert.equal(again.statusCode, 201);
    assert.deepEqual((await seenBy(da, id)).notes, ['legal']);
    clock.advance(28 * DAY);
    const later = await as(world.people.prosecutor.email);
    assert.deepEqual((await seenBy(later, id)).notes, []);
    clock.advance(-28 * DAY);
  });

  test('a statutory duty: child welfare reports an identified victim to law enforcement', async () => {
    const cw = await as(world.people.child_welfare_worker.email);
    const youth = await openYouth(cw);
    await cw.post(`/api/youth/${youth.id}/notes`, {
      kind: 'case',
      category: 'placement',
      body: 'placement details',
    });
    await addToTeam(cw, youth.id, world.organizations.law_enforcement.id, 'law_enforcement');
    const duty = await cw.post(`/api/youth/${youth.id}/legal-bases`, {
      kind: 'statutory_duty',
      recipientOrganizationIds: [world.organizations.law_enforcement.id],
      categories: ['identity'],
      description: '24-hour report of a child identified as a sex-trafficking victim',
      citation: '42 U.S.C. 671(a)(34)(A)',
      effectiveOn: '2026-11-23',
    });
    assert.equal(duty.statusCode, 201, duty.body);
    const coordinator = await as(world.people.coordinator.email);
    const told = (await coordinator.get('/api/notifications')).json<
      { kind: string; caseNumber: string; message: string }[]
    >();
    assert.ok(
      told.some(
        (n) =>
          n.kind === 'legal_basis.record' &&
          n.caseNumber === youth.caseNumber &&
          /671\(a\)\(34\)\(A\).* shares its own identity with .*law_enforcement/i.test(n.message),
      ),
    );
    const police = await as(world.people.law_enforcement_officer.email);
    const seen = await seenBy(police, youth.id);
    assert.equal(seen.identity, true);
    assert.deepEqual(seen.notes, []);
  });
});

describe('break-glass', () => {
  test('one category, one person, one hour, a written reason; the coordinator is alerted', async () => {
    const { id } = await caseWithEveryCategory();
    const medical = await as(world.people.medical_provider.email);
    const short = await medical.post(`/api/youth/${id}/break-glass`, {
      category: 'contact_location',
      reason: 'urgent',
    });
    assert.equal(short.statusCode, 400);
    const opened = await medical.post(`/api/youth/${id}/break-glass`, {
      category: 'contact_location',
      reason: 'Youth called from an unknown motel and said she is in danger.',
    });
    assert.equal(opened.statusCode, 201, opened.body);
    assert.deepEqual((await seenBy(medical, id)).notes, ['contact_location']);
    const coordinator = await as(world.people.coordinator.email);
    const alerts = (await coordinator.get('/api/notifications')).json<
      { kind: string; message: string }[]
    >();
    assert.ok(alerts.some((a) => a.kind === 'break_glass'));
    assert.ok(
      alerts.every((a) => !/motel/.test(a.message)),
      'the reason is not broadcast',
    );
    clock.advance(61 * 60_000);
    const later = await as(world.people.medical_provider.email);
    assert.deepEqual((await seenBy(later, id)).notes, []);
    clock.advance(-61 * 60_000);
    const outsider = await as(world.people.probation_officer.email);
    const refused = await outsider.post(`/api/youth/${id}/break-glass`, {
      category: 'contact_location',
      reason: 'Youth called from an unknown motel and said she is in danger.',
    });
    assert.equal(refused.statusCode, 403);
  });
});
