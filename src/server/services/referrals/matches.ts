// A youth's service plan (needs, history, providers to avoid, a detention decision) and the
// services that match it. The plan is needs_services data of the organization that recorded it;
// age, gender and languages come from the identity the caller may read. Without both, no match
// is made.
import type { Queryable } from '../../../db/database.js';
import {
  findServicePlan,
  saveServicePlan,
  type ServicePlan,
} from '../../../db/repositories/referrals.js';
import { findJurisdiction } from '../../../db/repositories/jurisdictions.js';
import {
  EXCLUSION_MESSAGES,
  matchServices,
  type ExclusionReason,
  type ExclusionReasonCode,
  type MatchReason,
  type MatchableService,
  type Need,
  type YouthConstraints,
  type YouthHistory,
} from '../../../domain/matching.js';
import type { YouthIdentity } from '../../../db/repositories/youth.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { conflict } from '../../errors.js';
import { openCase, refusal, type CaseScope } from '../cases/case-scope.js';
import { describeServices, type DirectoryService } from '../directory/staff.js';

/** Age in whole years on `today`, from a birth date or an estimated birth year. */
export function ageOn(identity: YouthIdentity, today: string): number | null {
  if (identity.birthDate) {
    const [by, bm, bd] = identity.birthDate.split('-').map(Number) as [number, number, number];
    const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
    return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
  }
  return identity.estimatedBirthYear === null
    ? null
    : Number(today.slice(0, 4)) - identity.estimatedBirthYear;
}

export async function recordServicePlan(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  input: {
    needs: readonly Need[];
    history: YouthHistory;
    excludedOrganizationIds: readonly string[];
    facingDetention: boolean;
  },
): Promise<ServicePlan> {
  const scope = await openCase(app, request, youthId, 'note.write');
  await app.db.transaction(async (tx) => {
    await saveServicePlan(
      tx,
      scope.youth.jurisdictionId,
      {
        youthId,
        needs: [...new Set(input.needs)],
        history: input.history,
        excludedOrganizationIds: [...new Set(input.excludedOrganizationIds)],
        facingDetention: input.facingDetention,
        recordedByOrganizationId: scope.actor.organizationId,
        recordedByUserId: scope.actor.userId,
      },
      scope.time.now,
    );
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'service_plan.save',
      outcome: 'allowed',
      targetType: 'youth',
      targetId: youthId,
      categories: ['needs_services'],
      details: { needs: input.needs.length },
    });
  });
  const plan = await findServicePlan(app.db, scope.youth.jurisdictionId, youthId);
  if (!plan) throw new Error('the service plan was not saved');
  return plan;
}

/** The plan, if the caller may read it (needs_services of the organization that wrote it). */
export async function readablePlan(
  app: AppServices,
  scope: CaseScope,
): Promise<ServicePlan | null> {
  const plan = await findServicePlan(app.db, scope.youth.jurisdictionId, scope.youth.id);
  if (!plan) return null;
  const decision = scope.read('needs_services', plan.recordedByOrganizationId);
  if (!decision.allowed) throw await refusal(app, scope.actor.jurisdictionId, decision.reason);
  return plan;
}

/** What matching needs to know of the youth, or a refusal naming what is missing. */
export async function youthConstraints(
  app: AppServices,
  scope: CaseScope,
  plan: ServicePlan,
): Promise<YouthConstraints> {
  const identity = scope.read('identity', scope.youth.createdByOrganizationId);
  if (!identity.allowed) throw await refusal(app, scope.actor.jurisdictionId, identity.reason);
  const age = ageOn(scope.youth.identity, scope.time.today);
  if (age === null) {
    throw conflict('age_unknown', 'Record a birth date or an estimated birth year first.');
  }
  const jurisdiction = await findJurisdiction(app.db, scope.youth.jurisdictionId);
  return {
    needs: plan.needs as Need[],
    age,
    gender: scope.youth.identity.genderIdentity,
    languages: scope.youth.identity.languages,
    county: jurisdiction?.name ?? null,
    history: plan.history,
    excludedOrganizationIds: plan.excludedOrganizationIds,
    facingDetention: plan.facingDetention,
  };
}

/**
 * Active services in matching's terms: those that meet at least one of `needs`, and with
 * `alternativesToDetention` every alternative to detention too (the others can only be excluded
 * for meeting none), or the one service asked for.
 */
