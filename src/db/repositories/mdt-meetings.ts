// MDT meetings (migration 0026): SQL only. Nothing here decides who sees what; the services ask
// src/domain/mdt.ts and the access module before anything of a youth leaves them.
import { notSealed } from './case-seals.js';
import type { TaskKind } from '../../domain/protocol.js';
import type { AgendaCandidate, AgendaReason } from '../../domain/mdt.js';
import type { DataCategory } from '../../domain/vocabulary.js';
import type { Queryable } from '../database.js';

export interface MeetingAttendee {
  readonly organizationId: string;
  readonly organizationName: string;
  readonly present: boolean | null;
}

export interface AgendaItem {
  readonly youthId: string;
  readonly caseNumber: string;
  readonly position: number;
  readonly reasons: readonly AgendaReason[];
  readonly reviewedAt: Date | null;
}

export interface Meeting {
  readonly id: string;
  readonly jurisdictionId: string;
  readonly title: string;
  readonly startsAt: Date;
  readonly agendaSince: Date;
  readonly createdAt: Date;
  readonly attendees: readonly MeetingAttendee[];
  readonly agenda: readonly AgendaItem[];
}

interface MeetingRow {
  id: string;
  jurisdiction_id: string;
  title: string;
  starts_at: Date;
  agenda_since: Date;
  created_at: Date;
}

export async function insertMeeting(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly title: string;
    readonly startsAt: Date;
    readonly agendaSince: Date;
    readonly userId: string;
    readonly attendeeOrganizationIds: readonly string[];
    readonly agenda: readonly { youthId: string; reasons: readonly AgendaReason[] }[];
    readonly now: Date;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO mdt_meetings (jurisdiction_id, title, starts_at, agenda_since,
       scheduled_by_user_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [input.jurisdictionId, input.title, input.startsAt, input.agendaSince, input.userId, input.now],
  );
  if (!row) throw new Error('INSERT returned no row');
  for (const organizationId of input.attendeeOrganizationIds) {
    await db.query(
      `INSERT INTO mdt_meeting_attendees (jurisdiction_id, meeting_id, organization_id)
       VALUES ($1, $2, $3)`,
      [input.jurisdictionId, row.id, organizationId],
    );
  }
  await replaceAgenda(db, input.jurisdictionId, row.id, input.agenda);
  return row.id;
}

