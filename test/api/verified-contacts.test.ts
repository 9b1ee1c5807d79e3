// Verified contacts and the name check through the API (docs/CONFIDENTIALITY.md, "Verified
// contacts"): the team lists people, readers see them only as the access module allows, another
// agency, role and county are refused; a clerk's check answers only one of three things, the same
// for a case of another county as for none; every check is audited without the typed name; a run
// of checks is stopped with 429, audited and told to the coordinator.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { insertPointPerson } from '../../src/db/repositories/point-persons.js';
import type { AppServices } from '../../src/server/context.js';
import type { App } from '../../src/server/http/types.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { signedIn, testApp, type Client } from '../support/http.js';
import { addToTeam, agreement, consentBody, openYouth } from '../support/cases.js';
import { createWorld, testServices, TestClock, type World } from '../support/world.js';

let database: TestDatabase;
let app: App;
let services: AppServices & { clock: TestClock };
let world: World;
let elsewhere: World;
let youth: { id: string; caseNumber: string };
let otherCountyYouth: { id: string; caseNumber: string };
let aunt: string;
let uncle: string;

const MINUTE = 60_000;
// Names no other test uses, so the audit log can be searched for them.
const AUNT = 'Laurita Méndez Quiroga';
const UNCLE = 'Marcelino Ruiz Zabaleta';
const UNCLE_ALIAS = 'Tío Chelo Zabaleta';
const REASON = 'Suspected exploiter posing as an uncle';
const STRANGER = 'Carmencita Sotomayor';

before(async () => {
  database = await openTestDatabase();
  services = testServices(database.db, {
    demoMode: true,
    clock: new TestClock(Date.parse('2026-11-23T10:00:00Z')),
  });
  app = await testApp(services);
  world = await createWorld(database.db);
  elsewhere = await createWorld(database.db, 'Elsewhere');
  await agreement(database.db, world, [
    'advocacy',
    'child_welfare',
    'law_enforcement',
    'juvenile_court',
  ]);
  await insertPointPerson(database.db, {
    jurisdictionId: world.jurisdictionId,
    organizationId: world.organizations.advocacy.id,
    function: 'CSEC point person',
    name: 'Rosa Díaz',
    title: 'Program director',
    phone: '555-0100',
    afterHoursPhone: '555-0199',
    email: null,
    notes: 'Private notes that never travel',
  });
  const advocate = await as(world.people.advocate.email);
  youth = await openYouth(advocate);
  await addToTeam(advocate, youth.id, world.organizations.child_welfare.id);
  await addToTeam(advocate, youth.id, world.organizations.law_enforcement.id);
  otherCountyYouth = await openYouth(await as(elsewhere.people.advocate.email));
});
after(async () => {
  await app.close();
  await database.close();
});

const as = (email: string): Promise<Client> => signedIn(app, email);
const contacts = (youthId = youth.id) => `/api/youth/${youthId}/contacts`;

interface ContactBody {
  id: string;
  name: string;
  aliases: string[];
  status: string;
  method: string | null;
  reason: string | null;
  mayChange: boolean;
  history: { status: string; method: string | null; reason: string | null }[];
}
const listOf = async (client: Client, youthId = youth.id) => {
  const response = await client.get(contacts(youthId));
  assert.equal(response.statusCode, 200, response.body);
  return response.json<{ contacts: ContactBody[]; mayRecord: boolean }>();
};

