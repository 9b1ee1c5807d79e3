// Emergency openings and their reviews, for the coordinator's review (src/domain/break-glass-review.ts
// decides who reads them). Reads are `unsafe...`: the service passes each row through the rule.
import { notSealed } from './case-seals.js';
import type { Queryable } from '../database.js';
import type { BreakGlassReviewOutcome } from '../../domain/break-glass-review.js';
import type { DataCategory } from '../../domain/vocabulary.js';

export interface BreakGlassOpening {
  readonly id: string;
  readonly jurisdictionId: string;
  readonly youthId: string;
  readonly caseNumber: string;
  readonly openedByUserId: string;
  readonly openedByName: string;
  readonly organizationId: string;
  readonly organizationName: string;
  readonly category: DataCategory;
  readonly openedAt: Date;
  readonly expiresAt: Date;
  /** Oldest first. */
  readonly outcomes: readonly BreakGlassReviewOutcome[];
}

export interface BreakGlassReviewRecord {
  readonly id: string;
  readonly outcome: BreakGlassReviewOutcome;
  readonly comment: string;
  readonly reviewedByUserId: string;
  readonly reviewedByName: string;
  readonly reviewedAt: Date;
}

interface OpeningRow {
  id: string;
  jurisdiction_id: string;
  youth_id: string;
  case_number: string;
  user_id: string;
  user_name: string;
  organization_id: string;
  organization_name: string;
  category: DataCategory;
  opened_at: Date;
  expires_at: Date;
  outcomes: BreakGlassReviewOutcome[] | null;
}

// Reviews in one instant (a test clock): follow-ups before the review that closes, since only an
// open opening takes another review.
const TIES = `(r.outcome = 'needs_follow_up') DESC, r.id`;

// The reason is left out on purpose: only `unsafeReadBreakGlassReason` reads it, after the rule.
const OPENING_SELECT = `SELECT g.id, g.jurisdiction_id, g.youth_id, y.case_number, g.user_id,
       u.display_name AS user_name, g.organization_id, o.name AS organization_name, g.category,
       g.opened_at, g.expires_at,
       (SELECT array_agg(r.outcome ORDER BY r.reviewed_at, ${TIES}) FROM break_glass_reviews r
         WHERE r.break_glass_id = g.id) AS outcomes
     FROM break_glass_grants g
     JOIN youth y ON y.id = g.youth_id
     JOIN users u ON u.id = g.user_id
     JOIN organizations o ON o.id = g.organization_id`;

const toOpening = (r: OpeningRow): BreakGlassOpening => ({
  id: r.id,
  jurisdictionId: r.jurisdiction_id,
  youthId: r.youth_id,
  caseNumber: r.case_number,
  openedByUserId: r.user_id,
  openedByName: r.user_name,
  organizationId: r.organization_id,
  organizationName: r.organization_name,
  category: r.category,
  openedAt: r.opened_at,
  expiresAt: r.expires_at,
  outcomes: r.outcomes ?? [],
});

/** Every emergency opening of a county, newest first (the service orders open ones first). */
export async function unsafeListBreakGlassOpenings(
  db: Queryable,
  jurisdictionId: string,
): Promise<BreakGlassOpening[]> {
  const rows = await db.query<OpeningRow>(
    `${OPENING_SELECT} WHERE g.jurisdiction_id = $1 AND ${notSealed('g.youth_id')}
     ORDER BY g.opened_at DESC, g.id`,
    [jurisdictionId],
  );
  return rows.map(toOpening);
}

export async function unsafeFindBreakGlassOpening(
  db: Queryable,
  id: string,
  lock = false,
): Promise<BreakGlassOpening | null> {
  const [row] = await db.query<OpeningRow>(
    `${OPENING_SELECT} WHERE g.id = $1${lock ? ' FOR UPDATE OF g' : ''}`,
    [id],
  );
  return row ? toOpening(row) : null;
}

