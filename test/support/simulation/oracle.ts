// The oracle of the simulated county-year, written apart from the engine: from the scenario
// alone, and from the default pack's table in docs/PROTOCOL.md read as a person would, it says
// which rules fire for each event, which tasks they give (title, assignee, due to the minute),
// when each escalation happens, and, from when the people act on their tasks, how each task ends.
// It imports nothing from src/: its clock arithmetic is its own (pacific-time.ts).
//
// Two readings of time it states:
// - A clock runs from when the event happened. An instant already past when the event is typed
//   (a late recording) happens when the job runner next runs, which the driver does at once: at
//   the recording's instant. So every due and escalation instant "happens" at max(instant,
//   recordedAt).
// - The demo directory lists services of the community provider, the clinic and behavioral
//   health only, none of advocacy or the child advocacy center, so the pack's automatic
//   referrals cannot be sent in the demo: each becomes a task for the coordinator to make the
//   referral by hand ("When no service can take it, the coordinator is given a task"), due a day
//   after the recording, on a clock like any other task (without an escalation ladder).
// - An escalation happens unless the task was done or cancelled before its instant; the driver
//   never closes a task at the very instant of one of its escalations.
import { endOfBusinessDays, startOfBusinessDaysBefore } from './pacific-time.js';
import type { Random } from './random.js';
import { HERE, type Agency, type Scenario, type ScenarioEvent } from './scenario.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

type Recipient = 'assignee_point_person' | 'coordinator';
type Clock =
  | { readonly after: number }
  | { readonly businessDays: number }
  | { readonly beforeHearing: number }
  | { readonly beforeRelease: true };

interface TaskSpec {
  readonly title: string;
  readonly assignee: Agency | 'recorder';
  readonly clock: Clock;
  readonly ladder: readonly { readonly after: number; readonly to: Recipient }[];
}
type ActionSpec =
  | { readonly kind: 'statement' }
  | { readonly kind: 'add_to_team'; readonly agency: Agency }
  | { readonly kind: 'task'; readonly task: TaskSpec }
  | { readonly kind: 'notify'; readonly to?: Agency }
  | { readonly kind: 'referral'; readonly receiver: 'advocacy' | 'child_advocacy_center' };
interface RuleSpec {
  readonly key: string;
  readonly trigger: string;
  readonly when: (event: ScenarioEvent, team: ReadonlySet<Agency>) => boolean;
  readonly actions: readonly ActionSpec[];
}

// The ladders of the table: "at due the assignee's point person, two hours on the coordinator".
const LADDER = [
  { after: 0, to: 'assignee_point_person' },
  { after: 2 * HOUR, to: 'coordinator' },
] as const;
const AT_DUE_COORDINATOR = [{ after: 0, to: 'coordinator' }] as const;
const task = (
  title: string,
  assignee: TaskSpec['assignee'],
  clock: Clock,
  ladder: TaskSpec['ladder'],
): ActionSpec => ({ kind: 'task', task: { title, assignee, clock, ladder } });
const detail = (event: ScenarioEvent, field: string) => event.details[field];
const byPolice = (e: ScenarioEvent) => e.recorder === 'law_enforcement';

