// The court calendar (docs/LEGAL-AND-MDT.md, "Protective orders and hearings"): the hearings of a
// window for the court's and the district attorney's staff, each entry with only what the rule in
// src/domain/hearings.ts allows: case number, time, court and type, and the youth's name only where
// the access module lets the caller read identity. Audited with the ids of the youths named.
import { decideRead } from '../../../domain/case-access.js';
import {
  calendarEntryVisibility,
  calendarWindowProblem,
  decideCourtCalendarRead,
  type HearingType,
} from '../../../domain/hearings.js';
import { localDate } from '../../../domain/legal-profile.js';
import { startOfLocalDay } from '../../../domain/local-time.js';
import { unsafeCalendarCandidates } from '../../../db/repositories/hearings.js';
import { unsafeFindYouth } from '../../../db/repositories/youth.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest } from '../../errors.js';
import { enforce, requireActor } from '../authorize.js';
import { loadCase, loadJurisdictionFacts } from '../cases/case-scope.js';

export interface CalendarEntry {
  readonly hearingId: string;
  readonly caseNumber: string;
  readonly startsAt: Date;
  readonly court: string;
  readonly hearingJurisdictionName: string;
  readonly type: HearingType;
  /** Only where the caller may read the youth's identity; null otherwise. */
  readonly youthName: string | null;
  /** The record, for those who may open it (the same county): null for a visiting youth. */
  readonly youthId: string | null;
}

export interface CourtCalendar {
  readonly from: string;
  readonly to: string;
  readonly timeZone: string;
  readonly hearings: CalendarEntry[];
}

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export async function readCourtCalendar(
  app: AppServices,
  request: RequestContext,
  window: { from?: string | undefined; to?: string | undefined },
): Promise<CourtCalendar> {
  const actor = requireActor(request);
  const decision = decideCourtCalendarRead(actor);
  await enforce(
    app,
    request,
    decision,
    { action: 'court_calendar.read', targetType: 'jurisdiction', targetId: actor.jurisdictionId },
    decision.allowed ? undefined : decision.reason,
  );
  const shared = await loadJurisdictionFacts(app.db, app, actor.jurisdictionId);
  const { timeZone } = shared.profile;
  const from = window.from ?? localDate(app.clock.now(), timeZone);
  const to = window.to ?? addDays(from, 6);
  const problem = calendarWindowProblem(from, to);
  if (problem) throw badRequest('bad_window', problem);

  const candidates = await unsafeCalendarCandidates(app.db, {
    jurisdictionId: actor.jurisdictionId,
    organizationId: actor.organizationId,
    includeHeldHere: true,
    from: startOfLocalDay(from, timeZone),
    to: startOfLocalDay(addDays(to, 1), timeZone),
  });
  const hearings: CalendarEntry[] = [];
  for (const hearing of candidates) {
    const youth = await unsafeFindYouth(app.db, hearing.youthId);
    if (!youth) continue;
    const ours = youth.jurisdictionId === actor.jurisdictionId;
    // Facts of a case of another county are never loaded: nothing of it could be read anyway.
    const scope = ours ? await loadCase(app.db, app, actor, youth, shared) : null;
    const visibility = calendarEntryVisibility(actor, {
      caseJurisdictionId: youth.jurisdictionId,
      hearingJurisdictionId: hearing.hearingJurisdictionId,
      organizationOnTeam: scope?.facts.team.some((m) => m.organizationId === actor.organizationId)
        ? true
        : false,
      identityReadable: scope
        ? decideRead(
            actor,
            { category: 'identity', holderOrganizationId: youth.createdByOrganizationId },
            scope.facts,
            scope.time,
          ).allowed
        : false,
    });
    if (!visibility.listed) continue;
    const { givenName, familyName, alias } = youth.identity;
    const typedName = [givenName, familyName].filter(Boolean).join(' ') || alias;
    hearings.push({
      hearingId: hearing.id,
      caseNumber: hearing.caseNumber,
      startsAt: hearing.startsAt,
      court: hearing.court,
      hearingJurisdictionName: hearing.hearingJurisdictionName,
      type: hearing.type,
      youthName: visibility.withName ? typedName : null,
      youthId: ours && visibility.withName ? youth.id : null,
    });
  }
  const namedYouthIds = [
    ...new Set(hearings.filter((h) => h.youthId !== null).map((h) => h.youthId as string)),
  ];
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'court_calendar.read',
    outcome: 'allowed',
    targetType: 'jurisdiction',
    targetId: actor.jurisdictionId,
    categories: namedYouthIds.length > 0 ? ['identity'] : [],
    details: { from, to, results: hearings.length, namedYouthIds },
  });
  return { from, to, timeZone, hearings };
}
