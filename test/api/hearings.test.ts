// Protective orders, hearings and the court calendar through the API (docs/LEGAL-AND-MDT.md,
// "Protective orders and hearings"): a hearing where the youth testifies gives the advocate the
// testimony safety plan task through the protocol; an order in force bars its restrained person
// at the name check, saying only that an order is why; the calendar lists each role's hearings
// with only what it may see; other organizations, counties, administrators and oversight are
// refused; bad input is refused with the field named.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { App } from '../../src/server/http/types.js';
import type { AppServices } from '../../src/server/context.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { signedIn, testApp, type Client } from '../support/http.js';
import { addToTeam, openYouth } from '../support/cases.js';
import { createWorld, testServices, TestClock, type World } from '../support/world.js';

let database: TestDatabase;
let app: App;
let services: AppServices & { clock: TestClock };
let world: World;
let elsewhere: World;
// Monday 23 November 2026, 2 a.m. in the county (America/Los_Angeles by default).
const NOW = Date.parse('2026-11-23T10:00:00Z');

before(async () => {
  database = await openTestDatabase();
  services = testServices(database.db, { demoMode: true, clock: new TestClock(NOW) });
  app = await testApp(services);
  world = await createWorld(database.db);
  elsewhere = await createWorld(database.db, 'Elsewhere');
});
after(async () => {
  await app.close();
  await database.close();
});

const clients = new Map<string, Client>();
async function as(email: string): Promise<Client> {
  const known = clients.get(email);
  if (known) return known;
  const client = await signedIn(app, email);
  clients.set(email, client);
  return client;
}

interface TaskBody {
  id: string;
  kind: string;
  planType: string | null;
  title: string;
  youthId: string;
  dueAt: string;
}
async function openTasks(client: Client, youthId: string): Promise<TaskBody[]> {
  const response = await client.get('/api/tasks?scope=organization&status=open');
  assert.equal(response.statusCode, 200, response.body);
  return response.json<TaskBody[]>().filter((t) => t.youthId === youthId);
}

const hearing = (overrides: Record<string, unknown> = {}) => ({
  startsAt: '2026-12-10T17:00:00Z',
  court: 'Juvenile Court, Dept. 3',
  type: 'trial_testimony',
  youthTestifies: true,
  ...overrides,
});
const order = (overrides: Record<string, unknown> = {}) => ({
  type: 'temporary',
  court: 'Superior Court',
  issuedOn: '2026-11-20',
  expiresOn: '2027-03-01',
  restrainedName: 'Jorge Salas',
  ...overrides,
});

/** Maya's case: opened by the advocate, with the DA, the court and probation on the team. */
let maya: { id: string; caseNumber: string };
/** A second case, opened by the court clerk (who then reads its identity). */
let lucia: { id: string; caseNumber: string };

