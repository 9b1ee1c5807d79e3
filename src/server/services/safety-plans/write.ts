// Writing a safety plan with a youth: a new plan of a type (optionally started from an earlier
// one), and each later save as the next version. A save names the version it edits; a stale one
// is refused with 409 and both versions, so nothing anyone wrote is lost. Every save closes the
// protocol's "require a safety plan" tasks of its type in the same transaction, and gives the
// steps other organizations must take to them as tasks (docs/CONFIDENTIALITY.md, "Safety plans").
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../../db/database.js';
import {
  insertSafetyPlan,
  insertSafetyPlanVersion,
  listSafetyPlanVersions,
  unsafeFindSafetyPlan,
  type SafetyPlanRow,
} from '../../../db/repositories/safety-plans.js';
import type { Youth } from '../../../db/repositories/youth.js';
import {
  checkSafetyPlan,
  decideSafetyPlanEdit,
  decideSafetyPlanWrite,
  decideVersion,
  SAFETY_PLAN_CATEGORY,
  startFrom,
  type SafetyPlanContent,
} from '../../../domain/safety-plans.js';
import type { AccessDecision } from '../../../domain/case-access.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import type { AuditContext } from '../../audit/events.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { AppError, isUniqueViolation, notFound } from '../../errors.js';
import { auditDenial, openCase, refusal, type CaseScope } from '../cases/case-scope.js';
import { closeTasksFulfilledBy } from '../protocol/artifacts.js';
import { giveStepTasks } from './step-tasks.js';
import { readSafetyPlan, type SafetyPlanView } from './read.js';

type Sections = Pick<
  SafetyPlanContent,
  'warningSigns' | 'safePeople' | 'safePlaces' | 'agreedContacts' | 'steps'
>;

export async function createSafetyPlan(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  input: Record<string, unknown> & { type: string; startFrom?: string | undefined },
): Promise<SafetyPlanView> {
  const scope = await openCase(app, request, youthId, 'case.view');
  await authorizeWrite(
    app,
    request,
    scope,
    decideSafetyPlanWrite(scope.actor, scope.facts),
    'create',
  );
  const { startFrom: startFromId, ...body } = input;
  const start = startFromId ? await startingPoint(app, scope, startFromId, input.type) : null;
  // Sections the person left empty take the earlier plan's; what they wrote is kept.
  const merged = start ? { ...start.sections, ...withoutEmpty(body) } : body;
  const plan = await checked(app, request, scope, merged, 'create');
  const keyed = withStepKeys(plan);
  const now = scope.time.now;
  const id = await app.db.transaction(async (tx) => {
    const planId = await insertSafetyPlan(tx, {
      jurisdictionId: scope.youth.jurisdictionId,
      youthId,
      type: plan.type,
      category: SAFETY_PLAN_CATEGORY[plan.type],
      authorOrganizationId: scope.actor.organizationId,
      startedFromPlanId: start?.planId ?? null,
      now,
    });
    await insertSafetyPlanVersion(tx, {
      planId,
      version: 1,
      content: keyed,
      userId: scope.actor.userId,
      now,
    });
    const effects = await afterSave(tx, auditContext(app, request), scope, planId, keyed, now);
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'safety_plan.create',
      outcome: 'allowed',
      targetType: 'safety_plan',
      targetId: planId,
      categories: [SAFETY_PLAN_CATEGORY[plan.type]],
      details: {
        type: plan.type,
        version: 1,
        startedFrom: start?.planId ?? null,
        ...effects,
      },
    });
    return planId;
  });
  return readSafetyPlan(app, request, id);
}

/** PUT: the next version of a plan, if `version` is the current one; 409 with both if not. */
export async function saveSafetyPlan(
  app: AppServices,
  request: RequestContext,
  planId: string,
  input: Record<string, unknown> & { version: number },
): Promise<SafetyPlanView> {
  const found = await unsafeFindSafetyPlan(app.db, planId);
  if (!found) throw notFound('The safety plan');
  const scope = await openCase(app, request, found.youthId, 'case.view', 'The safety plan');
  await authorizeWrite(
    app,
    request,
    scope,
    decideSafetyPlanEdit(scope.actor, scope.facts, found.authorOrganizationId),
    'save',
    found.id,
  );
  const { version: edited, ...body } = input;
  if (body.type !== found.type) {
    throw new AppError(400, 'wrong_type', `This plan is a ${found.type} plan; its type stays.`);
  }
  const plan = await checked(app, request, scope, body, 'save');
  const keyed = withStepKeys(plan);
  const now = scope.time.now;
  const context = auditContext(app, request);
  const outcome = await app.db
    .transaction(async (tx) => {
      // The row lock makes two saves at once take turns; the second sees the first's version.
      const locked = await unsafeFindSafetyPlan(tx, planId, { lock: true });
      if (!locked) throw notFound('The safety plan');
      const decision = decideVersion(locked.currentVersion, edited);
      if (!decision.ok) return { stale: locked.currentVersion } as const;
      await insertSafetyPlanVersion(tx, {
        planId,
        version: decision.next,
        content: keyed,
        userId: scope.actor.userId,
        now,
      });
      const effects = await afterSave(tx, context, scope, planId, keyed, now);
      await appendAuditEvent(tx, context, {
        action: 'safety_plan.save',
        outcome: 'allowed',
        targetType: 'safety_plan',
        targetId: planId,
        categories: [found.category],
        details: { type: found.type, version: decision.next, editedVersion: edited, ...effects },
      });
      return { saved: decision.next } as const;
    })
    .catch((error: unknown) => {
      // The primary key is the second lock: a save that lost the race is stale too.
      if (isUniqueViolation(error)) return { stale: edited + 1 } as const;
      throw error;
    });
  if ('stale' in outcome) throw await staleVersion(app, request, found, edited, body);
  return readSafetyPlan(app, request, planId);
}

