// The steps of a safety plan another organization must take reach it as its tasks, on the
// protocol's clocks, carrying only the minimal packet: the case number, "Release step: <title>",
// when it is due, and whom to call (the plan's author). The party acts without reading the plan,
// which it may read only as the access module allows (docs/CONFIDENTIALITY.md, "Safety plans").
import type { Queryable } from '../../../db/database.js';
import { finishJobsFor, scheduleJob } from '../../../db/repositories/jobs.js';
import { insertStepTask, stepTasksOf } from '../../../db/repositories/safety-plans.js';
import { cancelTask, insertTask } from '../../../db/repositories/tasks.js';
import { findLegalProfile } from '../../../db/repositories/legal.js';
import { stepTasks, type SafetyPlanContent } from '../../../domain/safety-plans.js';
import type { Youth } from '../../../db/repositories/youth.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import type { AuditContext } from '../../audit/events.js';
import { notifyCalledOut } from '../cases/notify.js';
import { pointPersonOf } from '../cases/case-scope.js';
import { describeInstant } from '../protocol/recipients.js';

/** Why a withdrawn step's task was cancelled, in the task's own words. */
const WITHDRAWN = 'The step was taken out of the safety plan.';

export async function giveStepTasks(
  tx: Queryable,
  context: AuditContext,
  input: {
    readonly planId: string;
    readonly youth: Youth;
    readonly plan: SafetyPlanContent & { readonly steps: readonly { key: string }[] };
    readonly authorOrganizationId: string;
    readonly userId: string;
    readonly now: Date;
  },
): Promise<{ given: number; withdrawn: number }> {
  const { youth, now } = input;
  const given = await stepTasksOf(tx, input.planId);
  const { create, withdraw } = stepTasks(
    input.plan as Parameters<typeof stepTasks>[0],
    input.authorOrganizationId,
    given,
    now,
  );
  const call = create.length > 0 ? await pointPersonOf(tx, input.authorOrganizationId) : null;
  const { timeZone } = await findLegalProfile(tx, youth.jurisdictionId);
  for (const step of create) {
    const taskId = await insertTask(tx, {
      jurisdictionId: youth.jurisdictionId,
      youthId: youth.id,
      eventId: null,
      firingId: null,
      actionIndex: null,
      kind: 'action',
      planType: null,
      title: step.title,
      reason: 'A step of the youth’s safety plan',
      assigneeOrganizationId: step.partyOrganizationId,
      where: null,
      callPointPersonId: call?.id ?? null,
      dueAt: step.dueAt,
      now,
    });
    await insertStepTask(tx, { planId: input.planId, stepKey: step.stepKey, taskId });
    await scheduleJob(tx, {
      jurisdictionId: youth.jurisdictionId,
      kind: 'task.due',
      targetId: taskId,
      runAt: step.dueAt,
    });
    // The notice names the case and when, not the step: the task itself is the packet.
    await notifyCalledOut(tx, step.partyOrganizationId, {
      content: {
        code: 'task.assigned',
        params: { caseNumber: youth.caseNumber, dueAt: step.dueAt.toISOString() },
      },
      jurisdictionId: youth.jurisdictionId,
      youthId: youth.id,
      text: `New task from a safety plan (case ${youth.caseNumber}), due ${describeInstant(step.dueAt, timeZone)}.`,
      now,
    });
  }
  for (const taskId of withdraw) {
    await cancelTask(tx, taskId, input.userId, WITHDRAWN, now);
    await finishJobsFor(tx, taskId, now);
    await appendAuditEvent(tx, context, {
      action: 'task.cancel',
      outcome: 'allowed',
      targetType: 'task',
      targetId: taskId,
      details: { youthId: youth.id, reasonChars: WITHDRAWN.length },
    });
  }
  return { given: create.length, withdrawn: withdraw.length };
}
