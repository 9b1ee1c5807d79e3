// A referral's thread between its two sides, the step an accept was, and taking it back.
import type { Queryable } from '../database.js';
import type { ReferralSide, ReferralStatus } from '../../domain/referrals.js';

export interface ReferralMessage {
  readonly id: string;
  readonly side: ReferralSide;
  readonly byUserName: string;
  readonly byOrganizationName: string;
  readonly body: string;
  readonly at: Date;
}

export async function insertReferralMessage(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly referralId: string;
    readonly side: ReferralSide;
    readonly byUserId: string;
    readonly byOrganizationId: string;
    readonly body: string;
    readonly now: Date;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO referral_messages (jurisdiction_id, referral_id, side, by_user_id,
       by_organization_id, body, at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      input.jurisdictionId,
      input.referralId,
      input.side,
      input.byUserId,
      input.byOrganizationId,
      input.body,
      input.now,
    ],
  );
  if (!row) throw new Error('referral message insert returned no row');
  return row.id;
}

/** The thread, oldest first (at most the latest 500 messages). */
export async function listReferralMessages(
  db: Queryable,
  referralId: string,
): Promise<ReferralMessage[]> {
  const rows = await db.query<{
    id: string;
    side: ReferralSide;
    user_name: string;
    organization_name: string;
    body: string;
    at: Date;
  }>(
    `SELECT * FROM (
       SELECT m.id, m.seq, m.side, u.display_name AS user_name, o.name AS organization_name,
         m.body, m.at
       FROM referral_messages m
       JOIN users u ON u.id = m.by_user_id
       JOIN organizations o ON o.id = m.by_organization_id
       WHERE m.referral_id = $1 ORDER BY m.seq DESC LIMIT 500) latest
     ORDER BY seq`,
    [referralId],
  );
  return rows.map((r) => ({
    id: r.id,
    side: r.side,
    byUserName: r.user_name,
    byOrganizationName: r.organization_name,
    body: r.body,
    at: r.at,
  }));
}

/** The latest step into 'accepted': from what, by which organization, when; null if none. */
export async function findLastAccept(
  db: Queryable,
  referralId: string,
): Promise<{ fromStatus: ReferralStatus; byOrganizationId: string | null; at: Date } | null> {
  const [row] = await db.query<{
    from_status: ReferralStatus;
    by_organization_id: string | null;
    at: Date;
  }>(
    `SELECT from_status, by_organization_id, at FROM referral_events
     WHERE referral_id = $1 AND to_status = 'accepted'
     ORDER BY seq DESC LIMIT 1`,
    [referralId],
  );
  return row
    ? { fromStatus: row.from_status, byOrganizationId: row.by_organization_id, at: row.at }
    : null;
}

/**
 * Returns an accepted referral to the status it was accepted from. The first response the
 * accept recorded goes too, unless the receiver had answered before (a request for more
 * information); the place it took, if any, is reported so the caller gives it back. Null when
 * someone moved the referral meanwhile.
 */
export async function unacceptReferral(
  db: Queryable,
  id: string,
  change: { readonly to: ReferralStatus; readonly acceptedAt: Date; readonly now: Date },
): Promise<{ placeTaken: boolean } | null> {
  const [row] = await db.query<{ place_taken: boolean }>(
    `UPDATE referrals r SET status = $2, updated_at = $4, place_taken = false,
       first_response_at = CASE WHEN r.first_response_at = $3 THEN NULL
         ELSE r.first_response_at END
     FROM (SELECT place_taken FROM referrals WHERE id = $1) before
     WHERE r.id = $1 AND r.status = 'accepted'
     RETURNING before.place_taken`,
    [id, change.to, change.acceptedAt, change.now],
  );
  return row ? { placeTaken: row.place_taken } : null;
}