describe('listing people around the youth', () => {
  test('an advocate on the team lists a verified aunt and a do-not-release uncle', async () => {
    const advocate = await as(world.people.advocate.email);
    const first = await advocate.post(contacts(), {
      name: AUNT,
      relationship: 'aunt',
      status: 'verified',
      method: 'id_checked',
      note: 'State ID seen at intake',
    });
    assert.equal(first.statusCode, 201, first.body);
    aunt = first.json<{ id: string }>().id;
    const second = await advocate.post(contacts(), {
      name: UNCLE,
      aliases: [UNCLE_ALIAS],
      relationship: 'uncle',
      status: 'do_not_release',
      reason: REASON,
    });
    assert.equal(second.statusCode, 201, second.body);
    uncle = second.json<{ id: string }>().id;

    const list = await listOf(advocate);
    assert.equal(list.mayRecord, true);
    const byName = new Map(list.contacts.map((c) => [c.name, c]));
    assert.equal(byName.get(AUNT)?.status, 'verified');
    assert.equal(byName.get(AUNT)?.method, 'id_checked');
    assert.equal(byName.get(UNCLE)?.status, 'do_not_release');
    assert.equal(byName.get(UNCLE)?.reason, REASON);
    assert.deepEqual(byName.get(UNCLE)?.aliases, [UNCLE_ALIAS]);
    assert.equal(byName.get(UNCLE)?.mayChange, true);
  });

  test('another agency on the team sees nothing without a basis, then what a consent opens', async () => {
    const childWelfare = await as(world.people.child_welfare_worker.email);
    assert.deepEqual(await listOf(childWelfare), { contacts: [], mayRecord: true });
    const police = await as(world.people.law_enforcement_officer.email);
    assert.deepEqual(await listOf(police), { contacts: [], mayRecord: false });

    const advocate = await as(world.people.advocate.email);
    const consent = await advocate.post(
      `/api/youth/${youth.id}/consents`,
      consentBody(world, {
        recipientOrganizationIds: [world.organizations.child_welfare.id],
        categories: ['placement'],
      }),
    );
    assert.equal(consent.statusCode, 201, consent.body);
    const seen = await listOf(childWelfare);
    assert.deepEqual(seen.contacts.map((c) => c.name).sort(), [AUNT, UNCLE].sort());
    assert.ok(
      seen.contacts.every((c) => !c.mayChange),
      'only the listing organization changes',
    );
    assert.deepEqual(await listOf(police), { contacts: [], mayRecord: false });
  });

  test('a role that does not list people is refused, on the team or not', async () => {
    const body = { name: 'Someone Else', relationship: 'cousin', status: 'not_verified' };
    const police = await as(world.people.law_enforcement_officer.email);
    const refused = await police.post(contacts(), body);
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json<{ error: { code: string } }>().error.code, 'role_cannot_record');
    const medical = await as(world.people.medical_provider.email);
    for (const response of [await medical.post(contacts(), body), await medical.get(contacts())]) {
      assert.equal(response.statusCode, 403);
      assert.equal(response.json<{ error: { code: string } }>().error.code, 'not_on_case_team');
    }
    // An advocate whose organization is not on the team.
    const cac = await as(world.people.forensic_interviewer.email);
    assert.equal((await cac.post(contacts(), body)).statusCode, 403);
  });

  test('administrators and oversight never read or list', async () => {
    for (const role of ['administrator', 'oversight_analyst'] as const) {
      const client = await as(world.people[role].email);
      const read = await client.get(contacts());
      assert.equal(read.statusCode, 403);
      assert.equal(read.json<{ error: { code: string } }>().error.code, 'role_without_youth_data');
      assert.equal(
        (await client.post(contacts(), { name: 'X Y', relationship: 'x', status: 'not_verified' }))
          .statusCode,
        403,
      );
    }
  });

  test('another county answers like an unknown id', async () => {
    const neighbor = await as(elsewhere.people.advocate.email);
    const unknown = await neighbor.get(contacts('00000000-0000-4000-8000-000000000000'));
    const foreign = await neighbor.get(contacts());
    assert.equal(foreign.statusCode, 404);
    assert.deepEqual(foreign.json(), unknown.json());
    const change = await neighbor.patch(`/api/contacts/${aunt}`, { status: 'not_verified' });
    const changeUnknown = await neighbor.patch(
      '/api/contacts/00000000-0000-4000-8000-000000000000',
      { status: 'not_verified' },
    );
    assert.equal(change.statusCode, 404);
    assert.deepEqual(change.json(), changeUnknown.json());
  });

  test('bad input is refused with the field and why', async () => {
    const advocate = await as(world.people.advocate.email);
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '', relationship: 'aunt', status: 'not_verified' }, 'body.name'],
      [{ name: 'x'.repeat(500), relationship: 'aunt', status: 'not_verified' }, 'body.name'],
      [{ name: 'Ana Ruiz', relationship: 'aunt', status: 'verified' }, 'body.method'],
      [{ name: 'Ana Ruiz', relationship: 'aunt', status: 'do_not_release' }, 'body.reason'],
      [
        { name: 'Ana Ruiz', relationship: 'aunt', status: 'not_verified', reason: 'why' },
        'body.reason',
      ],
      [{ name: 'Ana Ruiz', relationship: 'aunt', status: 'maybe' }, 'body.status'],
      [{ name: 'Ana Ruiz', relationship: 'aunt', status: 'not_verified', extra: 1 }, 'body'],
    ];
    for (const [body, field] of cases) {
      const response = await advocate.post(contacts(), body);
      assert.equal(response.statusCode, 400, JSON.stringify(body));
      const { error } = response.json<{ error: { code: string; message: string } }>();
      assert.equal(error.code, 'invalid_input');
      assert.ok(error.message.includes(field), error.message);
    }
    const empty = await advocate.patch(`/api/contacts/${aunt}`, {});
    assert.equal(empty.statusCode, 400);
  });
});