/** 409 stale_version with both versions: the one sent (as sent) and the current one. */
async function staleVersion(
  app: AppServices,
  request: RequestContext,
  plan: SafetyPlanRow,
  edited: number,
  sent: Record<string, unknown>,
): Promise<AppError> {
  const [current] = await listSafetyPlanVersions(app.db, plan.id);
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'safety_plan.save',
    outcome: 'denied',
    reason: 'stale_version',
    targetType: 'safety_plan',
    targetId: plan.id,
    categories: [plan.category],
    details: {
      type: plan.type,
      version: current?.version ?? plan.currentVersion,
      editedVersion: edited,
      tasksClosed: 0,
      stepTasksGiven: 0,
      stepTasksWithdrawn: 0,
    },
  });
  return new AppError(
    409,
    'stale_version',
    `Someone saved version ${String(current?.version ?? '?')} of this plan after the version ${String(edited)} you edited. Both are here: nothing is lost; merge them and save again.`,
    {},
    {
      mine: { version: edited, content: sent },
      current: current
        ? {
            version: current.version,
            content: current.content,
            savedByName: current.savedByName,
            savedAt: current.savedAt.toISOString(),
          }
        : null,
    },
  );
}

async function authorizeWrite(
  app: AppServices,
  request: RequestContext,
  scope: CaseScope,
  decision: AccessDecision,
  what: 'create' | 'save',
  planId?: string,
): Promise<void> {
  if (decision.allowed) return;
  await auditDenial(app, request, {
    action: `safety_plan.${what}`,
    reason: decision.reason,
    targetType: planId ? 'safety_plan' : 'youth',
    targetId: planId ?? scope.youth.id,
  });
  if (decision.reason === 'not_the_holder') {
    throw new AppError(
      403,
      'not_the_holder',
      'Not allowed: only the organization that wrote this plan saves its versions; start your own plan from it instead.',
    );
  }
  throw await refusal(app, scope.actor.jurisdictionId, decision.reason);
}

/** Checks the plan against its type and the team; a refusal is audited and names each field. */
async function checked(
  app: AppServices,
  request: RequestContext,
  scope: CaseScope,
  body: unknown,
  what: 'create' | 'save',
): Promise<SafetyPlanContent> {
  const team = new Set(scope.team.map((m) => m.organizationId));
  const result = checkSafetyPlan(body, team);
  if (result.ok) return result.plan;
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: what === 'create' ? 'safety_plan.create' : 'safety_plan.save',
    outcome: 'denied',
    reason: result.problems[0]?.code ?? 'invalid_plan',
    targetType: 'youth',
    targetId: scope.youth.id,
    details: {
      type: typeOf(body),
      version: 0,
      tasksClosed: 0,
      stepTasksGiven: 0,
      stepTasksWithdrawn: 0,
    },
  });
  const first = result.problems[0];
  throw new AppError(
    400,
    first?.code ?? 'invalid_plan',
    result.problems.map((p) => `${p.path}: ${p.message}`).join('; '),
    {},
    { problems: result.problems },
  );
}

/** The earlier plan to start from: one of this youth, of this type, that the caller may read. */
async function startingPoint(
  app: AppServices,
  scope: CaseScope,
  planId: string,
  type: string,
): Promise<{ planId: string; sections: Sections }> {
  const plan = await unsafeFindSafetyPlan(app.db, planId);
  const readable =
    plan &&
    plan.youthId === scope.youth.id &&
    scope.read(plan.category, plan.authorOrganizationId).allowed;
  if (!plan || !readable) throw notFound('The plan to start from');
  if (plan.type !== type) {
    throw new AppError(400, 'wrong_type', 'A new plan starts from an earlier plan of its type.');
  }
  const [latest] = await listSafetyPlanVersions(app.db, plan.id);
  if (!latest) throw notFound('The plan to start from');
  return { planId: plan.id, sections: startFrom(latest.content as unknown as Sections) };
}

function withoutEmpty(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(body).filter(([, value]) => !(Array.isArray(value) && value.length === 0)),
  );
}

function withStepKeys(plan: SafetyPlanContent) {
  return { ...plan, steps: plan.steps.map((s) => ({ ...s, key: s.key ?? randomUUID() })) };
}

/** What every save does beside the version: closes the protocol's tasks, gives step tasks. */
async function afterSave(
  tx: Queryable,
  context: AuditContext,
  scope: CaseScope,
  planId: string,
  plan: ReturnType<typeof withStepKeys>,
  now: Date,
): Promise<{ tasksClosed: number; stepTasksGiven: number; stepTasksWithdrawn: number }> {
  const youth: Youth = scope.youth;
  const closed = await closeTasksFulfilledBy(
    tx,
    context,
    {
      youthId: youth.id,
      kind: 'safety_plan',
      planType: plan.type,
      artifactType: 'safety_plan',
      artifactId: planId,
      userId: scope.actor.userId,
    },
    now,
  );
  const steps = await giveStepTasks(tx, context, {
    planId,
    youth,
    plan,
    authorOrganizationId: scope.actor.organizationId,
    userId: scope.actor.userId,
    now,
  });
  return {
    tasksClosed: closed.length,
    stepTasksGiven: steps.given,
    stepTasksWithdrawn: steps.withdrawn,
  };
}

function typeOf(body: unknown): string {
  const type = (body as { type?: unknown } | null)?.type;
  return typeof type === 'string' ? type.slice(0, 40) : 'unknown';
}
