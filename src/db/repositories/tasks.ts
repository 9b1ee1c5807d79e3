// Tasks the protocol gives organizations, with the escalations of each. A task row holds only the
// minimal packet: case number, what, by when, where, whom to call; never the youth's record.
import {
  notSealed,
  sealInForceColumn,
  toSealFacts,
  type SealFacts,
  type SealInForceRow,
} from './case-seals.js';
import type { Queryable } from '../database.js';
import type { Recipient, TaskKind } from '../../domain/protocol.js';

export type TaskStatus = 'open' | 'done' | 'cancelled';

export interface TaskEscalation {
  readonly step: number;
  readonly dueAt: Date;
  readonly recipient: Recipient;
  readonly happenedAt: Date | null;
  readonly notifiedOrganizationId: string | null;
  readonly skippedAt: Date | null;
}

export interface Task {
  readonly id: string;
  readonly jurisdictionId: string;
  readonly youthId: string;
  readonly caseNumber: string;
  readonly eventId: string | null;
  readonly eventType: string | null;
  readonly firingId: string | null;
  readonly ruleKey: string | null;
  readonly ruleVersion: number | null;
  readonly kind: TaskKind;
  readonly planType: string | null;
  readonly title: string;
  readonly reason: string;
  readonly assigneeOrganizationId: string;
  readonly assigneeOrganizationName: string;
  readonly assigneeUserId: string | null;
  readonly assigneeUserName: string | null;
  readonly where: string | null;
  readonly callPointPersonId: string | null;
  readonly dueAt: Date;
  readonly status: TaskStatus;
  readonly createdAt: Date;
  readonly takenAt: Date | null;
  readonly completedAt: Date | null;
  readonly cancelledAt: Date | null;
  readonly cancelReason: string | null;
  readonly overdueAt: Date | null;
  /** The artifact (a safety plan, a screening) whose writing closed this task, if one did. */
  readonly closedByArtifact: { readonly type: string; readonly id: string } | null;
  readonly escalations: readonly TaskEscalation[];
  /** The court's seal in force on the task's case: the task rule asks it first. */
  readonly seal: SealFacts | null;
}

interface TaskRow {
  id: string;
  jurisdiction_id: string;
  youth_id: string;
  case_number: string;
  event_id: string | null;
  event_type: string | null;
  firing_id: string | null;
  rule_key: string | null;
  rule_version: number | null;
  kind: TaskKind;
  plan_type: string | null;
  title: string;
  reason: string;
  assignee_organization_id: string;
  assignee_organization_name: string;
  assignee_user_id: string | null;
  assignee_user_name: string | null;
  where_text: string | null;
  call_point_person_id: string | null;
  due_at: Date;
  status: TaskStatus;
  created_at: Date;
  taken_at: Date | null;
  completed_at: Date | null;
  cancelled_at: Date | null;
  cancel_reason: string | null;
  overdue_at: Date | null;
  closed_by_artifact_type: string | null;
  closed_by_artifact_id: string | null;
  escalations: {
    step: number;
    due_at: string;
    recipient: Recipient;
    happened_at: string | null;
    notified_organization_id: string | null;
    skipped_at: string | null;
  }[];
  seal: SealInForceRow | null;
}

const SELECT = `SELECT t.*, y.case_number, e.type AS event_type, f.rule_key, f.rule_version,
    o.name AS assignee_organization_name, u.display_name AS assignee_user_name,
    COALESCE((SELECT json_agg(json_build_object('step', s.step, 'due_at', s.due_at,
        'recipient', s.recipient, 'happened_at', s.happened_at,
        'notified_organization_id', s.notified_organization_id, 'skipped_at', s.skipped_at)
        ORDER BY s.step)
      FROM task_escalations s WHERE s.task_id = t.id), '[]') AS escalations,
    ${sealInForceColumn('t.youth_id')}
  FROM tasks t
  JOIN youth y ON y.id = t.youth_id
  JOIN organizations o ON o.id = t.assignee_organization_id
  LEFT JOIN users u ON u.id = t.assignee_user_id
  LEFT JOIN case_events e ON e.id = t.event_id
  LEFT JOIN protocol_firings f ON f.id = t.firing_id`;

const date = (value: string | null) => (value === null ? null : new Date(value));

