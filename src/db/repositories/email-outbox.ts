// The email outbox (migration 0011): rows written in the caller's transaction, claimed one at a
// time for delivery under a lease, then marked. Every time comes from the caller (the app clock),
// never from the database's now(): tests move the clock.
import type { Queryable } from '../database.js';

export interface QueuedEmail {
  readonly id: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** Attempts begun, this one included. */
  readonly attempts: number;
}

export async function insertQueuedEmail(
  db: Queryable,
  email: {
    readonly jurisdictionId: string | null;
    readonly to: string;
    readonly subject: string;
    readonly text: string;
    readonly now: Date;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO email_outbox (jurisdiction_id, to_address, subject, body_text, created_at,
       next_attempt_at)
     VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
    [email.jurisdictionId, email.to, email.subject, email.text, email.now],
  );
  return (row as { id: string }).id;
}

/**
 * Takes the next due row for this delivery: counts the attempt and leases the row until
 * `leaseUntil`, in one statement (its own short transaction). SKIP LOCKED lets another process
 * claiming at the same moment take the next row instead of waiting; FOR UPDATE re-checks the
 * conditions on a row another process has just claimed, so no row is claimed twice within a
 * lease. `onlyId` claims that row or none.
 */
export async function claimDueEmail(
  db: Queryable,
  input: {
    readonly now: Date;
    readonly leaseUntil: Date;
    readonly maxAttempts: number;
    readonly onlyId?: string;
  },
): Promise<QueuedEmail | null> {
  const rows = await db.query<{
    id: string;
    to_address: string;
    subject: string;
    body_text: string;
    attempts: number;
  }>(
    `UPDATE email_outbox SET attempts = attempts + 1, claimed_until = $2
     WHERE id = (
       SELECT id FROM email_outbox
       WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $1
         AND (claimed_until IS NULL OR claimed_until <= $1) AND attempts < $3
         AND ($4::uuid IS NULL OR id = $4::uuid)
       ORDER BY next_attempt_at, created_at
       LIMIT 1
       FOR UPDATE SKIP LOCKED)
     RETURNING id, to_address, subject, body_text, attempts`,
    [input.now, input.leaseUntil, input.maxAttempts, input.onlyId ?? null],
  );
  const row = rows[0];
  return row
    ? {
        id: row.id,
        to: row.to_address,
        subject: row.subject,
        text: row.body_text,
        attempts: row.attempts,
      }
    : null;
}

/** Sent. Also over a give-up written while this send was still under way: it did arrive. */
export async function markEmailSent(db: Queryable, id: string, now: Date): Promise<void> {
  await db.query(
    `UPDATE email_outbox SET sent_at = $2, failed_at = NULL, claimed_until = NULL
     WHERE id = $1 AND sent_at IS NULL`,
    [id, now],
  );
}

/**
 * A failed attempt: try again at `retryAt`, or give up when it is null. Only while the row is
 * still this attempt's (same attempt count, not sent), so a delivery whose lease ran out does
 * not overwrite the outcome of the one that took the row after it.
 */
export async function markEmailFailed(
  db: Queryable,
  input: {
    readonly id: string;
    readonly attempts: number;
    readonly error: string;
    readonly retryAt: Date | null;
    readonly now: Date;
  },
): Promise<void> {
  await db.query(
    `UPDATE email_outbox
     SET last_error = $3, claimed_until = NULL,
       next_attempt_at = coalesce($4, next_attempt_at),
       failed_at = CASE WHEN $4::timestamptz IS NULL THEN $5::timestamptz ELSE NULL END
     WHERE id = $1 AND attempts = $2 AND sent_at IS NULL AND failed_at IS NULL`,
    [input.id, input.attempts, input.error, input.retryAt, input.now],
  );
}

/**
 * Rows whose last attempt never reported back (the process stopped mid-send) and that have no
 * attempt left: given up, so they do not wait in the queue forever.
 */
export async function giveUpAbandonedEmails(
  db: Queryable,
  input: { readonly now: Date; readonly maxAttempts: number },
): Promise<number> {
  const rows = await db.query<{ id: string }>(
    `UPDATE email_outbox
     SET failed_at = $1, claimed_until = NULL, last_error = 'the last attempt did not report back'
     WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $1
       AND attempts >= $2 AND claimed_until <= $1
     RETURNING id`,
    [input.now, input.maxAttempts],
  );
  return rows.length;
}
