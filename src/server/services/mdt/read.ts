// Reading MDT meetings: the list, and one meeting as the caller's organization may see it (its
// own screen) or as the room's shared screen shows it (case numbers and clocks). Every case is
// weighed by the access module through src/domain/mdt.ts; the read is audited with what it
// returned and how much it withheld.
import {
  listClocks,
  listDecisions,
  listMeetings,
  unsafeListMinutes,
  type Meeting,
} from '../../../db/repositories/mdt-meetings.js';
import { unsafeFindYouth, type YouthIdentity } from '../../../db/repositories/youth.js';
import type { Actor } from '../../../domain/actor.js';
import { neverReadsCases, seesYouthData } from '../../../domain/case-access.js';
import {
  agendaCaseShows,
  clockState,
  decideCaseMinutesRead,
  MEETING_MANAGE_ACTIONS,
  type AgendaReason,
  type CategoryHolders,
  type ClockState,
  type MeetingManageAction,
  type MeetingView,
} from '../../../domain/mdt.js';
import type { TaskKind } from '../../../domain/protocol.js';
import { isCountyCoordinator } from '../../../domain/tasks.js';
import type { DataCategory } from '../../../domain/vocabulary.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { auditDenial, requireActor } from '../authorize.js';
import { loadCase, loadJurisdictionFacts } from '../cases/case-scope.js';
import { holdersByCategory } from '../cases/record.js';
import { openMeeting } from './access.js';

interface MinutesBody {
  readonly id: string;
  readonly categories: DataCategory[];
  readonly body: string;
  readonly writtenAt: Date;
}

/** One case on the agenda as one screen shows it (src/server/http/mdt-schemas.ts). */
interface AgendaCaseBody {
  readonly youthId: string;
  readonly caseNumber: string;
  readonly position: number;
  readonly reasons: AgendaReason[];
  readonly reviewedAt: Date | null;
  readonly clocks: {
    title: string;
    kind: TaskKind;
    assigneeOrganizationName: string;
    dueAt: Date;
    completedAt: Date | null;
    state: ClockState;
  }[];
  readonly name: string | null;
  readonly categories: DataCategory[];
  readonly minutes: MinutesBody[];
  readonly minutesWithheld: number;
  readonly decisions: {
    id: string;
    youthId: string;
    title: string;
    ownerOrganizationId: string;
    ownerOrganizationName: string;
    dueAt: Date;
    taskStatus: 'open' | 'done' | 'cancelled';
    text: string | null;
  }[];
  /** The coordinator's own view: the case team, who may own a decision besides the attendees. */
  readonly teamOrganizations: { organizationId: string; organizationName: string }[];
}

export interface MeetingViewBody {
  readonly id: string;
  readonly title: string;
  readonly startsAt: Date;
  readonly view: MeetingView;
  readonly attendees: {
    organizationId: string;
    organizationName: string;
    present: boolean | null;
  }[];
  readonly agenda: AgendaCaseBody[];
  readonly generalMinutes: MinutesBody[];
  readonly allowedActions: MeetingManageAction[];
}

/** Clocks closed this long before the meeting still show, as met or late. */
const CLOSED_CLOCKS_DAYS = 14;

/** The name a person in the room says: given and family names, and the alias in quotes. */
export function spokenName(identity: YouthIdentity): string {
  const names = [identity.givenName, identity.familyName].filter(Boolean).join(' ');
  const alias = identity.alias ? `“${identity.alias}”` : '';
  return [names, alias].filter(Boolean).join(' ') || '—';
}

/**
 * My meetings: the coordinator's are every meeting of the county; anyone else who works cases
 * sees the meetings their organization attends. Administrators and oversight are refused.
 */
export async function listMeetingsFor(app: AppServices, request: RequestContext) {
  const actor = requireActor(request);
  if (neverReadsCases(actor) || !seesYouthData(actor)) {
    await auditDenial(app, request, 'role_without_youth_data', {
      action: 'mdt.list',
      targetType: 'mdt_meeting',
    });
    throw new AppError(
      403,
      'role_without_youth_data',
      'Your role does not take part in case reviews.',
    );
  }
  const meetings = await listMeetings(app.db, {
    jurisdictionId: actor.jurisdictionId,
    ...(isCountyCoordinator(actor) ? {} : { organizationId: actor.organizationId }),
    limit: 200,
  });
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'mdt.list',
    outcome: 'allowed',
    targetType: 'mdt_meeting',
    details: { results: meetings.length },
  });
  return meetings.map((m) => ({
    id: m.id,
    title: m.title,
    startsAt: m.startsAt,
    cases: m.cases,
    attendees: m.attendeeOrganizationIds.length,
  }));
}

/** A case team's organizations, once each (a team lists people of an organization apart). */
function teamOrganizations(
  team: readonly { organizationId: string; organizationName: string }[],
): { organizationId: string; organizationName: string }[] {
  const names = new Map(team.map((m) => [m.organizationId, m.organizationName]));
  return [...names].map(([organizationId, organizationName]) => ({
    organizationId,
    organizationName,
  }));
}

