// Two people at once on the protocol engine (docs/PROTOCOL.md): two advocates of one organization
// taking the same task, so that two people do not both drive to the hospital, and a coordinator's
// rule saved twice at the same moment, whose versions must follow one another. On PostgreSQL the
// requests really overlap; on PGlite (one connection) they are judged in turn.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { insertUser } from '../../src/db/repositories/users.js';
import type { App } from '../../src/server/http/types.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { openYouth } from '../support/cases.js';
import { signedIn, testApp, type Client } from '../support/http.js';
import {
  cheapHash,
  createWorld,
  PASSWORD,
  testServices,
  TestClock,
  type World,
} from '../support/world.js';

let database: TestDatabase;
let app: App;
let clock: TestClock;
let world: World;

before(async () => {
  database = await openTestDatabase();
  clock = new TestClock(Date.parse('2026-11-20T09:40:00Z'));
  app = await testApp(testServices(database.db, { demoMode: true, clock }));
  world = await createWorld(database.db);
});
after(async () => {
  await app.close();
  await database.close();
});

const ROUNDS = 5;

interface TaskBody {
  id: string;
  status: string;
  assigneeUserId: string | null;
}

describe('two people at once', () => {
  test('two advocates take the same task at once: exactly one wins, the other hears taken_by_another', async () => {
    // A colleague of the world's advocate, at the same organization.
    const colleagueId = await insertUser(database.db, {
      jurisdictionId: world.jurisdictionId,
      organizationId: world.organizations.advocacy.id,
      email: `colleague.${world.jurisdictionId.slice(0, 8)}@test.example`,
      displayName: 'Advocate colleague',
      roles: ['advocate'],
      language: 'en',
      passwordHash: await cheapHash(PASSWORD),
      mustChangePassword: false,
    });
    const advocates: [Client, string][] = [
      [await signedIn(app, world.people.advocate.email), world.people.advocate.id],
      [
        await signedIn(app, `colleague.${world.jurisdictionId.slice(0, 8)}@test.example`),
        colleagueId,
      ],
    ];
    const officer = await signedIn(app, world.people.law_enforcement_officer.email);
    for (let round = 0; round < ROUNDS; round += 1) {
      const { id: youthId } = await openYouth(officer);
      const recorded = await officer.post(`/api/youth/${youthId}/events`, {
        type: 'identification',
        occurredAt: clock.now().toISOString(),
        details: {},
      });
      assert.equal(recorded.statusCode, 201, recorded.body);
      const [task] = await database.db.query<{ id: string }>(
        `SELECT id FROM tasks WHERE youth_id = $1 AND assignee_organization_id = $2`,
        [youthId, world.organizations.advocacy.id],
      );
      assert.ok(task);
      const answers = await Promise.all(
        advocates.map(([client]) => client.post(`/api/tasks/${task.id}/take`)),
      );
      const statuses = answers.map((a) => a.statusCode);
      assert.deepEqual([...statuses].sort(), [200, 409], `round ${round}: ${statuses.join(', ')}`);
      const winner = statuses.indexOf(200);
      const loser = answers[1 - winner];
      assert.equal(
        loser?.json<{ error: { code: string } }>().error.code,
        'taken_by_another',
        loser?.body,
      );
      const winnerId = advocates[winner]?.[1];
      assert.equal(answers[winner]?.json<TaskBody>().assigneeUserId, winnerId);
      const [row] = await database.db.query<{ assignee_user_id: string; status: string }>(
        'SELECT assignee_user_id, status FROM tasks WHERE id = $1',
        [task.id],
      );
      assert.deepEqual(row, { assignee_user_id: winnerId, status: 'open' });
      const takes = await database.db.query<{ actor_user_id: string }>(
        `SELECT actor_user_id FROM audit_events
         WHERE action = 'task.take' AND outcome = 'allowed' AND target_id = $1`,
        [task.id],
      );
      assert.deepEqual(
        takes.map((t) => t.actor_user_id),
        [winnerId],
        'one take on record',
      );
    }
  });

  test('a rule saved twice at once becomes versions n+1 and n+2, never two n+1', async () => {
    const coordinator = await signedIn(app, world.people.coordinator.email);
    const rules = `/api/jurisdictions/${world.jurisdictionId}/protocol/rules`;
    const versionsOf = async (key: string) => {
      const response = await coordinator.get(`${rules}/${key}`);
      if (response.statusCode === 404) return [];
      assert.equal(response.statusCode, 200, response.body);
      return response.json<{ version: number; retiredAt: string | null; name: string }[]>();
    };
    const edit = (name: string) => ({
      rule: {
        name,
        trigger: 'identification',
        conditions: [],
        actions: [
          {
            kind: 'task',
            taskKind: 'action',
            title: 'Call the youth back',
            assignee: { kind: 'organization_type', organizationType: 'advocacy' },
            due: { after: { amount: 2, unit: 'hours' } },
          },
        ],
        source: 'County decision',
      },
      active: true,
    });
    // A pack rule the county edits, and a rule the county writes anew (no version yet).
    for (const key of ['le-identification-advocate', 'county-call-back']) {
      for (let round = 0; round < ROUNDS; round += 1) {
        const n = (await versionsOf(key)).length;
        const answers = await Promise.all([
          coordinator.put(`${rules}/${key}`, edit(`${key} ${round} a`)),
          coordinator.put(`${rules}/${key}`, edit(`${key} ${round} b`)),
        ]);
        for (const a of answers)
          assert.equal(a.statusCode, 200, `${key} round ${round}: ${a.body}`);
        assert.deepEqual(
          answers.map((a) => a.json<{ version: number }>().version).sort((x, y) => x - y),
          [n + 1, n + 2],
          `${key} round ${round}`,
        );
        const versions = await versionsOf(key);
        assert.deepEqual(
          versions.map((v) => v.version),
          Array.from({ length: n + 2 }, (_, i) => n + 2 - i),
          'every version once, newest first',
        );
        assert.deepEqual(
          versions.filter((v) => v.retiredAt === null).map((v) => v.version),
          [n + 2],
          'one version in force: the last saved',
        );
      }
    }
  });
});