const toTask = (r: TaskRow): Task => ({
  id: r.id,
  jurisdictionId: r.jurisdiction_id,
  youthId: r.youth_id,
  caseNumber: r.case_number,
  eventId: r.event_id,
  eventType: r.event_type,
  firingId: r.firing_id,
  ruleKey: r.rule_key,
  ruleVersion: r.rule_version,
  kind: r.kind,
  planType: r.plan_type,
  title: r.title,
  reason: r.reason,
  assigneeOrganizationId: r.assignee_organization_id,
  assigneeOrganizationName: r.assignee_organization_name,
  assigneeUserId: r.assignee_user_id,
  assigneeUserName: r.assignee_user_name,
  where: r.where_text,
  callPointPersonId: r.call_point_person_id,
  dueAt: r.due_at,
  status: r.status,
  createdAt: r.created_at,
  takenAt: r.taken_at,
  completedAt: r.completed_at,
  cancelledAt: r.cancelled_at,
  cancelReason: r.cancel_reason,
  overdueAt: r.overdue_at,
  closedByArtifact:
    r.closed_by_artifact_type !== null && r.closed_by_artifact_id !== null
      ? { type: r.closed_by_artifact_type, id: r.closed_by_artifact_id }
      : null,
  escalations: (typeof r.escalations === 'string'
    ? (JSON.parse(r.escalations) as TaskRow['escalations'])
    : r.escalations
  ).map((s) => ({
    step: s.step,
    dueAt: new Date(s.due_at),
    recipient: s.recipient,
    happenedAt: date(s.happened_at),
    notifiedOrganizationId: s.notified_organization_id,
    skippedAt: date(s.skipped_at),
  })),
  seal: toSealFacts(r.seal),
});

export async function insertTask(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly youthId: string;
    readonly eventId: string | null;
    readonly firingId: string | null;
    readonly actionIndex: number | null;
    readonly kind: TaskKind;
    readonly planType: string | null;
    readonly title: string;
    readonly reason: string;
    readonly assigneeOrganizationId: string;
    readonly where: string | null;
    readonly callPointPersonId: string | null;
    readonly dueAt: Date;
    readonly now: Date;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO tasks (jurisdiction_id, youth_id, event_id, firing_id, action_index, kind,
       plan_type, title, reason, assignee_organization_id, where_text, call_point_person_id,
       due_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
    [
      input.jurisdictionId,
      input.youthId,
      input.eventId,
      input.firingId,
      input.actionIndex,
      input.kind,
      input.planType,
      input.title,
      input.reason,
      input.assigneeOrganizationId,
      input.where,
      input.callPointPersonId,
      input.dueAt,
      input.now,
    ],
  );
  if (!row) throw new Error('INSERT returned no row');
  return row.id;
}

