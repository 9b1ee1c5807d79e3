// The county protocol as data: rules that turn a case event into tasks on clocks, notices to
// point persons, a place on the case team and automatic referrals (docs/PROTOCOL.md). Pure: the
// services load the rules and the facts, ask here what fires and when it is due, and write it.
import { z } from 'zod';
import {
  CONDITION_FIELDS,
  DEADLINE_FIELDS,
  EVENT_TYPES,
  IDENTIFICATION_SETTINGS,
  type EventDetails,
  type EventType,
} from './case-events.js';
import {
  addBusinessDays,
  addLocalDays,
  businessDaysBefore,
  dateTimeFormat,
  startOfLocalDay,
} from './local-time.js';
import { NEEDS } from './matching.js';
import { DEFAULT_URGENT_ANSWER_HOURS, MAX_URGENT_ANSWER_HOURS } from './referral-answers.js';
import { ORGANIZATION_TYPES, type OrganizationType } from './vocabulary.js';

// --- the vocabulary of rules ---

export const DURATION_UNITS = ['minutes', 'hours', 'days', 'business_days'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

/** The most business days a clock may count: the county calendar's arithmetic stops there. */
export const MAX_BUSINESS_DAYS = 30;

export const durationSchema = z
  .strictObject({
    amount: z.int().min(0).max(10_000),
    unit: z.enum(DURATION_UNITS),
  })
  .refine((d) => d.unit !== 'business_days' || d.amount <= MAX_BUSINESS_DAYS, {
    message: `at most ${String(MAX_BUSINESS_DAYS)} business days`,
  });
export type Duration = z.infer<typeof durationSchema>;

/**
 * When a task is due: a time after the event happened (never after it was typed), or a time before
 * a date the event names (the hearing, a planned release). Without that date, it counts from the
 * event.
 */
export const dueSchema = z.union([
  z.strictObject({ after: durationSchema }),
  z.strictObject({ before: z.enum(['hearingDate', 'releaseAt']), by: durationSchema }),
]);
export type Due = z.infer<typeof dueSchema>;

const organizationType = z.enum(ORGANIZATION_TYPES);
/** A point person's function as the county's roster names it ("24/7 on-call advocate"). */
const pointPersonFunction = z.string().trim().min(1).max(120);

/**
 * Who a task goes to: the organization of a type (the one on the case team, else the county's
 * partner for that type, else the county's organization of that type), the organization of a named
 * point person, the organization that recorded the event, or the county coordinator.
 */
export const assigneeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('organization_type'), organizationType }),
  z.strictObject({ kind: z.literal('point_person'), function: pointPersonFunction }),
  z.strictObject({ kind: z.literal('recorder') }),
  z.strictObject({ kind: z.literal('coordinator') }),
]);
export type Assignee = z.infer<typeof assigneeSchema>;

/** Whom an escalation or a notice reaches. */
export const recipientSchema = z.discriminatedUnion('kind', [
  /** The assignee organization's CSEC point person (its supervisor, for the county). */
  z.strictObject({ kind: z.literal('assignee_point_person') }),
  z.strictObject({ kind: z.literal('coordinator') }),
  z.strictObject({
    kind: z.literal('point_person'),
    function: pointPersonFunction,
    /** Whose roster: this county's, or the hearing's or the transfer's county. */
    jurisdiction: z.enum(['case', 'hearing', 'transfer']).default('case'),
  }),
  z.strictObject({ kind: z.literal('team_member'), organizationType }),
]);
export type Recipient = z.infer<typeof recipientSchema>;

export const escalationSchema = z.strictObject({
  /** After the task's due time; zero is at due. */
  after: durationSchema,
  to: recipientSchema,
});
export type Escalation = z.infer<typeof escalationSchema>;

export const TASK_KINDS = [
  'action',
  'report',
  'safety_plan',
  'screening',
  'mdt_review',
  'debrief',
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const SAFETY_PLAN_TYPES = [
  'general',
  'release_from_custody',
  'testimony',
  'placement',
  'return_from_missing',
] as const;
export type SafetyPlanType = (typeof SAFETY_PLAN_TYPES)[number];

const title = z.string().trim().min(1).max(200);

export const actionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('task'),
    taskKind: z.enum(TASK_KINDS),
    /** For a required safety plan: its type; the plan closes the task once plans exist. */
    planType: z.enum(SAFETY_PLAN_TYPES).optional(),
    title,
    assignee: assigneeSchema,
    due: dueSchema,
    escalations: z.array(escalationSchema).max(5).default([]),
  }),
  z.strictObject({ kind: z.literal('notify'), to: recipientSchema, message: title }),
  z.strictObject({
    kind: z.literal('add_to_team'),
    organizationType,
  }),
  z.strictObject({
    kind: z.literal('referral'),
    /** The need the service must meet; without one, any active service of the receiver. */
    need: z.enum(NEEDS).optional(),
    receiverOrganizationType: organizationType,
  }),
  /** Shows the recorder the legal profile's statement and the protective response at once. */
  z.strictObject({ kind: z.literal('statement') }),
]);
export type Action = z.infer<typeof actionSchema>;

