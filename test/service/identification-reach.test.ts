// The instants each identification was reached (migration 0046), kept by the database beside the
// records, against the definitions computed here afresh from the records after every write:
// random sequences of the writes that can move them (identifications recorded, corrected, moved
// to another youth or retyped; tasks created, done, cancelled, deleted; referrals created, sent,
// moved, deleted; an organization's type changed); two transactions writing for one youth at once
// (on PostgreSQL); then the migration itself over records that were there before it.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import type { Database, Queryable } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { ENGINE, openTestDatabase, type TestDatabase } from '../support/database.js';
import { createWorld, type World } from '../support/world.js';

const BASE = Date.parse('2026-03-01T12:00:00Z');
const HOUR = 3_600_000;
const at = (hours: number) => new Date(BASE + hours * HOUR);

interface Reach {
  event_id: string;
  youth_id: string;
  occurred_at: Date;
  recorded_by_organization_id: string;
  advocate_at: Date | null;
  health_at: Date | null;
  services_at: Date | null;
}

/** What the table should hold: the measures' definitions (docs/REPORTS.md), from the records. */
async function expectedReach(db: Queryable, jurisdictionId: string): Promise<Reach[]> {
  return db.query<Reach>(
    `SELECT e.id AS event_id, e.youth_id, e.occurred_at, e.recorded_by_organization_id,
       (SELECT min(t.completed_at) FROM tasks t, organizations o
        WHERE o.id = t.assignee_organization_id AND o.type = 'advocacy'
          AND t.event_id = e.id AND t.status = 'done') AS advocate_at,
       (SELECT min(t.completed_at) FROM tasks t, organizations o
        WHERE o.id = t.assignee_organization_id AND o.type = 'medical'
          AND t.event_id = e.id AND t.status = 'done') AS health_at,
       (SELECT min(r.sent_at) FROM referrals r
        WHERE r.youth_id = e.youth_id AND r.jurisdiction_id = e.jurisdiction_id
          AND r.sent_at >= e.occurred_at) AS services_at
     FROM case_events e
     WHERE e.jurisdiction_id = $1 AND e.type = 'identification'
     ORDER BY e.id`,
    [jurisdictionId],
  );
}

async function keptReach(db: Queryable, jurisdictionId: string): Promise<Reach[]> {
  return db.query<Reach>(
    `SELECT event_id, youth_id, occurred_at, recorded_by_organization_id, advocate_at, health_at,
       services_at
     FROM identification_reach WHERE jurisdiction_id = $1 ORDER BY event_id`,
    [jurisdictionId],
  );
}

interface Custody {
  event_id: string;
  youth_id: string;
  type: string;
  occurred_at: Date;
  recorded_by_organization_id: string;
}

/**
 * The non-criminalization measure's events (docs/REPORTS.md, `identified_victim_custody`): arrest
 * attempts, charging steps and detentions of a youth with an identification at or before them,
 * found here among the events themselves, as migration 0017 first defined them.
 */
async function expectedCustody(db: Queryable, jurisdictionId: string): Promise<Custody[]> {
  return db.query<Custody>(
    `SELECT e.id AS event_id, e.youth_id, e.type, e.occurred_at, e.recorded_by_organization_id
     FROM case_events e
     WHERE e.jurisdiction_id = $1 AND e.type IN ('arrest_attempt', 'charging', 'detention')
       AND EXISTS (SELECT 1 FROM case_events i WHERE i.youth_id = e.youth_id
         AND i.type = 'identification' AND i.occurred_at <= e.occurred_at)
     ORDER BY e.id`,
    [jurisdictionId],
  );
}

/** The same, as the view the reports read gives them (migration 0048: by identification_reach). */
async function viewedCustody(db: Queryable, jurisdictionId: string): Promise<Custody[]> {
  return db.query<Custody>(
    `SELECT event_id, youth_id, type, occurred_at, recorded_by_organization_id
     FROM identified_victim_custody_events WHERE jurisdiction_id = $1 ORDER BY event_id`,
    [jurisdictionId],
  );
}

const ORGANIZATION_TYPES = ['advocacy', 'medical', 'law_enforcement'] as const;
type OrgType = (typeof ORGANIZATION_TYPES)[number];