/** The agenda in the order given; a case's review mark stays with it. */
export async function replaceAgenda(
  db: Queryable,
  jurisdictionId: string,
  meetingId: string,
  agenda: readonly { youthId: string; reasons: readonly AgendaReason[] }[],
): Promise<void> {
  const kept = await db.query<{ youth_id: string; reviewed_at: Date | null; by: string | null }>(
    `DELETE FROM mdt_agenda_items WHERE meeting_id = $1
     RETURNING youth_id, reviewed_at, reviewed_by_user_id AS by`,
    [meetingId],
  );
  const reviewed = new Map(kept.map((k) => [k.youth_id, k]));
  for (const [index, item] of agenda.entries()) {
    const before = reviewed.get(item.youthId);
    await db.query(
      `INSERT INTO mdt_agenda_items (jurisdiction_id, meeting_id, youth_id, position, reasons,
         reviewed_at, reviewed_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        jurisdictionId,
        meetingId,
        item.youthId,
        index + 1,
        [...item.reasons],
        before?.reviewed_at ?? null,
        before?.by ?? null,
      ],
    );
  }
}

/** Locks the meeting's row, so two edits of one agenda are made one after the other. */
export async function lockMeeting(db: Queryable, id: string): Promise<void> {
  await db.query(`SELECT id FROM mdt_meetings WHERE id = $1 FOR UPDATE`, [id]);
}

export async function findMeeting(db: Queryable, id: string): Promise<Meeting | null> {
  const [row] = await db.query<MeetingRow>(`SELECT * FROM mdt_meetings WHERE id = $1`, [id]);
  if (!row) return null;
  const [attendees, agenda] = await Promise.all([
    db.query<{ organization_id: string; name: string; present: boolean | null }>(
      `SELECT a.organization_id, o.name, a.present FROM mdt_meeting_attendees a
         JOIN organizations o ON o.id = a.organization_id
       WHERE a.meeting_id = $1 ORDER BY o.name`,
      [id],
    ),
    db.query<{
      youth_id: string;
      case_number: string;
      position: number;
      reasons: AgendaReason[];
      reviewed_at: Date | null;
    }>(
      `SELECT i.youth_id, y.case_number, i.position, i.reasons, i.reviewed_at
         FROM mdt_agenda_items i JOIN youth y ON y.id = i.youth_id
       WHERE i.meeting_id = $1 AND ${notSealed('i.youth_id')} ORDER BY i.position`,
      [id],
    ),
  ]);
  return {
    id: row.id,
    jurisdictionId: row.jurisdiction_id,
    title: row.title,
    startsAt: row.starts_at,
    agendaSince: row.agenda_since,
    createdAt: row.created_at,
    attendees: attendees.map((a) => ({
      organizationId: a.organization_id,
      organizationName: a.name,
      present: a.present,
    })),
    agenda: agenda.map((i) => ({
      youthId: i.youth_id,
      caseNumber: i.case_number,
      position: i.position,
      reasons: i.reasons,
      reviewedAt: i.reviewed_at,
    })),
  };
}

export interface MeetingSummary {
  readonly id: string;
  readonly title: string;
  readonly startsAt: Date;
  readonly cases: number;
  readonly attendeeOrganizationIds: readonly string[];
}

/** The county's meetings, or (with organizationId) those that organization attends. */
export async function listMeetings(
  db: Queryable,
  filter: { readonly jurisdictionId: string; readonly organizationId?: string; limit: number },
): Promise<MeetingSummary[]> {
  const rows = await db.query<{
    id: string;
    title: string;
    starts_at: Date;
    cases: number;
    attendees: string[];
  }>(
    `SELECT m.id, m.title, m.starts_at,
       (SELECT count(*)::int FROM mdt_agenda_items i
         WHERE i.meeting_id = m.id AND ${notSealed('i.youth_id')}) AS cases,
       COALESCE((SELECT array_agg(a.organization_id::text) FROM mdt_meeting_attendees a
         WHERE a.meeting_id = m.id), '{}') AS attendees
     FROM mdt_meetings m
     WHERE m.jurisdiction_id = $1
       AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM mdt_meeting_attendees a
         WHERE a.meeting_id = m.id AND a.organization_id = $2))
     ORDER BY m.starts_at DESC, m.id LIMIT $3`,
    [filter.jurisdictionId, filter.organizationId ?? null, filter.limit],
  );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    startsAt: r.starts_at,
    cases: r.cases,
    attendeeOrganizationIds: r.attendees,
  }));
}

/** The start of the county's latest meeting before `before`, if any. */
export async function lastMeetingBefore(
  db: Queryable,
  jurisdictionId: string,
  before: Date,
): Promise<Date | null> {
  const [row] = await db.query<{ starts_at: Date }>(
    `SELECT starts_at FROM mdt_meetings WHERE jurisdiction_id = $1 AND starts_at < $2
     ORDER BY starts_at DESC LIMIT 1`,
    [jurisdictionId, before],
  );
  return row?.starts_at ?? null;
}

/**
 * The county's open cases that may be due for review: identified since `since`, or with an open
 * task due by `dueBy`, or with an open MDT review task. Case numbers and task clocks only; the
 * domain decides which belong on the agenda.
 */
export async function unsafeAgendaCandidates(
  db: Queryable,
  jurisdictionId: string,
  since: Date,
  dueBy: Date,
): Promise<AgendaCandidate[]> {
  const rows = await db.query<{
    youth_id: string;
    case_number: string;
    identified_at: Date | null;
    open_tasks: unknown;
  }>(
    `WITH identified AS (
       SELECT youth_id, max(occurred_at) AS identified_at FROM case_events
       WHERE jurisdiction_id = $1 AND type = 'identification' AND occurred_at >= $2
       GROUP BY youth_id),
     due AS (
       SELECT youth_id, json_agg(json_build_object('kind', kind, 'due_at', due_at,
         'protocol', firing_id IS NOT NULL)) AS open_tasks
       FROM tasks WHERE jurisdiction_id = $1 AND status = 'open'
         AND (due_at <= $3 OR kind = 'mdt_review')
       GROUP BY youth_id)
     SELECT y.id AS youth_id, y.case_number, i.identified_at, COALESCE(d.open_tasks, '[]') AS open_tasks
     FROM youth y
       LEFT JOIN identified i ON i.youth_id = y.id
       LEFT JOIN due d ON d.youth_id = y.id
     WHERE y.jurisdiction_id = $1 AND y.status = 'open' AND ${notSealed('y.id')}
       AND (i.youth_id IS NOT NULL OR d.youth_id IS NOT NULL)`,
    [jurisdictionId, since, dueBy],
  );
  return rows.map((r) => ({
    youthId: r.youth_id,
    caseNumber: r.case_number,
    identifiedAt: r.identified_at,
    openTasks: (
      (typeof r.open_tasks === 'string' ? JSON.parse(r.open_tasks) : r.open_tasks) as {
        kind: TaskKind;
        due_at: string;
        protocol: boolean;
      }[]
    ).map((t) => ({ kind: t.kind, dueAt: new Date(t.due_at), protocol: t.protocol })),
  }));
}

export interface Clock {
  readonly youthId: string;
  readonly taskId: string;
  readonly title: string;
  readonly kind: TaskKind;
  readonly assigneeOrganizationName: string;
  readonly dueAt: Date;
  readonly status: 'open' | 'done' | 'cancelled';
  readonly completedAt: Date | null;
}

/**
 * The protocol's clocks on these cases: the rules' tasks (titles the county wrote, no youth data),
 * open ones and those closed since `closedSince`.
 */
export async function listClocks(
  db: Queryable,
  youthIds: readonly string[],
  closedSince: Date,
): Promise<Clock[]> {
  if (youthIds.length === 0) return [];
  const rows = await db.query<{
    youth_id: string;
    id: string;
    title: string;
    kind: TaskKind;
    name: string;
    due_at: Date;
    status: Clock['status'];
    completed_at: Date | null;
  }>(
    `SELECT t.youth_id, t.id, t.title, t.kind, o.name, t.due_at, t.status, t.completed_at
       FROM tasks t JOIN organizations o ON o.id = t.assignee_organization_id
     WHERE t.youth_id = ANY($1) AND t.firing_id IS NOT NULL
       AND (t.status = 'open' OR (t.status = 'done' AND t.completed_at >= $2))
     ORDER BY t.due_at, t.id`,
    [[...youthIds], closedSince],
  );
  return rows.map((r) => ({
    youthId: r.youth_id,
    taskId: r.id,
    title: r.title,
    kind: r.kind,
    assigneeOrganizationName: r.name,
    dueAt: r.due_at,
    status: r.status,
    completedAt: r.completed_at,
  }));
}

export async function setAttendance(
  db: Queryable,
  meetingId: string,
  attendance: readonly { organizationId: string; present: boolean }[],
  now: Date,
): Promise<void> {
  for (const a of attendance) {
    await db.query(
      `UPDATE mdt_meeting_attendees SET present = $3, attendance_recorded_at = $4
       WHERE meeting_id = $1 AND organization_id = $2`,
      [meetingId, a.organizationId, a.present, now],
    );
  }
}

export async function markReviewed(
  db: Queryable,
  meetingId: string,
  youthId: string,
  userId: string,
  now: Date,
): Promise<void> {
  await db.query(
    `UPDATE mdt_agenda_items SET reviewed_at = $3, reviewed_by_user_id = $4
     WHERE meeting_id = $1 AND youth_id = $2 AND reviewed_at IS NULL`,
    [meetingId, youthId, now, userId],
  );
}

export interface Minutes {
  readonly id: string;
  readonly youthId: string | null;
  readonly categories: readonly DataCategory[];
  readonly body: string;
  readonly authorOrganizationId: string;
  readonly writtenAt: Date;
}

export async function insertMinutes(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly meetingId: string;
    readonly youthId: string | null;
    readonly categories: readonly DataCategory[];
    readonly body: string;
    readonly authorOrganizationId: string;
    readonly userId: string;
    readonly now: Date;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO mdt_minutes (jurisdiction_id, meeting_id, youth_id, categories, body,
       author_organization_id, written_by_user_id, written_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      input.jurisdictionId,
      input.meetingId,
      input.youthId,
      [...input.categories],
      input.body,
      input.authorOrganizationId,
      input.userId,
      input.now,
    ],
  );
  if (!row) throw new Error('INSERT returned no row');
  return row.id;
}

/**
 * Every minutes entry of a meeting, bodies included: named `unsafe` because a case's minutes
 * leave the service only after decideCaseMinutesRead.
 */
export async function unsafeListMinutes(db: Queryable, meetingId: string): Promise<Minutes[]> {
  const rows = await db.query<{
    id: string;
    youth_id: string | null;
    categories: DataCategory[];
    body: string;
    author_organization_id: string;
    written_at: Date;
  }>(
    `SELECT id, youth_id, categories, body, author_organization_id, written_at
       FROM mdt_minutes WHERE meeting_id = $1 ORDER BY written_at, id`,
    [meetingId],
  );
  return rows.map((r) => ({
    id: r.id,
    youthId: r.youth_id,
    categories: r.categories,
    body: r.body,
    authorOrganizationId: r.author_organization_id,
    writtenAt: r.written_at,
  }));
}

export interface Decision {
  readonly id: string;
  readonly youthId: string;
  readonly minutesId: string;
  readonly title: string;
  readonly ownerOrganizationId: string;
  readonly ownerOrganizationName: string;
  readonly dueAt: Date;
  readonly taskId: string;
  readonly taskStatus: 'open' | 'done' | 'cancelled';
  readonly decidedAt: Date;
}

export async function insertDecision(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly meetingId: string;
    readonly youthId: string;
    readonly minutesId: string;
    readonly title: string;
    readonly ownerOrganizationId: string;
    readonly taskId: string;
    readonly dueAt: Date;
    readonly userId: string;
    readonly now: Date;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO mdt_decisions (jurisdiction_id, meeting_id, youth_id, minutes_id, title,
       owner_organization_id, task_id, due_at, decided_by_user_id, decided_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      input.jurisdictionId,
      input.meetingId,
      input.youthId,
      input.minutesId,
      input.title,
      input.ownerOrganizationId,
      input.taskId,
      input.dueAt,
      input.userId,
      input.now,
    ],
  );
  if (!row) throw new Error('INSERT returned no row');
  return row.id;
}

export async function listDecisions(db: Queryable, meetingId: string): Promise<Decision[]> {
  const rows = await db.query<{
    id: string;
    youth_id: string;
    minutes_id: string;
    title: string;
    owner_organization_id: string;
    name: string;
    due_at: Date;
    task_id: string;
    status: Decision['taskStatus'];
    decided_at: Date;
  }>(
    `SELECT d.id, d.youth_id, d.minutes_id, d.title, d.owner_organization_id, o.name, d.due_at,
       d.task_id, t.status, d.decided_at
     FROM mdt_decisions d
       JOIN organizations o ON o.id = d.owner_organization_id
       JOIN tasks t ON t.id = d.task_id
     WHERE d.meeting_id = $1 ORDER BY d.decided_at, d.id`,
    [meetingId],
  );
  return rows.map((r) => ({
    id: r.id,
    youthId: r.youth_id,
    minutesId: r.minutes_id,
    title: r.title,
    ownerOrganizationId: r.owner_organization_id,
    ownerOrganizationName: r.name,
    dueAt: r.due_at,
    taskId: r.task_id,
    taskStatus: r.status,
    decidedAt: r.decided_at,
  }));
}
