// Structured contact, placement and education entries through the API (docs/CONFIDENTIALITY.md,
// "Structured contact, placement and education"): child welfare records a placement and a school,
// the advocate an address and phones with who may be called; each organization reads its own,
// and another's only with a consent (the advocate's own data flows at once); a correction keeps
// the earlier version for the same readers, once; what names a place or a person is sealed at
// rest and never in the audit log. Refused: a writer of another category, another organization's
// correction, an agency off the team, another county (404), a sealed case (404), bad input (400).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { AppServices } from '../../src/server/context.js';
import type { App } from '../../src/server/http/types.js';
import type {
  ContactLocationListBody,
  EducationListBody,
  PlacementListBody,
} from '../../src/server/http/structured-schemas.js';
import { addToTeam, agreement, consentBody, openYouth, type RecordBody } from '../support/cases.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { signedIn, testApp, type Client } from '../support/http.js';
import { createWorld, testServices, TestClock, type World } from '../support/world.js';

let database: TestDatabase;
let app: App;
let services: AppServices;
let world: World;
let elsewhere: World;
const clients = new Map<string, Client>();

const NOW = Date.parse('2026-11-24T18:00:00Z'); // 10:00 in the county

async function as(email: string): Promise<Client> {
  const known = clients.get(email);
  if (known) return known;
  const client = await signedIn(app, email);
  clients.set(email, client);
  return client;
}

before(async () => {
  database = await openTestDatabase();
  services = testServices(database.db, { demoMode: true, clock: new TestClock(NOW) });
  app = await testApp(services);
  world = await createWorld(database.db);
  elsewhere = await createWorld(database.db, 'Elsewhere');
  await agreement(database.db, world, [
    'law_enforcement',
    'advocacy',
    'child_welfare',
    'probation',
    'medical',
  ]);
});
after(async () => {
  await app.close();
  await database.close();
});

const placement = {
  kind: 'placement',
  placementType: 'foster_home',
  startsOn: '2026-11-02',
  endsOn: null,
  reason: 'Removed from the Bayview motel',
};
const school = {
  kind: 'education',
  school: 'Lincoln High School',
  grade: '10',
  enrolment: 'enrolled',
  since: '2026-08-20',
};
const address = {
  kind: 'address',
  addressKind: 'current',
  line: '12 Elm Street, Apt 3',
  city: 'Springfield',
  zip: '95012',
  since: '2026-11-02',
};
const auntPhone = {
  kind: 'phone',
  number: '(415) 555-0134',
  whose: 'Her aunt Rosa',
  mayCall: 'youth_only',
  note: 'Ask for her by name; leave no message',
};

const codeOf = (body: string) => (JSON.parse(body) as { error: { code: string } }).error.code;

async function created(client: Client, path: string, body: unknown): Promise<string> {
  const response = await client.post(path, body);
  assert.equal(response.statusCode, 201, response.body);
  return response.json<{ id: string }>().id;
}

async function listed<T>(client: Client, path: string): Promise<T> {
  const response = await client.get(path);
  assert.equal(response.statusCode, 200, response.body);
  return response.json<T>();
}

const audited = async (action: string, targetId: string) =>
  (
    await database.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM audit_events WHERE action = $1 AND target_id = $2',
      [action, targetId],
    )
  )[0]?.n ?? 0;

