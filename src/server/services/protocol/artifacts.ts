// An artifact the protocol requires closes the tasks that required it. A "release safety plan
// before release" task is done when a release_from_custody plan is written for the youth, by
// whoever writes it; a "re-screen within 24 hours" task when a screening is completed. The
// caller writes the artifact and calls this in the same transaction, so the plan and the closed
// task commit together or not at all (docs/PROTOCOL.md, "Artifacts close tasks").
import type { Queryable } from '../../../db/database.js';
import { finishJobsFor } from '../../../db/repositories/jobs.js';
import {
  completeTaskByArtifact,
  lockOpenTasksOfKind,
  markEscalation,
} from '../../../db/repositories/tasks.js';
import type { SafetyPlanType, TaskKind } from '../../../domain/protocol.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import type { AuditContext } from '../../audit/events.js';

export interface FulfillingArtifact {
  readonly youthId: string;
  /** The task kind the artifact fulfils. */
  readonly kind: Extract<TaskKind, 'safety_plan' | 'screening' | 'mdt_review' | 'debrief'>;
  /** For a safety plan: only tasks that require this plan type close. */
  readonly planType?: SafetyPlanType;
  /** What the artifact is, in the audit's words (safety_plan, screening), and its id. */
  readonly artifactType: string;
  readonly artifactId: string;
  readonly userId: string;
}

/** Closes every open task the artifact fulfils; returns the ids of the tasks it closed. */
export async function closeTasksFulfilledBy(
  tx: Queryable,
  context: AuditContext,
  artifact: FulfillingArtifact,
  now: Date,
): Promise<string[]> {
  const tasks = await lockOpenTasksOfKind(
    tx,
    artifact.youthId,
    artifact.kind,
    artifact.planType ?? null,
  );
  for (const task of tasks) {
    await completeTaskByArtifact(
      tx,
      task.id,
      artifact.userId,
      { type: artifact.artifactType, id: artifact.artifactId },
      now,
    );
    for (const escalation of task.escalations) {
      if (!escalation.happenedAt && !escalation.skippedAt) {
        await markEscalation(tx, task.id, escalation.step, { skippedAt: now });
      }
    }
    await finishJobsFor(tx, task.id, now);
    await appendAuditEvent(tx, context, {
      action: 'task.complete',
      outcome: 'allowed',
      targetType: 'task',
      targetId: task.id,
      details: {
        youthId: task.youthId,
        closedBy: artifact.artifactType,
        artifactId: artifact.artifactId,
        lateMinutes: Math.max(0, Math.round((now.getTime() - task.dueAt.getTime()) / 60_000)),
      },
    });
  }
  return tasks.map((t) => t.id);
}
