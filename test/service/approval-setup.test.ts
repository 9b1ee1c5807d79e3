// A second person, at the edges: data from before it (migration 0009 marks existing accounts
// and qualifications approved) and a county's first setup (init's coordinator approves the
// administrator's first requests; add-coordinator only while there is none).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { MIGRATIONS } from '../../src/db/migrations/index.js';
import { openPglite } from '../../src/db/pglite.js';
import { openPostgres } from '../../src/db/postgres.js';
import type { App } from '../../src/server/http/types.js';
import {
  addFirstCoordinator,
  initJurisdiction,
} from '../../src/server/services/setup/init-jurisdiction.js';
import { ENGINE, openTestDatabase, type TestDatabase } from '../support/database.js';
import { Client, testApp } from '../support/http.js';
import { testServices } from '../support/world.js';

/** A database with the migrations before 0009 only, on the runner's engine. */
async function databaseBefore(): Promise<{ db: Database; close: () => Promise<void> }> {
  const before = MIGRATIONS.filter((m) => m.name < '0009');
  if (ENGINE === 'pglite') {
    const db = await openPglite();
    await migrate(db, before);
    return { db, close: () => db.close() };
  }
  const adminUrl = process.env.LANTERN_TEST_DATABASE_URL ?? '';
  const name = `lantern_test_${randomBytes(6).toString('hex')}`;
  const admin = openPostgres(adminUrl, 1);
  await admin.exec(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString());
  await migrate(db, before);
  return {
    db,
    async close() {
      await db.close();
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}

describe('migration 0009: what existed counts as approved', () => {
  test('accounts keep their roles; qualifications are approved as of their recording', async () => {
    const old = await databaseBefore();
    try {
      const [jurisdiction] = await old.db.query<{ id: string }>(
        `INSERT INTO jurisdictions (name, kind) VALUES ('Old County', 'county') RETURNING id`,
      );
      const [organization] = await old.db.query<{ id: string }>(
        `INSERT INTO organizations (jurisdiction_id, name, type) VALUES ($1, 'Old Advocates', 'advocacy')
         RETURNING id`,
        [jurisdiction?.id],
      );
      const [user] = await old.db.query<{ id: string }>(
        `INSERT INTO users (jurisdiction_id, organization_id, email, display_name, roles, password_hash)
         VALUES ($1, $2, 'old@test.example', 'Old Advocate', '{advocate}', 'x') RETURNING id`,
        [jurisdiction?.id, organization?.id],
      );
      const recordedAt = new Date('2026-02-01T09:00:00Z');
      await old.db.query(
        `INSERT INTO caseworker_qualifications (jurisdiction_id, user_id, basis, training_hours,
           supervisor, completed_on, recorded_at)
         VALUES ($1, $2, 'training', 40, 'Director', '2026-01-15', $3)`,
        [jurisdiction?.id, user?.id, recordedAt],
      );
      const result = await migrate(old.db);
      // 0009 and whatever came after it.
      assert.deepEqual(
        result.applied,
        MIGRATIONS.map((m) => m.name).filter((name) => name >= '0009'),
      );
      assert.equal(result.applied[0], '0009-second-person');
      const [after] = await old.db.query<{ roles: string[] }>(
        'SELECT roles FROM users WHERE id = $1',
        [user?.id],
      );
      assert.deepEqual(after?.roles, ['advocate']);
      const [qualification] = await old.db.query<{ approved_at: Date; approved_by_user_id: null }>(
        'SELECT approved_at, approved_by_user_id FROM caseworker_qualifications WHERE user_id = $1',
        [user?.id],
      );
      assert.equal(qualification?.approved_at.toISOString(), recordedAt.toISOString());
      assert.equal(qualification.approved_by_user_id, null);
      // From now on a qualification row cannot exist unapproved.
      await assert.rejects(
        old.db.query(
          `INSERT INTO caseworker_qualifications (jurisdiction_id, user_id, basis, training_hours,
             completed_on, recorded_at, approved_at)
           VALUES ($1, $2, 'degree_and_experience', 0, '2026-01-15', now(), NULL)`,
          [jurisdiction?.id, user?.id],
        ),
      );
    } finally {
      await old.close();
    }
  });
});

describe("a county's first setup", () => {
  let database: TestDatabase;
  let app: App;
  let shared: ReturnType<typeof testServices>;
  const services = () => shared;
  before(async () => {
    database = await openTestDatabase();
    shared = testServices(database.db, { demoMode: true });
    app = await testApp(shared);
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  test("init's coordinator approves the administrator's first accounts", async () => {
    const tag = randomBytes(3).toString('hex');
    const created = await initJurisdiction(services(), {
      name: `New County ${tag}`,
      kind: 'county',
      stateCode: 'CA',
      leadOrganization: 'CSEC Office',
      adminEmail: `it.${tag}@test.example`,
      adminName: 'IT',
      coordinatorEmail: `Lead.${tag}@Test.example`,
      coordinatorName: 'First Coordinator',
    });
    assert.ok(created.coordinatorTemporaryPassword);
    const signIn = async (email: string, password: string, next: string) => {
      const client = new Client(app);
      assert.equal((await client.login(email, password)).statusCode, 200);
      const changed = await client.post('/api/auth/password', {
        currentPassword: password,
        newPassword: next,
      });
      assert.equal(changed.statusCode, 200, changed.body);
      return client;
    };
    const admin = await signIn(
      `it.${tag}@test.example`,
      created.temporaryPassword,
      'it chose this one',
    );
    const coordinator = await signIn(
      `lead.${tag}@test.example`,
      created.coordinatorTemporaryPassword,
      'the lead chose this',
    );
    const organization = (
      await admin.post('/api/organizations', { name: 'First Advocates', type: 'advocacy' })
    ).json<{ id: string }>();
    const asked = await admin.post('/api/users', {
      email: `first.advocate.${tag}@test.example`,
      displayName: 'First Advocate',
      organizationId: organization.id,
      roles: ['advocate'],
    });
    assert.equal(asked.statusCode, 202, asked.body);
    const { approval } = asked.json<{
      approval: { id: string; waitingFor: { organizationName: string } };
    }>();
    assert.equal(approval.waitingFor.organizationName, 'CSEC Office');
    const approved = await coordinator.post(`/api/approvals/${approval.id}/approve`);
    assert.equal(approved.statusCode, 200, approved.body);

    const again = addFirstCoordinator(services(), {
      jurisdiction: `New County ${tag}`,
      email: `second.${tag}@test.example`,
      name: 'Second',
    });
    await assert.rejects(
      again,
      (error: Error & { code?: string }) => error.code === 'coordinator_exists',
    );
  });

  test('without one, add-coordinator adds the first coordinator, once', async () => {
    const tag = randomBytes(3).toString('hex');
    await initJurisdiction(services(), {
      name: `Bare County ${tag}`,
      kind: 'county',
      stateCode: null,
      leadOrganization: 'Lead',
      adminEmail: `bare.${tag}@test.example`,
      adminName: 'IT',
    });
    const [count] = await database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM users u JOIN jurisdictions j ON j.id = u.jurisdiction_id
       WHERE j.name = $1`,
      [`Bare County ${tag}`],
    );
    assert.equal(count?.n, 1, 'init without --coordinator-email makes the administrator only');
    const added = await addFirstCoordinator(services(), {
      jurisdiction: `Bare County ${tag}`,
      email: `coord.${tag}@test.example`,
      name: 'Coordinator',
    });
    const login = await new Client(app).login(`coord.${tag}@test.example`, added.temporaryPassword);
    assert.equal(login.json<{ user: { roles: string[] } }>().user.roles[0], 'coordinator');
    await assert.rejects(
      addFirstCoordinator(services(), {
        jurisdiction: `Bare County ${tag}`,
        email: `other.${tag}@test.example`,
        name: 'Other',
      }),
      (error: Error & { code?: string }) => error.code === 'coordinator_exists',
    );
    await assert.rejects(
      addFirstCoordinator(services(), {
        jurisdiction: 'Nowhere',
        email: 'x@test.example',
        name: 'X',
      }),
      (error: Error & { status?: number }) => error.status === 404,
    );
  });
});