// --- the county's own protocol decisions, which the pack reads ---

export const protocolSettingsSchema = z.strictObject({
  /** What law enforcement does on finding a child: protective custody, or arrest. */
  lawEnforcementResponse: z.enum(['protective_custody', 'arrest']).default('protective_custody'),
  /** Where forensic interviews happen. */
  interviewLocation: z
    .enum(['child_advocacy_center', 'law_enforcement', 'other'])
    .default('child_advocacy_center'),
  /** The advocacy organization that partners with law enforcement (on call to the scene). */
  advocacyPartnerOrganizationId: z.uuid().nullable().default(null),
  /** Whether juvenile hall detains or releases an identified victim brought in on a charge. */
  juvenileHallPractice: z.enum(['release', 'detain']).default('release'),
  /** Where an officer takes a child (a receiving center, the hospital), in the county's words. */
  takeChildTo: z.string().trim().max(300).default(''),
  /** Who meets the county's forensic-interview criteria, as the officer is told. */
  forensicInterviewCriteria: z.string().trim().max(500).default(''),
  /** Within how many hours an urgent referral is answered (src/domain/referral-answers.ts). */
  urgentReferralAnswerHours: z
    .number()
    .int()
    .min(1)
    .max(MAX_URGENT_ANSWER_HOURS)
    .default(DEFAULT_URGENT_ANSWER_HOURS),
});
export type ProtocolSettings = z.infer<typeof protocolSettingsSchema>;
export const SETTING_VALUES = {
  lawEnforcementResponse: ['protective_custody', 'arrest'],
  interviewLocation: ['child_advocacy_center', 'law_enforcement', 'other'],
  juvenileHallPractice: ['release', 'detain'],
} as const;
export type ChoiceSetting = keyof typeof SETTING_VALUES;

// --- conditions ---

export const conditionSchema = z.discriminatedUnion('fact', [
  /** A detail of the event, from the closed list of its type's fields. */
  z.strictObject({
    fact: z.literal('detail'),
    field: z.string().min(1).max(60),
    equals: z.union([z.boolean(), z.string().min(1).max(60)]),
  }),
  z.strictObject({ fact: z.literal('team_includes'), organizationType, equals: z.boolean() }),
  z.strictObject({ fact: z.literal('in_custody'), equals: z.boolean() }),
  z.strictObject({ fact: z.literal('identified_by_law_enforcement'), equals: z.boolean() }),
  z.strictObject({ fact: z.literal('hearing_elsewhere'), equals: z.boolean() }),
  z.strictObject({
    fact: z.literal('setting'),
    setting: z.enum(Object.keys(SETTING_VALUES) as [ChoiceSetting, ...ChoiceSetting[]]),
    equals: z.string().min(1).max(60),
  }),
]);
export type Condition = z.infer<typeof conditionSchema>;

export const ruleDefinitionSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  trigger: z.enum(EVENT_TYPES),
  conditions: z.array(conditionSchema).max(10).default([]),
  actions: z.array(actionSchema).min(1).max(10),
  /** Where the rule comes from: the law or protocol it follows, or "county decision". */
  source: z.string().trim().min(1).max(500),
});
export type RuleDefinition = z.infer<typeof ruleDefinitionSchema>;

/** A rule as stored: one version of one rule of a jurisdiction. */
export interface ProtocolRule extends RuleDefinition {
  readonly id: string;
  readonly key: string;
  readonly version: number;
  readonly active: boolean;
  /** Shipped with Lantern; the county may edit it. */
  readonly countyDefault: boolean;
}

export const RULE_PROBLEMS = [
  'unknown_event_type',
  'unknown_organization_type',
  'unknown_function',
  'unknown_detail',
  'wrong_value',
  'no_such_date',
  'wrong_jurisdiction_kind',
  'invalid_rule',
] as const;
export type RuleProblemCode = (typeof RULE_PROBLEMS)[number];
export interface RuleProblem {
  readonly code: RuleProblemCode;
  readonly path: string;
  readonly message: string;
}