export async function insertEscalation(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly taskId: string;
    readonly step: number;
    readonly dueAt: Date;
    readonly recipient: Recipient;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO task_escalations (jurisdiction_id, task_id, step, due_at, recipient)
     VALUES ($1, $2, $3, $4, $5)`,
    [input.jurisdictionId, input.taskId, input.step, input.dueAt, JSON.stringify(input.recipient)],
  );
}

export async function findTask(db: Queryable, id: string): Promise<Task | null> {
  const [row] = await db.query<TaskRow>(`${SELECT} WHERE t.id = $1`, [id]);
  return row ? toTask(row) : null;
}

/** Locks a task's row for a change, so two people taking it at once are judged one by one. */
export async function lockTask(db: Queryable, id: string): Promise<Task | null> {
  await db.query(`SELECT id FROM tasks WHERE id = $1 FOR UPDATE`, [id]);
  return findTask(db, id);
}

export interface TaskFilter {
  readonly jurisdictionId: string;
  /** Tasks of this organization; omitted: every organization of the jurisdiction. */
  readonly organizationId?: string;
  /** Only what is this person's: taken by them, or not yet taken by anyone. */
  readonly userId?: string;
  readonly youthId?: string;
  readonly statuses: readonly TaskStatus[];
  readonly limit: number;
}

/** Tasks, open ones by due time (overdue first), then the rest by most recent. */
export async function listTasks(db: Queryable, filter: TaskFilter): Promise<Task[]> {
  // A sealed case leaves every task list (docs/CONFIDENTIALITY.md, "Sealed cases").
  const where = ['t.jurisdiction_id = $1', 't.status = ANY($2)', notSealed('t.youth_id')];
  const params: unknown[] = [filter.jurisdictionId, filter.statuses];
  if (filter.organizationId) {
    params.push(filter.organizationId);
    where.push(`t.assignee_organization_id = $${params.length}`);
  }
  if (filter.userId) {
    params.push(filter.userId);
    where.push(`(t.assignee_user_id = $${params.length} OR t.assignee_user_id IS NULL)`);
  }
  if (filter.youthId) {
    params.push(filter.youthId);
    where.push(`t.youth_id = $${params.length}`);
  }
  params.push(filter.limit);
  const rows = await db.query<TaskRow>(
    `${SELECT} WHERE ${where.join(' AND ')}
     ORDER BY (t.status = 'open') DESC,
       CASE WHEN t.status = 'open' THEN t.due_at END ASC,
       COALESCE(t.completed_at, t.cancelled_at, t.created_at) DESC, t.id
     LIMIT $${params.length}`,
    params,
  );
  return rows.map(toTask);
}

export async function takeTask(db: Queryable, id: string, userId: string, now: Date) {
  await db.query(`UPDATE tasks SET assignee_user_id = $2, taken_at = $3 WHERE id = $1`, [
    id,
    userId,
    now,
  ]);
}

export async function completeTask(db: Queryable, id: string, userId: string, now: Date) {
  await db.query(
    `UPDATE tasks SET status = 'done', completed_at = $3, completed_by_user_id = $2,
       assignee_user_id = COALESCE(assignee_user_id, $2)
     WHERE id = $1`,
    [id, userId, now],
  );
}

/**
 * Open tasks of a kind on one youth's case (and of one plan type, for safety plans), locked in
 * the caller's transaction: the tasks an artifact of that kind fulfils.
 */
export async function lockOpenTasksOfKind(
  db: Queryable,
  youthId: string,
  kind: TaskKind,
  planType: string | null,
): Promise<Task[]> {
  const ids = await db.query<{ id: string }>(
    `SELECT id FROM tasks WHERE youth_id = $1 AND kind = $2 AND status = 'open'
       AND ($3::text IS NULL OR plan_type = $3)
     ORDER BY due_at, id FOR UPDATE`,
    [youthId, kind, planType],
  );
  const tasks: Task[] = [];
  for (const { id } of ids) {
    const task = await findTask(db, id);
    if (task) tasks.push(task);
  }
  return tasks;
}

/** Done because an artifact was written: who wrote it, and which artifact it was. */
export async function completeTaskByArtifact(
  db: Queryable,
  id: string,
  userId: string,
  artifact: { readonly type: string; readonly id: string },
  now: Date,
) {
  await db.query(
    `UPDATE tasks SET status = 'done', completed_at = $3, completed_by_user_id = $2,
       closed_by_artifact_type = $4, closed_by_artifact_id = $5
     WHERE id = $1 AND status = 'open'`,
    [id, userId, now, artifact.type, artifact.id],
  );
}

export async function cancelTask(
  db: Queryable,
  id: string,
  userId: string | null,
  reason: string,
  now: Date,
) {
  await db.query(
    `UPDATE tasks SET status = 'cancelled', cancelled_at = $3, cancelled_by_user_id = $2,
       cancel_reason = $4
     WHERE id = $1`,
    [id, userId, now, reason],
  );
}

export async function markTaskOverdue(db: Queryable, id: string, now: Date): Promise<boolean> {
  const rows = await db.query(
    `UPDATE tasks SET overdue_at = $2 WHERE id = $1 AND status = 'open' AND overdue_at IS NULL
     RETURNING id`,
    [id, now],
  );
  return rows.length > 0;
}

export async function markEscalation(
  db: Queryable,
  taskId: string,
  step: number,
  outcome: { happenedAt: Date; notifiedOrganizationId: string | null } | { skippedAt: Date },
): Promise<void> {
  if ('skippedAt' in outcome) {
    await db.query(`UPDATE task_escalations SET skipped_at = $3 WHERE task_id = $1 AND step = $2`, [
      taskId,
      step,
      outcome.skippedAt,
    ]);
    return;
  }
  await db.query(
    `UPDATE task_escalations SET happened_at = $3, notified_organization_id = $4
     WHERE task_id = $1 AND step = $2`,
    [taskId, step, outcome.happenedAt, outcome.notifiedOrganizationId],
  );
}