/** docs/PROTOCOL.md's default pack, in its order, as this oracle reads it. */
const PACK: readonly RuleSpec[] = [
  {
    key: 'le-identification-advocate',
    trigger: 'identification',
    when: byPolice,
    actions: [
      { kind: 'statement' },
      { kind: 'add_to_team', agency: 'advocacy' },
      task('Advocate on scene with the youth', 'advocacy', { after: 90 * MINUTE }, LADDER),
    ],
  },
  {
    key: 'le-identification-services',
    trigger: 'identification',
    when: byPolice,
    actions: [
      task(
        'Connect the youth with specialized services',
        'advocacy',
        { after: 72 * HOUR },
        AT_DUE_COORDINATOR,
      ),
      task('Health evaluation', 'medical', { after: 72 * HOUR }, AT_DUE_COORDINATOR),
    ],
  },
  {
    key: 'le-identification-mdt',
    trigger: 'identification',
    when: byPolice,
    actions: [
      task('Review the case at the multidisciplinary team', 'county_lead', { businessDays: 3 }, []),
    ],
  },
  {
    key: 'le-identification-cac',
    trigger: 'identification',
    when: (e) => byPolice(e) && detail(e, 'meetsForensicInterviewCriteria') === true,
    actions: [{ kind: 'referral', receiver: 'child_advocacy_center' }],
  },
  {
    key: 'cw-identification-report',
    trigger: 'identification',
    when: (e) => e.recorder === 'child_welfare',
    actions: [
      task(
        'Report the identification to law enforcement',
        'recorder',
        { after: 24 * HOUR },
        LADDER,
      ),
    ],
  },
  {
    key: 'missing-ncic',
    trigger: 'missing',
    when: () => true,
    actions: [
      task('Enter the missing child into NCIC', 'law_enforcement', { after: 2 * HOUR }, LADDER),
      // The alert packet's notice to the police on the case team, when they are on it.
      { kind: 'notify', to: 'law_enforcement' },
    ],
  },
  {
    key: 'missing-from-care-reports',
    trigger: 'missing',
    when: (e) => detail(e, 'fromCare') === true,
    actions: [
      // Child welfare's reports, whoever recorded it (the county's child welfare agency).
      task(
        'Report the missing youth to law enforcement',
        'child_welfare',
        { after: 24 * HOUR },
        LADDER,
      ),
      task('Report the missing youth to NCMEC', 'child_welfare', { after: 24 * HOUR }, LADDER),
    ],
  },
  ...(
    [
      ['returned-debrief', false, 24],
      ['returned-debrief-history', true, 72],
    ] as const
  ).map(([key, history, hours]): RuleSpec => ({
    key,
    trigger: 'returned',
    when: (e) => (detail(e, 'knownRunawayHistory') === true) === history,
    actions: [
      task(
        'Debrief with the youth about the time missing',
        'recorder',
        { after: hours * HOUR },
        LADDER,
      ),
      task('Re-screen for exploitation', 'recorder', { after: hours * HOUR }, LADDER),
      task('Return-from-missing safety plan', 'recorder', { after: hours * HOUR }, LADDER),
    ],
  })),
  ...(
    [
      ['custody-disclosure-medical', 'medical'],
      ['custody-disclosure-mental-health', 'mental_health'],
    ] as const
  ).map(([key, to]): RuleSpec => ({
    key,
    trigger: 'disclosure',
    when: (e) => detail(e, 'toOrganizationType') === to && detail(e, 'inCustody') === true,
    actions: [
      { kind: 'referral', receiver: 'advocacy' },
      task('Release safety plan', 'probation', { after: 72 * HOUR }, AT_DUE_COORDINATOR),
    ],
  })),
  {
    key: 'detention-child-welfare-notice',
    trigger: 'detention',
    when: (_e, team) => team.has('child_welfare'),
    actions: [{ kind: 'notify' }],
  },
  {
    key: 'release-safety-plan',
    trigger: 'release',
    when: () => true,
    actions: [
      task(
        'Release safety plan before the youth leaves custody',
        'probation',
        { beforeRelease: true },
        AT_DUE_COORDINATOR,
      ),
    ],
  },
  {
    key: 'subpoena-testimony',
    trigger: 'subpoena',
    when: () => true,
    actions: [
      { kind: 'add_to_team', agency: 'advocacy' },
      task(
        'Assign an advocate to support the youth at the hearing',
        'advocacy',
        { businessDays: 1 },
        [{ after: 0, to: 'assignee_point_person' }],
      ),
      task(
        'Testimony safety plan with verified transportation',
        'advocacy',
        { beforeHearing: 2 },
        LADDER,
      ),
    ],
  },
  {
    key: 'subpoena-hearing-county',
    trigger: 'subpoena',
    when: (e) => {
      const where = detail(e, 'hearingJurisdictionId');
      return where !== undefined && where !== HERE;
    },
    actions: [{ kind: 'notify' }],
  },
  {
    // The simulation records no hearings; the rule is here so the oracle knows the whole pack.
    key: 'hearing-testimony',
    trigger: 'hearing',
    when: (e) => detail(e, 'youthTestifies') === true,
    actions: [
      { kind: 'add_to_team', agency: 'advocacy' },
      task(
        'Testimony safety plan with verified transportation',
        'advocacy',
        { beforeHearing: 2 },
        LADDER,
      ),
    ],
  },
  {
    // The simulation records no hearings; the rule is here so the oracle knows the whole pack.
    key: 'hearing-county',
    trigger: 'hearing',
    when: (e) => {
      const where = detail(e, 'hearingJurisdictionId');
      return where !== undefined && where !== HERE;
    },
    actions: [{ kind: 'notify' }],
  },
  {
    key: 'arrest-attempt-victim',
    trigger: 'arrest_attempt',
    // The table: "arrest attempt for an offense the legal profile covers, of a minor". The demo
    // county's profile is California's, which covers prostitution-related offenses under 18;
    // every simulated youth is opened with an estimated birth year of 2011, so is a minor all
    // year. Such an attempt is covered exactly when it is prostitution-related.
    when: (e) => detail(e, 'prostitutionRelated') === true,
    actions: [
      { kind: 'statement' },
      { kind: 'add_to_team', agency: 'advocacy' },
      task(
        'Advocate to the youth: treated as a victim, not an offender',
        'advocacy',
        { after: 90 * MINUTE },
        LADDER,
      ),
      { kind: 'notify' },
      task(
        'Review: a minor was arrested or charged for an offense the law does not charge minors with',
        'district_attorney',
        { businessDays: 1 },
        LADDER,
      ),
    ],
  },
  {
    // The simulation records no charging step; the rule is here so the oracle's table is whole.
    key: 'charging-victim',
    trigger: 'charging',
    when: (e) => detail(e, 'prostitutionRelated') === true,
    actions: [
      { kind: 'statement' },
      task(
        'Review: a minor was arrested or charged for an offense the law does not charge minors with',
        'district_attorney',
        { businessDays: 1 },
        LADDER,
      ),
    ],
  },
  // "A positive screen: automatic referral to advocacy". The scenario administers no screening,
  // so no screening_result is ever recorded and this rule never fires in the year.
  {
    key: 'screening-positive-advocacy',
    trigger: 'screening_result',
    when: (e) => detail(e, 'positive') === true,
    actions: [{ kind: 'referral', receiver: 'advocacy' }],
  },
];

