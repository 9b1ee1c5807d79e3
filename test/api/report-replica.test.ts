// The reports read a streaming replica when DATABASE_REPLICA_URL is set (docs/scaling.md, "A
// replica for reports"): a second PostgreSQL cluster made by pg_basebackup -R from a first, both
// started here. The measures match the independent count, the audit of every read and refusal is
// written to the primary, and a report run while the replica's replay is paused shows the
// replica's state, not the primary's: the proof that it read the replica. PostgreSQL only (run in
// the runner's PostgreSQL stage); skipped with a message where its binaries are absent.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { openPostgres } from '../../src/db/postgres.js';
import { verifyAuditChain } from '../../src/server/audit/audit-log.js';
import type { App } from '../../src/server/http/types.js';
import { postgresBinDir, startCluster, startReplica } from '../../scripts/postgres-cluster.mjs';
import { ENGINE } from '../support/database.js';
import { signedIn, testApp } from '../support/http.js';
import { createWorld, testServices, TestClock, type World } from '../support/world.js';
import { expectedCounts } from './reports.expected.js';
import { generateFixture, insertFixture, TIME_ZONE, type Fixture } from './reports.fixture.js';

const binDir = ENGINE === 'postgres' ? postgresBinDir() : null;
const skip =
  ENGINE !== 'postgres'
    ? 'a replica is of PostgreSQL: this file runs in the PostgreSQL stage'
    : binDir === null
      ? 'PostgreSQL 15 binaries not found (LANTERN_PG_BINDIR, pg_config, /usr/lib/postgresql)'
      : false;
if (skip) console.log(`report replica: skipped: ${skip}`);

interface Table {
  columns: string[];
  labels: string[];
  grandTotal: { value: number | null };
}
interface Report {
  measures: { id: string; table: Table | null }[];
}

let primary: Awaited<ReturnType<typeof startCluster>> | undefined;
let replica: Awaited<ReturnType<typeof startReplica>> | undefined;
let db: Database;
let replicaDb: Database;
let app: App;
let world: World;
let elsewhere: World;
let fixture: Fixture;

