// The statewide generator at a tiny scale (scripts/generate.ts): counts as asked, the same seed
// gives the same rows, the app signs its accounts in and opens their sealed notes, the audit
// chain verifies, other counties see nothing, and a database that is not empty is refused.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../../src/db/database.js';
import { verifyAuditChain } from '../../src/server/audit/audit-log.js';
import type { App } from '../../src/server/http/types.js';
import { percentile } from '../../scripts/bench/figures.js';
import { isRead, parseStatements } from '../../scripts/bench/sql.js';
import { GENERATED_USER_AGENT } from '../../scripts/generate/audit.js';
import {
  GENERATED_PASSWORD,
  generateState,
  type GenerateOptions,
  type GenerateResult,
} from '../../scripts/generate/state.js';
import { seededRandom } from '../../scripts/generate/random.js';
import { Progress } from '../../scripts/generate/writer.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { Client, testApp } from '../support/http.js';
import type { NoteBody, RecordBody } from '../support/cases.js';
import { testServices } from '../support/world.js';

const TINY: GenerateOptions = {
  seed: 'tiny',
  counties: 2,
  organizations: 30,
  services: 40,
  youth: 20,
  referrals: 50,
  events: 200,
  audit: 500,
};

const quiet = () => new Progress(() => undefined);

let first: TestDatabase;
let second: TestDatabase;
let generated: GenerateResult;
let app: App;

before(async () => {
  first = await openTestDatabase();
  second = await openTestDatabase();
  const services = testServices(first.db, { demoMode: true });
  generated = await generateState(services, TINY, quiet());
  app = await testApp(services);
});
after(async () => {
  await app.close();
  await first.close();
  await second.close();
});