/**
 * Everything wrong with a rule as a county typed it, each with a code a form can point at. The
 * schema's own refusals are named (an unknown event or organization type); what the schema cannot
 * know (the county's point-person functions, which details the trigger has) is checked here.
 */
export function ruleProblems(
  input: unknown,
  known: { readonly pointPersonFunctions: readonly string[] },
): { ok: true; rule: RuleDefinition } | { ok: false; problems: RuleProblem[] } {
  const parsed = ruleDefinitionSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const path = issue.path.join('.');
        const last = String(issue.path.at(-1) ?? '');
        const code: RuleProblemCode =
          last === 'trigger'
            ? 'unknown_event_type'
            : /organizationType$/i.test(last)
              ? 'unknown_organization_type'
              : 'invalid_rule';
        return { code, path, message: `${path || 'rule'}: ${issue.message}` };
      }),
    };
  }
  const rule = parsed.data;
  const problems: RuleProblem[] = [];
  const functions = new Set(known.pointPersonFunctions.map((f) => f.toLowerCase()));
  const checkFunction = (name: string, path: string) => {
    if (!functions.has(name.toLowerCase())) {
      problems.push({
        code: 'unknown_function',
        path,
        message: `No point person in the county has the function "${name}".`,
      });
    }
  };
  const checkRecipient = (to: Recipient, path: string) => {
    if (to.kind !== 'point_person') return;
    // Another county's roster is checked when the notice goes; this county's now.
    if (to.jurisdiction === 'case') checkFunction(to.function, `${path}.function`);
    // The hearing's county is named by a subpoena and by a hearing (its hearingJurisdictionId).
    const needs: Readonly<Record<typeof to.jurisdiction, readonly EventType[]>> = {
      hearing: ['subpoena', 'hearing'],
      transfer: ['transfer'],
      case: [rule.trigger],
    };
    if (!needs[to.jurisdiction].includes(rule.trigger)) {
      problems.push({
        code: 'wrong_jurisdiction_kind',
        path: `${path}.jurisdiction`,
        message: `Only a ${needs[to.jurisdiction].join(' or a ')} names a ${to.jurisdiction} county.`,
      });
    }
  };
  rule.conditions.forEach((condition, i) => {
    const path = `conditions.${i}`;
    if (condition.fact === 'detail') {
      const kind = CONDITION_FIELDS[rule.trigger][condition.field];
      if (!kind) {
        problems.push({
          code: 'unknown_detail',
          path: `${path}.field`,
          message: `A ${rule.trigger.replace('_', ' ')} has no detail "${condition.field}" a rule can test.`,
        });
      } else if (!valueFits(kind, condition.equals)) {
        problems.push({
          code: 'wrong_value',
          path: `${path}.equals`,
          message: `"${String(condition.equals)}" is not a value of ${condition.field}.`,
        });
      }
    }
    if (
      condition.fact === 'setting' &&
      !(SETTING_VALUES[condition.setting] as readonly string[]).includes(condition.equals)
    ) {
      problems.push({
        code: 'wrong_value',
        path: `${path}.equals`,
        message: `"${condition.equals}" is not a choice of ${condition.setting}.`,
      });
    }
  });
  rule.actions.forEach((action, i) => {
    const path = `actions.${i}`;
    if (action.kind === 'task') {
      if (action.assignee.kind === 'point_person') {
        checkFunction(action.assignee.function, `${path}.assignee.function`);
      }
      if ('before' in action.due && !DEADLINE_FIELDS[rule.trigger].includes(action.due.before)) {
        problems.push({
          code: 'no_such_date',
          path: `${path}.due.before`,
          message: `A ${rule.trigger.replace('_', ' ')} names no ${action.due.before}.`,
        });
      }
      action.escalations.forEach((step, j) => {
        checkRecipient(step.to, `${path}.escalations.${j}.to`);
      });
    }
    if (action.kind === 'notify') checkRecipient(action.to, `${path}.to`);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rule };
}

function valueFits(kind: 'boolean' | 'organization_type' | 'setting', value: string | boolean) {
  if (kind === 'boolean') return typeof value === 'boolean';
  if (kind === 'organization_type') {
    return typeof value === 'string' && (ORGANIZATION_TYPES as readonly string[]).includes(value);
  }
  return (
    typeof value === 'string' && (IDENTIFICATION_SETTINGS as readonly string[]).includes(value)
  );
}