/** A written reason as stored: sealed, or plain as a version before migration 0032 kept it. */
export type StoredBreakGlassReason =
  | { readonly sealed: true; readonly reasonSealed: string; readonly keyVersion: number }
  | { readonly sealed: false; readonly reason: string };

export async function unsafeReadBreakGlassReason(
  db: Queryable,
  id: string,
): Promise<StoredBreakGlassReason & { readonly jurisdictionId: string }> {
  const [row] = await db.query<{
    jurisdiction_id: string;
    reason: string | null;
    reason_sealed: string | null;
    reason_key_version: number | null;
  }>(
    `SELECT jurisdiction_id, reason, reason_sealed, reason_key_version FROM break_glass_grants
     WHERE id = $1`,
    [id],
  );
  if (!row) throw new Error('unsafeReadBreakGlassReason: no such opening');
  const jurisdictionId = row.jurisdiction_id;
  // The table holds one or the other (break_glass_grants_reason_once).
  if (row.reason_sealed !== null && row.reason_key_version !== null) {
    return {
      sealed: true,
      reasonSealed: row.reason_sealed,
      keyVersion: row.reason_key_version,
      jurisdictionId,
    };
  }
  return { sealed: false, reason: row.reason ?? '', jurisdictionId };
}

/**
 * Replaces a plain reason by its seal, emptying the plain one, only while it is still plain: two
 * processes sealing the same reason cannot seal a seal. Returns whether the row changed.
 */
export async function storeSealedBreakGlassReason(
  db: Queryable,
  input: { readonly id: string; readonly reasonSealed: string; readonly keyVersion: number },
): Promise<boolean> {
  const rows = await db.query<{ id: string }>(
    `UPDATE break_glass_grants SET reason = NULL, reason_sealed = $2, reason_key_version = $3
     WHERE id = $1 AND reason IS NOT NULL RETURNING id`,
    [input.id, input.reasonSealed, input.keyVersion],
  );
  return rows.length === 1;
}

/** Openings whose reason is still plain, any county (for the sealing at start). */
export async function unsafeListPlainBreakGlassReasons(
  db: Queryable,
  limit: number,
): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    'SELECT id FROM break_glass_grants WHERE reason IS NOT NULL ORDER BY id LIMIT $1',
    [limit],
  );
  return rows.map((r) => r.id);
}

export async function unsafeListBreakGlassReviews(
  db: Queryable,
  breakGlassId: string,
): Promise<BreakGlassReviewRecord[]> {
  const rows = await db.query<{
    id: string;
    outcome: BreakGlassReviewOutcome;
    comment: string;
    reviewed_by_user_id: string;
    reviewed_by_name: string;
    reviewed_at: Date;
  }>(
    `SELECT r.id, r.outcome, r.comment, r.reviewed_by_user_id,
            u.display_name AS reviewed_by_name, r.reviewed_at
       FROM break_glass_reviews r JOIN users u ON u.id = r.reviewed_by_user_id
      WHERE r.break_glass_id = $1 ORDER BY r.reviewed_at, ${TIES}`,
    [breakGlassId],
  );
  return rows.map((r) => ({
    id: r.id,
    outcome: r.outcome,
    comment: r.comment,
    reviewedByUserId: r.reviewed_by_user_id,
    reviewedByName: r.reviewed_by_name,
    reviewedAt: r.reviewed_at,
  }));
}

export async function insertBreakGlassReview(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly breakGlassId: string;
    readonly outcome: BreakGlassReviewOutcome;
    readonly comment: string;
    readonly reviewedByUserId: string;
    readonly reviewedAt: Date;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO break_glass_reviews (jurisdiction_id, break_glass_id, outcome, comment,
       reviewed_by_user_id, reviewed_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      input.jurisdictionId,
      input.breakGlassId,
      input.outcome,
      input.comment,
      input.reviewedByUserId,
      input.reviewedAt,
    ],
  );
  if (!row) throw new Error('insertBreakGlassReview: no row');
  return row.id;
}