describe('hearings', () => {
  test('a hearing where the youth testifies: the event, and the advocate’s testimony plan task', async () => {
    const advocate = await as(world.people.advocate.email);
    maya = await openYouth(advocate, { givenName: 'Maya', familyName: 'Rivera' });
    for (const type of ['district_attorney', 'juvenile_court', 'probation'] as const)
      await addToTeam(advocate, maya.id, world.organizations[type].id);
    const witness = await as(world.people.victim_witness_staff.email);
    const created = await witness.post(
      `/api/youth/${maya.id}/hearings`,
      hearing({ attendingOrganizationIds: [world.organizations.advocacy.id] }),
    );
    assert.equal(created.statusCode, 201, created.body);
    const body = created.json<{ id: string; eventId: string; tasks: { title: string }[] }>();
    assert.deepEqual(
      body.tasks.map((t) => t.title),
      ['Testimony safety plan with verified transportation'],
    );
    const tasks = (await openTasks(advocate, maya.id)).filter((t) => t.kind === 'safety_plan');
    assert.deepEqual(
      tasks.map((t) => [t.planType, t.dueAt]),
      // Two business days before Thursday 10 December: the start of Tuesday the 8th, Pacific.
      [['testimony', '2026-12-08T08:00:00.000Z']],
    );
    // The hearing event is on the case like one typed in the recording form.
    const events = await witness.get(`/api/youth/${maya.id}/events`);
    const event = events.json<{ id: string; type: string; details: Record<string, unknown> }[]>();
    assert.deepEqual(
      event.filter((e) => e.id === body.eventId).map((e) => [e.type, e.details.youthTestifies]),
      [['hearing', true]],
    );
    const listed = await witness.get(`/api/youth/${maya.id}/hearings`);
    assert.equal(listed.statusCode, 200, listed.body);
    const { hearings, mayRecord } = listed.json<{
      hearings: { id: string; attending: { organizationId: string }[]; type: string }[];
      mayRecord: boolean;
    }>();
    assert.equal(mayRecord, true);
    assert.deepEqual(
      hearings.map((h) => [h.id, h.type, h.attending.map((a) => a.organizationId)]),
      [[body.id, 'trial_testimony', [world.organizations.advocacy.id]]],
    );
  });

  test('a hearing without testimony gives no plan task; a court’s hearing elsewhere is recorded', async () => {
    const clerk = await as(world.people.court_clerk.email);
    lucia = await openYouth(clerk, { givenName: 'Lucía', familyName: 'Ortega' });
    const created = await clerk.post(
      `/api/youth/${lucia.id}/hearings`,
      hearing({
        startsAt: '2026-11-25T18:00:00Z',
        type: 'review',
        youthTestifies: false,
        hearingJurisdictionId: elsewhere.jurisdictionId,
      }),
    );
    assert.equal(created.statusCode, 201, created.body);
    assert.deepEqual(created.json<{ tasks: unknown[] }>().tasks, []);
    // The hearing's county hears the minimal packet (pack rule hearing-county), like a subpoena's:
    // the case number, the hearing's day in the case county, the sending county; no link, no name.
    const theirs = await as(elsewhere.people.coordinator.email);
    const notices = (await theirs.get('/api/notifications')).json<
      { kind: string; youthId: string | null; params: Record<string, string> | null }[]
    >();
    const told = notices.filter((n) => n.params?.caseNumber === lucia.caseNumber);
    assert.deepEqual(
      told.map((n) => [n.kind, n.youthId, n.params?.when, n.params?.fromCounty?.split(' ')[0]]),
      [['protocol.notice', null, '2026-11-25', 'County']],
    );
    assert.doesNotMatch(JSON.stringify(told), /Lucía|Ortega|Dept\. 3/);
    // A hearing in the case's own county tells no other county.
    const here = await clerk.post(
      `/api/youth/${lucia.id}/hearings`,
      hearing({
        startsAt: '2027-02-10T18:00:00Z', // after the calendar's windows below
        youthTestifies: false,
        hearingJurisdictionId: world.jurisdictionId,
      }),
    );
    assert.equal(here.statusCode, 201, here.body);
    const after = (await theirs.get('/api/notifications')).json<unknown[]>();
    assert.equal(after.length, notices.length);
  });

  test('refused: a role that does not record hearings, another organization, county, administrator, oversight', async () => {
    const cases: [string, string, number, string][] = [
      ['advocate on the team', world.people.advocate.email, 403, 'role_cannot_record'],
      ['a judge not on the team', elsewhere.people.judge.email, 404, 'not_found'],
      ['administrator', world.people.administrator.email, 403, 'role_without_youth_data'],
      ['oversight', world.people.oversight_analyst.email, 403, 'role_without_youth_data'],
    ];
    for (const [who, email, status, code] of cases) {
      const response = await (await as(email)).post(`/api/youth/${maya.id}/hearings`, hearing());
      assert.equal(response.statusCode, status, `${who}: ${response.body}`);
      assert.equal(response.json<{ error: { code: string } }>().error.code, code, who);
    }
    // The clerk's case: the DA is not on its team.
    const prosecutor = await as(world.people.prosecutor.email);
    const response = await prosecutor.post(`/api/youth/${lucia.id}/hearings`, hearing());
    assert.equal(response.statusCode, 403, response.body);
    assert.equal(response.json<{ error: { code: string } }>().error.code, 'not_on_case_team');
    const read = await (
      await as(elsewhere.people.court_clerk.email)
    ).get(`/api/youth/${maya.id}/hearings`);
    assert.equal(read.statusCode, 404, read.body);
  });

  test('bad input: in the past, unknown county, an organization not on the team, bad fields', async () => {
    const witness = await as(world.people.victim_witness_staff.email);
    const cases: [string, unknown, string][] = [
      ['in the past', hearing({ startsAt: '2026-11-23T09:59:00Z' }), 'in_the_past'],
      [
        'unknown county',
        hearing({ hearingJurisdictionId: '00000000-0000-4000-8000-000000000000' }),
        'unknown_jurisdiction',
      ],
      [
        'attending, not on the team',
        hearing({ attendingOrganizationIds: [world.organizations.medical.id] }),
        'not_on_team',
      ],
      ['no offset', hearing({ startsAt: '2026-12-10T17:00:00' }), 'invalid_input'],
      ['unknown type', hearing({ type: 'sentencing' }), 'invalid_input'],
      ['no court', hearing({ court: ' ' }), 'invalid_input'],
    ];
    for (const [what, body, code] of cases) {
      const response = await witness.post(`/api/youth/${maya.id}/hearings`, body);
      assert.equal(response.statusCode, 400, `${what}: ${response.body}`);
      assert.equal(response.json<{ error: { code: string } }>().error.code, code, what);
    }
  });
});

