// Plays the simulated county-year through the real API on a moved clock: every event is typed
// by an account of the right role at its instant, every task is taken, completed or cancelled by
// its assignee when the scenario says, and between steps the clock moves to each next instant
// (the next step or the next due job) where the job runner runs, so every job runs at its time.
import assert from 'node:assert/strict';
import type { Database } from '../../../src/db/database.js';
import { nextJobTime } from '../../../src/db/repositories/jobs.js';
import { caseRoleFor } from '../../../src/domain/case-team.js';
import type { AppServices } from '../../../src/server/context.js';
import type { App } from '../../../src/server/http/types.js';
import { runDueJobs } from '../../../src/server/services/protocol/jobs.js';
import { DEMO_PASSWORD } from '../../../src/server/services/setup/demo-county.js';
import { openYouth } from '../cases.js';
import { Client } from '../http.js';
import type { TestClock } from '../world.js';
import type { TaskAct } from './oracle.js';
import {
  ACCOUNT,
  HERE,
  NEIGHBOR,
  type Agency,
  type Scenario,
  type ScenarioEvent,
  type ScenarioYouth,
} from './scenario.js';

/** One app process: its database pool, its services and its HTTP app. */
export interface Runtime {
  readonly db: Database;
  readonly services: AppServices & { clock: TestClock };
  readonly app: App;
}

export type Step =
  | {
      readonly at: number;
      readonly kind: 'event';
      readonly youth: ScenarioYouth;
      readonly event: ScenarioEvent;
    }
  | { readonly at: number; readonly kind: 'task'; readonly act: TaskAct };

/** The scenario's events and the people's acts on their tasks, in time order. */
export function stepsOf(scenario: Scenario, acts: readonly TaskAct[]): Step[] {
  const steps: Step[] = [
    ...scenario.youth.flatMap((youth) =>
      youth.events.map((event): Step => ({ at: event.recordedAt, kind: 'event', youth, event })),
    ),
    ...acts.map((act): Step => ({ at: act.at, kind: 'task', act })),
  ];
  // Same instant: events first, in the scenario's order (sort is stable).
  return steps.sort((a, b) => a.at - b.at || (a.kind === b.kind ? 0 : a.kind === 'event' ? -1 : 1));
}

export interface RecordedResponse {
  readonly fired: readonly {
    ruleKey: string;
    ruleVersion: number;
    actions: { action: string; result: string }[];
  }[];
  readonly protectiveResponse: { statement: { statement: string } } | null;
}

export class Driver {
  /** Youth ids and event ids, by the scenario's index and ref. */
  readonly youthIds = new Map<number, string>();
  readonly eventIds = new Map<string, string>();
  readonly responses = new Map<string, RecordedResponse>();
  /** Where the wall time went, in milliseconds. */
  readonly spent = { signIn: 0, open: 0, record: 0, act: 0, jobs: 0, nextJob: 0 };
  jobRounds = 0;
  jobsRun = 0;
  requests = 0;
  private clients = new Map<string, { client: Client; usedAt: number }>();

  constructor(
    private runtime: Runtime,
    private readonly ids: {
      readonly demo: string;
      readonly neighbor: string;
      readonly organizations: Readonly<Record<string, string>>;
    },
    /** Other app processes running the same jobs at the same instants (two on PostgreSQL). */
    private readonly alongside: () => Promise<unknown>[] = () => [],
  ) {}

  /** A new process after a restart: sessions live in the database, but sign in afresh anyway. */
  replace(runtime: Runtime): void {
    this.runtime = runtime;
    this.clients.clear();
  }

  get clock(): TestClock {
    return this.runtime.services.clock;
  }

  /** The account's session (the simulation's sessions last the year). */
  async as(agency: Agency): Promise<Client> {
    const email = ACCOUNT[agency];
    const now = this.clock.now().getTime();
    const known = this.clients.get(email);
    if (known) return known.client;
    const client = new Client(this.runtime.app);
    const started = Date.now();
    const response = await client.login(email, DEMO_PASSWORD);
    this.spent.signIn += Date.now() - started;
    assert.equal(response.statusCode, 200, `sign-in of ${email}: ${response.body}`);
    this.clients.set(email, { client, usedAt: now });
    return client;
  }

  /** Runs every job due now, in this process and (on PostgreSQL) the others at once. */
  async runJobs(): Promise<void> {
    const started = Date.now();
    const [ran] = await Promise.all([runDueJobs(this.runtime.services), ...this.alongside()]);
    this.spent.jobs += Date.now() - started;
    this.jobRounds += 1;
    this.jobsRun += ran;
  }