export async function readMeeting(
  app: AppServices,
  request: RequestContext,
  meetingId: string,
  view: MeetingView,
): Promise<MeetingViewBody> {
  const { actor, as, meeting } = await openMeeting(app, request, meetingId, 'read');
  const built = await buildMeetingView(app, actor, as, meeting, view);
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'mdt.read',
    outcome: 'allowed',
    targetType: 'mdt_meeting',
    targetId: meeting.id,
    categories: built.returned,
    details: {
      view,
      cases: built.body.agenda.length,
      names: built.body.agenda.filter((c) => c.name !== null).length,
      minutes: built.minutesShown,
      withheld: built.body.agenda.reduce((n, c) => n + c.minutesWithheld, 0),
    },
  });
  return built.body;
}

/**
 * The meeting as `actor` sees it. No access decision about the meeting is made here (the caller
 * opened it); every case's name, categories and minutes are decided through src/domain/mdt.ts.
 */
export async function buildMeetingView(
  app: AppServices,
  actor: Actor,
  as: 'coordinator' | 'attendee',
  meeting: Meeting,
  view: MeetingView,
): Promise<{ body: MeetingViewBody; returned: DataCategory[]; minutesShown: number }> {
  const shared = await loadJurisdictionFacts(app.db, app, meeting.jurisdictionId);
  const now = shared.time.now;
  const closedSince = new Date(
    Math.min(now.getTime(), meeting.startsAt.getTime()) - CLOSED_CLOCKS_DAYS * 86_400_000,
  );
  const youthIds = meeting.agenda.map((i) => i.youthId);
  const [clocks, decisions, minutes] = await Promise.all([
    listClocks(app.db, youthIds, closedSince),
    listDecisions(app.db, meeting.id),
    view === 'own' ? unsafeListMinutes(app.db, meeting.id) : Promise.resolve([]),
  ]);
  // Only the one who records decisions is shown the teams their owners may come from.
  const manages = as === 'coordinator' && view === 'own';
  const returned = new Set<DataCategory>();
  let minutesShown = 0;
  const agenda: AgendaCaseBody[] = [];
  for (const item of meeting.agenda) {
    const youth = await unsafeFindYouth(app.db, item.youthId);
    if (!youth) continue;
    const scope = await loadCase(app.db, app, actor, youth, shared);
    const holders: CategoryHolders = new Map(
      [...(await holdersByCategory(app, youth)).entries()].map(([c, s]) => [c, [...s]]),
    );
    const shows = agendaCaseShows(actor, view, youth, holders, scope.facts, scope.time);
    if (shows.name) returned.add('identity');
    const readable = new Set<string>();
    let withheld = 0;
    for (const entry of minutes.filter((m) => m.youthId === youth.id)) {
      if (decideCaseMinutesRead(actor, entry, holders, scope.facts, scope.time).allowed) {
        readable.add(entry.id);
        for (const c of entry.categories) returned.add(c);
      } else withheld += 1;
    }
    minutesShown += readable.size;
    agenda.push({
      youthId: item.youthId,
      caseNumber: item.caseNumber,
      position: item.position,
      reasons: [...item.reasons],
      reviewedAt: item.reviewedAt,
      clocks: clocks
        .filter((c) => c.youthId === item.youthId)
        .flatMap((c) => {
          const state = clockState(c, now);
          return state
            ? [
                {
                  title: c.title,
                  kind: c.kind,
                  assigneeOrganizationName: c.assigneeOrganizationName,
                  dueAt: c.dueAt,
                  completedAt: c.completedAt,
                  state,
                },
              ]
            : [];
        }),
      name: shows.name ? spokenName(youth.identity) : null,
      categories: [...shows.categories],
      minutes: minutes
        .filter((m) => readable.has(m.id))
        .map((m) => ({
          id: m.id,
          categories: [...m.categories],
          body: m.body,
          writtenAt: m.writtenAt,
        })),
      minutesWithheld: withheld,
      // The shared screen shows numbers and clocks only; a decision's title and owner are work
      // every attendee may see, its words only where its minutes may be read.
      decisions:
        view === 'shared'
          ? []
          : decisions
              .filter((d) => d.youthId === item.youthId)
              .map((d) => ({
                id: d.id,
                youthId: d.youthId,
                title: d.title,
                ownerOrganizationId: d.ownerOrganizationId,
                ownerOrganizationName: d.ownerOrganizationName,
                dueAt: d.dueAt,
                taskStatus: d.taskStatus,
                text: minutes.find((m) => m.id === d.minutesId && readable.has(m.id))?.body ?? null,
              })),
      teamOrganizations: manages ? teamOrganizations(scope.team) : [],
    });
  }
  const general = minutes.filter((m) => m.youthId === null);
  minutesShown += general.length;
  return {
    body: {
      id: meeting.id,
      title: meeting.title,
      startsAt: meeting.startsAt,
      view,
      attendees: meeting.attendees.map((a) => ({ ...a })),
      agenda,
      generalMinutes: general.map((m) => ({
        id: m.id,
        categories: [],
        body: m.body,
        writtenAt: m.writtenAt,
      })),
      allowedActions: as === 'coordinator' && view === 'own' ? [...MEETING_MANAGE_ACTIONS] : [],
    },
    returned: [...returned],
    minutesShown,
  };
}