describe('changing a status', () => {
  test('the listing organization changes it and the history keeps the old one', async () => {
    const advocate = await as(world.people.advocate.email);
    const changed = await advocate.patch(`/api/contacts/${aunt}`, {
      status: 'not_verified',
      note: 'ID turned out to be borrowed',
    });
    assert.equal(changed.statusCode, 200, changed.body);
    const back = await advocate.patch(`/api/contacts/${aunt}`, {
      status: 'verified',
      method: 'court_record',
    });
    assert.equal(back.statusCode, 200, back.body);
    const list = await listOf(advocate);
    const entry = list.contacts.find((c) => c.id === aunt);
    assert.deepEqual(
      entry?.history.map((h) => [h.status, h.method]),
      [
        ['verified', 'court_record'],
        ['not_verified', null],
        ['verified', 'id_checked'],
      ],
    );
  });

  test('aliases are replaced as they now stand, the status untouched', async () => {
    const advocate = await as(world.people.advocate.email);
    const aliases = [UNCLE_ALIAS, 'Chelo Ruiz'];
    const changed = await advocate.patch(`/api/contacts/${uncle}`, { aliases });
    assert.equal(changed.statusCode, 200, changed.body);
    const entry = (await listOf(advocate)).contacts.find((c) => c.id === uncle);
    assert.deepEqual(entry?.aliases, aliases);
    assert.equal(entry?.status, 'do_not_release');
    assert.equal(entry?.history.length, 1);
  });

  test('a reader of another organization may not change it; one who cannot read hears 404', async () => {
    const childWelfare = await as(world.people.child_welfare_worker.email);
    const refused = await childWelfare.patch(`/api/contacts/${aunt}`, { status: 'not_verified' });
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json<{ error: { code: string } }>().error.code, 'not_the_holder');
    const police = await as(world.people.law_enforcement_officer.email);
    const hidden = await police.patch(`/api/contacts/${aunt}`, { status: 'not_verified' });
    assert.equal(hidden.statusCode, 404);
  });
});