  /** Moves the clock to `until`, stopping at every job's instant on the way to run it. */
  async runUntil(until: number): Promise<void> {
    for (;;) {
      const asked = Date.now();
      const next = await nextJobTime(this.runtime.db);
      this.spent.nextJob += Date.now() - asked;
      const now = this.clock.now().getTime();
      if (next === null || next.getTime() > until) break;
      if (next.getTime() > now) this.clock.advance(next.getTime() - now);
      await this.runJobs();
    }
    const now = this.clock.now().getTime();
    if (until > now) this.clock.advance(until - now);
  }

  async setHolidays(holidays: Scenario['holidays']): Promise<void> {
    const coordinator = await this.as('county_lead');
    const response = await coordinator.put(
      `/api/jurisdictions/${this.ids.demo}/protocol/holidays`,
      {
        holidays,
      },
    );
    assert.equal(response.statusCode, 200, response.body);
  }

  async play(step: Step): Promise<void> {
    const started = Date.now();
    if (step.kind === 'event') await this.record(step.youth, step.event);
    else await this.act(step.act);
    this.spent[step.kind === 'event' ? 'record' : 'act'] += Date.now() - started;
    // A clock already past (a late recording) runs at once.
    await this.runJobs();
  }

  private async open(youth: ScenarioYouth): Promise<string> {
    const opener = await this.as(youth.opener);
    const { id } = await openYouth(opener);
    for (const agency of youth.team) {
      const response = await opener.post(`/api/youth/${id}/team`, {
        organizationId: this.organization(agency),
        role: caseRoleFor(agency),
      });
      assert.equal(response.statusCode, 201, response.body);
      this.requests += 1;
    }
    this.requests += 1;
    this.youthIds.set(youth.index, id);
    return id;
  }

  organizationIds(): Readonly<Record<string, string>> {
    return this.ids.organizations;
  }

  organization(agency: Agency): string {
    const id = this.ids.organizations[agency];
    if (!id) throw new Error(`no ${agency} in the demo county`);
    return id;
  }

  private async record(youth: ScenarioYouth, event: ScenarioEvent): Promise<void> {
    const youthId = this.youthIds.get(youth.index) ?? (await this.open(youth));
    const details = { ...event.details };
    if (details.hearingJurisdictionId === NEIGHBOR)
      details.hearingJurisdictionId = this.ids.neighbor;
    if (details.hearingJurisdictionId === HERE) details.hearingJurisdictionId = this.ids.demo;
    const recorder = await this.as(event.recorder);
    const response = await recorder.post(`/api/youth/${youthId}/events`, {
      type: event.type,
      occurredAt: new Date(event.occurredAt).toISOString(),
      details,
    });
    this.requests += 1;
    assert.equal(response.statusCode, 201, `event ${event.ref} (${event.type}): ${response.body}`);
    const body = response.json<RecordedResponse & { event: { id: string } }>();
    this.eventIds.set(event.ref, body.event.id);
    this.responses.set(event.ref, body);
  }

  private async act(act: TaskAct): Promise<void> {
    const eventId = this.eventIds.get(act.task.eventRef);
    assert.ok(eventId, `the event of ${act.task.key} was recorded`);
    // The oracle names a task by its event and the action of the rule that made it.
    const [row] = await this.runtime.db.query<{ id: string }>(
      `SELECT t.id FROM tasks t JOIN protocol_firings f ON f.id = t.firing_id
       WHERE t.event_id = $1 AND f.rule_key = $2 AND t.action_index = $3`,
      [eventId, act.task.ruleKey, act.task.actionIndex],
    );
    assert.ok(row, `task ${act.task.key} (${act.task.title}) exists to act on`);
    const person = await this.as(act.task.assignee);
    if (act.fate === 'cancelled') {
      const response = await person.post(`/api/tasks/${row.id}/cancel`, {
        reason: 'Done another way (simulation)',
      });
      assert.equal(response.statusCode, 200, `cancel ${act.task.key}: ${response.body}`);
      this.requests += 1;
      return;
    }
    if (act.takeFirst) {
      const taken = await person.post(`/api/tasks/${row.id}/take`);
      assert.equal(taken.statusCode, 200, `take ${act.task.key}: ${taken.body}`);
      this.requests += 1;
    }
    const done = await person.post(`/api/tasks/${row.id}/complete`);
    assert.equal(done.statusCode, 200, `complete ${act.task.key}: ${done.body}`);
    this.requests += 1;
  }
}
