import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { App } from '../../src/server/http/types.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { signedIn, testApp } from '../support/http.js';
import { createWorld, testServices } from '../support/world.js';

let database: TestDatabase;
let app: App;

before(async () => {
  database = await openTestDatabase();
  // Demo mode: no second factor to set up, so each test signs straight in.
  app = await testApp(testServices(database.db, { demoMode: true }));
});
after(async () => {
  await app.close();
  await database.close();
});

const code = (body: string) => (JSON.parse(body) as { error: { code: string } }).error.code;

async function auditCount(action: string, targetId: string): Promise<number> {
  const [row] = await database.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM audit_events WHERE action = $1 AND target_id = $2',
    [action, targetId],
  );
  return row?.n ?? 0;
}

describe('organizations', () => {
  test('an administrator adds, renames and deactivates one; each change is audited', async () => {
    const world = await createWorld(database.db);
    const admin = await signedIn(app, world.people.administrator.email);
    const created = await admin.post('/api/organizations', {
      name: 'Safe Haven Shelter',
      type: 'community_provider',
      phone: '555-0000',
    });
    assert.equal(created.statusCode, 201, created.body);
    const organization = created.json<{ id: string; jurisdictionId: string; active: boolean }>();
    assert.equal(organization.jurisdictionId, world.jurisdictionId);
    assert.equal(await auditCount('organization.create', organization.id), 1);

    const renamed = await admin.patch(`/api/organizations/${organization.id}`, {
      name: 'Safe Haven Youth Shelter',
    });
    assert.equal(renamed.json<{ name: string }>().name, 'Safe Haven Youth Shelter');
    const deactivated = await admin.patch(`/api/organizations/${organization.id}`, {
      active: false,
    });
    assert.equal(deactivated.json<{ active: boolean }>().active, false);
    assert.equal(await auditCount('organization.update', organization.id), 2);

    const listed = (
      await admin.get(`/api/organizations?jurisdictionId=${world.jurisdictionId}`)
    ).json<{ id: string }[]>();
    assert.ok(
      !listed.some((o) => o.id === organization.id),
      'inactive organizations are hidden by default',
    );
    const all = (
      await admin.get(
        `/api/organizations?jurisdictionId=${world.jurisdictionId}&includeInactive=true`,
      )
    ).json<{ id: string }[]>();
    assert.ok(all.some((o) => o.id === organization.id));
  });

  test('a duplicate name in the same jurisdiction is a 409', async () => {
    const world = await createWorld(database.db);
    const admin = await signedIn(app, world.people.administrator.email);
    const response = await admin.post('/api/organizations', {
      name: world.organizations.medical.name,
      type: 'medical',
    });
    assert.equal(response.statusCode, 409);
    assert.equal(code(response.body), 'name_taken');
  });

  test('every role other than administrator is refused, with an audited denial', async () => {
    const world = await createWorld(database.db);
    for (const role of [
      'coordinator',
      'advocate',
      'law_enforcement_officer',
      'oversight_analyst',
    ] as const) {
      const client = await signedIn(app, world.people[role].email);
      const response = await client.post('/api/organizations', {
        name: `By ${role}`,
        type: 'medical',
      });
      assert.equal(response.statusCode, 403, role);
    }
    const [row] = await database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'access.denied' AND jurisdiction_id = $1`,
      [world.jurisdictionId],
    );
    assert.equal(row?.n, 4);
  });

  test('everyone may list organizations of every jurisdiction (to address them)', async () => {
    const home = await createWorld(database.db);
    const other = await createWorld(database.db, 'Other');
    const advocate = await signedIn(app, home.people.advocate.email);
    const response = await advocate.get(
      `/api/organizations?jurisdictionId=${other.jurisdictionId}`,
    );
    assert.equal(response.statusCode, 200);
    const organizations =
      response.json<{ id: string; name: string; type: string; jurisdictionId: string }[]>();
    assert.equal(organizations.length, 12);
    assert.ok(organizations.every((o) => o.jurisdictionId === other.jurisdictionId));
  });
});

describe('cross-jurisdiction denial', () => {
  test("an administrator cannot change another jurisdiction's organizations, accounts, point persons or agreements", async () => {
    const home = await createWorld(database.db);
    const other = await createWorld(database.db, 'Other');
    const otherAdmin = await signedIn(app, other.people.administrator.email);
    const pointPerson = (
      await otherAdmin.post('/api/point-persons', {
        organizationId: other.organizations.advocacy.id,
        function: 'CSEC point person',
        name: 'Other Person',
      })
    ).json<{ id: string }>();
    const mou = (
      await otherAdmin.post('/api/mous', {
        title: 'Other agreement',
        purpose: 'Coordination',
        categories: ['identity'],
        organizationIds: [other.organizations.advocacy.id, other.organizations.medical.id],
        startsOn: '2026-01-01',
      })
    ).json<{ id: string }>();

    const admin = await signedIn(app, home.people.administrator.email);
    const attempts = [
      await admin.patch(`/api/organizations/${other.organizations.medical.id}`, {
        name: 'Taken over',
      }),
      await admin.patch(`/api/users/${other.people.advocate.id}`, { displayName: 'Taken over' }),
      await admin.post(`/api/users/${other.people.advocate.id}/reset-password`),
      await admin.post(`/api/users/${other.people.advocate.id}/unlock`),
      await admin.post(`/api/users/${other.people.advocate.id}/reset-mfa`),
      await admin.patch(`/api/point-persons/${pointPerson.id}`, { name: 'Taken over' }),
      await admin.post('/api/point-persons', {
        organizationId: other.organizations.medical.id,
        function: 'x',
        name: 'y',
      }),
      await admin.patch(`/api/mous/${mou.id}`, { title: 'Taken over' }),
    ];
    for (const attempt of attempts) assert.equal(attempt.statusCode, 403, attempt.body);

    const users = (await admin.get('/api/users')).json<{ id: string }[]>();
    assert.ok(
      !users.some((u) => u.id === other.people.advocate.id),
      'accounts of another jurisdiction are not listed',
    );
    const mous = (await admin.get('/api/mous')).json<{ id: string }[]>();
    assert.ok(
      !mous.some((m) => m.id === mou.id),
      'agreements of another jurisdiction are not listed',
    );
    const [unchanged] = await database.db.query<{ name: string }>(
      'SELECT name FROM organizations WHERE id = $1',
      [other.organizations.medical.id],
    );
    assert.equal(unchanged?.name, other.organizations.medical.name);
  });

  test('an account cannot be placed at an organization of another jurisdiction', async () => {
    const home = await createWorld(database.db);
    const other = await createWorld(database.db, 'Other');
    const admin = await signedIn(app, home.people.administrator.email);
    const response = await admin.post('/api/users', {
      email: `spy.${home.jurisdictionId.slice(0, 8)}@test.example`,
      displayName: 'Spy',
      organizationId: other.organizations.law_enforcement.id,
      roles: ['law_enforcement_officer'],
    });
    assert.equal(response.statusCode, 400);
    assert.equal(code(response.body), 'unknown_organization');
  });
});

describe('accounts', () => {
  test('an administrator opens an account with a one-time password and a role that fits', async () => {
    const world = await createWorld(database.db);
    const admin = await signedIn(app, world.people.administrator.email);
    // A role that sees no youth data starts at once (those that do wait for a second person:
    // test/api/approvals.test.ts).
    const email = `New.Analyst.${world.jurisdictionId.slice(0, 8)}@Test.example`;
    const created = await admin.post('/api/users', {
      email,
      displayName: 'New Analyst',
      organizationId: world.organizations.oversight.id,
      roles: ['oversight_analyst'],
      language: 'es',
    });
    assert.equal(created.statusCode, 201, created.body);
    const body = created.json<{
      user: { id: string; email: string; mustChangePassword: boolean; language: string };
      temporaryPassword: string;
    }>();
    assert.equal(body.user.email, email.toLowerCase());
    assert.equal(body.user.mustChangePassword, true);
    assert.equal(body.user.language, 'es');
    assert.match(body.temporaryPassword, /^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    assert.ok(!created.body.includes('passwordHash') && !created.body.includes('argon2'));
    assert.equal(await auditCount('user.create', body.user.id), 1);

    const again = await admin.post('/api/users', {
      email,
      displayName: 'Twice',
      organizationId: world.organizations.law_enforcement.id,
      roles: ['law_enforcement_officer'],
    });
    assert.equal(again.statusCode, 409);
    assert.equal(code(again.body), 'email_taken');
  });

  test('a role that does not exist at the organization is refused', async () => {
    const world = await createWorld(database.db);
    const admin = await signedIn(app, world.people.administrator.email);
    const response = await admin.post('/api/users', {
      email: `judge.${world.jurisdictionId.slice(0, 8)}@test.example`,
      displayName: 'Wrong Place',
      organizationId: world.organizations.medical.id,
      roles: ['judge'],
    });
    assert.equal(response.statusCode, 400);
    assert.equal(code(response.body), 'role_mismatch');
  });

  test('deactivating an account ends its sessions; an administrator cannot deactivate themself', async () => {
    const world = await createWorld(database.db);
    const admin = await signedIn(app, world.people.administrator.email);
    const officer = await signedIn(app, world.people.law_enforcement_officer.email);
    assert.equal((await officer.get('/api/organizations')).statusCode, 200);
    const response = await admin.patch(`/api/users/${world.people.law_enforcement_officer.id}`, {
      active: false,
    });
    assert.equal(response.statusCode, 200, response.body);
    assert.equal((await officer.get('/api/organizations')).statusCode, 401);
    const self = await admin.patch(`/api/users/${world.people.administrator.id}`, {
      active: false,
    });
    assert.equal(self.statusCode, 409);
  });

  test('a password reset issues a new one-time password that the person must change', async () => {
    const world = await createWorld(database.db);
    const admin = await signedIn(app, world.people.administrator.email);
    const reset = await admin.post(
      `/api/users/${world.people.oversight_analyst.id}/reset-password`,
    );
    assert.equal(reset.statusCode, 200);
    const { temporaryPassword } = reset.json<{ temporaryPassword: string }>();
    const person = await signedIn(app, world.people.oversight_analyst.email).catch(() => null);
    assert.equal(person, null, 'the old password no longer works');
    const { Client } = await import('../support/http.js');
    const fresh = new Client(app);
    const login = await fresh.login(world.people.oversight_analyst.email, temporaryPassword);
    assert.equal(login.json<{ pending: string }>().pending, 'password');
  });

  test('only administrators may list accounts', async () => {
    const world = await createWorld(database.db);
    const coordinator = await signedIn(app, world.people.coordinator.email);
    assert.equal((await coordinator.get('/api/users')).statusCode, 403);
  });
});

describe('point persons', () => {
  test('the coordinator keeps the roster; everyone, in every jurisdiction, can read it', async () => {
    const home = await createWorld(database.db);
    const other = await createWorld(database.db, 'Other');
    const coordinator = await signedIn(app, home.people.coordinator.email);
    const created = await coordinator.post('/api/point-persons', {
      organizationId: home.organizations.child_welfare.id,
      function: 'CSEC point person',
      name: 'Morgan Chen',
      phone: '+1 (555) 010-2000',
      afterHoursPhone: '555-0200',
      email: 'Morgan@CW.example',
    });
    assert.equal(created.statusCode, 201, created.body);
    const pointPerson = created.json<{ id: string; email: string; organizationName: string }>();
    assert.equal(pointPerson.email, 'morgan@cw.example');
    assert.equal(pointPerson.organizationName, home.organizations.child_welfare.name);

    const officerElsewhere = await signedIn(app, other.people.law_enforcement_officer.email);
    const found = (
      await officerElsewhere.get(
        `/api/point-persons?jurisdictionId=${home.jurisdictionId}&function=csec`,
      )
    ).json<{ id: string }[]>();
    assert.deepEqual(
      found.map((p) => p.id),
      [pointPerson.id],
    );

    const retired = await coordinator.patch(`/api/point-persons/${pointPerson.id}`, {
      active: false,
    });
    assert.equal(retired.statusCode, 200);
    const after = (
      await officerElsewhere.get(`/api/point-persons?jurisdictionId=${home.jurisdictionId}`)
    ).json<{ id: string }[]>();
    assert.equal(after.length, 0);
  });

  test('an advocate cannot change the roster', async () => {
    const world = await createWorld(database.db);
    const advocate = await signedIn(app, world.people.advocate.email);
    const response = await advocate.post('/api/point-persons', {
      organizationId: world.organizations.advocacy.id,
      function: 'x',
      name: 'y',
    });
    assert.equal(response.statusCode, 403);
  });
});

describe('information-sharing agreements', () => {
  test('the coordinator records one among organizations of the county; it is in force between its dates', async () => {
    const world = await createWorld(database.db);
    const coordinator = await signedIn(app, world.people.coordinator.email);
    const parties = [
      world.organizations.advocacy.id,
      world.organizations.medical.id,
      world.organizations.child_welfare.id,
    ];
    const created = await coordinator.post('/api/mous', {
      title: 'CSEC response MOU',
      purpose: 'Coordinated response',
      categories: ['needs_services', 'referrals', 'referrals'],
      organizationIds: parties,
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    });
    assert.equal(created.statusCode, 201, created.body);
    const mou = created.json<{
      id: string;
      categories: string[];
      organizationIds: string[];
      current: boolean;
    }>();
    assert.deepEqual(mou.categories, ['needs_services', 'referrals']);
    assert.deepEqual([...mou.organizationIds].sort(), [...parties].sort());
    assert.equal(mou.current, true, 'the test clock reads 2026-11-23');

    const ended = await coordinator.patch(`/api/mous/${mou.id}`, { endsOn: '2026-06-30' });
    assert.equal(ended.json<{ current: boolean }>().current, false);
    const reversed = await coordinator.patch(`/api/mous/${mou.id}`, { startsOn: '2026-07-01' });
    assert.equal(reversed.statusCode, 400);
    assert.equal(await auditCount('mou.update', mou.id), 1);
  });

  test('parties must be two organizations of the same jurisdiction', async () => {
    const home = await createWorld(database.db);
    const other = await createWorld(database.db, 'Other');
    const coordinator = await signedIn(app, home.people.coordinator.email);
    const base = { title: 'T', purpose: 'P', categories: ['identity'], startsOn: '2026-01-01' };
    const foreign = await coordinator.post('/api/mous', {
      ...base,
      organizationIds: [home.organizations.advocacy.id, other.organizations.advocacy.id],
    });
    assert.equal(foreign.statusCode, 400);
    const same = await coordinator.post('/api/mous', {
      ...base,
      organizationIds: [home.organizations.advocacy.id, home.organizations.advocacy.id],
    });
    assert.equal(same.statusCode, 400);
    const backwards = await coordinator.post('/api/mous', {
      ...base,
      organizationIds: [home.organizations.advocacy.id, home.organizations.medical.id],
      endsOn: '2025-01-01',
    });
    assert.equal(backwards.statusCode, 400);
  });

  test('an officer may read the agreements but not change them', async () => {
    const world = await createWorld(database.db);
    const officer = await signedIn(app, world.people.law_enforcement_officer.email);
    assert.equal((await officer.get('/api/mous')).statusCode, 200);
    const response = await officer.post('/api/mous', {
      title: 'T',
      purpose: 'P',
      categories: ['identity'],
      startsOn: '2026-01-01',
      organizationIds: [world.organizations.advocacy.id, world.organizations.medical.id],
    });
    assert.equal(response.statusCode, 403);
  });
});