/** One write; indexes pick among the rows written so far (modulo their number). */
type Write =
  | { readonly op: 'event'; readonly youth: number; readonly hours: number; readonly type: string }
  | {
      readonly op: 'task';
      readonly event: number;
      readonly org: OrgType;
      readonly done: number | null;
    }
  | { readonly op: 'complete'; readonly task: number; readonly hours: number }
  | { readonly op: 'cancel'; readonly task: number }
  | { readonly op: 'deleteTask'; readonly task: number }
  | { readonly op: 'referral'; readonly youth: number; readonly sent: number | null }
  | { readonly op: 'send'; readonly referral: number; readonly hours: number }
  | { readonly op: 'moveReferral'; readonly referral: number; readonly youth: number }
  | { readonly op: 'deleteReferral'; readonly referral: number }
  | { readonly op: 'moveEvent'; readonly event: number; readonly youth: number }
  | { readonly op: 'retime'; readonly event: number; readonly hours: number }
  | { readonly op: 'retype'; readonly event: number; readonly type: string }
  | { readonly op: 'orgType'; readonly from: OrgType; readonly to: OrgType };

const hours = fc.integer({ min: -200, max: 400 });
const index = fc.nat(50);
const eventType = fc.constantFrom(
  'identification',
  'identification',
  'identification',
  'placement_change',
  'detention',
  'arrest_attempt',
);
// Weighted towards the writes that make rows to move: identifications, tasks done, referrals sent.
const writes = fc.array(
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        op: fc.constant('event' as const),
        youth: index,
        hours,
        type: eventType,
      }),
    },
    {
      weight: 5,
      arbitrary: fc.record({
        op: fc.constant('task' as const),
        event: index,
        org: fc.constantFrom(...ORGANIZATION_TYPES),
        done: fc.option(hours, { freq: 3 }),
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({ op: fc.constant('complete' as const), task: index, hours }),
    },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('cancel' as const), task: index }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('deleteTask' as const), task: index }) },
    {
      weight: 3,
      arbitrary: fc.record({
        op: fc.constant('referral' as const),
        youth: index,
        sent: fc.option(hours, { freq: 3 }),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ op: fc.constant('send' as const), referral: index, hours }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('moveReferral' as const),
        referral: index,
        youth: index,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ op: fc.constant('deleteReferral' as const), referral: index }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ op: fc.constant('moveEvent' as const), event: index, youth: index }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ op: fc.constant('retime' as const), event: index, hours }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ op: fc.constant('retype' as const), event: index, type: eventType }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('orgType' as const),
        from: fc.constantFrom(...ORGANIZATION_TYPES),
        to: fc.constantFrom(...ORGANIZATION_TYPES),
      }),
    },
  ),
  { minLength: 10, maxLength: 60 },
);

/** A county of three youth, with the rows the writes made so far. */
class County {
  readonly youth: string[] = [];
  readonly events: string[] = [];
  readonly tasks: string[] = [];
  readonly referrals: string[] = [];
  /** Each organization's type now, as the writes changed them. */
  readonly orgOfType = new Map<OrgType, string>();

  private constructor(
    readonly db: Queryable,
    readonly world: World,
  ) {}

  static async open(db: Database): Promise<County> {
    const county = new County(db, await createWorld(db));
    for (const type of ORGANIZATION_TYPES) {
      county.orgOfType.set(type, county.world.organizations[type].id);
    }
    for (let n = 0; n < 3; n++) county.youth.push(await county.addYouth(n));
    return county;
  }

  get jurisdictionId(): string {
    return this.world.jurisdictionId;
  }

  private async addYouth(n: number): Promise<string> {
    const id = randomUUID();
    const advocate = this.world.people.advocate;
    await this.db.query(
      `INSERT INTO youth (id, jurisdiction_id, case_number, given_name, created_by_user_id,
         created_by_organization_id, created_at, updated_at)
       VALUES ($1, $2, $3, 'Invented', $4, $5, $6, $6)`,
      [
        id,
        this.jurisdictionId,
        `REACH-${id.slice(0, 8)}-${String(n)}`,
        advocate.id,
        advocate.organizationId,
        at(-1000),
      ],
    );
    return id;
  }

  private pick(list: readonly string[], n: number): string | undefined {
    return list.length === 0 ? undefined : list[n % list.length];
  }

