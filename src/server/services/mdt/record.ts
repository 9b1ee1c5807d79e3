// What the coordinator records while the team meets: attendance, minutes (general or of one case,
// naming the categories discussed), decisions (each given to its owner as a task on My work, its
// words minutes of the case) and a case marked reviewed. A decision or a review closes the case's
// open "review at the MDT" task, like an artifact the protocol requires (docs/PROTOCOL.md).
import type { Queryable } from '../../../db/database.js';
import { scheduleJob } from '../../../db/repositories/jobs.js';
import { findLegalProfile } from '../../../db/repositories/legal.js';
import {
  insertDecision,
  insertMinutes,
  markReviewed,
  setAttendance,
  type Meeting,
} from '../../../db/repositories/mdt-meetings.js';
import { findOrganization } from '../../../db/repositories/organizations.js';
import { insertTask } from '../../../db/repositories/tasks.js';
import type { Actor } from '../../../domain/actor.js';
import { localDate } from '../../../domain/legal-profile.js';
import { nextDate, startOfLocalDay } from '../../../domain/local-time.js';
import { mayOwnDecision } from '../../../domain/mdt.js';
import type { DataCategory } from '../../../domain/vocabulary.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import type { AuditContext } from '../../audit/events.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest } from '../../errors.js';
import { openCase, pointPersonOf, type CaseScope } from '../cases/case-scope.js';
import { notifyCalledOut } from '../cases/notify.js';
import { closeTasksFulfilledBy } from '../protocol/artifacts.js';
import { describeInstant } from '../protocol/recipients.js';
import { meetingFacts, openMeeting } from './access.js';

export async function recordAttendance(
  app: AppServices,
  request: RequestContext,
  meetingId: string,
  body: { attendance: { organizationId: string; present: boolean }[] },
): Promise<{ present: number; absent: number }> {
  const { meeting } = await openMeeting(app, request, meetingId, 'manage');
  const attendees = meetingFacts(meeting).attendeeOrganizationIds;
  const stranger = body.attendance.find((a) => !attendees.includes(a.organizationId));
  if (stranger) {
    throw badRequest(
      'not_attendee_organization',
      `The organization ${stranger.organizationId} is not an attendee of this meeting.`,
    );
  }
  const present = body.attendance.filter((a) => a.present).length;
  const absent = body.attendance.length - present;
  await app.db.transaction(async (tx) => {
    await setAttendance(tx, meeting.id, body.attendance, app.clock.now());
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'mdt.attendance',
      outcome: 'allowed',
      targetType: 'mdt_meeting',
      targetId: meeting.id,
      details: { present, absent },
    });
  });
  return { present, absent };
}

/** A case of the meeting, opened as the coordinator views any case of the county. */
async function agendaCase(
  app: AppServices,
  request: RequestContext,
  meeting: Meeting,
  youthId: string,
): Promise<CaseScope> {
  if (!meeting.agenda.some((i) => i.youthId === youthId)) {
    throw badRequest('not_on_agenda', 'That case is not on this meeting’s agenda.');
  }
  return openCase(app, request, youthId, 'case.view', 'The case');
}

export async function writeMinutes(
  app: AppServices,
  request: RequestContext,
  meetingId: string,
  body: { youthId?: string | undefined; categories: DataCategory[]; body: string },
): Promise<{ id: string }> {
  const { actor, meeting } = await openMeeting(app, request, meetingId, 'manage');
  const categories = [...new Set(body.categories)];
  if (body.youthId) {
    await agendaCase(app, request, meeting, body.youthId);
    if (categories.length === 0) {
      throw badRequest(
        'categories_required',
        'A case’s minutes name what of the case was discussed (at least one category).',
      );
    }
  } else if (categories.length > 0) {
    throw badRequest(
      'categories_for_case_only',
      'The general minutes name no category; write what concerns one case in that case’s minutes.',
    );
  }
  const now = app.clock.now();
  const id = await app.db.transaction(async (tx) => {
    const minutesId = await insertMinutes(tx, {
      jurisdictionId: meeting.jurisdictionId,
      meetingId: meeting.id,
      youthId: body.youthId ?? null,
      categories,
      body: body.body,
      authorOrganizationId: actor.organizationId,
      userId: actor.userId,
      now,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'mdt.minutes',
      outcome: 'allowed',
      targetType: 'mdt_meeting',
      targetId: meeting.id,
      categories,
      details: { youthId: body.youthId ?? null, bodyChars: body.body.length },
    });
    return minutesId;
  });
  return { id };
}

/** The case was reviewed: marked on the agenda, and its open MDT review tasks done. */
async function reviewed(
  tx: Queryable,
  context: AuditContext,
  actor: Actor,
  meeting: Meeting,
  youthId: string,
  now: Date,
): Promise<number> {
  await markReviewed(tx, meeting.id, youthId, actor.userId, now);
  const closed = await closeTasksFulfilledBy(
    tx,
    context,
    {
      youthId,
      kind: 'mdt_review',
      artifactType: 'mdt_meeting',
      artifactId: meeting.id,
      userId: actor.userId,
    },
    now,
  );
  await appendAuditEvent(tx, context, {
    action: 'mdt.reviewed',
    outcome: 'allowed',
    targetType: 'mdt_meeting',
    targetId: meeting.id,
    details: { youthId, tasksClosed: closed.length },
  });
  return closed.length;
}