test('recorded, read by their holders and by consent, corrected once, sealed at rest', async () => {
  const people = world.people;
  const [police, advocate, welfare, probation, medical] = await Promise.all([
    as(people.law_enforcement_officer.email),
    as(people.advocate.email),
    as(people.child_welfare_worker.email),
    as(people.probation_officer.email),
    as(people.medical_provider.email),
  ]);
  const youth = await openYouth(police);
  for (const type of ['advocacy', 'child_welfare', 'probation', 'medical'] as const) {
    await addToTeam(police, youth.id, world.organizations[type].id);
  }
  const at = (path: string) => `/api/youth/${youth.id}/${path}`;

  const placementId = await created(welfare, at('placements'), placement);
  const schoolId = await created(welfare, at('education'), school);
  const addressId = await created(advocate, at('contact-locations'), address);
  const phoneId = await created(advocate, at('contact-locations'), auntPhone);
  await created(advocate, at('contact-locations'), {
    kind: 'phone',
    number: '+52 55 1234 5678',
    whose: 'The man who drove her',
    mayCall: 'no',
    note: null,
  });

  // Its writer reads it back, the number as E.164, and may correct it.
  const own = await listed<PlacementListBody>(welfare, at('placements'));
  assert.deepEqual(own.allowedActions, ['record']);
  assert.equal(own.entries.length, 1);
  assert.deepEqual(
    {
      type: own.entries[0]?.placementType,
      reason: own.entries[0]?.reason,
      basis: own.entries[0]?.basis,
      correctable: own.entries[0]?.correctable,
    },
    {
      type: 'foster_home',
      reason: 'Removed from the Bayview motel',
      basis: 'own_organization',
      correctable: true,
    },
  );
  const schools = await listed<EducationListBody>(welfare, at('education'));
  assert.deepEqual(
    schools.entries.map((e) => [e.id, e.school, e.grade, e.enrolment]),
    [[schoolId, 'Lincoln High School', '10', 'enrolled']],
  );
  const contacts = await listed<ContactLocationListBody>(advocate, at('contact-locations'));
  const phones = contacts.entries.flatMap((e) => (e.kind === 'phone' ? [e] : []));
  assert.deepEqual(
    phones.map((p) => [p.number, p.mayCall]),
    [
      ['+14155550134', 'youth_only'],
      ['+525512345678', 'no'],
    ],
  );

  // Nobody else on the team reads them without a basis: left out, and the record says whom to ask.
  const unseen = await listed<PlacementListBody>(advocate, at('placements'));
  assert.deepEqual(unseen, { category: 'placement', entries: [], allowedActions: [] });
  assert.deepEqual(
    (await listed<ContactLocationListBody>(welfare, at('contact-locations'))).entries,
    [],
  );
  const record = await listed<RecordBody>(advocate, `/api/youth/${youth.id}`);
  assert.deepEqual(
    record.categories
      .find((c) => c.category === 'placement')
      ?.withheld.map((w) => w.organizationId),
    [world.organizations.child_welfare.id],
  );

  // The youth releases contact and location to child welfare: the advocate's own flows at once.
  const consent = await advocate.post(
    `/api/youth/${youth.id}/consents`,
    consentBody(world, {
      recipientOrganizationIds: [world.organizations.child_welfare.id],
      categories: ['contact_location'],
      purpose: 'Keep her reachable for her placement worker',
    }),
  );
  assert.equal(consent.statusCode, 201, consent.body);
  const shared = await listed<ContactLocationListBody>(welfare, at('contact-locations'));
  assert.deepEqual(
    shared.entries.map((e) => [e.id, e.basis, e.correctable]),
    [
      [addressId, 'consent', false],
      [phoneId, 'consent', false],
      [shared.entries[2]?.id, 'consent', false],
    ],
  );

  // Ending the placement is a correction by its writer; the earlier version stays, linked.
  const ended = await welfare.put(at(`placements/${placementId}`), {
    ...placement,
    endsOn: '2026-11-20',
  });
  assert.equal(ended.statusCode, 400, 'a correction says why');
  const endedId = await (async () => {
    const response = await welfare.put(at(`placements/${placementId}`), {
      ...placement,
      endsOn: '2026-11-20',
      correctionReason: 'Ran from the foster home',
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json<{ id: string }>().id;
  })();
  const versions = (await listed<PlacementListBody>(welfare, at('placements'))).entries;
  assert.deepEqual(
    versions.map((v) => [v.id, v.endsOn, v.supersedesId, v.supersededById, v.correctable]),
    [
      [placementId, null, null, endedId, false],
      [endedId, '2026-11-20', placementId, null, true],
    ],
  );
  assert.equal(versions[1]?.correctionReason, 'Ran from the foster home');
  // Once: the earlier version is not corrected again.
  const again = await welfare.put(at(`placements/${placementId}`), {
    ...placement,
    correctionReason: 'Again',
  });
  assert.equal(again.statusCode, 409, again.body);
  assert.equal(codeOf(again.body), 'already_corrected');

  // Refused: another organization's entry, a category the organization does not write.
  const notTheirs = await probation.put(at(`placements/${endedId}`), {
    ...placement,
    correctionReason: 'x',
  });
  assert.equal(notTheirs.statusCode, 403, notTheirs.body);
  assert.equal(codeOf(notTheirs.body), 'not_the_writer');
  const clinic = await medical.post(at('placements'), placement);
  assert.equal(clinic.statusCode, 403, clinic.body);
  assert.equal(codeOf(clinic.body), 'not_category_writer');
  const policeSchool = await police.post(at('education'), school);
  assert.equal(codeOf(policeSchool.body), 'not_category_writer');

  // At rest: what names a place or a person is ciphertext; the codes and days are plain.
  const rows = await database.db.query<{ details: unknown; identifying_sealed: string }>(
    'SELECT details, identifying_sealed FROM structured_records WHERE youth_id = $1',
    [youth.id],
  );
  assert.equal(rows.length, 6);
  const stored = JSON.stringify(rows);
  for (const secret of ['Elm', 'Springfield', '95012', '5550134', 'Rosa', 'Lincoln', 'Bayview']) {
    assert.ok(!stored.includes(secret), secret);
  }
  assert.ok(stored.includes('foster_home') && stored.includes('youth_only'));

  // Audited: each write and correction, each read and refusal, never what an entry says.
  assert.equal(await audited('structured_record.create', schoolId), 1);
  assert.equal(await audited('structured_record.correct', endedId), 1);
  const events = await database.db.query<{ action: string; details: unknown; reason: string }>(
    `SELECT action, details, reason FROM audit_events WHERE target_id = $1 OR target_id = $2
       OR target_id = ANY($3::text[])`,
    [youth.id, endedId, [placementId, schoolId, addressId, phoneId]],
  );
  const reads = events.filter(
    (e) => e.action === 'youth.read' && JSON.stringify(e.details).includes('structured_placement'),
  );
  assert.ok(reads.length >= 3, 'each read of the placements');
  assert.ok(events.some((e) => e.action === 'access.denied' && e.reason === 'not_category_writer'));
  assert.ok(events.some((e) => e.action === 'access.denied' && e.reason === 'not_the_writer'));
  const logged = JSON.stringify(events);
  for (const secret of ['Elm', '5550134', 'Rosa', 'Lincoln', 'Bayview', 'Ran from']) {
    assert.ok(!logged.includes(secret), secret);
  }
});

test('off the team, another county, a sealed case, administrators: refused or unknown', async () => {
  const people = world.people;
  const [police, welfare, mental, admin, judge] = await Promise.all([
    as(people.law_enforcement_officer.email),
    as(people.child_welfare_worker.email),
    as(people.mental_health_provider.email),
    as(people.administrator.email),
    as(people.judge.email),
  ]);
  const youth = await openYouth(police);
  await addToTeam(police, youth.id, world.organizations.child_welfare.id);
  await addToTeam(police, youth.id, world.organizations.juvenile_court.id, 'court');
  const at = (path: string) => `/api/youth/${youth.id}/${path}`;
  const placementId = await created(welfare, at('placements'), placement);

  const offTeam = await mental.get(at('education'));
  assert.equal(offTeam.statusCode, 403, offTeam.body);
  assert.equal(codeOf(offTeam.body), 'not_on_case_team');
  assert.equal((await mental.post(at('education'), school)).statusCode, 403);
  assert.equal((await admin.get(at('placements'))).statusCode, 403);

  // Another county's worker: the case does not exist, read or write, by the case or the entry.
  const stranger = await as(elsewhere.people.child_welfare_worker.email);
  for (const response of [
    await stranger.get(at('placements')),
    await stranger.post(at('placements'), placement),
    await stranger.put(at(`placements/${placementId}`), { ...placement, correctionReason: 'x' }),
  ]) {
    assert.equal(response.statusCode, 404, response.body);
  }
  assert.ok((await audited('access.denied', youth.id)) >= 3);

  // Sealed by the court: the case is gone for child welfare too.
  const sealed = await judge.post(at('seal'), { orderNumber: 'JV-1', orderDate: '2026-11-24' });
  assert.equal(sealed.statusCode, 200, sealed.body);
  assert.equal((await welfare.get(at('placements'))).statusCode, 404);
  assert.equal((await welfare.post(at('placements'), placement)).statusCode, 404);
});

test('bad input: 400 with a code, and nothing written', async () => {
  const police = await as(world.people.law_enforcement_officer.email);
  const welfare = await as(world.people.child_welfare_worker.email);
  const youth = await openYouth(police);
  await addToTeam(police, youth.id, world.organizations.child_welfare.id);
  const at = (path: string) => `/api/youth/${youth.id}/${path}`;
  const cases: readonly [string, string, unknown, string][] = [
    ['placements', 'end before start', { ...placement, endsOn: '2026-11-01' }, 'end_before_start'],
    [
      'placements',
      'a start after today',
      { ...placement, startsOn: '2026-11-25' },
      'date_in_future',
    ],
    ['placements', 'a day that does not exist', { ...placement, startsOn: '2026-02-30' }, ''],
    ['placements', 'a type not on the list', { ...placement, placementType: 'motel' }, ''],
    ['placements', 'an address on the placements', address, ''],
    ['contact-locations', 'a bad phone', { ...auntPhone, number: '555-0134' }, ''],
    ['contact-locations', 'who may be called left out', { ...auntPhone, mayCall: undefined }, ''],
    ['contact-locations', 'a bad ZIP', { ...address, zip: '950' }, ''],
    ['education', 'attending without a school', { ...school, school: null }, 'school_required'],
    [
      'education',
      'a grade of not enrolled',
      { ...school, grade: 'not_enrolled' },
      'grade_contradicts_enrolment',
    ],
    ['education', 'a field too many', { ...school, district: 'Unified' }, ''],
  ];
  for (const [path, what, body, code] of cases) {
    const response = await welfare.post(at(path), body);
    assert.equal(response.statusCode, 400, `${what}: ${response.body}`);
    if (code) assert.equal(codeOf(response.body), code, what);
  }
  const placementId = await created(welfare, at('placements'), placement);
  const addressId = await created(welfare, at('contact-locations'), address);
  const kindChanged = await welfare.put(at(`contact-locations/${addressId}`), {
    ...auntPhone,
    correctionReason: 'x',
  });
  assert.equal(kindChanged.statusCode, 400);
  assert.equal(codeOf(kindChanged.body), 'kind_changed');
  const wrongCategory = await welfare.put(at(`education/${placementId}`), {
    ...school,
    correctionReason: 'x',
  });
  assert.equal(wrongCategory.statusCode, 404, 'an entry of another category is unknown there');
  const unknown = await welfare.put(at(`placements/${randomUUID()}`), {
    ...placement,
    correctionReason: 'x',
  });
  assert.equal(unknown.statusCode, 404);
  const malformed = await welfare.put(at('placements/not-an-id'), {
    ...placement,
    correctionReason: 'x',
  });
  assert.equal(malformed.statusCode, 400);
  assert.equal((await welfare.get(`/api/youth/${randomUUID()}/placements`)).statusCode, 404);
  const rows = await database.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM structured_records WHERE youth_id = $1',
    [youth.id],
  );
  assert.equal(rows[0]?.n, 2, 'only the good placement and address');
});
