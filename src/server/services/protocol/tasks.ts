// Tasks as their assignees see them: the minimal packet (case number, what, by when, where, whom
// to call) and never more of the youth than the organization may already read. Taking,
// completing and cancelling go through the one rule in src/domain/tasks.ts.
import { finishJobsFor } from '../../../db/repositories/jobs.js';
import { findPointPerson } from '../../../db/repositories/point-persons.js';
import {
  cancelTask as cancelTaskRow,
  completeTask as completeTaskRow,
  findTask,
  listTasks,
  lockTask,
  markEscalation,
  takeTask as takeTaskRow,
  type Task,
  type TaskStatus,
} from '../../../db/repositories/tasks.js';
import { seesYouthData } from '../../../domain/case-access.js';
import {
  decideTaskAction,
  isCountyCoordinator,
  TASK_ACTIONS,
  TASK_REFUSAL_MESSAGES,
  TASK_REFUSAL_STATUS,
  type TaskAction,
} from '../../../domain/tasks.js';
import type { Actor } from '../../../domain/actor.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { AppError, forbidden, notFound } from '../../errors.js';
import { requireActor } from '../authorize.js';
import { auditDenial } from '../cases/case-scope.js';

export interface TaskView {
  readonly id: string;
  readonly youthId: string;
  readonly caseNumber: string;
  readonly kind: Task['kind'];
  readonly planType: string | null;
  readonly title: string;
  readonly reason: string;
  readonly eventType: string | null;
  readonly ruleKey: string | null;
  readonly ruleVersion: number | null;
  readonly where: string | null;
  readonly call: {
    readonly name: string;
    readonly function: string;
    readonly organizationName: string;
    readonly phone: string | null;
  } | null;
  readonly dueAt: Date;
  readonly status: TaskStatus;
  readonly overdue: boolean;
  readonly assigneeOrganizationId: string;
  readonly assigneeOrganizationName: string;
  readonly assigneeUserId: string | null;
  readonly assigneeUserName: string | null;
  readonly createdAt: Date;
  readonly takenAt: Date | null;
  readonly completedAt: Date | null;
  readonly cancelledAt: Date | null;
  readonly cancelReason: string | null;
  /** What kind of artifact closed the task (a safety plan, a screening), if one did. */
  readonly closedBy: string | null;
  readonly escalations: readonly {
    readonly step: number;
    readonly dueAt: Date;
    readonly to: string;
    readonly happenedAt: Date | null;
    readonly skippedAt: Date | null;
  }[];
  readonly allowedActions: readonly Exclude<TaskAction, 'read'>[];
}

async function viewOf(app: AppServices, actor: Actor, task: Task, now: Date): Promise<TaskView> {
  const person = task.callPointPersonId
    ? await findPointPerson(app.db, task.callPointPersonId)
    : null;
  return {
    id: task.id,
    youthId: task.youthId,
    caseNumber: task.caseNumber,
    kind: task.kind,
    planType: task.planType,
    title: task.title,
    reason: task.reason,
    eventType: task.eventType,
    ruleKey: task.ruleKey,
    ruleVersion: task.ruleVersion,
    where: task.where,
    call: person
      ? {
          name: person.name,
          function: person.function,
          organizationName: person.organizationName,
          phone: person.afterHoursPhone ?? person.phone,
        }
      : null,
    dueAt: task.dueAt,
    status: task.status,
    overdue: task.status === 'open' && task.dueAt.getTime() <= now.getTime(),
    assigneeOrganizationId: task.assigneeOrganizationId,
    assigneeOrganizationName: task.assigneeOrganizationName,
    assigneeUserId: task.assigneeUserId,
    assigneeUserName: task.assigneeUserName,
    createdAt: task.createdAt,
    takenAt: task.takenAt,
    completedAt: task.completedAt,
    cancelledAt: task.cancelledAt,
    cancelReason: task.cancelReason,
    closedBy: task.closedByArtifact?.type ?? null,
    escalations: task.escalations.map((e) => ({
      step: e.step,
      dueAt: e.dueAt,
      to: e.recipient.kind === 'point_person' ? e.recipient.function : e.recipient.kind,
      happenedAt: e.happenedAt,
      skippedAt: e.skippedAt,
    })),
    allowedActions: TASK_ACTIONS.filter(
      (a): a is Exclude<TaskAction, 'read'> =>
        a !== 'read' && decideTaskAction(actor, a, task).allowed,
    ),
  };
}

export const TASK_SCOPES = ['mine', 'organization', 'county'] as const;
export type TaskScope = (typeof TASK_SCOPES)[number];
export const TASK_STATUS_FILTERS = ['open', 'done', 'cancelled', 'all'] as const;

/**
 * My work: the caller's tasks and their organization's untaken ones; the organization's; or, for
 * the county coordinator, every task of the county. Open ones by due time, overdue first.
 */