/** Waits until the replica has replayed everything the primary has written so far. */
async function caughtUp() {
  const [{ lsn } = { lsn: '' }] = await db.query<{ lsn: string }>(
    'SELECT pg_current_wal_lsn()::text AS lsn',
  );
  for (let i = 0; i < 300; i += 1) {
    const [row] = await replicaDb.query<{ done: boolean }>(
      'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done',
      [lsn],
    );
    if (row?.done) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the replica did not catch up in 15 s');
}

before(async () => {
  if (skip || binDir === null) return;
  primary = await startCluster(binDir);
  db = openPostgres(primary.url, 4);
  await migrate(db);
  replica = await startReplica(binDir, primary.url);
  replicaDb = openPostgres(replica.url, 4);
  const services = {
    ...testServices(db, {
      demoMode: true,
      clock: new TestClock(Date.parse('2027-01-15T18:00:00Z')),
    }),
    reportsDb: replicaDb,
  };
  app = await testApp(services);
  [world, elsewhere] = [await createWorld(db), await createWorld(db, 'Elsewhere')];
  fixture = generateFixture(20_260_101, 160);
  await db.transaction((tx) => insertFixture(tx, world, fixture, services.masterKey));
  await caughtUp();
});
after(async () => {
  await app?.close();
  await replicaDb?.close();
  await db?.close();
  replica?.remove();
  primary?.remove();
});

const measures = (by: string) => `/api/reports/measures?from=2026-01-01&to=2026-12-31&by=${by}`;

describe('reports on a read replica', { skip }, () => {
  test('the replica is a hot standby of the primary', async () => {
    const [standby] = await replicaDb.query<{ recovery: boolean }>(
      'SELECT pg_is_in_recovery() AS recovery',
    );
    assert.equal(standby?.recovery, true);
    await assert.rejects(replicaDb.query('DELETE FROM youth'), /read-only transaction/);
  });

  test('the measures, the dashboard and the board report read it; the audit goes to the primary', async () => {
    const oversight = await signedIn(app, world.people.oversight_analyst.email);
    const response = await oversight.get(measures('quarter'));
    assert.equal(response.statusCode, 200, response.body);
    const table = response.json<Report>().measures.find((m) => m.id === 'identifications')!.table!;
    const grid = expectedCounts(fixture, 'identifications', 'quarter', {
      timeZone: TIME_ZONE,
      from: '2026-01-01',
      to: '2026-12-31',
      now: new Date('2027-01-15T18:00:00Z'),
      organizationId: (type) => world.organizations[type].id,
    });
    const truth = [...grid.values()].reduce(
      (sum, row) => sum + [...row.values()].reduce((a, b) => a + b, 0),
      0,
    );
    assert.ok(truth > 20, 'the fixture has identifications');
    assert.equal(table.grandTotal.value, truth);
    const coordinator = await signedIn(app, world.people.coordinator.email);
    assert.equal((await coordinator.get('/api/reports/coordinator')).statusCode, 200);
    const board = await oversight.get('/api/reports/board.pdf?quarter=2026Q4&language=en');
    assert.equal(board.statusCode, 200, board.body);
    const audited = await db.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE outcome = 'allowed' AND action LIKE 'report.%'
        ORDER BY seq`,
    );
    assert.deepEqual(
      audited.map((e) => e.action),
      ['report.measures', 'report.coordinator', 'report.board'],
    );
    assert.equal((await verifyAuditChain(db)).ok, true);
  });

  test('a report shows what the replica has replayed', async () => {
    const lawEnforcement = world.organizations.law_enforcement.id;
    const label = async () => {
      const response = await (
        await signedIn(app, world.people.oversight_analyst.email)
      ).get(measures('organization'));
      assert.equal(response.statusCode, 200, response.body);
      const table = response.json<Report>().measures.find((m) => m.id === 'identifications')!;
      return table.table!.labels.join(' | ');
    };
    const before = await label();
    await replicaDb.query('SELECT pg_wal_replay_pause()');
    try {
      await db.query('UPDATE organizations SET name = $2 WHERE id = $1', [
        lawEnforcement,
        'Renamed on the primary',
      ]);
      // Signing in writes to the primary only; the report still reads the paused replica.
      assert.equal(await label(), before);
      assert.ok(!before.includes('Renamed on the primary'));
    } finally {
      await replicaDb.query('SELECT pg_wal_replay_resume()');
    }
    await caughtUp();
    assert.ok((await label()).includes('Renamed on the primary'));
  });

  test('another county, another role and bad input are refused, and the refusals audited', async () => {
    const theirs = await (
      await signedIn(app, elsewhere.people.oversight_analyst.email)
    ).get(measures('quarter'));
    assert.equal(theirs.statusCode, 200);
    const identifications = theirs.json<Report>().measures.find((m) => m.id === 'identifications');
    assert.equal(identifications?.table?.grandTotal.value ?? 0, 0, 'never another county’s');
    const advocate = await signedIn(app, world.people.advocate.email);
    assert.equal((await advocate.get(measures('quarter'))).statusCode, 403);
    const oversight = await signedIn(app, world.people.oversight_analyst.email);
    const bad = await oversight.get('/api/reports/board.pdf?quarter=2027Q2&language=en');
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /bad_quarter/);
    const denied = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events
        WHERE action = 'access.denied' AND details ->> 'action' = 'report.measures'
          AND actor_user_id = $1`,
      [world.people.advocate.id],
    );
    assert.equal(denied[0]?.n, 1);
  });
});

describe('DATABASE_REPLICA_URL', () => {
  test('is read with DATABASE_URL and refused without it or when it is not PostgreSQL', () => {
    const primaryUrl = 'postgres://lantern@db/lantern';
    const replicaUrl = 'postgres://lantern@replica/lantern';
    assert.equal(
      loadConfig({ DATABASE_URL: primaryUrl, DATABASE_REPLICA_URL: replicaUrl }).databaseReplicaUrl,
      replicaUrl,
    );
    assert.equal(loadConfig({ DATABASE_URL: primaryUrl }).databaseReplicaUrl, undefined);
    assert.throws(
      () => loadConfig({ DATABASE_REPLICA_URL: replicaUrl }),
      /DATABASE_REPLICA_URL needs DATABASE_URL/,
    );
    assert.throws(
      () => loadConfig({ DATABASE_URL: primaryUrl, DATABASE_REPLICA_URL: 'mysql://x/y' }),
      /must be a postgres:\/\/ connection string/,
    );
  });
});
