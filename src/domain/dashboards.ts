// The dashboards on Reports (docs/REPORTS.md, "Dashboards"): who reads which, and how open clocks
// are grouped. The coordinator's is the county's work in figures (clocks, referrals waiting,
// capacity), the administrator's the accounts and the audit chain; neither carries a youth. Pure.
import { hasRole, type Actor } from './actor.js';
import { allow, deny, type Decision } from './decision.js';

/** The coordinator of the county keeps its clocks; no other role reads its work in figures. */
export function decideCoordinatorDashboard(actor: Actor): Decision {
  return hasRole(actor, 'coordinator')
    ? allow
    : deny('only the coordinator reads the county’s work dashboard');
}

/** The administrator reads the county's accounts and the audit chain's state, never youth data. */
export function decideAdministrationDashboard(actor: Actor): Decision {
  return hasRole(actor, 'administrator')
    ? allow
    : deny('only the administrator reads the accounts dashboard');
}

/** Open clocks by when they fall due, from now. */
export const DUE_BUCKETS = ['overdue', 'within_24_hours', 'within_7_days', 'later'] as const;
export type DueBucket = (typeof DUE_BUCKETS)[number];

const HOUR = 3_600_000;

export function dueBucket(dueAt: Date, now: Date): DueBucket {
  const left = dueAt.getTime() - now.getTime();
  if (left < 0) return 'overdue';
  if (left <= 24 * HOUR) return 'within_24_hours';
  if (left <= 7 * 24 * HOUR) return 'within_7_days';
  return 'later';
}

/** How many audit events the dashboard checks, the newest, each time it is read. */
export const AUDIT_TAIL_CHECKED = 500;
