// The timeline's pure rules: where a task's clock stands (met, missed, overdue, open, cancelled,
// by how many minutes) and who sees a task on a case's timeline.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Actor } from '../../src/domain/actor.js';
import type { AccessDecision } from '../../src/domain/case-access.js';
import { seesTaskOnTimeline, taskClock } from '../../src/domain/timeline.js';

const DUE = new Date('2026-03-08T10:00:00Z');
const at = (minutesFromDue: number, seconds = 0) =>
  new Date(DUE.getTime() + minutesFromDue * 60_000 + seconds * 1000);

describe('taskClock', () => {
  // [status, completed (minutes from due, or null), now (minutes from due), state, minutes]
  const table: [
    string,
    'open' | 'done' | 'cancelled',
    number | null,
    number,
    string,
    number | null,
  ][] = [
    ['open, due in 90 minutes', 'open', null, -90, 'open', 90],
    ['open, one minute left', 'open', null, -1, 'open', 1],
    ['open, due this instant: overdue by 0', 'open', null, 0, 'overdue', 0],
    ['open, 2 hours past due', 'open', null, 120, 'overdue', 120],
    ['open, 3 days past due', 'open', null, 3 * 1440, 'overdue', 3 * 1440],
    ['done 30 minutes early', 'done', -30, 500, 'met', 30],
    ['done exactly at due', 'done', 0, 500, 'met', 0],
    ['done 45 minutes late', 'done', 45, 500, 'missed', 45],
    ['done a day late, read a week later', 'done', 1440, 7 * 1440, 'missed', 1440],
    ['cancelled before due', 'cancelled', null, -10, 'cancelled', null],
    ['cancelled after due', 'cancelled', null, 60, 'cancelled', null],
  ];
  for (const [name, status, completed, now, state, minutes] of table) {
    test(name, () => {
      const clock = taskClock(
        { status, dueAt: DUE, completedAt: completed === null ? null : at(completed) },
        at(now),
      );
      assert.deepEqual(clock, { state, minutes });
    });
  }

  test('seconds: open rounds the time left up, overdue and missed never count a part minute early', () => {
    assert.deepEqual(taskClock({ status: 'open', dueAt: DUE, completedAt: null }, at(-1, 30)), {
      state: 'open',
      minutes: 1,
    });
    assert.deepEqual(taskClock({ status: 'open', dueAt: DUE, completedAt: null }, at(0, 59)), {
      state: 'overdue',
      minutes: 0,
    });
    assert.deepEqual(taskClock({ status: 'done', dueAt: DUE, completedAt: at(0, 1) }, at(10)), {
      state: 'missed',
      minutes: 1,
    });
    assert.deepEqual(taskClock({ status: 'done', dueAt: DUE, completedAt: at(-1, 30) }, at(10)), {
      state: 'met',
      minutes: 0,
    });
  });

  test('a done task’s clock does not move with the reader’s time, and an open one is never negative', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.integer({ min: -100_000, max: 100_000 }),
        (completed, now1, now2) => {
          const done = { status: 'done' as const, dueAt: DUE, completedAt: at(completed) };
          assert.deepEqual(taskClock(done, at(now1)), taskClock(done, at(now2)));
          const clock = taskClock(done, at(now1));
          assert.equal(clock.state, completed <= 0 ? 'met' : 'missed');
          assert.equal(clock.minutes, Math.abs(completed));
          const open = taskClock({ status: 'open', dueAt: DUE, completedAt: null }, at(now1));
          assert.equal(open.state, now1 < 0 ? 'open' : 'overdue');
          assert.equal(open.minutes, Math.abs(now1));
        },
      ),
    );
  });
});

describe('seesTaskOnTimeline', () => {
  const task = { jurisdictionId: 'j1', assigneeOrganizationId: 'advocacy' };
  const actor = (organizationId: string, organizationType: string, role: string, j = 'j1') =>
    ({
      userId: 'u',
      organizationId,
      organizationType,
      jurisdictionId: j,
      roles: [role],
    }) as unknown as Actor;
  const allowed: AccessDecision = { allowed: true, basis: 'consent', grantId: 'c1' };
  const denied: AccessDecision = { allowed: false, reason: 'no_consent_or_legal_basis' };
  // [who, actor, the triggering event's read, sees]
  const table: [string, Actor, AccessDecision | null, boolean][] = [
    ['the assignee organization', actor('advocacy', 'advocacy', 'advocate'), denied, true],
    ['the assignee, no event', actor('advocacy', 'advocacy', 'advocate'), null, true],
    ['the county coordinator', actor('lead', 'county_lead', 'coordinator'), denied, true],
    ['a county-lead non-coordinator', actor('lead', 'county_lead', 'administrator'), denied, false],
    ['a reader of the event', actor('cw', 'child_welfare', 'child_welfare_worker'), allowed, true],
    [
      'a team member who may not read the event',
      actor('da', 'prosecution', 'prosecutor'),
      denied,
      false,
    ],
    [
      'anyone, when the task has no event',
      actor('cw', 'child_welfare', 'child_welfare_worker'),
      null,
      false,
    ],
    [
      'another county’s coordinator',
      actor('lead2', 'county_lead', 'coordinator', 'j2'),
      allowed,
      false,
    ],
    [
      'another county’s same-id organization',
      actor('advocacy', 'advocacy', 'advocate', 'j2'),
      allowed,
      false,
    ],
  ];
  for (const [who, a, read, sees] of table) {
    test(`${who}: ${sees ? 'sees' : 'does not see'} the task`, () => {
      assert.equal(seesTaskOnTimeline(a, task, read), sees);
    });
  }
});
