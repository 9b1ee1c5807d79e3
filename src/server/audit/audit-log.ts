import type { Queryable } from '../../db/database.js';
import type { AuditAction, AuditContext, AuditEventInput } from './events.js';
import { canonicalJsonAroundSeq, GENESIS_HASH, hashEvent, type ChainedEvent } from './chain.js';

/**
 * Appends one event. Inside a transaction, the event and the change it records commit or roll
 * back together; alone (an audited read), the statement is its own transaction. One statement
 * locks the chain head row, numbers the event after it, hashes it onto the head's hash and moves
 * the head: the lock serialises appends across every process sharing the database, and is held
 * no longer than that statement (or the caller's transaction). The hash is the one chain.ts
 * defines, computed by the database's sha256 over the same bytes (verifyChain recomputes it in
 * JavaScript).
 */
export async function appendAuditEvent<A extends AuditAction>(
  db: Queryable,
  context: AuditContext,
  input: AuditEventInput<A>,
): Promise<number> {
  const event: Omit<ChainedEvent, 'seq'> = {
    // Millisecond precision: what PostgreSQL stores is what was hashed.
    at: new Date(context.now.getTime()),
    actorUserId: context.actorUserId,
    actorOrganizationId: context.actorOrganizationId,
    jurisdictionId:
      input.jurisdictionId === undefined ? context.jurisdictionId : input.jurisdictionId,
    action: input.action,
    targetType: input.targetType ?? null,
    targetId: input.targetId ?? null,
    categories: input.categories ?? [],
    outcome: input.outcome,
    reason: input.reason ?? null,
    ip: context.ip,
    userAgent: context.userAgent,
    details: input.details,
  };
  const { before, after } = canonicalJsonAroundSeq(event);
  const [appended] = await db.query<{ seq: number }>(
    `WITH head AS (
       SELECT seq, hash FROM audit_chain_head WHERE id = 1 FOR UPDATE),
     appended AS (
       INSERT INTO audit_events (seq, at, actor_user_id, actor_organization_id, jurisdiction_id,
         action, target_type, target_id, categories, outcome, reason, ip, user_agent, details,
         prev_hash, hash)
       SELECT head.seq + 1, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, head.hash,
         encode(sha256(convert_to(head.hash || E'\\n' || $14 || (head.seq + 1)::text || $15,
           'UTF8')), 'hex')
       FROM head
       RETURNING seq, hash)
     UPDATE audit_chain_head h SET seq = appended.seq, hash = appended.hash
       FROM appended WHERE h.id = 1
     RETURNING appended.seq`,
    [
      event.at,
      event.actorUserId,
      event.actorOrganizationId,
      event.jurisdictionId,
      event.action,
      event.targetType,
      event.targetId,
      event.categories,
      event.outcome,
      event.reason,
      event.ip,
      event.userAgent,
      JSON.stringify(event.details),
      before,
      after,
    ],
  );
  if (!appended) throw new Error('audit chain head is missing: run migrations');
  return appended.seq;
}

export type VerifyResult =
  | { readonly ok: true; readonly events: number }
  | {
      readonly ok: false;
      readonly events: number;
      readonly brokenAt: number;
      readonly problem: string;
    };

interface StoredEventRow {
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

/**
 * Walks the chain in pages and reports the first broken link: the whole chain, or from event
 * `from` on (that event's link to the one before it is then taken as written; the
 * administrator's dashboard checks the newest events this way, `lantern verify-audit` all).
 */
export async function verifyAuditChain(
  db: Queryable,
  pageSize = 1000,
  from = 1,
): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = Math.max(1, from);
  if (expectedSeq > 1) {
    const [first] = await db.query<{ prev_hash: string }>(
      'SELECT prev_hash FROM audit_events WHERE seq = $1',
      [expectedSeq],
    );
    prevHash = first?.prev_hash ?? prevHash;
  }
  for (;;) {
    const rows = await db.query<StoredEventRow>(
      'SELECT * FROM audit_events WHERE seq >= $1 ORDER BY seq LIMIT $2',
      [expectedSeq, pageSize],
    );
    for (const row of rows) {
      const count = expectedSeq - 1;
      if (row.seq !== expectedSeq) {
        return {
          ok: false,
          events: count,
          brokenAt: expectedSeq,
          problem: `event ${expectedSeq} is missing`,
        };
      }
      if (row.prev_hash !== prevHash) {
        return {
          ok: false,
          events: count,
          brokenAt: row.seq,
          problem: 'does not link to the event before it',
        };
      }
      const recomputed = hashEvent(prevHash, {
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
      if (recomputed !== row.hash) {
        return {
          ok: false,
          events: count,
          brokenAt: row.seq,
          problem: 'its content was changed after it was written',
        };
      }
      prevHash = row.hash;
      expectedSeq += 1;
    }
    if (rows.length < pageSize) break;
  }
  const [head] = await db.query<{ seq: number; hash: string }>(
    'SELECT seq, hash FROM audit_chain_head WHERE id = 1',
  );
  const events = expectedSeq - 1;
  if (head && (head.seq !== events || head.hash !== prevHash)) {
    return {
      ok: false,
      events,
      brokenAt: events + 1,
      problem: `the log ends early: the chain head records ${head.seq} events`,
    };
  }
  return { ok: true, events };
}