describe('protective orders', () => {
  let contactId: string;

  test('an order in force bars its restrained person at the check, saying only that an order is why', async () => {
    const advocate = await as(world.people.advocate.email);
    const listed = await advocate.post(`/api/youth/${maya.id}/contacts`, {
      name: 'Rafael Ortiz',
      aliases: ['Rafa'],
      relationship: 'uncle',
      status: 'verified',
      method: 'caseworker_knows',
    });
    assert.equal(listed.statusCode, 201, listed.body);
    contactId = listed.json<{ id: string }>().id;
    const clerk = await as(world.people.court_clerk.email);
    const check = async (name: string) => {
      const response = await clerk.post('/api/verified-contacts/check', {
        caseNumber: maya.caseNumber,
        name,
      });
      assert.equal(response.statusCode, 200, response.body);
      return response.json<{ answer: string; reason?: string; pointPerson?: unknown }>();
    };
    assert.equal((await check('Rafael Ortiz')).answer, 'verified');

    // Linked to the listed uncle by the advocate who listed him (the DA may not read her list),
    // and named by the DA; an expired one and one not yet issued bar no one.
    const linked = await advocate.post(
      `/api/youth/${maya.id}/protective-orders`,
      order({ restrainedName: undefined, restrainedContactId: contactId, type: 'criminal' }),
    );
    assert.equal(linked.statusCode, 201, linked.body);
    const prosecutor = await as(world.people.prosecutor.email);
    const orders = [
      order(),
      order({ restrainedName: 'Ana Expired', issuedOn: '2026-01-02', expiresOn: '2026-11-22' }),
      order({ restrainedName: 'Ana Later', issuedOn: '2026-11-24', expiresOn: '2027-01-01' }),
    ];
    for (const body of orders) {
      const response = await prosecutor.post(`/api/youth/${maya.id}/protective-orders`, body);
      assert.equal(response.statusCode, 201, response.body);
    }
    // The DA links no person of a list it may not read.
    const unreadable = await prosecutor.post(
      `/api/youth/${maya.id}/protective-orders`,
      order({ restrainedName: undefined, restrainedContactId: contactId }),
    );
    assert.equal(unreadable.statusCode, 400, unreadable.body);
    for (const name of ['Rafael Ortiz', 'Rafa', 'Jorge Salas']) {
      const answer = await check(name);
      assert.equal(answer.answer, 'do_not_release', name);
      assert.equal(answer.reason, 'protective_order', name);
      assert.deepEqual(
        // Nothing of the order travels: no type, court, dates or recorder (the world has no
        // point persons, so none is named to call).
        Object.keys(answer).sort(),
        ['answer', 'reason'],
      );
    }
    assert.equal((await check('Ana Expired')).answer, 'not_verified');
    assert.equal((await check('Ana Later')).answer, 'not_verified');
  });

  test('the recorder gets the renewal task 14 days before the order ends; readers of legal data only', async () => {
    const prosecutor = await as(world.people.prosecutor.email);
    const reminders = (await openTasks(prosecutor, maya.id)).filter((t) =>
      t.title.startsWith('A protective order ends'),
    );
    // 14 days before each ends, at the county's midnight; the expired one's at once.
    assert.deepEqual(reminders.map((t) => t.dueAt).sort(), [
      '2026-11-23T10:00:00.000Z',
      '2026-12-18T08:00:00.000Z',
      '2027-02-15T08:00:00.000Z',
    ]);
    const advocate = await as(world.people.advocate.email);
    const advocateTasks = (await openTasks(advocate, maya.id)).filter((t) =>
      t.title.startsWith('A protective order ends'),
    );
    assert.deepEqual(
      advocateTasks.map((t) => t.dueAt),
      ['2027-02-15T08:00:00.000Z'],
    );
    const mine = await prosecutor.get(`/api/youth/${maya.id}/protective-orders`);
    assert.equal(mine.statusCode, 200, mine.body);
    const body = mine.json<{
      orders: { restrainedName: string; inForce: boolean; restrainedContactId: string | null }[];
    }>();
    assert.deepEqual(
      body.orders.map((o) => [o.restrainedName, o.inForce, o.restrainedContactId]).sort(),
      [
        ['Ana Expired', false, null],
        ['Ana Later', false, null],
        ['Jorge Salas', true, null],
      ],
    );
    const own = await advocate.get(`/api/youth/${maya.id}/protective-orders`);
    assert.deepEqual(
      own
        .json<{ orders: { restrainedName: string; restrainedContactId: string | null }[] }>()
        .orders.map((o) => [o.restrainedName, o.restrainedContactId]),
      [['Rafael Ortiz', contactId]],
    );
    // Each organization reads its own; probation, on the team with no basis, none.
    const probation = await as(world.people.probation_officer.email);
    const withheld = await probation.get(`/api/youth/${maya.id}/protective-orders`);
    assert.equal(withheld.statusCode, 200, withheld.body);
    assert.deepEqual(withheld.json<{ orders: unknown[] }>().orders, []);
    const refusals: [string, number][] = [
      [elsewhere.people.advocate.email, 404],
      [world.people.administrator.email, 403],
      [world.people.oversight_analyst.email, 403],
      [world.people.medical_provider.email, 403],
    ];
    for (const [email, status] of refusals) {
      const refused = await (await as(email)).get(`/api/youth/${maya.id}/protective-orders`);
      assert.equal(refused.statusCode, status, `${email}: ${refused.body}`);
    }
  });

  test('refused and bad input: roles, expiring before issued, another youth’s person, bad dates', async () => {
    const cases: [string, string, unknown, number, string][] = [
      ['a judge', world.people.judge.email, order(), 403, 'role_cannot_record'],
      [
        'medical, not on the team',
        world.people.medical_provider.email,
        order(),
        403,
        'not_on_case_team',
      ],
      ['another county', elsewhere.people.advocate.email, order(), 404, 'not_found'],
      ['oversight', world.people.oversight_analyst.email, order(), 403, 'role_without_youth_data'],
      [
        'expires before issued',
        world.people.advocate.email,
        order({ issuedOn: '2026-11-20', expiresOn: '2026-11-19' }),
        400,
        'expires_before_issued',
      ],
      [
        'a bad date',
        world.people.advocate.email,
        order({ expiresOn: '2027-02-30' }),
        400,
        'invalid_input',
      ],
      [
        'both a name and a linked person',
        world.people.advocate.email,
        order({ restrainedContactId: '00000000-0000-4000-8000-000000000000' }),
        400,
        'invalid_input',
      ],
      [
        'an unknown type',
        world.people.advocate.email,
        order({ type: 'forever' }),
        400,
        'invalid_input',
      ],
    ];
    for (const [what, email, body, status, code] of cases) {
      const response = await (
        await as(email)
      ).post(`/api/youth/${maya.id}/protective-orders`, body);
      assert.equal(response.statusCode, status, `${what}: ${response.body}`);
      assert.equal(response.json<{ error: { code: string } }>().error.code, code, what);
    }
    // Maya's uncle linked on Lucía's case: another youth's person.
    const clerk = await as(world.people.court_clerk.email);
    const other = await clerk.post(
      `/api/youth/${lucia.id}/protective-orders`,
      order({ restrainedName: undefined, restrainedContactId: contactId }),
    );
    assert.equal(other.statusCode, 400, other.body);
    assert.equal(
      other.json<{ error: { code: string } }>().error.code,
      'restrained_person_not_on_case',
    );
  });
});