export async function matchableServices(
  db: Queryable,
  filter:
    | { readonly needs: readonly string[]; readonly alternativesToDetention?: boolean }
    | { readonly serviceId: string },
): Promise<MatchableService[]> {
  const rows = await db.query<{
    service_id: string;
    organization_id: string | null;
    name: string;
    needs: string[] | null;
    csec_specialized: boolean | null;
    level: MatchableService['level'] | null;
    group_setting: boolean | null;
    cohort_rule: MatchableService['cohortRule'] | null;
    minimum_age: string | null;
    maximum_age: string | null;
    genders: string[] | null;
    lgbtq_affirming: boolean | null;
    alternative_to_detention: boolean | null;
    languages: string[];
    service_areas: string[];
    capacity_available: number | null;
  }>(
    `SELECT ds.service_id, ds.organization_id, ds.name, p.needs, p.csec_specialized, p.level,
       p.group_setting, p.cohort_rule, ds.minimum_age, ds.maximum_age, p.genders,
       p.lgbtq_affirming, p.alternative_to_detention, ds.languages, ds.service_areas,
       p.capacity_available
     FROM directory_search ds LEFT JOIN directory_service_profiles p ON p.service_id = ds.service_id
     WHERE ds.status = 'active' AND ${
       'needs' in filter
         ? `(p.needs && $1::text[]${filter.alternativesToDetention ? ' OR p.alternative_to_detention' : ''})`
         : 'ds.service_id = $1'
     }`,
    ['needs' in filter ? filter.needs : filter.serviceId],
  );
  return rows.map((r) => ({
    id: r.service_id,
    organizationId: r.organization_id ?? '',
    name: r.name,
    needs: (r.needs ?? []) as Need[],
    csecSpecialized: r.csec_specialized ?? false,
    level: r.level ?? 'both',
    groupSetting: r.group_setting ?? false,
    cohortRule: r.cohort_rule ?? 'either',
    minimumAge: r.minimum_age === null ? null : Number(r.minimum_age),
    maximumAge: r.maximum_age === null ? null : Number(r.maximum_age),
    genders: r.genders,
    lgbtqAffirming: r.lgbtq_affirming ?? false,
    alternativeToDetention: r.alternative_to_detention ?? false,
    languages: r.languages,
    serviceAreas: r.service_areas.length === 0 ? null : r.service_areas,
    capacityAvailable: r.capacity_available,
  }));
}

export interface MatchView {
  readonly plan: ServicePlan | null;
  readonly age: number | null;
  readonly ranked: readonly {
    readonly service: DirectoryService;
    readonly score: number;
    readonly needsMet: readonly Need[];
    readonly reasons: readonly string[];
    readonly reasonCodes: readonly MatchReason[];
  }[];
  /** Services that meet a need but break a hard rule, with why. */
  readonly excluded: readonly {
    readonly service: DirectoryService;
    readonly reasons: readonly ExclusionReason[];
    readonly explanations: readonly string[];
    readonly reasonCodes: readonly ExclusionReasonCode[];
  }[];
  /**
   * How many services were weighed: the active ones that meet at least one of the needs, and
   * when the youth faces a detention decision, every alternative to detention.
   */
  readonly considered: number;
}

const SHOWN = 50;

export async function matchesFor(
  app: AppServices,
  request: RequestContext,
  youthId: string,
): Promise<MatchView> {
  const scope = await openCase(app, request, youthId, 'case.view');
  const plan = await readablePlan(app, scope);
  if (!plan) return { plan: null, age: null, ranked: [], excluded: [], considered: 0 };
  const youth = await youthConstraints(app, scope, plan);
  const services = await matchableServices(app.db, {
    needs: plan.needs,
    alternativesToDetention: plan.facingDetention,
  });
  const result = matchServices(youth, services);
  const excluded = result.excluded
    .filter((e) => !e.reasons.includes('meets_no_need'))
    .slice(0, SHOWN);
  const ranked = result.ranked.slice(0, SHOWN);
  const described = new Map(
    (
      await describeServices(app.db, scope.actor, [
        ...ranked.map((r) => r.serviceId),
        ...excluded.map((e) => e.serviceId),
      ])
    ).map((s) => [s.id, s]),
  );
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'youth.read',
    outcome: 'allowed',
    targetType: 'youth',
    targetId: youthId,
    categories: ['identity', 'needs_services'],
    details: { view: 'matches', withheld: [] },
  });
  return {
    plan,
    age: youth.age,
    ranked: ranked.flatMap((r) => {
      const service = described.get(r.serviceId);
      return service
        ? [
            {
              service,
              score: r.score,
              needsMet: r.needsMet,
              reasons: r.reasons,
              reasonCodes: r.reasonCodes,
            },
          ]
        : [];
    }),
    excluded: excluded.flatMap((e) => {
      const service = described.get(e.serviceId);
      return service
        ? [
            {
              service,
              reasons: e.reasons,
              explanations: e.reasons.map((r) => EXCLUSION_MESSAGES[r]),
              reasonCodes: e.reasonCodes,
            },
          ]
        : [];
    }),
    considered: services.length,
  };
}
