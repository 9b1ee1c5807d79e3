// Safety plans, written with the youth (docs/CONFIDENTIALITY.md, "Safety plans"): what a plan of
// each type holds, which data category it is, who writes one, the version rule that refuses a
// stale save, and which steps reach another organization as its task. Pure: no I/O.
import { z } from 'zod';
import type { Actor } from './actor.js';
import { decideCaseAction, type AccessDecision, type CaseFacts } from './case-access.js';
import { SAFETY_PLAN_TYPES, type SafetyPlanType } from './protocol.js';
import type { DataCategory, Role } from './vocabulary.js';

export { SAFETY_PLAN_TYPES, type SafetyPlanType };

/**
 * The category a plan is shared as, chosen by whom a youth would release it to. A release, a
 * placement and a return plan say where she lives and who takes her (placement: probation, child
 * welfare, juvenile hall). A testimony plan serves the court case (legal: the prosecution's
 * victim-witness staff). A general plan is what she told her worker about staying safe, shared as
 * case notes are.
 */
export const SAFETY_PLAN_CATEGORY: Readonly<Record<SafetyPlanType, DataCategory>> = {
  general: 'case_notes',
  release_from_custody: 'placement',
  testimony: 'legal',
  placement: 'placement',
  return_from_missing: 'placement',
};

/** Who writes a plan with a youth: the people who serve her and the agencies that release her. */
export const SAFETY_PLAN_WRITER_ROLES: readonly Role[] = [
  'advocate',
  'child_welfare_worker',
  'probation_officer',
  'victim_witness_staff',
  'mental_health_provider',
  'provider_intake',
];

const line = z.string().trim().min(1).max(500);
const name = z.string().trim().min(1).max(200);
const phone = z.string().trim().min(3).max(40);
const isoDate = z.iso.date();
const instant = z.iso.datetime({ offset: true });

const person = z.strictObject({
  name,
  relationship: name.optional(),
  phone: phone.optional(),
});

/**
 * A step one party will take. The party is an organization on the case team; when it is not the
 * plan's author, the step's title (with when it is due) travels to it as its task, so the form
 * says so: the title must be what that party does, nothing more of the plan.
 */
export const stepSchema = z.strictObject({
  /** Kept across versions so a step already given as a task is not given again. */
  key: z.uuid().optional(),
  partyOrganizationId: z.uuid(),
  title: z.string().trim().min(1).max(200),
  owner: name.describe('Who at that party does it (a name or a role)'),
  due: instant.optional(),
});
export type SafetyPlanStep = z.infer<typeof stepSchema>;

/** The sections every plan has, written with the youth. */
const sections = {
  warningSigns: z.array(line).max(30).default([]),
  safePeople: z.array(person).max(30).default([]),
  safePlaces: z
    .array(z.strictObject({ name, note: line.optional() }))
    .max(30)
    .default([]),
  /** People the youth agreed may be contacted. */
  agreedContacts: z.array(person).max(30).default([]),
  steps: z.array(stepSchema).max(40).default([]),
  writtenWithYouth: z.boolean(),
  /** The day the plan was written with her; required when it was. */
  writtenWithYouthOn: isoDate.nullable().default(null),
};

const transportation = z.strictObject({
  driver: name.describe('Who drives'),
  pickUpAt: instant,
  pickUpPlace: line,
  confirmedBy: name.describe('Who confirmed the ride'),
  confirmedAt: instant,
});

/** Who receives the youth at release: a named person, or an organization of the case team. */
const receiver = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('person'), name, relationship: name }),
  z.strictObject({ kind: z.literal('organization'), organizationId: z.uuid() }),
]);

export const SAFETY_PLAN_DETAILS = {
  general: z.strictObject({}).default({}),
  release_from_custody: z.strictObject({ receiver, releaseAt: instant }),
  testimony: z.strictObject({
    hearingDate: isoDate,
    court: name,
    hearingJurisdictionId: z.uuid().optional(),
    transportation,
  }),
  placement: z.strictObject({ placementName: name.optional() }).default({}),
  return_from_missing: z.strictObject({ returnedOn: isoDate.optional() }).default({}),
} as const;

