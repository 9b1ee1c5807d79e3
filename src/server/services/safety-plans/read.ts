// Reading safety plans: each plan is its category's data held by the organization that wrote it,
// so it is shown exactly where a note of that category would be (decideRead), and every read and
// every withheld plan is audited (docs/CONFIDENTIALITY.md, "Safety plans").
import {
  listSafetyPlanVersions,
  unsafeFindSafetyPlan,
  unsafeListSafetyPlans,
  type SafetyPlanRow,
  type SafetyPlanVersionRow,
} from '../../../db/repositories/safety-plans.js';
import { decideSafetyPlanEdit, type SafetyPlanType } from '../../../domain/safety-plans.js';
import type { DataCategory } from '../../../domain/vocabulary.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { auditDenial, openCase, refusal, type CaseScope } from '../cases/case-scope.js';

export interface SafetyPlanSummary {
  readonly id: string;
  readonly youthId: string;
  readonly type: SafetyPlanType;
  readonly category: DataCategory;
  readonly authorOrganizationId: string;
  readonly authorOrganizationName: string;
  readonly version: number;
  readonly savedByName: string;
  readonly savedAt: Date;
  readonly createdAt: Date;
  readonly startedFromPlanId: string | null;
}

export interface SafetyPlanVersionView {
  readonly version: number;
  readonly content: Record<string, unknown>;
  readonly savedByName: string;
  readonly savedAt: Date;
}

export interface SafetyPlanView extends SafetyPlanSummary {
  readonly content: Record<string, unknown>;
  readonly allowedActions: readonly 'edit'[];
}

const summaryOf = (plan: SafetyPlanRow, latest: SafetyPlanVersionRow): SafetyPlanSummary => ({
  id: plan.id,
  youthId: plan.youthId,
  type: plan.type,
  category: plan.category,
  authorOrganizationId: plan.authorOrganizationId,
  authorOrganizationName: plan.authorOrganizationName,
  version: latest.version,
  savedByName: latest.savedByName,
  savedAt: latest.savedAt,
  createdAt: plan.createdAt,
  startedFromPlanId: plan.startedFromPlanId,
});

/** The plans of a case the caller may read, newest first; the withheld are audited by category. */
export async function listSafetyPlansFor(
  app: AppServices,
  request: RequestContext,
  youthId: string,
): Promise<SafetyPlanSummary[]> {
  const scope = await openCase(app, request, youthId, 'case.view');
  const shown: SafetyPlanSummary[] = [];
  const withheld: { category: string; reason: string }[] = [];
  for (const plan of await unsafeListSafetyPlans(app.db, youthId)) {
    const decision = scope.read(plan.category, plan.authorOrganizationId);
    if (!decision.allowed) {
      withheld.push({ category: plan.category, reason: decision.reason });
      continue;
    }
    const [latest] = await listSafetyPlanVersions(app.db, plan.id);
    if (latest) shown.push(summaryOf(plan, latest));
  }
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'youth.read',
    outcome: 'allowed',
    targetType: 'youth',
    targetId: youthId,
    categories: [...new Set(shown.map((p) => p.category))],
    details: { view: 'safety_plans', withheld },
  });
  return shown;
}

/** Opens one plan for reading: 404 for an unknown id or another county's, 403 without a basis. */
async function openPlan(
  app: AppServices,
  request: RequestContext,
  planId: string,
): Promise<{ plan: SafetyPlanRow; scope: CaseScope }> {
  const plan = await unsafeFindSafetyPlan(app.db, planId);
  if (!plan) throw notFound('The safety plan');
  const scope = await openCase(app, request, plan.youthId, 'case.view', 'The safety plan');
  const decision = scope.read(plan.category, plan.authorOrganizationId);
  if (!decision.allowed) {
    await auditDenial(app, request, {
      action: 'safety_plan.read',
      reason: decision.reason,
      targetType: 'safety_plan',
      targetId: plan.id,
      categories: [plan.category],
    });
    throw await refusal(app, scope.actor.jurisdictionId, decision.reason);
  }
  return { plan, scope };
}

async function auditRead(
  app: AppServices,
  request: RequestContext,
  plan: SafetyPlanRow,
  view: string,
): Promise<void> {
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'youth.read',
    outcome: 'allowed',
    targetType: 'safety_plan',
    targetId: plan.id,
    categories: [plan.category],
    details: { view, withheld: [] },
  });
}

export async function readSafetyPlan(
  app: AppServices,
  request: RequestContext,
  planId: string,
): Promise<SafetyPlanView> {
  const { plan, scope } = await openPlan(app, request, planId);
  const [latest] = await listSafetyPlanVersions(app.db, plan.id);
  if (!latest) throw notFound('The safety plan');
  await auditRead(app, request, plan, 'safety_plan');
  const mayEdit = decideSafetyPlanEdit(scope.actor, scope.facts, plan.authorOrganizationId).allowed;
  return {
    ...summaryOf(plan, latest),
    content: latest.content,
    allowedActions: mayEdit ? ['edit'] : [],
  };
}

/** Every version of a plan, newest first: its history, nothing ever overwritten. */
export async function readSafetyPlanVersions(
  app: AppServices,
  request: RequestContext,
  planId: string,
): Promise<SafetyPlanVersionView[]> {
  const { plan } = await openPlan(app, request, planId);
  const versions = await listSafetyPlanVersions(app.db, plan.id);
  await auditRead(app, request, plan, 'safety_plan_versions');
  return versions.map((v) => ({
    version: v.version,
    content: v.content,
    savedByName: v.savedByName,
    savedAt: v.savedAt,
  }));
}
