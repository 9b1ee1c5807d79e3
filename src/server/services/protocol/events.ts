// Recording what happened to a youth, and reading it back. Recording fires the county protocol in
// the same transaction; reading shows each event only where the access module allows its category.
import {
  insertCaseEvent,
  unsafeFindCaseEvent,
  unsafeListCaseEvents,
} from '../../../db/repositories/case-events.js';
import { listTeam } from '../../../db/repositories/case-grants.js';
import { listPointPersons, type PointPerson } from '../../../db/repositories/point-persons.js';
import { findProtocolSettings } from '../../../db/repositories/protocol.js';
import { decideEventRecord } from '../../../domain/case-access.js';
import {
  checkEvent,
  EVENT_CATEGORY,
  type EventDetails,
  type EventType,
} from '../../../domain/case-events.js';
import type { NonCriminalization } from '../../../domain/legal-profile.js';
import type { ProtocolSettings } from '../../../domain/protocol.js';
import type { DataCategory } from '../../../domain/vocabulary.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest } from '../../errors.js';
import { auditDenial, openCase, refusal } from '../cases/case-scope.js';
import { recordEpisode } from '../missing/episodes.js';
import { followCustodyEvent } from '../referrals/facing-detention.js';
import { giveScreeningTask } from '../screening/schedule.js';
import { fireProtocol } from './engine.js';
import {
  decideForEvent,
  namesOffense,
  recordShown,
  unknownOffense,
  type NonCriminalizationView,
} from './non-criminalization.js';

export interface EventView {
  readonly id: string;
  readonly type: EventType;
  readonly category: DataCategory;
  readonly occurredAt: Date;
  readonly recordedAt: Date;
  readonly details: EventDetails;
  readonly recordedByName: string;
  readonly recordedByOrganizationId: string;
  readonly recordedByOrganizationName: string;
}

export interface ProtectiveResponse {
  readonly statement: NonCriminalization;
  /** Whom to call now: the advocacy organization's people, child welfare's hotline. */
  readonly call: readonly {
    readonly name: string;
    readonly function: string;
    readonly organizationName: string;
    readonly phone: string | null;
  }[];
  readonly takeChildTo: string;
  readonly interviewLocation: ProtocolSettings['interviewLocation'];
  readonly lawEnforcementResponse: ProtocolSettings['lawEnforcementResponse'];
}

export interface RecordedEventResult {
  readonly event: EventView;
  readonly fired: readonly {
    readonly ruleKey: string;
    readonly ruleVersion: number;
    readonly ruleName: string;
    readonly actions: readonly { readonly action: string; readonly result: string }[];
  }[];
  /** The tasks the protocol gave, as the recorder may know them: what, who, by when. */
  readonly tasks: readonly {
    readonly title: string;
    readonly assigneeOrganizationName: string;
    readonly dueAt: Date;
  }[];
  readonly protectiveResponse: ProtectiveResponse | null;
  /**
   * For an arrest attempt or a charging step: whether the law covers the offense for this youth
   * (the statement is then in `protectiveResponse`), or "consider victim status"; null otherwise.
   */
  readonly nonCriminalization: NonCriminalizationView | null;
}