const planObject = <T extends SafetyPlanType>(type: T) =>
  z.strictObject({ type: z.literal(type), ...sections, details: SAFETY_PLAN_DETAILS[type] });

/** A plan of each type as its worker writes it: the sections, and the details of its type. */
export const SAFETY_PLAN_OBJECTS = {
  general: planObject('general'),
  release_from_custody: planObject('release_from_custody'),
  testimony: planObject('testimony'),
  placement: planObject('placement'),
  return_from_missing: planObject('return_from_missing'),
} as const;

export type SafetyPlanContent = z.infer<
  (typeof SAFETY_PLAN_OBJECTS)[keyof typeof SAFETY_PLAN_OBJECTS]
>;

export interface PlanProblem {
  readonly code: 'invalid_plan' | 'party_not_on_team' | 'receiver_not_on_team';
  readonly path: string;
  readonly message: string;
}

/**
 * Checks a plan against its type's schema and the case team: every step's party and an
 * organization receiving the youth must be on the team.
 */
export function checkSafetyPlan(
  input: unknown,
  teamOrganizationIds: ReadonlySet<string>,
): { ok: true; plan: SafetyPlanContent } | { ok: false; problems: PlanProblem[] } {
  const type = (input as { type?: unknown } | null)?.type;
  const schema = (SAFETY_PLAN_TYPES as readonly unknown[]).includes(type)
    ? SAFETY_PLAN_OBJECTS[type as SafetyPlanType]
    : null;
  if (!schema) {
    return {
      ok: false,
      problems: [{ code: 'invalid_plan', path: 'type', message: 'unknown safety plan type' }],
    };
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        code: 'invalid_plan',
        path: issue.path.join('.'),
        message: issue.message,
      })),
    };
  }
  const plan = parsed.data;
  const problems: PlanProblem[] = [];
  if (plan.writtenWithYouth && plan.writtenWithYouthOn === null) {
    problems.push({
      code: 'invalid_plan',
      path: 'writtenWithYouthOn',
      message: 'say the day the plan was written with the youth',
    });
  }
  plan.steps.forEach((step, index) => {
    if (!teamOrganizationIds.has(step.partyOrganizationId)) {
      problems.push({
        code: 'party_not_on_team',
        path: `steps.${String(index)}.partyOrganizationId`,
        message: 'a step’s party must be an organization on the case team',
      });
    }
  });
  if (plan.type === 'release_from_custody') {
    const { receiver: r } = plan.details;
    if (r.kind === 'organization' && !teamOrganizationIds.has(r.organizationId)) {
      problems.push({
        code: 'receiver_not_on_team',
        path: 'details.receiver.organizationId',
        message: 'an organization receiving the youth must be on the case team',
      });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, plan };
}

/** Writing a plan: acting on the case like a note, with a role that writes plans with youth. */
export function decideSafetyPlanWrite(
  actor: Actor,
  facts: Pick<CaseFacts, 'jurisdictionId' | 'team' | 'seal'>,
): AccessDecision {
  const onCase = decideCaseAction(actor, 'note.write', facts);
  if (!onCase.allowed) return onCase;
  if (!actor.roles.some((r) => SAFETY_PLAN_WRITER_ROLES.includes(r))) {
    return { allowed: false, reason: 'role_cannot_record' };
  }
  return onCase;
}

/**
 * Editing: a writer of the organization holding the plan. Another organization that may read it
 * starts its own plan from it instead, so no organization writes into data another one holds.
 */
export function decideSafetyPlanEdit(
  actor: Actor,
  facts: Pick<CaseFacts, 'jurisdictionId' | 'team' | 'seal'>,
  holderOrganizationId: string,
): AccessDecision {
  const write = decideSafetyPlanWrite(actor, facts);
  if (!write.allowed) return write;
  if (actor.organizationId !== holderOrganizationId) {
    return { allowed: false, reason: 'not_the_holder' };
  }
  return write;
}

