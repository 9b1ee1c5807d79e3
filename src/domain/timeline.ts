// The case timeline's pure rules: where a task's clock stands, and who sees a task on the case
// timeline (docs/PROTOCOL.md, "The case timeline"). No I/O.
import type { Actor } from './actor.js';
import type { AccessDecision } from './case-access.js';
import { isCountyCoordinator } from './tasks.js';

export const TASK_CLOCK_STATES = ['met', 'missed', 'overdue', 'open', 'cancelled'] as const;
export type TaskClockState = (typeof TASK_CLOCK_STATES)[number];

/**
 * Where a task's clock stands at `now`, in whole minutes:
 * - met: done at or before due, `minutes` early;
 * - missed: done after due, `minutes` late;
 * - overdue: still open past due, late by `minutes` so far;
 * - open: due in `minutes`;
 * - cancelled: no clock (`minutes` null).
 * A task due exactly now is overdue: the protocol's clock marks it overdue at its due instant.
 */
export interface TaskClock {
  readonly state: TaskClockState;
  readonly minutes: number | null;
}

const MINUTE = 60_000;

export function taskClock(
  task: {
    readonly status: 'open' | 'done' | 'cancelled';
    readonly dueAt: Date;
    readonly completedAt: Date | null;
  },
  now: Date,
): TaskClock {
  const due = task.dueAt.getTime();
  if (task.status === 'cancelled') return { state: 'cancelled', minutes: null };
  if (task.status === 'done') {
    const done = (task.completedAt ?? now).getTime();
    return done <= due
      ? { state: 'met', minutes: Math.floor((due - done) / MINUTE) }
      : { state: 'missed', minutes: Math.ceil((done - due) / MINUTE) };
  }
  const left = due - now.getTime();
  return left > 0
    ? { state: 'open', minutes: Math.ceil(left / MINUTE) }
    : { state: 'overdue', minutes: Math.floor((now.getTime() - due) / MINUTE) };
}

/**
 * Who sees a protocol task on a case's timeline: the assignee organization's people, the county
 * coordinator, and readers who may read the triggering event (its category from the recording
 * organization, as decided by the access module and passed in). A task without an event (made
 * by hand, or its event unknown) is the assignee's and the coordinator's only.
 */
export function seesTaskOnTimeline(
  actor: Actor,
  task: { readonly jurisdictionId: string; readonly assigneeOrganizationId: string },
  eventRead: AccessDecision | null,
): boolean {
  if (actor.jurisdictionId !== task.jurisdictionId) return false;
  if (actor.organizationId === task.assigneeOrganizationId) return true;
  if (isCountyCoordinator(actor)) return true;
  return eventRead?.allowed === true;
}
