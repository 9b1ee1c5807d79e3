// The coordinator's review of emergency ("break-glass") openings (docs/CONFIDENTIALITY.md,
// "Break-glass and its review"): the county's openings, open ones first; one opening with its
// written reason; and the review's outcome and comment. Every list, every read of a reason,
// every review and every refusal is audited; another county's opening is answered like none.
import {
  compareForReview,
  decideBreakGlassReview,
  reviewIsOpen,
  BREAK_GLASS_REVIEW_REFUSALS,
  type BreakGlassReviewAction,
  type BreakGlassReviewOutcome,
  type BreakGlassReviewRefusal,
} from '../../../domain/break-glass-review.js';
import type { Actor } from '../../../domain/actor.js';
import type { Queryable } from '../../../db/database.js';
import {
  insertBreakGlassReview,
  unsafeFindBreakGlassOpening,
  unsafeListBreakGlassOpenings,
  unsafeListBreakGlassReviews,
  type BreakGlassOpening,
  type BreakGlassReviewRecord,
} from '../../../db/repositories/break-glass-reviews.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { conflict, forbidden, notFound } from '../../errors.js';
import { auditDenial, requireActor } from '../authorize.js';
import { openBreakGlassReason } from './break-glass-reason.js';

export interface BreakGlassReviewSummary {
  readonly id: string;
  readonly youthId: string;
  readonly caseNumber: string;
  readonly openedByUserId: string;
  readonly openedBy: string;
  readonly organizationId: string;
  readonly organization: string;
  readonly category: BreakGlassOpening['category'];
  readonly openedAt: Date;
  readonly expiresAt: Date;
  readonly status: 'open' | 'reviewed';
  readonly latestOutcome: BreakGlassReviewOutcome | null;
  readonly allowedActions: readonly ('read' | 'review')[];
}

export interface BreakGlassReviewDetail extends BreakGlassReviewSummary {
  /** Empty when its seal does not open (`reasonUnreadable`). */
  readonly reason: string;
  readonly reasonUnreadable: boolean;
  readonly reviews: readonly Omit<BreakGlassReviewRecord, 'reviewedByUserId'>[];
}

const NOT_FOUND = 'The break-glass opening';

function summaryOf(actor: Actor, opening: BreakGlassOpening): BreakGlassReviewSummary {
  const may = (action: BreakGlassReviewAction) =>
    decideBreakGlassReview(actor, action, opening).allowed;
  return {
    id: opening.id,
    youthId: opening.youthId,
    caseNumber: opening.caseNumber,
    openedByUserId: opening.openedByUserId,
    openedBy: opening.openedByName,
    organizationId: opening.organizationId,
    organization: opening.organizationName,
    category: opening.category,
    openedAt: opening.openedAt,
    expiresAt: opening.expiresAt,
    status: reviewIsOpen(opening.outcomes) ? 'open' : 'reviewed',
    latestOutcome: opening.outcomes.at(-1) ?? null,
    allowedActions: (['read', 'review'] as const).filter(may),
  };
}

const closed = () =>
  conflict('review_closed', `Not allowed: ${BREAK_GLASS_REVIEW_REFUSALS.review_closed}.`);

/** Refuses in the rule's words: another county as an unknown id, a closed review as 409. */
async function refuse(
  app: AppServices,
  request: RequestContext,
  reason: BreakGlassReviewRefusal,
  audit: { readonly action: string; readonly targetId?: string },
): Promise<never> {
  if (reason === 'review_closed') throw closed();
  await auditDenial(app, request, reason, { targetType: 'break_glass', ...audit });
  if (reason === 'other_jurisdiction') throw notFound(NOT_FOUND);
  throw forbidden(reason, `Not allowed: ${BREAK_GLASS_REVIEW_REFUSALS[reason]}.`);
}

/** The county's openings for the coordinator, open ones first, then the newest. No reasons. */
export async function listBreakGlassReviews(
  app: AppServices,
  request: RequestContext,
): Promise<BreakGlassReviewSummary[]> {
  const actor = requireActor(request);
  const decision = decideBreakGlassReview(actor, 'list');
  if (!decision.allowed) {
    return refuse(app, request, decision.reason, { action: 'break_glass.review_list' });
  }
  return app.db.transaction(async (tx) => {
    const openings = await unsafeListBreakGlassOpenings(tx, actor.jurisdictionId);
    const summaries = openings
      .map((opening) => summaryOf(actor, opening))
      .sort((a, b) => compareForReview(summaryKey(a), summaryKey(b)));
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'break_glass.review_list',
      outcome: 'allowed',
      targetType: 'jurisdiction',
      targetId: actor.jurisdictionId,
      details: {
        results: summaries.length,
        open: summaries.filter((s) => s.status === 'open').length,
      },
    });
    return summaries;
  });
}