/** How many rules the oracle's own reading of the default pack has. */
export const ORACLE_PACK_SIZE = PACK.length;

export interface ExpectedFiring {
  readonly eventRef: string;
  readonly ruleKey: string;
  readonly ruleVersion: number;
  /** "kind:result" per action, in the rule's order. */
  readonly outcomes: readonly string[];
}

export interface ExpectedEscalation {
  readonly step: number;
  /** The ladder's instant (what task_escalations.due_at holds). */
  readonly at: number;
  /** When the runner makes it happen: the instant, or the recording for a late one. */
  readonly happensAt: number;
  readonly to: Recipient;
}

export interface ExpectedTask {
  /** eventRef/ruleKey/actionIndex: the engine's (event, firing, action) in the oracle's words. */
  readonly key: string;
  readonly youth: number;
  readonly eventRef: string;
  readonly ruleKey: string;
  readonly actionIndex: number;
  readonly title: string;
  readonly assignee: Agency;
  readonly createdAt: number;
  readonly dueAt: number;
  /** When it falls overdue if still open: due, or the recording for a late one; null: never. */
  readonly overdueAt: number | null;
  readonly escalations: readonly ExpectedEscalation[];
}

export interface Expectation {
  readonly firings: readonly ExpectedFiring[];
  readonly tasks: readonly ExpectedTask[];
  /** Events at which the statement and protective response are shown to the recorder. */
  readonly statements: ReadonlySet<string>;
  /** Automatic referrals sent, and those left to the coordinator by hand. */
  readonly referrals: number;
  readonly byHand: number;
  readonly notices: number;
}

function dueOf(clock: Clock, event: ScenarioEvent, holidays: ReadonlySet<string>): number {
  if ('after' in clock) return event.occurredAt + clock.after;
  if ('businessDays' in clock)
    return endOfBusinessDays(event.occurredAt, clock.businessDays, holidays);
  if ('beforeHearing' in clock) {
    return startOfBusinessDaysBefore(
      String(event.details.hearingDate),
      clock.beforeHearing,
      holidays,
    );
  }
  const releaseAt = event.details.releaseAt;
  return typeof releaseAt === 'string' ? Date.parse(releaseAt) : event.occurredAt;
}