/**
 * The version rule: a save names the version it edits; only an edit of the current one is
 * saved, as the next. Anything else is stale, and the person is shown both to merge.
 */
export function decideVersion(
  current: number,
  edited: number,
): { readonly ok: true; readonly next: number } | { readonly ok: false; readonly current: number } {
  return edited === current ? { ok: true, next: current + 1 } : { ok: false, current };
}

/**
 * A new plan started from an earlier one copies its sections (warning signs, safe people and
 * places, agreed contacts, steps) but not the details of its type, nor whether and when it was
 * written with the youth: each plan is talked through with her again. Steps get new keys, so
 * each is given as a task afresh.
 */
export function startFrom(
  previous: Pick<
    SafetyPlanContent,
    'warningSigns' | 'safePeople' | 'safePlaces' | 'agreedContacts' | 'steps'
  >,
): Pick<
  SafetyPlanContent,
  'warningSigns' | 'safePeople' | 'safePlaces' | 'agreedContacts' | 'steps'
> {
  return {
    warningSigns: [...previous.warningSigns],
    safePeople: previous.safePeople.map((p) => ({ ...p })),
    safePlaces: previous.safePlaces.map((p) => ({ ...p })),
    agreedContacts: previous.agreedContacts.map((p) => ({ ...p })),
    steps: previous.steps.map((step) => ({
      partyOrganizationId: step.partyOrganizationId,
      title: step.title,
      owner: step.owner,
      ...(step.due ? { due: step.due } : {}),
    })),
  };
}

const STEP_LABEL: Readonly<Record<SafetyPlanType, string>> = {
  general: 'Safety plan step',
  release_from_custody: 'Release step',
  testimony: 'Testimony step',
  placement: 'Placement step',
  return_from_missing: 'Return step',
};

export interface StepTask {
  readonly stepKey: string;
  readonly partyOrganizationId: string;
  /** The minimal packet's "what": the plan type's label and the step's title, nothing else. */
  readonly title: string;
  readonly dueAt: Date;
}

/** When a step falls due when it names no time: the plan's own moment, else a day from now. */
export function stepDue(step: SafetyPlanStep, plan: SafetyPlanContent, now: Date): Date {
  if (step.due) return new Date(step.due);
  if (plan.type === 'release_from_custody') {
    return new Date((plan.details as { releaseAt: string }).releaseAt);
  }
  if (plan.type === 'testimony') {
    return new Date(
      (plan.details as { transportation: { pickUpAt: string } }).transportation.pickUpAt,
    );
  }
  return new Date(now.getTime() + 24 * 3_600_000);
}

/**
 * Which steps reach another party as its task, and which tasks a new version withdraws. A step
 * of the author's own organization is not a task (they read the plan); a step already given keeps
 * its task; a step the new version no longer has withdraws its open task. Every step must carry
 * its key (the service gives new steps one before asking). A step once given, even done, is not
 * given again.
 */
export function stepTasks(
  plan: SafetyPlanContent & { readonly steps: readonly (SafetyPlanStep & { key: string })[] },
  authorOrganizationId: string,
  given: ReadonlyMap<string, { readonly taskId: string; readonly open: boolean }>,
  now: Date,
): { readonly create: readonly StepTask[]; readonly withdraw: readonly string[] } {
  const create: StepTask[] = [];
  const kept = new Set<string>();
  for (const step of plan.steps) {
    if (step.partyOrganizationId === authorOrganizationId) continue;
    kept.add(step.key);
    if (given.has(step.key)) continue;
    create.push({
      stepKey: step.key,
      partyOrganizationId: step.partyOrganizationId,
      title: `${STEP_LABEL[plan.type]}: ${step.title}`,
      dueAt: stepDue(step, plan, now),
    });
  }
  const withdraw = [...given.entries()]
    .filter(([key, task]) => task.open && !kept.has(key))
    .map(([, task]) => task.taskId);
  return { create, withdraw };
}