const count = async (db: Database, sql: string) =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`))[0]?.n;

/** A digest of the rows the seed decides (not salts, data keys or nonces, which are random). */
async function digest(db: Database): Promise<string> {
  const hash = createHash('sha256');
  for (const sql of [
    'SELECT id, name FROM jurisdictions ORDER BY id',
    'SELECT id, email, display_name, roles, organization_id FROM users ORDER BY id',
    `SELECT id, case_number, given_name, family_name, alias, estimated_birth_year,
       gender_identity, languages, created_at, created_by_user_id FROM youth ORDER BY id`,
    'SELECT id, youth_id, category, body, author_user_id, created_at FROM case_notes ORDER BY id',
    `SELECT id, youth_id, type, occurred_at, recorded_at, details::text, recorded_by_user_id
       FROM case_events ORDER BY id`,
    `SELECT id, youth_id, service_id, receiver_organization_id, status, needs, sent_at, outcome
       FROM referrals ORDER BY id`,
    `SELECT seq, at, actor_user_id, action, target_id, details::text FROM audit_events
       WHERE user_agent = '${GENERATED_USER_AGENT}' ORDER BY seq`,
  ]) {
    const rows = await db.query(sql);
    assert.ok(rows.length > 0, sql);
    hash.update(JSON.stringify(rows));
  }
  return hash.digest('hex');
}

/** A youth of the first county with a privileged note, and the advocate who wrote it. */
async function noteWithAuthor() {
  const [row] = await first.db.query<{ youth_id: string; email: string; jurisdiction_id: string }>(
    `SELECT n.youth_id, u.email, n.jurisdiction_id FROM privileged_notes n
     JOIN users u ON u.id = n.author_user_id ORDER BY n.id LIMIT 1`,
  );
  assert.ok(row, 'the generator wrote no privileged note');
  return row;
}

async function signIn(email: string): Promise<Client> {
  const client = new Client(app);
  const response = await client.login(email, GENERATED_PASSWORD);
  assert.equal(response.statusCode, 200, response.body);
  return client;
}

describe('the generated state', () => {
  test('holds what was asked for', async () => {
    const db = first.db;
    assert.equal(await count(db, 'jurisdictions'), TINY.counties);
    assert.equal(await count(db, 'organizations'), TINY.organizations);
    assert.equal(await count(db, "hsds_records WHERE kind = 'service'"), TINY.services);
    assert.equal(await count(db, 'youth'), TINY.youth);
    assert.equal(await count(db, 'referrals'), TINY.referrals);
    assert.equal(await count(db, 'case_events'), TINY.events);
    assert.equal(
      await count(db, `audit_events WHERE user_agent = '${GENERATED_USER_AGENT}'`),
      TINY.audit,
    );
    assert.equal(generated.youthIds.length, TINY.youth);
    // Every county has an agency of every type, and each youth a team with an advocate.
    assert.equal(
      await count(db, '(SELECT DISTINCT jurisdiction_id, type FROM organizations) t'),
      24,
    );
    assert.equal(
      await count(
        db,
        `youth y WHERE NOT EXISTS (SELECT 1 FROM case_team_members m
           WHERE m.youth_id = y.id AND m.role = 'advocate' AND m.user_id IS NOT NULL)`,
      ),
      0,
    );
    // Obviously invented.
    assert.equal(await count(db, "youth WHERE given_name <> 'Test'"), 0);
    assert.equal(await count(db, "organizations WHERE name NOT LIKE 'Invented Agency %'"), 0);
  });

  test('the same seed gives the same rows', async () => {
    const again = testServices(second.db, { demoMode: true });
    await generateState(again, TINY, quiet());
    assert.equal(await digest(second.db), await digest(first.db));
    // A different seed draws different rows.
    assert.notEqual(seededRandom('other', 'youth').uuid(), seededRandom(TINY.seed, 'youth').uuid());
  });

  test("an advocate signs in and reads her case's sealed note through the app", async () => {
    const { youth_id: youthId, email } = await noteWithAuthor();
    const advocate = await signIn(email);
    const record = await advocate.get(`/api/youth/${youthId}`);
    assert.equal(record.statusCode, 200, record.body);
    assert.match(record.json<RecordBody>().caseNumber, /-GEN-\d{7}$/);
    const notes = await advocate.get(`/api/youth/${youthId}/notes?kind=privileged`);
    assert.equal(notes.statusCode, 200, notes.body);
    const bodies = notes.json<NoteBody[]>().map((n) => n.body);
    assert.ok(bodies.length > 0);
    for (const body of bodies) assert.match(body, /^Generated privileged note \d{6}: invented/);
  });

  test("another county's advocate is refused the record and its notes", async () => {
    const { youth_id: youthId, jurisdiction_id: jurisdictionId } = await noteWithAuthor();
    const [stranger] = await first.db.query<{ email: string }>(
      `SELECT email FROM users WHERE jurisdiction_id <> $1 AND roles = '{advocate}'
       ORDER BY email LIMIT 1`,
      [jurisdictionId],
    );
    assert.ok(stranger);
    const client = await signIn(stranger.email);
    for (const url of [`/api/youth/${youthId}`, `/api/youth/${youthId}/notes?kind=privileged`]) {
      const response = await client.get(url);
      assert.ok([403, 404].includes(response.statusCode), `${url}: ${response.body}`);
      assert.doesNotMatch(response.body, /Generated privileged note/);
    }
  });

  test('verify-audit passes over the whole chain', async () => {
    const result = await verifyAuditChain(first.db);
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.ok(result.events >= TINY.audit);
  });

  test('refuses a database that is not empty, and counts that are not whole numbers', async () => {
    await assert.rejects(
      generateState(testServices(first.db), TINY, quiet()),
      /the database is not empty/,
    );
    // The counts are checked before anything is read or written.
    await assert.rejects(
      generateState(testServices(first.db), { ...TINY, youth: -1 }, quiet()),
      /--youth must be a whole number/,
    );
    await assert.rejects(
      generateState(testServices(first.db), { ...TINY, counties: 0 }, quiet()),
      /--counties must be at least 1/,
    );
    assert.equal(await count(first.db, 'jurisdictions'), TINY.counties);
  });
});

// The bench's own pieces (scripts/bench): reading an operation's statements from PostgreSQL's
// log, and its percentiles. The bench itself is `npm run bench`, not part of the suite.
describe('bench pieces', () => {
  test('statements and their parameters are read from a PostgreSQL log, in order', () => {
    const log = [
      '2026-11-28 15:00:00.001 UTC [42] LOG:  execute <unnamed>: SELECT id',
      '\t  FROM youth WHERE id = $1 AND note = $2',
      "2026-11-28 15:00:00.001 UTC [42] DETAIL:  parameters: $1 = 'a1', $2 = 'it''s, $3 = x'",
      '2026-11-28 15:00:00.002 UTC [42] LOG:  statement: BEGIN',
      '2026-11-28 15:00:00.003 UTC [42] LOG:  execute <unnamed>: UPDATE sessions SET seen = $1',
      '2026-11-28 15:00:00.003 UTC [42] DETAIL:  parameters: $1 = NULL',
    ].join('\n');
    const statements = parseStatements(log);
    assert.deepEqual(statements, [
      {
        text: 'SELECT id\n  FROM youth WHERE id = $1 AND note = $2',
        values: ['a1', "it's, $3 = x"],
      },
      { text: 'BEGIN', values: [] },
      { text: 'UPDATE sessions SET seen = $1', values: [null] },
    ]);
    assert.deepEqual(
      statements.filter(isRead).map((s) => s.text.slice(0, 9)),
      ['SELECT id'],
    );
  });

  test('percentiles are the nearest rank, and nothing measured gives 0', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    assert.deepEqual(
      [50, 95, 99, 100].map((p) => percentile(sorted, p)),
      [50, 95, 99, 100],
    );
    assert.equal(percentile([], 99), 0);
  });
});