  /** Writes through `db`: the county's database, or a transaction of a test's own. */
  async apply(write: Write, db: Queryable = this.db): Promise<void> {
    const j = this.jurisdictionId;
    switch (write.op) {
      case 'event': {
        const id = randomUUID();
        const officer = this.world.people.law_enforcement_officer;
        await db.query(
          `INSERT INTO case_events (id, jurisdiction_id, youth_id, type, category, occurred_at,
             recorded_at, details, recorded_by_user_id, recorded_by_organization_id)
           VALUES ($1, $2, $3, $4, 'case_notes', $5, $5, '{}', $6, $7)`,
          [
            id,
            j,
            this.pick(this.youth, write.youth),
            write.type,
            at(write.hours),
            officer.id,
            officer.organizationId,
          ],
        );
        this.events.push(id);
        return;
      }
      case 'task': {
        const event = this.pick(this.events, write.event);
        if (!event) return;
        const id = randomUUID();
        await db.query(
          `INSERT INTO tasks (id, jurisdiction_id, youth_id, event_id, kind, title, reason,
             assignee_organization_id, due_at, status, created_at, completed_at)
           SELECT $1, e.jurisdiction_id, e.youth_id, e.id, 'action', 'A task', 'A rule', $3,
             $4, $5, $4, $6
           FROM case_events e WHERE e.id = $2`,
          [
            id,
            event,
            this.orgOfType.get(write.org),
            at(0),
            write.done === null ? 'open' : 'done',
            write.done === null ? null : at(write.done),
          ],
        );
        this.tasks.push(id);
        return;
      }
      case 'complete':
        await db.query(`UPDATE tasks SET status = 'done', completed_at = $2 WHERE id = $1`, [
          this.pick(this.tasks, write.task),
          at(write.hours),
        ]);
        return;
      case 'cancel':
        await db.query(
          `UPDATE tasks SET status = 'cancelled', cancelled_at = $2, completed_at = NULL
           WHERE id = $1`,
          [this.pick(this.tasks, write.task), at(0)],
        );
        return;
      case 'deleteTask': {
        const task = this.pick(this.tasks, write.task);
        if (!task) return;
        await db.query('DELETE FROM tasks WHERE id = $1', [task]);
        this.tasks.splice(this.tasks.indexOf(task), 1);
        return;
      }
      case 'referral': {
        const id = randomUUID();
        const advocate = this.world.people.advocate;
        await db.query(
          `INSERT INTO referrals (id, jurisdiction_id, youth_id, service_id, service_name,
             sender_organization_id, sender_user_id, sender_role, receiver_organization_id, needs,
             status, response_business_days, sent_at, created_at, updated_at)
           VALUES ($1, $2, $3, 'service-1', 'A service', $4, $5, 'advocate', $4, '{}', $6, 3,
             $7, $8, $8)`,
          [
            id,
            j,
            this.pick(this.youth, write.youth),
            advocate.organizationId,
            advocate.id,
            write.sent === null ? 'draft' : 'sent',
            write.sent === null ? null : at(write.sent),
            at(-1000),
          ],
        );
        this.referrals.push(id);
        return;
      }
      case 'send':
        await db.query(`UPDATE referrals SET status = 'sent', sent_at = $2 WHERE id = $1`, [
          this.pick(this.referrals, write.referral),
          at(write.hours),
        ]);
        return;
      case 'moveReferral':
        await db.query('UPDATE referrals SET youth_id = $2 WHERE id = $1', [
          this.pick(this.referrals, write.referral),
          this.pick(this.youth, write.youth),
        ]);
        return;
      case 'deleteReferral': {
        const referral = this.pick(this.referrals, write.referral);
        if (!referral) return;
        await db.query('DELETE FROM referrals WHERE id = $1', [referral]);
        this.referrals.splice(this.referrals.indexOf(referral), 1);
        return;
      }
      case 'moveEvent':
        // As a merge moves a youth's records (tasks follow their event there too).
        await db.query('UPDATE case_events SET youth_id = $2 WHERE id = $1', [
          this.pick(this.events, write.event),
          this.pick(this.youth, write.youth),
        ]);
        await db.query('UPDATE tasks SET youth_id = $2 WHERE event_id = $1', [
          this.pick(this.events, write.event),
          this.pick(this.youth, write.youth),
        ]);
        return;
      case 'retime':
        await db.query('UPDATE case_events SET occurred_at = $2 WHERE id = $1', [
          this.pick(this.events, write.event),
          at(write.hours),
        ]);
        return;
      case 'retype':
        await db.query('UPDATE case_events SET type = $2 WHERE id = $1', [
          this.pick(this.events, write.event),
          write.type,
        ]);
        return;
      case 'orgType': {
        // Two organizations trade types (each keeps its tasks).
        const a = this.orgOfType.get(write.from);
        const b = this.orgOfType.get(write.to);
        if (!a || !b || a === b) return;
        await db.query('UPDATE organizations SET type = $2 WHERE id = $1', [a, write.to]);
        await db.query('UPDATE organizations SET type = $2 WHERE id = $1', [b, write.from]);
        this.orgOfType.set(write.from, b);
        this.orgOfType.set(write.to, a);
        return;
      }
    }
  }
}