export async function markCaseReviewed(
  app: AppServices,
  request: RequestContext,
  meetingId: string,
  body: { youthId: string },
): Promise<{ tasksClosed: number }> {
  const { actor, meeting } = await openMeeting(app, request, meetingId, 'manage');
  await agendaCase(app, request, meeting, body.youthId);
  const now = app.clock.now();
  const tasksClosed = await app.db.transaction((tx) =>
    reviewed(tx, auditContext(app, request), actor, meeting, body.youthId, now),
  );
  return { tasksClosed };
}

/**
 * A decision on a case: its words are minutes of the case (read as minutes are), and its title
 * becomes a task of the owner (an attendee or an organization on the case team), due at the end
 * of the county's day given. The task carries the minimal packet only: the case number, what to
 * do, by when, and the coordinator to call.
 */
export async function recordDecision(
  app: AppServices,
  request: RequestContext,
  meetingId: string,
  body: {
    youthId: string;
    title: string;
    text: string;
    categories: DataCategory[];
    ownerOrganizationId: string;
    dueOn: string;
  },
): Promise<{ id: string; taskId: string; minutesId: string; tasksClosed: number }> {
  const { actor, meeting } = await openMeeting(app, request, meetingId, 'manage');
  const scope = await agendaCase(app, request, meeting, body.youthId);
  const owner = await findOrganization(app.db, body.ownerOrganizationId);
  if (
    !owner ||
    !owner.active ||
    owner.jurisdictionId !== meeting.jurisdictionId ||
    !mayOwnDecision(
      owner.id,
      meetingFacts(meeting),
      scope.team.map((m) => m.organizationId),
    )
  ) {
    throw badRequest(
      'owner_not_attendee_or_team',
      'A decision’s owner is an attendee of the meeting or an organization on the case team.',
    );
  }
  const { timeZone } = await findLegalProfile(app.db, meeting.jurisdictionId);
  const now = app.clock.now();
  if (body.dueOn < localDate(now, timeZone)) {
    throw badRequest('due_in_past', 'A decision is due today or later.');
  }
  // The end of the owner's working day as the county counts days: the last minute of dueOn.
  const dueAt = new Date(startOfLocalDay(nextDate(body.dueOn), timeZone).getTime() - 60_000);
  const { youth } = scope;
  const call = await pointPersonOf(app.db, actor.organizationId);
  return app.db.transaction(async (tx) => {
    const context = auditContext(app, request);
    const minutesId = await insertMinutes(tx, {
      jurisdictionId: meeting.jurisdictionId,
      meetingId: meeting.id,
      youthId: youth.id,
      categories: [...new Set(body.categories)],
      body: body.text,
      authorOrganizationId: actor.organizationId,
      userId: actor.userId,
      now,
    });
    const taskId = await insertTask(tx, {
      jurisdictionId: youth.jurisdictionId,
      youthId: youth.id,
      eventId: null,
      firingId: null,
      actionIndex: null,
      kind: 'action',
      planType: null,
      title: `MDT decision: ${body.title}`,
      reason: `Decided at the multidisciplinary team meeting "${meeting.title}"`,
      assigneeOrganizationId: owner.id,
      where: null,
      callPointPersonId: call?.id ?? null,
      dueAt,
      now,
    });
    await scheduleJob(tx, {
      jurisdictionId: youth.jurisdictionId,
      kind: 'task.due',
      targetId: taskId,
      runAt: dueAt,
    });
    await notifyCalledOut(tx, owner.id, {
      content: {
        code: 'task.assigned',
        params: { caseNumber: youth.caseNumber, dueAt: dueAt.toISOString() },
      },
      jurisdictionId: youth.jurisdictionId,
      youthId: youth.id,
      text: `New task from the MDT meeting (case ${youth.caseNumber}), due ${describeInstant(dueAt, timeZone)}.`,
      now,
    });
    const id = await insertDecision(tx, {
      jurisdictionId: meeting.jurisdictionId,
      meetingId: meeting.id,
      youthId: youth.id,
      minutesId,
      title: body.title,
      ownerOrganizationId: owner.id,
      taskId,
      dueAt,
      userId: actor.userId,
      now,
    });
    await appendAuditEvent(tx, context, {
      action: 'mdt.decision',
      outcome: 'allowed',
      targetType: 'mdt_meeting',
      targetId: meeting.id,
      categories: body.categories,
      details: { youthId: youth.id, ownerOrganizationId: owner.id, taskId },
    });
    const tasksClosed = await reviewed(tx, context, actor, meeting, youth.id, now);
    return { id, taskId, minutesId, tasksClosed };
  });
}
