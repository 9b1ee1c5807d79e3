// Who may see and act on a protocol task. A task is its assignee organization's work: its people
// see it, take it, complete it or cancel it with a reason; the county coordinator sees every
// task of the county (the overdue view) and may cancel one. Nobody else sees it at all. A task of
// a case another county holds, or one a court's seal hides from the actor, does not exist for
// them: the access module's first question is asked here too (docs/CONFIDENTIALITY.md, "Sealed
// cases").
import type { Actor } from './actor.js';
import { caseHiddenFrom, seesYouthData } from './case-access.js';
import type { CaseSealFacts } from './case-seal.js';

export const TASK_ACTIONS = ['read', 'take', 'complete', 'cancel'] as const;
export type TaskAction = (typeof TASK_ACTIONS)[number];

export interface TaskFacts {
  readonly jurisdictionId: string;
  readonly assigneeOrganizationId: string;
  readonly assigneeUserId: string | null;
  readonly status: 'open' | 'done' | 'cancelled';
  /** The court's seal in force on the task's case; null when it is not sealed. */
  readonly seal: CaseSealFacts | null;
}

export type TaskRefusal =
  | 'other_jurisdiction'
  | 'sealed'
  | 'role_without_youth_data'
  | 'not_your_task'
  | 'task_closed'
  | 'taken_by_another';

export const TASK_REFUSAL_STATUS: Readonly<Record<TaskRefusal, 403 | 404 | 409>> = {
  other_jurisdiction: 404,
  sealed: 404,
  role_without_youth_data: 403,
  not_your_task: 404,
  task_closed: 409,
  taken_by_another: 409,
};

export const TASK_REFUSAL_MESSAGES: Readonly<Record<TaskRefusal, string>> = {
  other_jurisdiction: 'The task does not exist.',
  sealed: 'The task does not exist.',
  role_without_youth_data: 'Your role does not work cases, so it has no tasks.',
  not_your_task: 'The task does not exist.',
  task_closed: 'This task is already done or cancelled.',
  taken_by_another: 'Someone else at your organization has taken this task.',
};

export function isCountyCoordinator(actor: Actor): boolean {
  return actor.organizationType === 'county_lead' && actor.roles.includes('coordinator');
}

export function decideTaskAction(
  actor: Actor,
  action: TaskAction,
  task: TaskFacts,
): { allowed: true } | { allowed: false; reason: TaskRefusal } {
  const refuse = (reason: TaskRefusal) => ({ allowed: false as const, reason });
  // The seal opens nothing: the court roles it names still act only on their own tasks.
  const hidden = caseHiddenFrom(actor, task);
  if (hidden && !hidden.allowed) {
    return refuse(hidden.reason === 'sealed' ? 'sealed' : 'other_jurisdiction');
  }
  if (!seesYouthData(actor)) return refuse('role_without_youth_data');
  const assignee = actor.organizationId === task.assigneeOrganizationId;
  const coordinator = isCountyCoordinator(actor);
  if (!assignee && !(coordinator && (action === 'read' || action === 'cancel'))) {
    return refuse('not_your_task');
  }
  if (action === 'read') return { allowed: true };
  if (task.status !== 'open') return refuse('task_closed');
  // Anyone of the organization may complete it (the person who took it may be off shift);
  // taking it from a colleague is refused, so two people do not both drive to the hospital.
  if (action === 'take' && task.assigneeUserId !== null && task.assigneeUserId !== actor.userId) {
    return refuse('taken_by_another');
  }
  return { allowed: true };
}
