// Scheduling an MDT meeting and editing its agenda (docs/LEGAL-AND-MDT.md, "MDT meetings"). The
// agenda starts from the cases due for review, chosen by src/domain/mdt.ts from case numbers and
// clocks only; the coordinator then adds, removes and reorders cases by number.
import {
  insertMeeting,
  lastMeetingBefore,
  lockMeeting,
  replaceAgenda,
  unsafeAgendaCandidates,
  unsafeListMinutes,
} from '../../../db/repositories/mdt-meetings.js';
import { findOrganization } from '../../../db/repositories/organizations.js';
import { findYouthIdByCaseNumber } from '../../../db/repositories/youth.js';
import {
  agendaWindow,
  meetingTimeProblem,
  selectAgenda,
  SOON_DUE_HOURS,
  type AgendaReason,
} from '../../../domain/mdt.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest, conflict } from '../../errors.js';
import { requireActor } from '../authorize.js';
import { authorizeMeeting, openMeeting } from './access.js';
import { readMeeting, type MeetingViewBody } from './read.js';

const TIME_MESSAGES = {
  meeting_in_past: 'A meeting may be recorded for today, but not more than a day back.',
  meeting_too_far: 'A meeting is scheduled at most a year ahead.',
} as const;

/** Attendees: organizations of the meeting's own county, each named once. */
async function checkAttendees(
  app: AppServices,
  jurisdictionId: string,
  organizationIds: readonly string[],
): Promise<string[]> {
  const unique = [...new Set(organizationIds)];
  for (const id of unique) {
    const organization = await findOrganization(app.db, id);
    if (!organization || !organization.active) {
      throw badRequest('unknown_organization', `No active organization has the id ${id}.`);
    }
    if (organization.jurisdictionId !== jurisdictionId) {
      throw badRequest(
        'attendee_other_county',
        `${organization.name} is of another county; a meeting's attendees are of its own county.`,
      );
    }
  }
  return unique;
}

export async function scheduleMeeting(
  app: AppServices,
  request: RequestContext,
  body: { title?: string | undefined; startsAt: string; attendeeOrganizationIds: string[] },
): Promise<MeetingViewBody> {
  const actor = requireActor(request);
  await authorizeMeeting(app, request, 'manage', {
    jurisdictionId: actor.jurisdictionId,
    attendeeOrganizationIds: [],
  });
  const now = app.clock.now();
  const startsAt = new Date(body.startsAt);
  const problem = meetingTimeProblem(startsAt, now);
  if (problem) throw badRequest(problem, TIME_MESSAGES[problem]);
  const attendees = await checkAttendees(app, actor.jurisdictionId, body.attendeeOrganizationIds);
  const window = agendaWindow(
    await lastMeetingBefore(app.db, actor.jurisdictionId, startsAt),
    now,
    startsAt,
  );
  const dueBy = new Date(Math.max(now.getTime(), startsAt.getTime()) + SOON_DUE_HOURS * 3_600_000);
  const agenda = selectAgenda(
    await unsafeAgendaCandidates(app.db, actor.jurisdictionId, window.since, dueBy),
    window,
  );
  const meetingId = await app.db.transaction(async (tx) => {
    const id = await insertMeeting(tx, {
      jurisdictionId: actor.jurisdictionId,
      title: body.title ?? 'MDT meeting',
      startsAt,
      agendaSince: window.since,
      userId: actor.userId,
      attendeeOrganizationIds: attendees,
      agenda,
      now,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'mdt.schedule',
      outcome: 'allowed',
      targetType: 'mdt_meeting',
      targetId: id,
      details: { attendees: attendees.length, agenda: agenda.length },
    });
    return id;
  });
  return readMeeting(app, request, meetingId, 'own');
}

/**
 * The agenda as the coordinator orders it: the whole list of case numbers. A case already on it
 * keeps why it was put there (and its review mark); a new one is "added by the coordinator".
 */
export async function editAgenda(
  app: AppServices,
  request: RequestContext,
  meetingId: string,
  body: { caseNumbers: string[] },
): Promise<MeetingViewBody> {
  const { meeting } = await openMeeting(app, request, meetingId, 'manage');
  const reasonsBefore = new Map(meeting.agenda.map((i) => [i.youthId, i.reasons]));
  const agenda: { youthId: string; reasons: readonly AgendaReason[] }[] = [];
  for (const caseNumber of body.caseNumbers) {
    const youthId = await findYouthIdByCaseNumber(app.db, meeting.jurisdictionId, caseNumber);
    if (!youthId) {
      throw badRequest('unknown_case', `No case of this county has the number ${caseNumber}.`);
    }
    if (agenda.some((a) => a.youthId === youthId)) continue;
    agenda.push({ youthId, reasons: reasonsBefore.get(youthId) ?? ['added_by_coordinator'] });
  }
  const added = agenda.filter((a) => !reasonsBefore.has(a.youthId)).length;
  const removed = meeting.agenda.filter((i) => !agenda.some((a) => a.youthId === i.youthId));
  // Only which cases have minutes is looked at here, never what they say.
  const minuted = new Set((await unsafeListMinutes(app.db, meeting.id)).map((m) => m.youthId));
  const kept = removed.find((i) => minuted.has(i.youthId));
  if (kept) {
    throw conflict(
      'case_has_minutes',
      `Case ${kept.caseNumber} has minutes or decisions at this meeting and stays on its agenda.`,
    );
  }
  await app.db.transaction(async (tx) => {
    await lockMeeting(tx, meeting.id);
    await replaceAgenda(tx, meeting.jurisdictionId, meeting.id, agenda);
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'mdt.agenda',
      outcome: 'allowed',
      targetType: 'mdt_meeting',
      targetId: meeting.id,
      details: { cases: agenda.length, added, removed: removed.length },
    });
  });
  return readMeeting(app, request, meeting.id, 'own');
}