export async function listTasksFor(
  app: AppServices,
  request: RequestContext,
  query: { scope: TaskScope; status: (typeof TASK_STATUS_FILTERS)[number]; youthId?: string },
): Promise<TaskView[]> {
  const actor = requireActor(request);
  if (!seesYouthData(actor)) {
    throw forbidden('role_without_youth_data', TASK_REFUSAL_MESSAGES.role_without_youth_data);
  }
  if (query.scope === 'county' && !isCountyCoordinator(actor)) {
    throw forbidden(
      'not_coordinator',
      'Only the county coordinator sees every task of the county.',
    );
  }
  const now = app.clock.now();
  const tasks = await listTasks(app.db, {
    jurisdictionId: actor.jurisdictionId,
    ...(query.scope === 'county' ? {} : { organizationId: actor.organizationId }),
    ...(query.scope === 'mine' ? { userId: actor.userId } : {}),
    ...(query.youthId ? { youthId: query.youthId } : {}),
    statuses: query.status === 'all' ? ['open', 'done', 'cancelled'] : [query.status],
    limit: 500,
  });
  const views = await Promise.all(tasks.map((t) => viewOf(app, actor, t, now)));
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'task.read',
    outcome: 'allowed',
    targetType: 'tasks',
    targetId: actor.organizationId,
    details: { scope: query.scope, results: views.length },
  });
  return views;
}

export async function readTask(
  app: AppServices,
  request: RequestContext,
  id: string,
): Promise<TaskView> {
  const actor = requireActor(request);
  const task = await findTask(app.db, id);
  if (!task) throw notFound('The task');
  await authorizeTask(app, request, actor, 'read', task);
  // The packet names a case and where to go: a read of it is audited like the list's.
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'task.read',
    outcome: 'allowed',
    targetType: 'task',
    targetId: task.id,
    details: { scope: 'one', results: 1 },
  });
  return viewOf(app, actor, task, app.clock.now());
}

async function authorizeTask(
  app: AppServices,
  request: RequestContext,
  actor: Actor,
  action: TaskAction,
  task: Task,
): Promise<void> {
  const decision = decideTaskAction(actor, action, task);
  if (decision.allowed) return;
  if (decision.reason !== 'task_closed' && decision.reason !== 'taken_by_another') {
    await auditDenial(app, request, {
      action: `task.${action}`,
      reason:
        decision.reason === 'other_jurisdiction' ||
        decision.reason === 'sealed' ||
        decision.reason === 'role_without_youth_data'
          ? decision.reason
          : 'not_on_case_team',
      targetType: 'task',
      targetId: task.id,
    });
  }
  const status = TASK_REFUSAL_STATUS[decision.reason];
  if (status === 404) throw notFound('The task');
  throw new AppError(status, decision.reason, TASK_REFUSAL_MESSAGES[decision.reason]);
}

/** Take, complete or cancel; the row is locked so two people at once are judged in turn. */
export async function actOnTask(
  app: AppServices,
  request: RequestContext,
  id: string,
  action: Exclude<TaskAction, 'read'>,
  input: { reason?: string | undefined } = {},
): Promise<TaskView> {
  const actor = requireActor(request);
  const now = app.clock.now();
  const found = await findTask(app.db, id);
  if (!found) throw notFound('The task');
  await authorizeTask(app, request, actor, 'read', found);
  await app.db.transaction(async (tx) => {
    const task = await lockTask(tx, id);
    if (!task) throw notFound('The task');
    const decision = decideTaskAction(actor, action, task);
    if (!decision.allowed) {
      const status = TASK_REFUSAL_STATUS[decision.reason];
      if (status === 404) throw notFound('The task');
      throw new AppError(status, decision.reason, TASK_REFUSAL_MESSAGES[decision.reason]);
    }
    const context = auditContext(app, request);
    if (action === 'take') {
      await takeTaskRow(tx, id, actor.userId, now);
      await appendAuditEvent(tx, context, {
        action: 'task.take',
        outcome: 'allowed',
        targetType: 'task',
        targetId: id,
        details: { youthId: task.youthId },
      });
      return;
    }
    if (action === 'complete') {
      await completeTaskRow(tx, id, actor.userId, now);
      await appendAuditEvent(tx, context, {
        action: 'task.complete',
        outcome: 'allowed',
        targetType: 'task',
        targetId: id,
        details: {
          youthId: task.youthId,
          lateMinutes: Math.max(0, Math.round((now.getTime() - task.dueAt.getTime()) / 60_000)),
        },
      });
    } else {
      const reason = input.reason?.trim() ?? '';
      if (reason === '') {
        throw new AppError(400, 'reason_required', 'Say why the task is cancelled.');
      }
      await cancelTaskRow(tx, id, actor.userId, reason, now);
      await appendAuditEvent(tx, context, {
        action: 'task.cancel',
        outcome: 'allowed',
        targetType: 'task',
        targetId: id,
        details: { youthId: task.youthId, reasonChars: reason.length },
      });
    }
    // A closed task escalates no further.
    for (const escalation of task.escalations) {
      if (!escalation.happenedAt && !escalation.skippedAt) {
        await markEscalation(tx, id, escalation.step, { skippedAt: now });
      }
    }
    await finishJobsFor(tx, id, now);
  });
  return readTask(app, request, id);
}
