// Migration 0008 gives every record already in the directory an owner: the jurisdiction of
// the agency linked to its organization, down through everything that hangs from it; the rest
// to Demo County when there is one, else to the oldest jurisdiction. Without any jurisdiction
// it stops and says what to do. Each test rewinds the database to just before 0008.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { migrate } from '../../src/db/migrate.js';
import { insertOrganization } from '../../src/db/repositories/organizations.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';

let database: TestDatabase;

before(async () => {
  database = await openTestDatabase();
});
after(async () => {
  await database.close();
});

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ORG = id(1);
const SERVICE = id(2);
const SITE = id(3);
const LOCATION = id(4);
const ADDRESS = id(5);
const PHONE = id(6);
const ATTRIBUTE = id(7);
const TAXONOMY = id(8);
const TERM = id(9);
const LONE_ORG = id(10);
const LONE_SERVICE = id(11);

/** The directory as an older Lantern left it: no owners, and 0008 not applied. */
async function rewind(): Promise<void> {
  await database.db.exec(`
    DELETE FROM directory_organization_links;
    DELETE FROM hsds_records;
    DROP INDEX IF EXISTS hsds_records_owner;
    DROP INDEX IF EXISTS hsds_records_id;
    ALTER TABLE hsds_records DROP COLUMN IF EXISTS owner_jurisdiction_id;
    DELETE FROM schema_migrations WHERE name = '0008-directory-owners';`);
  const records: [string, string, Record<string, string>][] = [
    ['organization', ORG, { name: 'Linked provider' }],
    ['service', SERVICE, { organization_id: ORG, name: 'Shelter', status: 'active' }],
    ['location', LOCATION, { name: 'A site nobody names but its service' }],
    ['service_at_location', SITE, { service_id: SERVICE, location_id: LOCATION }],
    ['address', ADDRESS, { location_id: LOCATION, address_1: '1 Main St' }],
    ['phone', PHONE, { service_at_location_id: SITE, number: '555-0100' }],
    ['attribute', ATTRIBUTE, { link_id: SERVICE, taxonomy_term_id: TERM }],
    ['taxonomy', TAXONOMY, { name: 'Needs' }],
    ['taxonomy_term', TERM, { taxonomy_id: TAXONOMY, name: 'Housing' }],
    ['organization', LONE_ORG, { name: 'Unlinked provider' }],
    ['service', LONE_SERVICE, { organization_id: LONE_ORG, name: 'Lone', status: 'active' }],
  ];
  for (const [kind, recordId, data] of records) {
    await database.db.query(
      `INSERT INTO hsds_records (kind, id, data, updated_at) VALUES ($1, $2, $3::jsonb, now())`,
      [kind, recordId, JSON.stringify({ id: recordId, ...data })],
    );
  }
}

async function jurisdiction(name: string, createdAt: string): Promise<string> {
  const [row] = await database.db.query<{ id: string }>(
    `INSERT INTO jurisdictions (name, kind, state_code, created_at) VALUES ($1, 'county', 'CA', $2)
     RETURNING id`,
    [name, createdAt],
  );
  return row?.id ?? '';
}

async function owners(): Promise<Record<string, string>> {
  const rows = await database.db.query<{ id: string; name: string }>(
    `SELECT r.id, j.name FROM hsds_records r JOIN jurisdictions j ON j.id = r.owner_jurisdiction_id`,
  );
  return Object.fromEntries(rows.map((r) => [r.id, r.name]));
}

describe('migration 0008: owners for the directory already there', () => {
  test('with records and no jurisdiction it stops, says what to do, and changes nothing', async () => {
    await rewind();
    await assert.rejects(migrate(database.db), /no jurisdiction exists to own them.*lantern init/);
    const [column] = await database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM information_schema.columns
       WHERE table_name = 'hsds_records' AND column_name = 'owner_jurisdiction_id'`,
    );
    assert.equal(column?.n, 0, 'rolled back');
  });

  test('a linked provider and all that hangs from it go to its agency’s county; the rest to the oldest', async () => {
    const oldest = await jurisdiction('Alpha County', '2020-01-01T00:00:00Z');
    const linked = await jurisdiction('Beta County', '2021-01-01T00:00:00Z');
    await rewind();
    const agency = await insertOrganization(database.db, {
      jurisdictionId: linked,
      name: 'Beta Shelter',
      type: 'community_provider',
      phone: null,
      email: null,
    });
    await database.db.query(
      `INSERT INTO directory_organization_links
         (hsds_organization_id, jurisdiction_id, organization_id, updated_at)
       VALUES ($1, $2, $3, now())`,
      [ORG, linked, agency.id],
    );
    const result = await migrate(database.db);
    assert.deepEqual(result.applied, ['0008-directory-owners']);
    assert.ok(oldest);
    assert.deepEqual(await owners(), {
      [ORG]: 'Beta County',
      [SERVICE]: 'Beta County',
      [SITE]: 'Beta County',
      [LOCATION]: 'Beta County',
      [ADDRESS]: 'Beta County',
      [PHONE]: 'Beta County',
      [ATTRIBUTE]: 'Beta County',
      [TAXONOMY]: 'Alpha County',
      [TERM]: 'Alpha County',
      [LONE_ORG]: 'Alpha County',
      [LONE_SERVICE]: 'Alpha County',
    });
  });

  test('unlinked records go to Demo County when there is one, whatever its age', async () => {
    await jurisdiction('Demo County', '2030-01-01T00:00:00Z');
    await rewind();
    await migrate(database.db);
    const found = await owners();
    assert.equal(Object.keys(found).length, 11);
    assert.ok(Object.values(found).every((name) => name === 'Demo County'));
    // And a new record now needs an owner.
    await assert.rejects(
      database.db.query(
        `INSERT INTO hsds_records (kind, id, data, updated_at)
         VALUES ('taxonomy', $1, '{}'::jsonb, now())`,
        [id(99)],
      ),
    );
  });
});