let database: TestDatabase;

before(async () => {
  database = await openTestDatabase();
});
after(async () => {
  await database.close();
});

describe('the instants an identification was reached', () => {
  test('equal the definitions after every write, in any order', async () => {
    const reached = { advocate: 0, health: 0, services: 0, rows: 0, custody: 0 };
    await fc.assert(
      fc.asyncProperty(writes, async (sequence) => {
        const county = await County.open(database.db);
        for (const [n, write] of sequence.entries()) {
          await county.apply(write);
          const kept = await keptReach(database.db, county.jurisdictionId);
          assert.deepEqual(
            kept,
            await expectedReach(database.db, county.jurisdictionId),
            `after write ${String(n + 1)} (${write.op})`,
          );
          assert.deepEqual(
            await viewedCustody(database.db, county.jurisdictionId),
            await expectedCustody(database.db, county.jurisdictionId),
            `custody events after write ${String(n + 1)} (${write.op})`,
          );
        }
        reached.custody += (await viewedCustody(database.db, county.jurisdictionId)).length;
        const kept = await keptReach(database.db, county.jurisdictionId);
        reached.rows += kept.length;
        reached.advocate += kept.filter((r) => r.advocate_at).length;
        reached.health += kept.filter((r) => r.health_at).length;
        reached.services += kept.filter((r) => r.services_at).length;
      }),
      { numRuns: 25, seed: Number(process.env.LANTERN_REACH_SEED ?? 46) },
    );
    console.log(`identifications kept at the end of the runs: ${JSON.stringify(reached)}`);
    // The sequences reached each instant: the property was not met by empty rows alone.
    assert.ok(reached.advocate > 0 && reached.health > 0 && reached.services > 0);
    assert.ok(reached.custody > 0, 'custody events of identified youth were written');
  });

  test('another county’s writes never move a county’s rows', async () => {
    const here = await County.open(database.db);
    const there = await County.open(database.db);
    await here.apply({ op: 'event', youth: 0, hours: 0, type: 'identification' });
    await there.apply({ op: 'event', youth: 0, hours: 0, type: 'identification' });
    await there.apply({ op: 'task', event: 0, org: 'advocacy', done: 2 });
    await there.apply({ op: 'referral', youth: 0, sent: 3 });
    const [row] = await keptReach(database.db, here.jurisdictionId);
    assert.equal(row?.advocate_at, null);
    assert.equal(row?.services_at, null);
    const [theirs] = await keptReach(database.db, there.jurisdictionId);
    assert.deepEqual([theirs?.advocate_at, theirs?.services_at], [at(2), at(3)]);
  });
});

/**
 * Runs `first` in a transaction held open once written, then `second` in another, and lets the
 * first commit 300 ms later: a second that computed without waiting would miss the first's write.
 */
async function overlapping(
  first: (tx: Queryable) => Promise<void>,
  second: (tx: Queryable) => Promise<void>,
): Promise<void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let written = () => {};
  const firstWritten = new Promise<void>((resolve) => (written = resolve));
  const one = database.db.transaction(async (tx) => {
    await first(tx);
    written();
    await held;
  });
  await firstWritten;
  const two = database.db.transaction(second);
  await new Promise((resolve) => setTimeout(resolve, 300));
  release();
  await Promise.all([one, two]);
}

