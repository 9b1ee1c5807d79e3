// Hearings on a case (docs/LEGAL-AND-MDT.md, "Protective orders and hearings"): `legal` data of
// the recording organization. Recording one records the `hearing` event through the protocol's own
// use case, in the same transaction, so the county's rules fire on it exactly as on an event typed
// in the recording form (a youth who testifies: the advocate's testimony safety plan; a hearing in
// another county: that county is told).
import { decideEventRecord, type AccessBasis } from '../../../domain/case-access.js';
import { EVENT_CATEGORY } from '../../../domain/case-events.js';
import {
  hearingTimeProblem,
  HEARING_CATEGORY,
  type HearingType,
} from '../../../domain/hearings.js';
import { localDate } from '../../../domain/legal-profile.js';
import { insertHearing, unsafeListHearings } from '../../../db/repositories/hearings.js';
import { findJurisdiction } from '../../../db/repositories/jurisdictions.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest } from '../../errors.js';
import { auditDenial, openCase, refusal } from '../cases/case-scope.js';
import { recordEvent, type RecordedEventResult } from '../protocol/events.js';
import { withinTransaction } from '../within-transaction.js';

export interface HearingInput {
  readonly startsAt: Date;
  readonly court: string;
  /** Null: a hearing in the youth's own county. */
  readonly hearingJurisdictionId: string | null;
  readonly type: HearingType;
  readonly youthTestifies: boolean;
  readonly attendingOrganizationIds: readonly string[];
}

export interface HearingView {
  readonly id: string;
  readonly eventId: string;
  readonly startsAt: Date;
  readonly court: string;
  readonly hearingJurisdictionId: string;
  readonly hearingJurisdictionName: string;
  readonly type: HearingType;
  readonly youthTestifies: boolean;
  readonly attending: { organizationId: string; organizationName: string }[];
  readonly recordedByName: string;
  readonly recordedByOrganizationId: string;
  readonly recordedByOrganizationName: string;
  readonly createdAt: Date;
  readonly basis: AccessBasis;
}

export async function recordHearing(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  input: HearingInput,
): Promise<{ id: string; eventId: string; tasks: RecordedEventResult['tasks'][number][] }> {
  const scope = await openCase(app, request, youthId, 'event.record');
  const { actor, youth } = scope;
  // Decided here, not only inside recordEvent: a refusal there would be rolled back with the
  // hearing's transaction, and a refusal must stay on record.
  const decision = decideEventRecord(actor, 'hearing', scope.facts);
  if (!decision.allowed) {
    await auditDenial(app, request, {
      action: 'hearing.create',
      reason: decision.reason,
      targetType: 'youth',
      targetId: youth.id,
      categories: [EVENT_CATEGORY.hearing],
    });
    throw await refusal(app, actor.jurisdictionId, decision.reason);
  }
  const now = scope.time.now;
  const timeProblem = hearingTimeProblem(input.startsAt, now);
  if (timeProblem) throw badRequest('in_the_past', timeProblem);
  const hearingJurisdictionId = input.hearingJurisdictionId ?? youth.jurisdictionId;
  if (!(await findJurisdiction(app.db, hearingJurisdictionId))) {
    throw badRequest(
      'unknown_jurisdiction',
      'hearingJurisdictionId names no county Lantern knows.',
    );
  }
  const onTeam = new Set(scope.team.map((m) => m.organizationId));
  const strangers = input.attendingOrganizationIds.filter((id) => !onTeam.has(id));
  if (strangers.length > 0) {
    throw badRequest(
      'not_on_team',
      'attendingOrganizationIds: only organizations on the case team attend for the youth; add them to the team first.',
    );
  }
  // The hearing's day on the case county's calendar, which the protocol's clocks count in.
  const hearingDate = localDate(input.startsAt, scope.profile.timeZone);
  return app.db.transaction(async (tx) => {
    const recorded = await recordEvent(withinTransaction(app, tx), request, youth.id, {
      type: 'hearing',
      occurredAt: now,
      details: {
        hearingDate,
        court: input.court,
        youthTestifies: input.youthTestifies,
        // Named only when elsewhere, as a subpoena names it: the pack's hearing-county rule
        // tells that county the minimal packet (src/domain/cross-county.ts).
        ...(hearingJurisdictionId !== youth.jurisdictionId ? { hearingJurisdictionId } : {}),
      },
    });
    const id = await insertHearing(tx, {
      jurisdictionId: youth.jurisdictionId,
      youthId: youth.id,
      eventId: recorded.event.id,
      startsAt: input.startsAt,
      court: input.court,
      hearingJurisdictionId,
      type: input.type,
      youthTestifies: input.youthTestifies,
      attendingOrganizationIds: [...new Set(input.attendingOrganizationIds)],
      userId: actor.userId,
      organizationId: actor.organizationId,
      now,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'hearing.create',
      outcome: 'allowed',
      targetType: 'hearing',
      targetId: id,
      categories: [HEARING_CATEGORY],
      details: {
        type: input.type,
        youthTestifies: input.youthTestifies,
        eventId: recorded.event.id,
        elsewhere: hearingJurisdictionId !== youth.jurisdictionId,
      },
    });
    return { id, eventId: recorded.event.id, tasks: [...recorded.tasks] };
  });
}

export async function listHearingsFor(
  app: AppServices,
  request: RequestContext,
  youthId: string,
): Promise<{ hearings: HearingView[]; mayRecord: boolean }> {
  const scope = await openCase(app, request, youthId, 'case.view');
  const names = new Map(scope.team.map((m) => [m.organizationId, m.organizationName]));
  const hearings: HearingView[] = [];
  const withheld = new Map<string, { category: string; reason: string }>();
  for (const hearing of await unsafeListHearings(app.db, youthId)) {
    const decision = scope.read(HEARING_CATEGORY, hearing.recordedByOrganizationId);
    if (!decision.allowed) {
      withheld.set(decision.reason, { category: HEARING_CATEGORY, reason: decision.reason });
      continue;
    }
    hearings.push({
      id: hearing.id,
      eventId: hearing.eventId,
      startsAt: hearing.startsAt,
      court: hearing.court,
      hearingJurisdictionId: hearing.hearingJurisdictionId,
      hearingJurisdictionName: hearing.hearingJurisdictionName,
      type: hearing.type,
      youthTestifies: hearing.youthTestifies,
      attending: hearing.attendingOrganizationIds.map((organizationId) => ({
        organizationId,
        // An organization that has since left the team is still named by its id.
        organizationName: names.get(organizationId) ?? organizationId,
      })),
      recordedByName: hearing.recordedByName,
      recordedByOrganizationId: hearing.recordedByOrganizationId,
      recordedByOrganizationName: hearing.recordedByOrganizationName,
      createdAt: hearing.createdAt,
      basis: decision.basis,
    });
  }
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'youth.read',
    outcome: 'allowed',
    targetType: 'youth',
    targetId: youthId,
    categories: hearings.length > 0 ? [HEARING_CATEGORY] : [],
    details: { view: 'hearings', withheld: [...withheld.values()] },
  });
  return {
    hearings,
    mayRecord: decideEventRecord(scope.actor, 'hearing', scope.facts).allowed,
  };
}
