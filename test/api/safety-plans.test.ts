// Safety plans through the API: a plan of each type written with the youth, started from the last
// one, saved as versions (two edits at once: one 409 with both versions, nothing lost), closing the
// protocol's release and testimony tasks, its steps reaching other parties as tasks, each read
// only where the access module allows, and bad input refused with the field named.
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

before(async () => {
  database = await openTestDatabase();
  services = testServices(database.db, {
    demoMode: true,
    clock: new TestClock(Date.parse('2026-11-20T17:00:00Z')),
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

interface PlanBody {
  id: string;
  type: string;
  version: number;
  category: string;
  authorOrganizationId: string;
  content: Record<string, unknown> & { steps: { key: string; title: string }[] };
  allowedActions: string[];
}
interface TaskBody {
  id: string;
  kind: string;
  planType: string | null;
  title: string;
  status: string;
  closedBy: string | null;
  youthId: string;
  caseNumber: string;
  dueAt: string;
}

const testimony = (overrides: Record<string, unknown> = {}) => ({
  type: 'testimony',
  warningSigns: ['Texts from an unknown number'],
  safePeople: [{ name: 'Aunt Rosa', relationship: 'aunt', phone: '555-0101' }],
  safePlaces: [{ name: 'Harbor Light office' }],
  agreedContacts: [{ name: 'Ms. Lee', relationship: 'teacher' }],
  steps: [],
  writtenWithYouth: true,
  writtenWithYouthOn: '2026-11-20',
  details: {
    hearingDate: '2026-12-10',
    court: 'Juvenile Court, Dept. 3',
    transportation: {
      driver: 'Advocate Dana',
      pickUpAt: '2026-12-10T15:30:00Z',
      pickUpPlace: 'The youth’s placement',
      confirmedBy: 'Dana Advocate',
      confirmedAt: '2026-11-20T17:00:00Z',
    },
  },
  ...overrides,
});

const release = (receiver: unknown, steps: unknown[] = []) => ({
  type: 'release_from_custody',
  writtenWithYouth: false,
  steps,
  details: { receiver, releaseAt: '2026-11-21T18:00:00Z' },
});

async function tasks(client: Client, status = 'all') {
  const response = await client.get(`/api/tasks?scope=organization&status=${status}`);
  assert.equal(response.statusCode, 200, response.body);
  return response.json<TaskBody[]>();
}

async function create(client: Client, youthId: string, body: unknown) {
  const response = await client.post(`/api/youth/${youthId}/safety-plans`, body);
  assert.equal(response.statusCode, 201, response.body);
  return response.json<PlanBody>();
}

describe('a subpoena requires a testimony plan; writing it closes the advocate’s task', () => {
  let youthId: string;

  test('victim-witness staff record the subpoena, the advocate’s plan closes the task', async () => {
    const advocate = await as(world.people.advocate.email);
    const youth = await openYouth(advocate);
    youthId = youth.id;
    await addToTeam(advocate, youthId, world.organizations.district_attorney.id);
    const witness = await as(world.people.victim_witness_staff.email);
    const subpoena = await witness.post(`/api/youth/${youthId}/events`, {
      type: 'subpoena',
      occurredAt: services.clock.now().toISOString(),
      details: { hearingDate: '2026-12-10' },
    });
    assert.equal(subpoena.statusCode, 201, subpoena.body);
    const open = (await tasks(advocate, 'open')).filter(
      (t) => t.youthId === youthId && t.kind === 'safety_plan',
    );
    assert.deepEqual(
      open.map((t) => t.planType),
      ['testimony'],
    );
    const plan = await create(advocate, youthId, testimony());
    assert.equal(plan.version, 1);
    assert.equal(plan.category, 'legal');
    assert.deepEqual(plan.allowedActions, ['edit']);
    const closed = (await tasks(advocate)).find((t) => t.id === open[0]?.id);
    assert.equal(closed?.status, 'done');
    assert.equal(closed?.closedBy, 'safety_plan');
  });

  test('a general plan closes no testimony task of a later subpoena', async () => {
    const advocate = await as(world.people.advocate.email);
    const witness = await as(world.people.victim_witness_staff.email);
    const second = await witness.post(`/api/youth/${youthId}/events`, {
      type: 'subpoena',
      occurredAt: services.clock.now().toISOString(),
      details: { hearingDate: '2026-12-17' },
    });
    assert.equal(second.statusCode, 201, second.body);
    await create(advocate, youthId, { type: 'general', writtenWithYouth: false });
    const open = (await tasks(advocate, 'open')).filter(
      (t) => t.youthId === youthId && t.kind === 'safety_plan',
    );
    assert.equal(open.length, 1, 'the testimony task stays open');
  });
});

describe('a release plan: the receiver, the task it closes, steps that reach probation', () => {
  let youthId: string;
  let planId: string;

  test('a release closes probation’s task; a step for probation becomes probation’s task', async () => {
    const advocate = await as(world.people.advocate.email);
    const youth = await openYouth(advocate);
    youthId = youth.id;
    await addToTeam(advocate, youthId, world.organizations.probation.id);
    const probation = await as(world.people.probation_officer.email);
    const released = await probation.post(`/api/youth/${youthId}/events`, {
      type: 'release',
      occurredAt: services.clock.now().toISOString(),
      details: { releaseAt: '2026-11-21T18:00:00Z' },
    });
    assert.equal(released.statusCode, 201, released.body);
    const required = (await tasks(probation, 'open')).filter(
      (t) => t.youthId === youthId && t.planType === 'release_from_custody',
    );
    assert.equal(required.length, 1);
    const plan = await create(
      advocate,
      youthId,
      release({ kind: 'person', name: 'Aunt Rosa', relationship: 'aunt' }, [
        {
          partyOrganizationId: world.organizations.probation.id,
          title: 'Drive her to the aunt’s home',
          owner: 'Duty officer',
        },
        {
          partyOrganizationId: world.organizations.advocacy.id,
          title: 'Call her the next morning',
          owner: 'Dana',
        },
      ]),
    );
    planId = plan.id;
    assert.equal(plan.category, 'placement');
    const after = await tasks(probation);
    assert.equal(after.find((t) => t.id === required[0]?.id)?.status, 'done');
    const steps = after.filter((t) => t.youthId === youthId && t.title.startsWith('Release step'));
    assert.deepEqual(
      steps.map((t) => [t.title, t.dueAt, t.status]),
      [['Release step: Drive her to the aunt’s home', '2026-11-21T18:00:00.000Z', 'open']],
    );
    // The advocate's own step is no task: she reads her plan.
    const own = (await tasks(advocate)).filter((t) =>
      t.title.includes('Call her the next morning'),
    );
    assert.equal(own.length, 0);
  });

  test('probation acts on its step without reading the plan; the plan stays the advocate’s', async () => {
    const probation = await as(world.people.probation_officer.email);
    assert.equal((await probation.get(`/api/safety-plans/${planId}`)).statusCode, 403);
    assert.equal((await probation.get(`/api/safety-plans/${planId}/versions`)).statusCode, 403);
    const list = await probation.get(`/api/youth/${youthId}/safety-plans`);
    assert.equal(list.statusCode, 200);
    assert.deepEqual(list.json(), []);
    const edit = await probation.put(`/api/safety-plans/${planId}`, {
      ...release({ kind: 'person', name: 'X', relationship: 'y' }),
      version: 1,
    });
    assert.equal(edit.statusCode, 403);
    assert.equal(edit.json<{ error: { code: string } }>().error.code, 'not_the_holder');
  });

  test('a new version without the step withdraws probation’s task', async () => {
    const advocate = await as(world.people.advocate.email);
    const saved = await advocate.put(`/api/safety-plans/${planId}`, {
      ...release({ kind: 'organization', organizationId: world.organizations.probation.id }),
      version: 1,
    });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(saved.json<PlanBody>().version, 2);
    const probation = await as(world.people.probation_officer.email);
    const steps = (await tasks(probation)).filter(
      (t) => t.youthId === youthId && t.title.startsWith('Release step'),
    );
    assert.deepEqual(
      steps.map((t) => t.status),
      ['cancelled'],
    );
  });
});

describe('versions: start from the last plan, edit, and two edits at once', () => {
  let youthId: string;
  let planId: string;

  test('a new plan started from the last copies its sections, not its details', async () => {
    const advocate = await as(world.people.advocate.email);
    youthId = (await openYouth(advocate)).id;
    const first = await create(advocate, youthId, testimony());
    const second = await create(advocate, youthId, {
      ...testimony({
        warningSigns: [],
        safePeople: [],
        safePlaces: [],
        agreedContacts: [],
        writtenWithYouth: false,
        writtenWithYouthOn: null,
      }),
      startFrom: first.id,
    });
    planId = second.id;
    assert.deepEqual(second.content.warningSigns, ['Texts from an unknown number']);
    assert.deepEqual(second.content.safePeople, first.content.safePeople);
    assert.equal(second.content.writtenWithYouth, false);
    const wrongType = await advocate.post(`/api/youth/${youthId}/safety-plans`, {
      type: 'general',
      writtenWithYouth: false,
      startFrom: first.id,
    });
    assert.equal(wrongType.statusCode, 400);
    assert.equal(wrongType.json<{ error: { code: string } }>().error.code, 'wrong_type');
  });

  test('two people edit version 1 at once: one saves version 2, the other gets 409 with both', async () => {
    const advocate = await as(world.people.advocate.email);
    const colleague = await as(world.people.advocate.email);
    const mine = testimony({ warningSigns: ['Mine: a new phone'] });
    const theirs = testimony({ warningSigns: ['Theirs: a new boyfriend'] });
    const [a, b] = await Promise.all([
      advocate.put(`/api/safety-plans/${planId}`, { ...mine, version: 1 }),
      colleague.put(`/api/safety-plans/${planId}`, { ...theirs, version: 1 }),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    assert.deepEqual(statuses, [200, 409]);
    const refused = (a.statusCode === 409 ? a : b).json<{
      error: {
        code: string;
        mine: { version: number; content: { warningSigns: string[] } };
        current: { version: number; content: { warningSigns: string[] } };
      };
    }>();
    assert.equal(refused.error.code, 'stale_version');
    assert.equal(refused.error.mine.version, 1);
    assert.equal(refused.error.current.version, 2);
    const sentByLoser = a.statusCode === 409 ? mine : theirs;
    const savedByWinner = a.statusCode === 409 ? theirs : mine;
    assert.deepEqual(refused.error.mine.content.warningSigns, sentByLoser.warningSigns);
    assert.deepEqual(refused.error.current.content.warningSigns, savedByWinner.warningSigns);
    const history = await advocate.get(`/api/safety-plans/${planId}/versions`);
    assert.deepEqual(
      history.json<{ version: number }[]>().map((v) => v.version),
      [2, 1],
    );
    // The person merges and saves on the current version.
    const merged = await advocate.put(`/api/safety-plans/${planId}`, {
      ...testimony({ warningSigns: ['Mine: a new phone', 'Theirs: a new boyfriend'] }),
      version: 2,
    });
    assert.equal(merged.statusCode, 200, merged.body);
    assert.equal(merged.json<PlanBody>().version, 3);
  });
});

describe('who may write and read a plan', () => {
  let youthId: string;
  let planId: string;

  before(async () => {
    const advocate = await as(world.people.advocate.email);
    youthId = (await openYouth(advocate)).id;
    for (const type of ['law_enforcement', 'medical', 'county_lead', 'oversight'] as const) {
      await addToTeam(advocate, youthId, world.organizations[type].id);
    }
    planId = (await create(advocate, youthId, testimony())).id;
  });

  test('another agency on the team without a basis: no plan in the list, 403 on the plan', async () => {
    const medical = await as(world.people.medical_provider.email);
    assert.deepEqual((await medical.get(`/api/youth/${youthId}/safety-plans`)).json(), []);
    assert.equal((await medical.get(`/api/safety-plans/${planId}`)).statusCode, 403);
    // The record names who holds the withheld plan, so the clinic knows whom to ask.
    const record = await medical.get(`/api/youth/${youthId}`);
    const legal = record
      .json<{ categories: { category: string; withheld: { organizationId: string }[] }[] }>()
      .categories.find((c) => c.category === 'legal');
    assert.deepEqual(
      legal?.withheld.map((w) => w.organizationId),
      [world.organizations.advocacy.id],
    );
  });

  test('a role that does not write plans with youth is refused', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    const response = await police.post(`/api/youth/${youthId}/safety-plans`, testimony());
    assert.equal(response.statusCode, 403);
    assert.equal(response.json<{ error: { code: string } }>().error.code, 'role_cannot_record');
  });

  test('another county answers 404 for the youth and the plan', async () => {
    const stranger = await as(elsewhere.people.advocate.email);
    assert.equal((await stranger.get(`/api/youth/${youthId}/safety-plans`)).statusCode, 404);
    assert.equal((await stranger.get(`/api/safety-plans/${planId}`)).statusCode, 404);
    const write = await stranger.post(`/api/youth/${youthId}/safety-plans`, testimony());
    assert.equal(write.statusCode, 404);
    const edit = await stranger.put(`/api/safety-plans/${planId}`, { ...testimony(), version: 1 });
    assert.equal(edit.statusCode, 404);
  });

  test('administrators and oversight never read or write a plan', async () => {
    for (const role of ['administrator', 'oversight_analyst'] as const) {
      const client = await as(world.people[role].email);
      assert.equal((await client.get(`/api/safety-plans/${planId}`)).statusCode, 403, role);
      assert.equal((await client.get(`/api/youth/${youthId}/safety-plans`)).statusCode, 403, role);
      const write = await client.post(`/api/youth/${youthId}/safety-plans`, testimony());
      assert.equal(write.statusCode, 403, role);
    }
  });

  test('the coordinator sees the case but not the plan without a basis', async () => {
    const coordinator = await as(world.people.coordinator.email);
    assert.equal((await coordinator.get(`/api/safety-plans/${planId}`)).statusCode, 403);
  });
});

describe('bad input is refused with the field named, and nothing is written', () => {
  let youthId: string;
  let advocate: Client;

  before(async () => {
    advocate = await as(world.people.advocate.email);
    youthId = (await openYouth(advocate)).id;
  });

  const refused = async (body: unknown, code: string, mentions?: string) => {
    const response = await advocate.post(`/api/youth/${youthId}/safety-plans`, body);
    assert.equal(response.statusCode, 400, response.body);
    const error = response.json<{ error: { code: string; message: string } }>().error;
    assert.equal(error.code, code);
    if (mentions) assert.match(error.message, new RegExp(mentions));
  };

  test('an unknown type', () =>
    refused({ type: 'escape', writtenWithYouth: false }, 'invalid_input'));

  test('a release plan without whom the youth is released to', () =>
    refused(
      {
        type: 'release_from_custody',
        writtenWithYouth: false,
        details: { releaseAt: '2026-11-21T18:00:00Z' },
      },
      'invalid_input',
      'receiver',
    ));

  test('transportation without who confirmed it', async () => {
    const plan = testimony();
    const transportation: Record<string, string> = { ...plan.details.transportation };
    delete transportation.confirmedBy;
    await refused(
      { ...plan, details: { ...plan.details, transportation } },
      'invalid_input',
      'confirmedBy',
    );
  });

  test('written with the youth but no day', () =>
    refused(testimony({ writtenWithYouthOn: null }), 'invalid_plan', 'writtenWithYouthOn'));

  test('a step for an organization not on the team', () =>
    refused(
      release({ kind: 'person', name: 'Aunt', relationship: 'aunt' }, [
        { partyOrganizationId: world.organizations.medical.id, title: 'Check in', owner: 'Nurse' },
      ]),
      'party_not_on_team',
    ));

  test('a version that is not a whole number, and a changed type', async () => {
    const plan = await create(advocate, youthId, testimony());
    for (const version of ['1', 1.5, 0, null]) {
      const response = await advocate.put(`/api/safety-plans/${plan.id}`, {
        ...testimony(),
        version,
      });
      assert.equal(response.statusCode, 400, String(version));
    }
    const changed = await advocate.put(`/api/safety-plans/${plan.id}`, {
      type: 'general',
      writtenWithYouth: false,
      version: 1,
    });
    assert.equal(changed.statusCode, 400);
    assert.equal(changed.json<{ error: { code: string } }>().error.code, 'wrong_type');
    const list = await advocate.get(`/api/youth/${youthId}/safety-plans`);
    assert.deepEqual(
      list.json<{ version: number }[]>().map((p) => p.version),
      [1],
      'only the one good plan, at version 1',
    );
  });
});
