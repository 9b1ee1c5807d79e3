// An artifact closes exactly the protocol tasks it fulfils: a release safety plan closes the
// release-plan task and not the testimony-plan task on the same case, on no other case, and its
// escalations never happen; closing twice closes nothing more; a rollback closes nothing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { App } from '../../src/server/http/types.js';
import type { AppServices } from '../../src/server/context.js';
import { closeTasksFulfilledBy } from '../../src/server/services/protocol/artifacts.js';
import { runDueJobs } from '../../src/server/services/protocol/jobs.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { signedIn, testApp, type Client } from '../support/http.js';
import { addToTeam, openYouth } from '../support/cases.js';
import { createWorld, testServices, TestClock, type World } from '../support/world.js';

let database: TestDatabase;
let app: App;
let services: AppServices & { clock: TestClock };
let world: World;

before(async () => {
  database = await openTestDatabase();
  services = testServices(database.db, {
    demoMode: true,
    clock: new TestClock(Date.parse('2026-11-20T17:00:00Z')),
  });
  app = await testApp(services);
  world = await createWorld(database.db);
});
after(async () => {
  await app.close();
  await database.close();
});

const HOUR = 3_600_000;

interface TaskRow {
  id: string;
  youth_id: string;
  plan_type: string | null;
  status: string;
  closed_by_artifact_type: string | null;
  closed_by_artifact_id: string | null;
  completed_by_user_id: string | null;
}

async function tasksOf(youthId: string): Promise<TaskRow[]> {
  return database.db.query<TaskRow>(
    `SELECT id, youth_id, plan_type, status, closed_by_artifact_type, closed_by_artifact_id,
       completed_by_user_id
     FROM tasks WHERE youth_id = $1 AND kind = 'safety_plan' ORDER BY plan_type`,
    [youthId],
  );
}

async function releaseAndSubpoena(probation: Client, prosecutor: Client) {
  const youth = await openYouth(probation);
  await addToTeam(probation, youth.id, world.organizations.district_attorney.id, 'prosecution');
  const now = services.clock.now();
  const release = await probation.post(`/api/youth/${youth.id}/events`, {
    type: 'release',
    occurredAt: now.toISOString(),
    details: { releaseAt: new Date(now.getTime() + 4 * HOUR).toISOString() },
  });
  assert.equal(release.statusCode, 201, release.body);
  const subpoena = await prosecutor.post(`/api/youth/${youth.id}/events`, {
    type: 'subpoena',
    occurredAt: now.toISOString(),
    details: { hearingDate: '2026-12-15' },
  });
  assert.equal(subpoena.statusCode, 201, subpoena.body);
  return youth;
}

const ARTIFACT_ID = '00000000-0000-4000-8000-00000000a001';

describe('an artifact closes the tasks it fulfils', () => {
  test('a release plan closes the release task only, on its own case, once', async () => {
    const probation = await signedIn(app, world.people.probation_officer.email);
    const prosecutor = await signedIn(app, world.people.prosecutor.email);
    const youth = await releaseAndSubpoena(probation, prosecutor);
    const other = await releaseAndSubpoena(probation, prosecutor);
    const before = await tasksOf(youth.id);
    assert.deepEqual(
      before.map((t) => [t.plan_type, t.status]),
      [
        ['release_from_custody', 'open'],
        ['testimony', 'open'],
      ],
    );

    const context = {
      actorUserId: world.people.probation_officer.id,
      actorOrganizationId: world.people.probation_officer.organizationId,
      jurisdictionId: world.jurisdictionId,
      ip: null,
      userAgent: null,
      now: services.clock.now(),
    };
    const artifact = {
      youthId: youth.id,
      kind: 'safety_plan',
      planType: 'release_from_custody',
      artifactType: 'safety_plan',
      artifactId: ARTIFACT_ID,
      userId: world.people.probation_officer.id,
    } as const;
    const closed = await database.db.transaction((tx) =>
      closeTasksFulfilledBy(tx, context, artifact, services.clock.now()),
    );
    const release = before.find((t) => t.plan_type === 'release_from_custody');
    assert.deepEqual(closed, [release?.id]);

    const after = await tasksOf(youth.id);
    assert.deepEqual(
      after.map((t) => [
        t.plan_type,
        t.status,
        t.closed_by_artifact_type,
        t.closed_by_artifact_id,
        t.completed_by_user_id,
      ]),
      [
        [
          'release_from_custody',
          'done',
          'safety_plan',
          ARTIFACT_ID,
          world.people.probation_officer.id,
        ],
        ['testimony', 'open', null, null, null],
      ],
    );
    assert.deepEqual(
      (await tasksOf(other.id)).map((t) => t.status),
      ['open', 'open'],
      'the same plan type on another case stays open',
    );

    // The task's reader sees what closed it.
    const read = await probation.get(`/api/tasks/${String(release?.id)}`);
    assert.equal(read.statusCode, 200, read.body);
    assert.equal(read.json<{ closedBy: string | null }>().closedBy, 'safety_plan');

    const [audit] = await database.db.query<{ details: Record<string, unknown> }>(
      `SELECT details FROM audit_events WHERE action = 'task.complete' AND target_id = $1`,
      [release?.id],
    );
    assert.equal(audit?.details.closedBy, 'safety_plan');
    assert.equal(audit?.details.artifactId, ARTIFACT_ID);

    // Past the release time, the closed task neither falls due nor escalates; the other does.
    services.clock.advance(5 * HOUR);
    await runDueJobs(services);
    const escalated = await database.db.query<{ youth_id: string }>(
      `SELECT t.youth_id FROM task_escalations s JOIN tasks t ON t.id = s.task_id
       WHERE t.youth_id = ANY($1) AND s.happened_at IS NOT NULL AND t.plan_type = 'release_from_custody'`,
      [[youth.id, other.id]],
    );
    assert.deepEqual(
      escalated.map((r) => r.youth_id),
      [other.id],
    );

    const again = await database.db.transaction((tx) =>
      closeTasksFulfilledBy(tx, context, artifact, services.clock.now()),
    );
    assert.deepEqual(again, [], 'a second plan finds nothing left to close');
  });

  test('rolled back with the artifact, the task stays open', async () => {
    const probation = await signedIn(app, world.people.probation_officer.email);
    const prosecutor = await signedIn(app, world.people.prosecutor.email);
    const youth = await releaseAndSubpoena(probation, prosecutor);
    const context = {
      actorUserId: world.people.advocate.id,
      actorOrganizationId: world.people.advocate.organizationId,
      jurisdictionId: world.jurisdictionId,
      ip: null,
      userAgent: null,
      now: services.clock.now(),
    };
    await assert.rejects(
      database.db.transaction(async (tx) => {
        await closeTasksFulfilledBy(
          tx,
          context,
          {
            youthId: youth.id,
            kind: 'safety_plan',
            planType: 'testimony',
            artifactType: 'safety_plan',
            artifactId: ARTIFACT_ID,
            userId: world.people.advocate.id,
          },
          services.clock.now(),
        );
        throw new Error('the plan failed to save');
      }),
      /the plan failed to save/,
    );
    assert.deepEqual(
      (await tasksOf(youth.id)).map((t) => t.status),
      ['open', 'open'],
    );
  });
});