describe('the court calendar', () => {
  interface Entry {
    caseNumber: string;
    youthName: string | null;
    youthId: string | null;
    type: string;
  }
  const calendar = async (email: string, query = 'from=2026-11-23&to=2026-12-20') => {
    const response = await (await as(email)).get(`/api/court-calendar?${query}`);
    return response;
  };
  const entries = async (email: string) => {
    const response = await calendar(email);
    assert.equal(response.statusCode, 200, response.body);
    return response
      .json<{ hearings: Entry[] }>()
      .hearings.map((h) => [h.caseNumber, h.type, h.youthName, h.youthId !== null]);
  };

  test('each role sees its hearings, the name only where it reads identity', async () => {
    // The clerk: Maya's (on the team, no basis for identity) and its own Lucía's (held elsewhere).
    assert.deepEqual(await entries(world.people.court_clerk.email), [
      [lucia.caseNumber, 'review', 'Lucía Ortega', true],
      [maya.caseNumber, 'trial_testimony', null, false],
    ]);
    // The DA's staff: Maya's only (not on Lucía's team).
    for (const email of [world.people.prosecutor.email, world.people.victim_witness_staff.email]) {
      assert.deepEqual(await entries(email), [[maya.caseNumber, 'trial_testimony', null, false]]);
    }
    // The county where Lucía's hearing is held: its court sees the case number, never the name.
    assert.deepEqual(await entries(elsewhere.people.court_clerk.email), [
      [lucia.caseNumber, 'review', null, false],
    ]);
    assert.deepEqual(await entries(elsewhere.people.prosecutor.email), []);
    // Outside the window: nothing.
    const later = await calendar(world.people.court_clerk.email, 'from=2027-01-01&to=2027-01-07');
    assert.deepEqual(later.json<{ hearings: Entry[] }>().hearings, []);
    // No window asked: the county's today and six days on, which the screen then pages from.
    const first = await calendar(world.people.court_clerk.email, '');
    assert.equal(first.statusCode, 200, first.body);
    const window = first.json<{ from: string; to: string; hearings: Entry[] }>();
    assert.deepEqual(
      [window.from, window.to, window.hearings.map((h) => h.caseNumber)],
      ['2026-11-23', '2026-11-29', [lucia.caseNumber]],
    );
  });

  test('refused: roles without a calendar; bad windows', async () => {
    for (const role of ['advocate', 'administrator', 'oversight_analyst', 'coordinator'] as const) {
      const response = await calendar(world.people[role].email);
      assert.equal(response.statusCode, 403, `${role}: ${response.body}`);
    }
    const clerk = world.people.court_clerk.email;
    for (const query of ['from=2026-12-20&to=2026-12-01', 'from=2026-11-01&to=2026-12-31']) {
      const response = await calendar(clerk, query);
      assert.equal(response.statusCode, 400, `${query}: ${response.body}`);
      assert.equal(response.json<{ error: { code: string } }>().error.code, 'bad_window');
    }
    const response = await calendar(clerk, 'from=2026-13-01');
    assert.equal(response.statusCode, 400, response.body);
  });
});