describe(
  'two transactions writing for one youth at once',
  {
    skip: ENGINE === 'pglite' && 'PGlite serves one connection: its transactions never overlap',
  },
  () => {
    test('an identification recorded while a referral for her is being sent counts it', async () => {
      const county = await County.open(database.db);
      await overlapping(
        (tx) => county.apply({ op: 'referral', youth: 0, sent: 10 }, tx),
        (tx) => county.apply({ op: 'event', youth: 0, hours: 0, type: 'identification' }, tx),
      );
      const kept = await keptReach(database.db, county.jurisdictionId);
      assert.deepEqual(kept, await expectedReach(database.db, county.jurisdictionId));
      assert.deepEqual(kept[0]?.services_at, at(10));
    });

    test('two tasks done at once: the earlier completion is kept', async () => {
      const county = await County.open(database.db);
      await county.apply({ op: 'event', youth: 0, hours: 0, type: 'identification' });
      await county.apply({ op: 'task', event: 0, org: 'advocacy', done: null });
      await county.apply({ op: 'task', event: 0, org: 'advocacy', done: null });
      await overlapping(
        (tx) => county.apply({ op: 'complete', task: 0, hours: 5 }, tx),
        (tx) => county.apply({ op: 'complete', task: 1, hours: 9 }, tx),
      );
      const kept = await keptReach(database.db, county.jurisdictionId);
      assert.deepEqual(kept, await expectedReach(database.db, county.jurisdictionId));
      assert.deepEqual(kept[0]?.advocate_at, at(5));
    });
  },
);

describe('migrations 0046 and 0048', () => {
  test('fill the table from the records that were there before them; the custody view reads it', async () => {
    const county = await County.open(database.db);
    const before: Write[] = [
      { op: 'event', youth: 0, hours: 0, type: 'identification' },
      { op: 'event', youth: 1, hours: 10, type: 'identification' },
      { op: 'event', youth: 1, hours: 20, type: 'placement_change' },
      { op: 'task', event: 0, org: 'advocacy', done: 5 },
      { op: 'task', event: 0, org: 'medical', done: 30 },
      { op: 'task', event: 1, org: 'advocacy', done: null },
      { op: 'referral', youth: 1, sent: 12 },
      { op: 'referral', youth: 0, sent: -5 },
      // After the tasks, which pick events by their order: counted after and at the instant of
      // the identification, not an hour before it.
      { op: 'event', youth: 1, hours: 15, type: 'detention' },
      { op: 'event', youth: 1, hours: 10, type: 'arrest_attempt' },
      { op: 'event', youth: 0, hours: -1, type: 'arrest_attempt' },
      { op: 'event', youth: 0, hours: 2, type: 'charging' },
    ];
    // As before 0046: its table, functions and triggers gone, the records written without them,
    // and the custody view as migration 0017 made it (0048 rewrites it to read the table).
    await database.db.exec(`
      DROP VIEW identified_victim_custody_events;
      CREATE VIEW identified_victim_custody_events AS
        SELECT e.id AS event_id, e.jurisdiction_id, e.youth_id, e.type, e.occurred_at,
          COALESCE((e.details ->> 'covered')::boolean, false) AS covered
        FROM case_events e
        WHERE e.type IN ('arrest_attempt', 'charging', 'detention')
          AND EXISTS (SELECT 1 FROM case_events i
            WHERE i.youth_id = e.youth_id AND i.type = 'identification'
              AND i.occurred_at <= e.occurred_at);
      DROP TABLE identification_reach;
      DROP FUNCTION lantern_reach_events, lantern_reach_events_inserted, lantern_reach_tasks,
        lantern_reach_tasks_inserted, lantern_reach_referrals, lantern_reach_referrals_inserted,
        lantern_reach_organizations CASCADE;
      DROP FUNCTION lantern_first_task_done, lantern_first_referral_sent, lantern_reach_lock;
      DELETE FROM schema_migrations
        WHERE name IN ('0046-identification-reach', '0048-custody-reads-reach');`);
    for (const write of before) await county.apply(write);
    const result = await migrate(database.db);
    assert.deepEqual(result.applied, ['0046-identification-reach', '0048-custody-reads-reach']);
    const custody = await viewedCustody(database.db, county.jurisdictionId);
    assert.deepEqual(custody, await expectedCustody(database.db, county.jurisdictionId));
    assert.deepEqual(custody.map((c) => [c.type, c.occurred_at]).sort(), [
      ['arrest_attempt', at(10)],
      ['charging', at(2)],
      ['detention', at(15)],
    ]);
    const kept = await keptReach(database.db, county.jurisdictionId);
    assert.deepEqual(kept, await expectedReach(database.db, county.jurisdictionId));
    assert.deepEqual(
      kept.map((r) => [r.advocate_at, r.health_at, r.services_at]).sort(),
      [
        [at(5), at(30), null],
        [null, null, at(12)],
      ].sort(),
    );
  });
});