describe('the check at the counter', () => {
  const check = (client: Client, caseNumber: string, name: string) =>
    client.post('/api/verified-contacts/check', { caseNumber, name });

  test('a clerk hears one of three answers and nothing else', async () => {
    const clerk = await as(world.people.court_clerk.email);
    const stranger = await check(clerk, youth.caseNumber, STRANGER);
    assert.equal(stranger.statusCode, 200, stranger.body);
    assert.deepEqual(stranger.json(), { answer: 'not_verified' });

    const verified = await check(
      clerk,
      youth.caseNumber.toLowerCase(),
      '  laurita  mendez quiroga',
    );
    assert.deepEqual(verified.json(), { answer: 'verified' });

    for (const name of [UNCLE, 'marcelino ruiz', 'TIO CHELO ZABALETA']) {
      const barred = await check(clerk, youth.caseNumber, name);
      assert.deepEqual(
        barred.json(),
        {
          answer: 'do_not_release',
          pointPerson: { name: 'Rosa Díaz', function: 'CSEC point person', phone: '555-0100' },
        },
        name,
      );
      for (const secret of [REASON, 'uncle', 'Private notes', 'Tester']) {
        assert.ok(!barred.body.includes(secret), secret);
      }
    }
  });

  test('juvenile hall intake, which reads no record, checks names at its counter like a clerk', async () => {
    const intake = await as(world.people.juvenile_hall_intake.email);
    const barred = await check(intake, youth.caseNumber, UNCLE);
    assert.equal(barred.statusCode, 200, barred.body);
    assert.deepEqual(barred.json(), {
      answer: 'do_not_release',
      pointPerson: { name: 'Rosa Díaz', function: 'CSEC point person', phone: '555-0100' },
    });
    assert.deepEqual((await check(intake, youth.caseNumber, STRANGER)).json(), {
      answer: 'not_verified',
    });
    // Another county's number: like no such person. And still no window on the record.
    assert.deepEqual((await check(intake, otherCountyYouth.caseNumber, UNCLE)).json(), {
      answer: 'not_verified',
    });
    assert.equal((await intake.get(contacts())).statusCode, 403);
  });

  test('a case number of another county or of none answers exactly like no such person', async () => {
    const clerk = await as(world.people.court_clerk.email);
    const foreign = await check(clerk, otherCountyYouth.caseNumber, UNCLE);
    const unknown = await check(clerk, '2026-ZZZZ-ZZZZ', UNCLE);
    const absent = await check(clerk, youth.caseNumber, STRANGER);
    for (const response of [foreign, unknown]) {
      assert.equal(response.statusCode, absent.statusCode);
      assert.equal(response.body, absent.body);
    }
  });

  test('the case team checks its own cases; elsewhere it is refused alike, known or not', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    assert.deepEqual((await check(police, youth.caseNumber, AUNT)).json(), { answer: 'verified' });
    const medical = await as(world.people.medical_provider.email);
    const offTeam = await check(medical, youth.caseNumber, AUNT);
    const unknown = await check(medical, '2026-ZZZZ-ZZZZ', AUNT);
    const foreign = await check(medical, otherCountyYouth.caseNumber, AUNT);
    assert.equal(offTeam.statusCode, 403);
    for (const response of [unknown, foreign]) {
      assert.equal(response.statusCode, 403);
      assert.equal(response.body, offTeam.body);
    }
    for (const role of ['administrator', 'oversight_analyst'] as const) {
      const client = await as(world.people[role].email);
      const refused = await check(client, youth.caseNumber, AUNT);
      assert.equal(refused.statusCode, 403);
      assert.equal(
        refused.json<{ error: { code: string } }>().error.code,
        'role_without_youth_data',
      );
    }
  });

  test('bad input: empty name, a 500-character name, a malformed case number', async () => {
    const clerk = await as(world.people.court_clerk.email);
    const cases: [Record<string, unknown>, string][] = [
      [{ caseNumber: youth.caseNumber, name: '' }, 'body.name'],
      [{ caseNumber: youth.caseNumber, name: '   ' }, 'body.name'],
      [{ caseNumber: youth.caseNumber, name: 'x'.repeat(500) }, 'body.name'],
      [{ caseNumber: youth.caseNumber, name: '!!! ...' }, 'body.name'],
      [{ caseNumber: 'DROP TABLE youth', name: AUNT }, 'body.caseNumber'],
      [{ caseNumber: '', name: AUNT }, 'body.caseNumber'],
      [{ name: AUNT }, 'body.caseNumber'],
      [{ caseNumber: youth.caseNumber, name: AUNT, relationship: 'aunt' }, 'body'],
    ];
    for (const [body, field] of cases) {
      const response = await clerk.post('/api/verified-contacts/check', body);
      assert.equal(response.statusCode, 400, JSON.stringify(body));
      const { error } = response.json<{ error: { code: string; message: string } }>();
      assert.ok(error.message.includes(field), error.message);
      assert.ok(!error.message.includes('xxxxxxxxxx'), 'the value is not echoed');
    }
  });

  test('every check is audited, with keyed hashes and never the typed name', async () => {
    const rows = await database.db.query<{
      outcome: string;
      target_type: string;
      target_id: string;
      details: { answer: string | null; nameHash: string; caseHash: string | null };
    }>(
      `SELECT outcome, target_type, target_id, details FROM audit_events
        WHERE action = 'contact_check' AND actor_user_id = $1 ORDER BY seq`,
      [world.people.court_clerk.id],
    );
    assert.deepEqual(
      rows.map((r) => r.details.answer),
      [
        'not_verified',
        'verified',
        'do_not_release',
        'do_not_release',
        'do_not_release',
        'not_verified',
        'not_verified',
        'not_verified',
      ],
    );
    assert.ok(rows.every((r) => /^[0-9a-f]{32}$/.test(r.details.nameHash)));
    // One name checked on several cases hashes alike; another name does not.
    assert.equal(rows[2]?.details.nameHash, rows[5]?.details.nameHash);
    assert.equal(rows[2]?.details.nameHash, rows[6]?.details.nameHash);
    assert.equal(rows[0]?.details.nameHash, rows[7]?.details.nameHash);
    assert.notEqual(rows[0]?.details.nameHash, rows[2]?.details.nameHash);
    // The case: its youth when found; another county's or none, a keyed hash only.
    assert.equal(rows[0]?.target_id, youth.id);
    assert.equal(rows[5]?.target_type, 'case_number');
    assert.ok(rows[5]?.details.caseHash && rows[5].target_id === rows[5].details.caseHash);
    const everything = await database.db.query<{ text: string }>(
      `SELECT coalesce(string_agg(details::text || ' ' || coalesce(target_id, ''), ' '), '') AS text
         FROM audit_events`,
    );
    const text = everything[0]?.text ?? '';
    for (const name of [AUNT, UNCLE, UNCLE_ALIAS, STRANGER, 'laurita', 'marcelino', 'chelo']) {
      assert.ok(!text.toLowerCase().includes(name.toLowerCase()), name);
    }
    assert.ok(!text.includes(otherCountyYouth.caseNumber));
  });

  test('a run of checks is stopped with 429, audited, and told to the coordinator', async () => {
    services.clock.advance(30 * MINUTE);
    const clerk = await as(world.people.court_clerk.email);
    const { maxChecks, windowMs } = services.config.contactCheck;
    for (let i = 0; i < maxChecks; i += 1) {
      const answered = await check(clerk, youth.caseNumber, `Probe Name${String(i)}`);
      assert.equal(answered.statusCode, 200, answered.body);
    }
    const stopped = await check(clerk, youth.caseNumber, 'Probe Another');
    assert.equal(stopped.statusCode, 429);
    assert.equal(stopped.json<{ error: { code: string } }>().error.code, 'too_many_checks');
    assert.ok(Number(stopped.headers['retry-after']) > 0);
    const again = await check(clerk, youth.caseNumber, 'Probe Yet Another');
    assert.equal(again.statusCode, 429);

    const bursts = await database.db.query<{ details: { checks: number } }>(
      `SELECT details FROM audit_events WHERE action = 'contact_check.burst' AND actor_user_id = $1`,
      [world.people.court_clerk.id],
    );
    assert.equal(bursts.length, 1, 'one alert per burst');
    assert.equal(bursts[0]?.details.checks, maxChecks);
    const refusedChecks = await database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events
        WHERE action = 'contact_check' AND outcome = 'denied' AND actor_user_id = $1`,
      [world.people.court_clerk.id],
    );
    assert.equal(refusedChecks[0]?.n, 2);

    const coordinator = await as(world.people.coordinator.email);
    const notices = (await coordinator.get('/api/notifications')).json<
      { kind: string; message: string }[]
    >();
    const burst = notices.find((n) => n.kind === 'contact_check_burst');
    assert.ok(burst, 'the coordinator is told');
    assert.ok(!burst.message.includes('Probe'), 'never a name checked');
    const advocate = await as(world.people.advocate.email);
    const told = (await advocate.get('/api/notifications')).json<
      { kind: string; caseNumber: string | null }[]
    >();
    assert.ok(
      told.some((n) => n.kind === 'contact_check_burst' && n.caseNumber === youth.caseNumber),
    );

    // Another person is not held by the clerk's run; the clerk checks again after the window.
    const police = await as(world.people.law_enforcement_officer.email);
    assert.equal((await check(police, youth.caseNumber, STRANGER)).statusCode, 200);
    services.clock.advance(windowMs);
    const later = await as(world.people.court_clerk.email);
    assert.equal((await check(later, youth.caseNumber, STRANGER)).statusCode, 200);
  });

  test('checks sent at once are counted one after another: never more than the limit', async () => {
    const { maxChecks, windowMs } = services.config.contactCheck;
    services.clock.advance(2 * windowMs);
    const police = await as(world.people.law_enforcement_officer.email);
    const answers = await Promise.all(
      Array.from({ length: maxChecks + 3 }, (_, i) =>
        check(police, youth.caseNumber, `Parallel Name${String(i)}`),
      ),
    );
    const statuses = answers.map((a) => a.statusCode).sort();
    assert.deepEqual(statuses, [
      ...Array<number>(maxChecks).fill(200),
      ...Array<number>(3).fill(429),
    ]);
  });
});
