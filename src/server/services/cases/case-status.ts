// A case's status: open, closed with a reason, reopened (docs/CONFIDENTIALITY.md, "Records
// corrected, closed and merged"). Closing cancels the protocol's open tasks on the case except
// the reports the law requires (src/domain/case-lifecycle.ts, taskSurvivesClosing).
import {
  taskSurvivesClosing,
  type CaseStatus,
  type CloseReason,
} from '../../../domain/case-lifecycle.js';
import {
  insertStatusChange,
  listStatusChanges,
  lockYouthStatus,
  setYouthStatus,
  type StatusChange,
} from '../../../db/repositories/record-lifecycle.js';
import { cancelTask, listTasks } from '../../../db/repositories/tasks.js';
import { unsafeFindYouth } from '../../../db/repositories/youth.js';
import type { Queryable } from '../../../db/database.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { conflict } from '../../errors.js';
import { openCase, type CaseScope } from './case-scope.js';
import { requireLifecycle } from './lifecycle-decide.js';

export interface CaseStatusView {
  readonly status: CaseStatus;
  /** The surviving record of a merged one. */
  readonly mergedInto: { id: string; caseNumber: string } | null;
  readonly history: StatusChange[];
  readonly tasksCancelled?: number;
}

/** The words a cancelled task carries: no reason beyond the code, nothing of the youth. */
const CANCELLED_BY_CLOSING = 'The case was closed';

async function statusView(app: AppServices, scope: CaseScope): Promise<CaseStatusView> {
  const youth = (await unsafeFindYouth(app.db, scope.youth.id)) ?? scope.youth;
  const survivor = youth.mergedIntoYouthId
    ? await unsafeFindYouth(app.db, youth.mergedIntoYouthId)
    : null;
  return {
    status: youth.status,
    mergedInto: survivor ? { id: survivor.id, caseNumber: survivor.caseNumber } : null,
    history: await listStatusChanges(app.db, youth.id),
  };
}

/**
 * Two people closing (or reopening) at once: the second finds the row locked, then changed, and
 * is answered as if it had come after (409), instead of writing a second change.
 */
async function requireStatusUnchanged(tx: Queryable, scope: CaseScope): Promise<void> {
  const status = await lockYouthStatus(tx, scope.youth.id);
  if (status !== scope.youth.status) {
    throw conflict('status_changed', 'The case changed meanwhile; open it again.');
  }
}

/** The status and its history, for whoever may view the case (the team and the coordinator). */
export async function readCaseStatus(
  app: AppServices,
  request: RequestContext,
  youthId: string,
): Promise<CaseStatusView> {
  const scope = await openCase(app, request, youthId, 'case.view');
  return statusView(app, scope);
}

export async function closeCase(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  input: { readonly reason: CloseReason; readonly note: string },
): Promise<CaseStatusView> {
  const scope = await openCase(app, request, youthId, 'case.view');
  await requireLifecycle(app, request, scope, 'case.close');
  const now = scope.time.now;
  const outcome = await app.db.transaction(async (tx) => {
    await requireStatusUnchanged(tx, scope);
    await setYouthStatus(tx, { youthId, status: 'closed', now });
    await insertStatusChange(tx, {
      jurisdictionId: scope.youth.jurisdictionId,
      youthId,
      status: 'closed',
      reasonCode: input.reason,
      reasonText: input.note,
      userId: scope.actor.userId,
      organizationId: scope.actor.organizationId,
      now,
    });
    const open = await listTasks(tx, {
      jurisdictionId: scope.youth.jurisdictionId,
      youthId,
      statuses: ['open'],
      limit: 10_000,
    });
    const cancelled = open.filter((t) => !taskSurvivesClosing(t.kind));
    for (const task of cancelled) {
      await cancelTask(tx, task.id, scope.actor.userId, CANCELLED_BY_CLOSING, now);
    }
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'youth.close',
      outcome: 'allowed',
      targetType: 'youth',
      targetId: youthId,
      details: {
        reason: input.reason,
        tasksCancelled: cancelled.length,
        tasksKept: open.length - cancelled.length,
      },
    });
    return cancelled.length;
  });
  return { ...(await statusView(app, scope)), tasksCancelled: outcome };
}

export async function reopenCase(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  input: { readonly note: string },
): Promise<CaseStatusView> {
  const scope = await openCase(app, request, youthId, 'case.view');
  await requireLifecycle(app, request, scope, 'case.reopen');
  const now = scope.time.now;
  await app.db.transaction(async (tx) => {
    await requireStatusUnchanged(tx, scope);
    await setYouthStatus(tx, { youthId, status: 'open', now });
    await insertStatusChange(tx, {
      jurisdictionId: scope.youth.jurisdictionId,
      youthId,
      status: 'reopened',
      reasonCode: null,
      reasonText: input.note,
      userId: scope.actor.userId,
      organizationId: scope.actor.organizationId,
      now,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'youth.reopen',
      outcome: 'allowed',
      targetType: 'youth',
      targetId: youthId,
      details: {},
    });
  });
  return statusView(app, scope);
}
