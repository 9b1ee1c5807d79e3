// The audit chain's newest events checked for the administrator's dashboard (docs/REPORTS.md,
// "Dashboards"). Lantern records no result of `lantern verify-audit`, and walking the whole chain
// on every read would cost as much as the log is long; so the dashboard checks the newest events
// (AUDIT_TAIL_CHECKED): each links to the one before it, its hash is its content's, and the
// chain head names the last. The full walk stays `lantern verify-audit`.
import type { Queryable } from '../../../db/database.js';
import { verifyAuditChain } from '../../audit/audit-log.js';

export interface AuditTailCheck {
  readonly ok: boolean;
  /** How many of the newest events were checked. */
  readonly checked: number;
  /** The newest event's number (the chain's length). */
  readonly lastSeq: number;
  /** The first event found broken, or null. */
  readonly brokenAt: number | null;
}

export async function checkAuditTail(db: Queryable, count: number): Promise<AuditTailCheck> {
  const [head] = await db.query<{ seq: number }>('SELECT seq FROM audit_chain_head WHERE id = 1');
  const lastSeq = head?.seq ?? 0;
  const from = Math.max(1, lastSeq - count + 1);
  const result = await verifyAuditChain(db, count, from);
  return {
    ok: result.ok,
    checked: Math.max(0, (result.ok ? result.events : result.brokenAt - 1) - (from - 1)),
    lastSeq,
    brokenAt: result.ok ? null : result.brokenAt,
  };
}