/** What the default pack must do for the scenario's events, and nothing else. */
export function expect(scenario: Scenario): Expectation {
  const holidays = new Set(scenario.holidays.map((h) => h.day));
  const firings: ExpectedFiring[] = [];
  const tasks: ExpectedTask[] = [];
  const statements = new Set<string>();
  const referrals = 0;
  let byHand = 0;
  let notices = 0;
  for (const youth of scenario.youth) {
    const team = new Set<Agency>([youth.opener, ...youth.team]);
    for (const event of youth.events) {
      for (const rule of PACK) {
        if (rule.trigger !== event.type || !rule.when(event, team)) continue;
        const outcomes: string[] = [];
        rule.actions.forEach((action, actionIndex) => {
          switch (action.kind) {
            case 'statement':
              statements.add(event.ref);
              outcomes.push('statement:shown');
              return;
            case 'add_to_team':
              outcomes.push(`add_to_team:${team.has(action.agency) ? 'already_on_team' : 'added'}`);
              team.add(action.agency);
              return;
            case 'notify':
              // A notice to a team member finds nobody when no such agency is on the team.
              if (action.to !== undefined && !team.has(action.to)) {
                outcomes.push('notify:no_recipient');
                return;
              }
              notices += 1;
              outcomes.push('notify:sent');
              return;
            case 'referral':
              byHand += 1;
              outcomes.push('referral:not_possible:no_service');
              tasks.push({
                key: `${event.ref}/${rule.key}/${actionIndex}`,
                youth: youth.index,
                eventRef: event.ref,
                ruleKey: rule.key,
                actionIndex,
                title: `Make the referral to ${action.receiver.replace(/_/g, ' ')} by hand (no service)`,
                assignee: 'county_lead',
                createdAt: event.recordedAt,
                // The coordinator has a day to make it by hand (docs/PROTOCOL.md).
                dueAt: event.recordedAt + 24 * 60 * MINUTE,
                overdueAt: event.recordedAt + 24 * 60 * MINUTE,
                escalations: [],
              });
              return;
            case 'task': {
              const spec = action.task;
              const dueAt = dueOf(spec.clock, event, holidays);
              const later = (at: number) => Math.max(at, event.recordedAt);
              tasks.push({
                key: `${event.ref}/${rule.key}/${actionIndex}`,
                youth: youth.index,
                eventRef: event.ref,
                ruleKey: rule.key,
                actionIndex,
                title: spec.title,
                assignee: spec.assignee === 'recorder' ? event.recorder : spec.assignee,
                createdAt: event.recordedAt,
                dueAt,
                overdueAt: later(dueAt),
                escalations: spec.ladder.map((step, index) => ({
                  step: index,
                  at: dueAt + step.after,
                  happensAt: later(dueAt + step.after),
                  to: step.to,
                })),
              });
              outcomes.push('task:created');
            }
          }
        });
        firings.push({ eventRef: event.ref, ruleKey: rule.key, ruleVersion: 1, outcomes });
      }
    }
  }
  return { firings, tasks, statements, referrals, byHand, notices };
}

export type TaskFate = 'on_time' | 'late' | 'never' | 'cancelled';

/** What a person does with a task, and when: one step of the scenario. */
export interface TaskAct {
  readonly task: ExpectedTask;
  readonly fate: Exclude<TaskFate, 'never'>;
  readonly at: number;
  /** Takes it first (at the same instant), then completes it. */
  readonly takeFirst: boolean;
}

/** Decides, from the seed, who does their task on time, late, never, or cancels it. */
export function planTaskActs(random: Random, tasks: readonly ExpectedTask[]): TaskAct[] {
  const acts: TaskAct[] = [];
  for (const task of tasks) {
    let fate = random.weighted({ on_time: 45, late: 25, never: 25, cancelled: 5 });
    if (fate === 'never') continue;
    let at = task.dueAt - random.int(5, 60) * MINUTE;
    if (fate === 'on_time' && at <= task.createdAt + MINUTE) fate = 'late';
    if (fate === 'late') at = Math.max(task.dueAt, task.createdAt) + random.int(3, 300) * MINUTE;
    if (fate === 'cancelled') at = task.createdAt + random.int(5, 600) * MINUTE;
    // Never at the very instant one of its clocks runs: that order would be a coin toss.
    const instants = new Set([task.overdueAt, ...task.escalations.map((e) => e.happensAt)]);
    instants.add(task.createdAt);
    while (instants.has(at)) at += MINUTE;
    acts.push({ task, fate, at, takeFirst: random.chance(0.5) });
  }
  return acts;
}

export interface SettledTask {
  readonly status: 'open' | 'done' | 'cancelled';
  readonly closedAt: number | null;
  readonly overdueAt: number | null;
  readonly escalations: readonly {
    step: number;
    happenedAt: number | null;
    skippedAt: number | null;
  }[];
}

/** How a task stands at the end of the year, given when (if ever) it was closed. */
export function settle(task: ExpectedTask, act: TaskAct | undefined): SettledTask {
  const closedAt = act?.at ?? null;
  const before = (instant: number) => closedAt === null || instant < closedAt;
  return {
    status: act === undefined ? 'open' : act.fate === 'cancelled' ? 'cancelled' : 'done',
    closedAt,
    overdueAt: task.overdueAt !== null && before(task.overdueAt) ? task.overdueAt : null,
    escalations: task.escalations.map((e) => ({
      step: e.step,
      happenedAt: before(e.happensAt) ? e.happensAt : null,
      skippedAt: before(e.happensAt) ? null : closedAt,
    })),
  };
}