const summaryKey = (s: BreakGlassReviewSummary) => ({
  open: s.status === 'open',
  openedAt: s.openedAt,
});

/** Opens the reason and reads the reviews of an opening the rule allows, and audits the read. */
async function detailOf(
  app: AppServices,
  request: RequestContext,
  tx: Queryable,
  opening: BreakGlassOpening,
): Promise<BreakGlassReviewDetail> {
  const actor = requireActor(request);
  const context = auditContext(app, request);
  const reason = await openBreakGlassReason(tx, app, context, opening);
  const reviews = await unsafeListBreakGlassReviews(tx, opening.id);
  await appendAuditEvent(tx, context, {
    action: 'break_glass.reason_read',
    outcome: 'allowed',
    targetType: 'break_glass',
    targetId: opening.id,
    categories: [opening.category],
    details: {
      youthId: opening.youthId,
      reviews: reviews.length,
      // A seal that does not open is a fault to find in the audit log, not only on the screen.
      ...(reason.readable ? {} : { reasonUnreadable: true as const }),
    },
  });
  return {
    ...summaryOf(actor, opening),
    reason: reason.readable ? reason.reason : '',
    reasonUnreadable: !reason.readable,
    reviews: reviews.map((review) => ({
      id: review.id,
      outcome: review.outcome,
      comment: review.comment,
      reviewedByName: review.reviewedByName,
      reviewedAt: review.reviewedAt,
    })),
  };
}

/** One opening with its written reason and its reviews, for the county coordinator. */
export async function readBreakGlassReview(
  app: AppServices,
  request: RequestContext,
  id: string,
): Promise<BreakGlassReviewDetail> {
  const actor = requireActor(request);
  const audit = { action: 'break_glass.reason_read', targetId: id };
  // The role is asked before the id is looked up, so a refusal says nothing of the id.
  const role = decideBreakGlassReview(actor, 'list');
  if (!role.allowed) return refuse(app, request, role.reason, audit);
  const opening = await unsafeFindBreakGlassOpening(app.db, id);
  const decision = decideBreakGlassReview(actor, 'read', opening ?? undefined);
  if (!decision.allowed) return refuse(app, request, decision.reason, audit);
  if (!opening) throw notFound(NOT_FOUND);
  return app.db.transaction((tx) => detailOf(app, request, tx, opening));
}

/** Records the coordinator's review: an outcome and a short comment, checked again under lock. */
export async function recordBreakGlassReview(
  app: AppServices,
  request: RequestContext,
  id: string,
  input: { readonly outcome: BreakGlassReviewOutcome; readonly comment: string },
): Promise<BreakGlassReviewDetail> {
  const actor = requireActor(request);
  const audit = { action: 'break_glass.review', targetId: id };
  const role = decideBreakGlassReview(actor, 'list');
  if (!role.allowed) return refuse(app, request, role.reason, audit);
  const found = await unsafeFindBreakGlassOpening(app.db, id);
  const first = decideBreakGlassReview(actor, 'review', found ?? undefined);
  if (!first.allowed) return refuse(app, request, first.reason, audit);
  const now = app.clock.now();
  return app.db.transaction(async (tx) => {
    // Two coordinators at once: the second sees the first's review.
    const opening = await unsafeFindBreakGlassOpening(tx, id, true);
    if (!opening) throw notFound(NOT_FOUND);
    const decision = decideBreakGlassReview(actor, 'review', opening);
    // Only the review's state can have changed since the check above: no denial to audit here
    // (its own transaction would wait for this one on PGlite's single connection).
    if (!decision.allowed) throw closed();
    const reviewId = await insertBreakGlassReview(tx, {
      jurisdictionId: opening.jurisdictionId,
      breakGlassId: opening.id,
      outcome: input.outcome,
      comment: input.comment,
      reviewedByUserId: actor.userId,
      reviewedAt: now,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'break_glass.review',
      outcome: 'allowed',
      targetType: 'break_glass',
      targetId: opening.id,
      details: {
        youthId: opening.youthId,
        outcome: input.outcome,
        commentChars: input.comment.length,
        reviewId,
      },
    });
    const reviewed = { ...opening, outcomes: [...opening.outcomes, input.outcome] };
    return detailOf(app, request, tx, reviewed);
  });
}
