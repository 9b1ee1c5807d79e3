// What happens when a task's time comes: at due, an open task is marked overdue and its
// organization told; each step of its escalation ladder tells the next person up, unless the task
// was done or cancelled first. Run by the job runner (jobs.ts), in the job's transaction.
import type { Queryable } from '../../../db/database.js';
import { findOrganization } from '../../../db/repositories/organizations.js';
import { findTask, markEscalation, markTaskOverdue } from '../../../db/repositories/tasks.js';
import { findLegalProfile } from '../../../db/repositories/legal.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import type { AuditContext } from '../../audit/events.js';
import type { AppServices } from '../../context.js';
import { notifyOrganization } from '../cases/notify.js';
import { describeInstant, reachRecipient } from './recipients.js';

const clockContext = (jurisdictionId: string, now: Date): AuditContext => ({
  actorUserId: null,
  actorOrganizationId: null,
  jurisdictionId,
  ip: null,
  userAgent: 'lantern-clock',
  now,
});

export async function taskFallsDue(
  tx: Queryable,
  app: AppServices,
  taskId: string,
  now: Date,
): Promise<void> {
  const task = await findTask(tx, taskId);
  if (!task || task.status !== 'open') return;
  if (!(await markTaskOverdue(tx, task.id, now))) return;
  const { timeZone } = await findLegalProfile(tx, task.jurisdictionId);
  await notifyOrganization(tx, task.assigneeOrganizationId, {
    jurisdictionId: task.jurisdictionId,
    content: {
      code: 'task.overdue',
      params: { caseNumber: task.caseNumber, task: task.title, dueAt: task.dueAt.toISOString() },
    },
    youthId: task.youthId,
    text: `Overdue: ${task.title} (case ${task.caseNumber}) was due ${describeInstant(task.dueAt, timeZone)}.`,
    now,
  });
  await appendAuditEvent(tx, clockContext(task.jurisdictionId, now), {
    action: 'task.overdue',
    outcome: 'allowed',
    targetType: 'task',
    targetId: task.id,
    details: { assigneeOrganizationId: task.assigneeOrganizationId },
  });
}

export async function taskEscalates(
  tx: Queryable,
  app: AppServices,
  taskId: string,
  step: number,
  now: Date,
): Promise<void> {
  const task = await findTask(tx, taskId);
  const escalation = task?.escalations.find((e) => e.step === step);
  if (!task || !escalation || escalation.happenedAt || escalation.skippedAt) return;
  if (task.status !== 'open') {
    await markEscalation(tx, task.id, step, { skippedAt: now });
    return;
  }
  const { timeZone } = await findLegalProfile(tx, task.jurisdictionId);
  const assignee = await findOrganization(tx, task.assigneeOrganizationId);
  const reached = await reachRecipient(tx, app, {
    recipient: escalation.recipient,
    jurisdictionId: task.jurisdictionId,
    youthId: task.youthId,
    caseNumber: task.caseNumber,
    assigneeOrganizationId: task.assigneeOrganizationId,
    content: {
      code: 'task.escalated',
      params: {
        caseNumber: task.caseNumber,
        task: task.title,
        assignee: assignee?.name ?? '',
        dueAt: task.dueAt.toISOString(),
      },
    },
    email: {
      what: `Escalated, still open: ${task.title}`,
      dueAt: task.dueAt,
      timeZone,
    },
    text: `Escalated: ${task.title} (case ${task.caseNumber}), assigned to ${assignee?.name ?? 'an organization'}, was due ${describeInstant(task.dueAt, timeZone)} and is still open.`,
    now,
  });
  await markEscalation(tx, task.id, step, {
    happenedAt: now,
    notifiedOrganizationId: reached[0] ?? null,
  });
  await appendAuditEvent(tx, clockContext(task.jurisdictionId, now), {
    action: 'task.escalate',
    outcome: 'allowed',
    targetType: 'task',
    targetId: task.id,
    details: { step, notifiedOrganizationId: reached[0] ?? null },
  });
}