export async function recordEvent(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  input: { type: EventType; occurredAt: Date; details: unknown },
): Promise<RecordedEventResult> {
  const scope = await openCase(app, request, youthId, 'event.record');
  const { actor, youth } = scope;
  const decision = decideEventRecord(actor, input.type, scope.facts);
  if (!decision.allowed) {
    await auditDenial(app, request, {
      action: `event.record:${input.type}`,
      reason: decision.reason,
      targetType: 'youth',
      targetId: youth.id,
      categories: [EVENT_CATEGORY[input.type]],
    });
    throw await refusal(app, actor.jurisdictionId, decision.reason);
  }
  const now = scope.time.now;
  const details =
    input.type === 'identification'
      ? { byOrganizationType: actor.organizationType, ...(input.details as object) }
      : input.details;
  const checked = checkEvent({ type: input.type, occurredAt: input.occurredAt, details }, now);
  const offenseProblem =
    checked.ok && namesOffense(input.type)
      ? unknownOffense(scope.profile, checked.details as { offenseCode?: string })
      : null;
  if (offenseProblem) {
    await appendAuditEvent(app.db, auditContext(app, request), {
      action: 'event.create',
      outcome: 'denied',
      reason: 'unknown_offense',
      targetType: 'youth',
      targetId: youth.id,
      details: { type: input.type, lateMinutes: 0, rulesFired: 0 },
    });
    throw badRequest('unknown_offense', offenseProblem);
  }
  if (!checked.ok) {
    await appendAuditEvent(app.db, auditContext(app, request), {
      action: 'event.create',
      outcome: 'denied',
      reason: checked.problem.code,
      targetType: 'youth',
      targetId: youth.id,
      details: { type: input.type, lateMinutes: 0, rulesFired: 0 },
    });
    throw badRequest(checked.problem.code, checked.problem.message);
  }
  const category = EVENT_CATEGORY[input.type];
  const result = await app.db.transaction(async (tx) => {
    // An offense is decided before the rules fire, so they can test `covered`.
    const offense = namesOffense(input.type)
      ? await decideForEvent(tx, {
          youth,
          profile: scope.profile,
          occurredAt: input.occurredAt,
          details: checked.details,
        })
      : null;
    const details = offense?.details ?? checked.details;
    const id = await insertCaseEvent(tx, {
      jurisdictionId: youth.jurisdictionId,
      youthId: youth.id,
      type: input.type,
      category,
      occurredAt: input.occurredAt,
      details,
      userId: actor.userId,
      organizationId: actor.organizationId,
      now,
    });
    await recordEpisode(tx, {
      id,
      type: input.type,
      jurisdictionId: youth.jurisdictionId,
      youthId: youth.id,
      occurredAt: input.occurredAt,
      details: checked.details,
    });
    await followCustodyEvent(tx, auditContext(app, request), {
      id,
      type: input.type,
      jurisdictionId: youth.jurisdictionId,
      youthId: youth.id,
    });
    const fired = await fireProtocol(tx, app, request, {
      actor,
      youth,
      event: {
        id,
        type: input.type,
        occurredAt: input.occurredAt,
        details,
        recordedByOrganizationId: actor.organizationId,
      },
      profile: scope.profile,
      now,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'event.create',
      outcome: 'allowed',
      targetType: 'case_event',
      targetId: id,
      categories: [category],
      details: {
        type: input.type,
        lateMinutes: Math.max(0, Math.round((now.getTime() - input.occurredAt.getTime()) / 60_000)),
        rulesFired: fired.fired.length,
      },
    });
    const tasks = [...fired.given];
    // An identification is a suspicion: the county's re-screen schedule may want a screening.
    if (input.type === 'identification') {
      const screening = await giveScreeningTask(tx, app, auditContext(app, request), {
        youth,
        trigger: { kind: 'suspicion', at: input.occurredAt },
        eventId: id,
        now,
      });
      if (screening) tasks.push(screening);
    }
    const shown = offense
      ? await recordShown(tx, app, request, {
          actor,
          youth,
          profile: scope.profile,
          eventId: id,
          code: offense.code,
          decision: offense.decision,
          now,
        })
      : null;
    return { id, fired, tasks, shown };
  });
  // The law covers the offense: the statement is shown whatever the county's rules say.
  const protectiveResponse =
    result.fired.statement || result.shown?.decision === 'covered'
      ? await protectiveResponseFor(
          app,
          youth.jurisdictionId,
          youth.id,
          scope.profile.nonCriminalization,
        )
      : null;
  // The recorder's own event, read back with the names joined.
  const stored = await unsafeFindCaseEvent(app.db, result.id);
  if (!stored) throw new Error('The event just recorded was not found.');
  return {
    event: stored,
    fired: result.fired.fired.map((f) => ({
      ruleKey: f.ruleKey,
      ruleVersion: f.ruleVersion,
      ruleName: f.ruleName,
      actions: f.outcomes.map((o) => ({ action: o.action, result: o.result })),
    })),
    tasks: result.tasks,
    protectiveResponse,
    nonCriminalization: result.shown,
  };
}

/**
 * What the officer is shown at once: the legal profile's statement, whom to call now (the
 * advocacy organization on the case or the county's partner, and child welfare), where to take
 * the child. Point persons are a directory every signed-in person may read.
 */
async function protectiveResponseFor(
  app: AppServices,
  jurisdictionId: string,
  youthId: string,
  statement: NonCriminalization,
): Promise<ProtectiveResponse> {
  const [settings, people, team] = await Promise.all([
    findProtocolSettings(app.db, jurisdictionId),
    listPointPersons(app.db, { jurisdictionId }),
    listTeam(app.db, youthId),
  ]);
  const advocacyIds = new Set(
    team.filter((m) => m.organizationType === 'advocacy').map((m) => m.organizationId),
  );
  if (settings.advocacyPartnerOrganizationId)
    advocacyIds.add(settings.advocacyPartnerOrganizationId);
  const wanted = (p: PointPerson) =>
    advocacyIds.has(p.organizationId) || p.organizationType === 'child_welfare';
  return {
    statement,
    call: people.filter(wanted).map((p) => ({
      name: p.name,
      function: p.function,
      organizationName: p.organizationName,
      phone: p.afterHoursPhone ?? p.phone,
    })),
    takeChildTo: settings.takeChildTo,
    interviewLocation: settings.interviewLocation,
    lawEnforcementResponse: settings.lawEnforcementResponse,
  };
}

/** The events of a case the caller may read, oldest first; what is withheld is audited. */
export async function listEventsFor(
  app: AppServices,
  request: RequestContext,
  youthId: string,
): Promise<EventView[]> {
  const scope = await openCase(app, request, youthId, 'case.view');
  const shown: EventView[] = [];
  const withheld: { category: string; reason: string }[] = [];
  for (const event of await unsafeListCaseEvents(app.db, youthId)) {
    const decision = scope.read(event.category, event.recordedByOrganizationId);
    if (!decision.allowed) {
      withheld.push({ category: event.category, reason: decision.reason });
      continue;
    }
    shown.push({
      id: event.id,
      type: event.type,
      category: event.category,
      occurredAt: event.occurredAt,
      recordedAt: event.recordedAt,
      details: event.details,
      recordedByName: event.recordedByName,
      recordedByOrganizationId: event.recordedByOrganizationId,
      recordedByOrganizationName: event.recordedByOrganizationName,
    });
  }
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'youth.read',
    outcome: 'allowed',
    targetType: 'youth',
    targetId: youthId,
    categories: [...new Set(shown.map((e) => e.category))],
    details: { view: 'events', withheld },
  });
  return shown;
}
