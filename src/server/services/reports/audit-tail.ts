// The audit chain's newest events checked for the administrator's dashboard (docs/REPORTS.md,
// "Dashboards"). Lantern records no result of `lantern verify-audit`, and walking the whole chain
// on every read would cost as much as the log is long; so the dashboard checks the newest events
// (AUDIT_TAIL_CHECKED): each links to the one before it, its hash is its content's, and the
// chain head names the last. The full walk stays `lantern verify-audit`.
import type { Queryable } from '../../../db/database.js';
import { hashEvent } from '../../audit/chain.js';

export interface AuditTailCheck {
  readonly ok: boolean;
  /** How many of the newest events were checked. */
  readonly checked: number;
  /** The newest event's number (the chain's length). */
  readonly lastSeq: number;
  /** The first event found broken, or null. */
  readonly brokenAt: number | null;
}

interface Row {
  seq: number;
  at: Date;
  actor_user_id: string | null;
  actor_organization_id: string | null;
  jurisdiction_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  categories: string[];
  outcome: string;
  reason: string | null;
  ip: string | null;
  user_agent: string | null;
  details: unknown;
  prev_hash: string;
  hash: string;
}

export async function checkAuditTail(db: Queryable, count: number): Promise<AuditTailCheck> {
  const [head] = await db.query<{ seq: number; hash: string }>(
    'SELECT seq, hash FROM audit_chain_head WHERE id = 1',
  );
  const lastSeq = head?.seq ?? 0;
  const rows = await db.query<Row>(
    'SELECT * FROM audit_events WHERE seq > $1 AND seq <= $2 ORDER BY seq',
    [Math.max(0, lastSeq - count), lastSeq],
  );
  let expected = Math.max(0, lastSeq - count) + 1;
  let prevHash = rows[0]?.prev_hash ?? '';
  for (const row of rows) {
    const recomputed = hashEvent(row.prev_hash, {
      seq: row.seq,
      at: row.at,
      actorUserId: row.actor_user_id,
      actorOrganizationId: row.actor_organization_id,
      jurisdictionId: row.jurisdiction_id,
      action: row.action,
      targetType: row.target_type,
      targetId: row.target_id,
      categories: row.categories,
      outcome: row.outcome,
      reason: row.reason,
      ip: row.ip,
      userAgent: row.user_agent,
      details: row.details,
    });
    if (row.seq !== expected || row.prev_hash !== prevHash || recomputed !== row.hash) {
      return { ok: false, checked: rows.length, lastSeq, brokenAt: expected };
    }
    prevHash = row.hash;
    expected += 1;
  }
  const ended = expected - 1 === lastSeq && (lastSeq === 0 || prevHash === head?.hash);
  return { ok: ended, checked: rows.length, lastSeq, brokenAt: ended ? null : expected };
}
