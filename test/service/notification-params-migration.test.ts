// Migration 0022 gives notifications a `params` column and takes apart the rows the stopgap
// wrote as JSON {"text", "params"} in `message`: the text back to `message`, the parameters into
// the column. Plain rows, and text that only looks like JSON, stay as they were. The test rewinds
// the database to just before 0022.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { migrate } from '../../src/db/migrate.js';
import { listNotifications } from '../../src/db/repositories/notifications.js';
import { insertOrganization } from '../../src/db/repositories/organizations.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';

let database: TestDatabase;

before(async () => {
  database = await openTestDatabase();
});
after(async () => {
  await database.close();
});

const STOPGAP = JSON.stringify({
  text: 'Harbor Light added your organization to case 2026-0007.',
  params: { caseNumber: '2026-0007', organization: 'Harbor Light', categories: ['medical'] },
});

test('stopgap rows are taken apart; plain and JSON-looking text stay text', async () => {
  const [county] = await database.db.query<{ id: string }>(
    `INSERT INTO jurisdictions (name, kind, state_code) VALUES ('Gamma County', 'county', 'CA')
     RETURNING id`,
  );
  assert.ok(county);
  const clinic = await insertOrganization(database.db, {
    jurisdictionId: county.id,
    name: 'Gamma Clinic',
    type: 'medical',
    phone: null,
    email: null,
  });
  await database.db.exec(`
    ALTER TABLE notifications DROP COLUMN params;
    DELETE FROM schema_migrations WHERE name = '0022-notification-params';`);
  const messages = {
    stopgap: STOPGAP,
    plain: 'A consent on case 2026-0007 was revoked.',
    broken: '{"text": "cut short',
    noParams: JSON.stringify({ text: 'only text', note: 'x' }),
    listParams: JSON.stringify({ text: 'params not an object', params: ['a'] }),
  };
  const at = Date.parse('2026-11-20T10:00:00Z');
  for (const [index, message] of Object.values(messages).entries()) {
    await database.db.query(
      `INSERT INTO notifications (jurisdiction_id, recipient_organization_id, recipient_role,
         kind, youth_id, case_number, message, created_at)
       VALUES ($1, $2, 'medical_provider', 'team.add', NULL, '2026-0007', $3, $4)`,
      [county.id, clinic.id, message, new Date(at - index * 60_000)],
    );
  }

  const result = await migrate(database.db);
  assert.deepEqual(result.applied, ['0022-notification-params']);

  const read = await listNotifications(database.db, {
    organizationId: clinic.id,
    roles: ['medical_provider'],
  });
  assert.deepEqual(
    read.map((n) => ({ message: n.message, params: n.params })),
    [
      {
        message: 'Harbor Light added your organization to case 2026-0007.',
        params: { caseNumber: '2026-0007', organization: 'Harbor Light', categories: ['medical'] },
      },
      { message: messages.plain, params: null },
      { message: messages.broken, params: null },
      { message: messages.noParams, params: null },
      { message: messages.listParams, params: null },
    ],
  );
  // The column refuses what the screens could not word.
  await assert.rejects(
    database.db.query(`UPDATE notifications SET params = '["a"]'::jsonb`),
    /check constraint/,
  );
});