// --- what fires ---

/** The facts of a case a condition can test, as they stand once the event is recorded. */
export interface ProtocolCaseFacts {
  readonly jurisdictionId: string;
  readonly teamOrganizationTypes: readonly OrganizationType[];
  readonly inCustody: boolean;
  readonly identifiedByLawEnforcement: boolean;
}

export interface TriggeringEvent {
  readonly type: EventType;
  readonly occurredAt: Date;
  readonly details: EventDetails;
}

export function conditionHolds(
  condition: Condition,
  event: TriggeringEvent,
  facts: ProtocolCaseFacts,
  settings: ProtocolSettings,
): boolean {
  switch (condition.fact) {
    case 'detail': {
      const value = (event.details as Record<string, unknown>)[condition.field];
      return value === condition.equals || (value === undefined && condition.equals === false);
    }
    case 'team_includes':
      return facts.teamOrganizationTypes.includes(condition.organizationType) === condition.equals;
    case 'in_custody':
      return facts.inCustody === condition.equals;
    case 'identified_by_law_enforcement':
      return facts.identifiedByLawEnforcement === condition.equals;
    case 'hearing_elsewhere': {
      const elsewhere = (event.details as { hearingJurisdictionId?: string }).hearingJurisdictionId;
      const isElsewhere = elsewhere !== undefined && elsewhere !== facts.jurisdictionId;
      return isElsewhere === condition.equals;
    }
    case 'setting':
      return settings[condition.setting] === condition.equals;
  }
}

/** The rules that fire for an event: active, on its trigger, every condition holding. */
export function rulesThatFire<R extends ProtocolRule>(
  rules: readonly R[],
  event: TriggeringEvent,
  facts: ProtocolCaseFacts,
  settings: ProtocolSettings,
): R[] {
  return rules.filter(
    (rule) =>
      rule.active &&
      rule.trigger === event.type &&
      rule.conditions.every((c) => conditionHolds(c, event, facts, settings)),
  );
}

// --- clocks ---

/** The county's calendar: its time zone and the holidays its coordinator keeps. */
export interface CountyCalendar {
  readonly timeZone: string;
  readonly holidays: readonly string[];
}

/** An instant moved forward by a duration, counted as the county counts it. */
export function addDuration(from: Date, duration: Duration, calendar: CountyCalendar): Date {
  switch (duration.unit) {
    case 'minutes':
      return new Date(from.getTime() + duration.amount * 60_000);
    case 'hours':
      return new Date(from.getTime() + duration.amount * 3_600_000);
    case 'days':
      return addLocalDays(from, duration.amount, calendar.timeZone);
    case 'business_days':
      return addBusinessDays(from, duration.amount, calendar.timeZone, calendar.holidays);
  }
}

/** An instant moved back by a duration; business days count back to the start of a working day. */
export function subtractDuration(to: Date, duration: Duration, calendar: CountyCalendar): Date {
  switch (duration.unit) {
    case 'minutes':
      return new Date(to.getTime() - duration.amount * 60_000);
    case 'hours':
      return new Date(to.getTime() - duration.amount * 3_600_000);
    case 'days':
      return addLocalDays(to, -duration.amount, calendar.timeZone);
    case 'business_days': {
      const day = dateTimeFormat('en-CA', {
        timeZone: calendar.timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }).format(to);
      return startOfLocalDay(
        businessDaysBefore(day, duration.amount, calendar.holidays),
        calendar.timeZone,
      );
    }
  }
}

/**
 * When a task falls due. A clock runs from when the event happened, not from when it was typed; a
 * task due before a hearing is due by the start of the hearing's day in the county.
 */
export function dueAt(due: Due, event: TriggeringEvent, calendar: CountyCalendar): Date {
  if ('after' in due) return addDuration(event.occurredAt, due.after, calendar);
  const details = event.details as { hearingDate?: string; releaseAt?: string };
  const anchor =
    due.before === 'hearingDate' && details.hearingDate
      ? startOfLocalDay(details.hearingDate, calendar.timeZone)
      : due.before === 'releaseAt' && details.releaseAt
        ? new Date(details.releaseAt)
        : event.occurredAt;
  return subtractDuration(anchor, due.by, calendar);
}

/** The instants of a task's escalation ladder, in the order they happen. */
export function escalationTimes(
  dueInstant: Date,
  escalations: readonly Escalation[],
  calendar: CountyCalendar,
): Date[] {
  return escalations.map((step) => addDuration(dueInstant, step.after, calendar));
}
