// The one-statement load of a case's facts (src/db/repositories/case-facts.ts) answers exactly
// what the separate loads answer, on the demo county's cases (teams, consents, legal bases,
// agreements, the California profile), a case with an emergency opening, and a county without a
// recorded profile (the cautious default).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  loadCaseFacts,
  loadJurisdictionRows,
  unsafeLoadYouthCase,
} from '../../src/db/repositories/case-facts.js';
import { loadCaseGrants, loadCaseGrantsOf } from '../../src/db/repositories/case-grants.js';
import { unsafeFindYouth } from '../../src/db/repositories/youth.js';
import { findLegalProfile } from '../../src/db/repositories/legal.js';
import { listMous } from '../../src/db/repositories/mous.js';
import type { App } from '../../src/server/http/types.js';
import { DEMO_PASSWORD } from '../../src/server/services/setup/demo-county.js';
import type { TestDatabase } from '../support/database.js';
import { openDemoTestDatabase } from '../support/demo-database.js';
import { Client, testApp } from '../support/http.js';
import { createWorld, testServices } from '../support/world.js';

let database: TestDatabase;
let app: App;
before(async () => {
  database = await openDemoTestDatabase();
  app = await testApp(testServices(database.db, { demoMode: true }));
});
after(async () => {
  await app.close();
  await database.close();
});

async function separately(youthId: string, jurisdictionId: string) {
  const [grants, agreements, profile] = await Promise.all([
    loadCaseGrants(database.db, youthId),
    listMous(database.db, jurisdictionId),
    findLegalProfile(database.db, jurisdictionId),
  ]);
  return { ...grants, agreements, profile };
}

describe('a case’s facts in one statement', () => {
  test('the same as the separate loads, for every demo case', async () => {
    const cases = await database.db.query<{ id: string; jurisdiction_id: string }>(
      'SELECT id, jurisdiction_id FROM youth ORDER BY case_number',
    );
    assert.ok(cases.length >= 2, 'the demo has cases');
    let withAgreements = 0;
    for (const youth of cases) {
      const together = await loadCaseFacts(database.db, youth.id, youth.jurisdiction_id);
      assert.deepEqual(together, await separately(youth.id, youth.jurisdiction_id), youth.id);
      if (together.agreements.length > 0 && together.team.length > 0) withAgreements += 1;
    }
    assert.ok(withAgreements > 0, 'a case with a team and agreements was compared');
  });

  test('many cases in one statement, and a youth with her case’s facts, answer the same', async () => {
    const cases = await database.db.query<{ id: string; jurisdiction_id: string }>(
      'SELECT id, jurisdiction_id FROM youth ORDER BY case_number',
    );
    const unknown = '00000000-0000-4000-8000-000000000000';
    // Given twice and with an unknown id: one entry per known case.
    const many = await loadCaseGrantsOf(database.db, [
      ...cases.map((c) => c.id),
      unknown,
      ...cases.slice(0, 1).map((c) => c.id),
    ]);
    assert.equal(many.size, cases.length + 1);
    assert.deepEqual(many.get(unknown), await loadCaseGrants(database.db, unknown));
    assert.deepEqual(await loadCaseGrantsOf(database.db, []), new Map());
    for (const youth of cases) {
      const { agreements, profile, ...grants } = await separately(youth.id, youth.jurisdiction_id);
      assert.deepEqual(many.get(youth.id), grants, youth.id);
      assert.deepEqual(await loadJurisdictionRows(database.db, youth.jurisdiction_id), {
        agreements,
        profile,
      });
      assert.deepEqual(await unsafeLoadYouthCase(database.db, youth.id), {
        youth: await unsafeFindYouth(database.db, youth.id),
        ...grants,
        agreements,
        profile,
      });
    }
    assert.equal(await unsafeLoadYouthCase(database.db, unknown), null);
  });

  test('with an emergency opening, and in a county without a profile', async () => {
    const [maya] = await database.db.query<{ id: string; jurisdiction_id: string }>(
      "SELECT id, jurisdiction_id FROM youth WHERE given_name = 'Maya'",
    );
    assert.ok(maya);
    const advocate = new Client(app);
    assert.equal((await advocate.login('advocate@demo.test', DEMO_PASSWORD)).statusCode, 200);
    const opened = await advocate.post(`/api/youth/${maya.id}/break-glass`, {
      category: 'placement',
      reason: 'Imminent danger: she may be moved tonight.',
    });
    assert.equal(opened.statusCode, 201, opened.body);
    const together = await loadCaseFacts(database.db, maya.id, maya.jurisdiction_id);
    assert.equal(together.breakGlass.length, 1);
    assert.deepEqual(together, await separately(maya.id, maya.jurisdiction_id));

    const bare = await createWorld(database.db);
    await database.db.query('DELETE FROM legal_profiles WHERE jurisdiction_id = $1', [
      bare.jurisdictionId,
    ]);
    const none = await loadCaseFacts(database.db, maya.id, bare.jurisdictionId);
    assert.deepEqual(none.profile, await findLegalProfile(database.db, bare.jurisdictionId));
    assert.deepEqual(none.agreements, []);
  });
});
