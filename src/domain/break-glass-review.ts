// The review of an emergency ("break-glass") opening (docs/CONFIDENTIALITY.md, "Break-glass and
// its review"). The written reason may hold what the youth said, so notices never carry it; the
// county coordinator reads it here and records whether the opening was right. One rule decides
// every list, read and review.
import type { Actor } from './actor.js';

export const BREAK_GLASS_REVIEW_OUTCOMES = [
  'appropriate',
  'inappropriate',
  'needs_follow_up',
] as const;
export type BreakGlassReviewOutcome = (typeof BREAK_GLASS_REVIEW_OUTCOMES)[number];

/** The longest comment a review keeps: a few sentences, not a case note. */
export const BREAK_GLASS_REVIEW_COMMENT_MAX = 1000;

export type BreakGlassReviewAction = 'list' | 'read' | 'review';

export type BreakGlassReviewRefusal =
  /** Another county's opening: answered like one that does not exist. */
  | 'other_jurisdiction'
  /** Only the county coordinator oversees emergency access. */
  | 'not_reviewer'
  /** Nobody reviews (or reads the reason of) their own opening. */
  | 'own_break_glass'
  /** Reviewed as appropriate or inappropriate: the review is closed. */
  | 'review_closed';

export const BREAK_GLASS_REVIEW_REFUSALS: Readonly<Record<BreakGlassReviewRefusal, string>> = {
  other_jurisdiction: 'the break-glass opening was not found',
  not_reviewer: 'only the county CSEC coordinator reviews emergency access',
  own_break_glass:
    'an emergency opening is reviewed by another coordinator than the one who made it',
  review_closed:
    'this opening has been reviewed; only one marked as needing follow-up is reviewed again',
};

/** What the rule weighs of an opening: its county, who opened it, and its reviews so far. */
export interface BreakGlassOpeningFacts {
  readonly jurisdictionId: string;
  readonly openedByUserId: string;
  /** Outcomes in the order they were recorded, oldest first. */
  readonly outcomes: readonly BreakGlassReviewOutcome[];
}

/**
 * An opening is open for review until a review says it was appropriate or inappropriate;
 * `needs_follow_up` keeps it open, so the coordinator comes back to it.
 */
export function reviewIsOpen(outcomes: readonly BreakGlassReviewOutcome[]): boolean {
  const latest = outcomes.at(-1);
  return latest === undefined || latest === 'needs_follow_up';
}

/**
 * The reviewer: the county lead's coordinator (docs/CONFIDENTIALITY.md). Also what the screens
 * ask before offering the Break-glass reviews list.
 */
export const mayReviewBreakGlass = (who: Pick<Actor, 'roles' | 'organizationType'>): boolean =>
  who.organizationType === 'county_lead' && who.roles.includes('coordinator');

/**
 * Who may see the county's openings, read a reason and record a review. The confidentiality
 * model names the county coordinator alone for this (the one alerted of every opening):
 * administrators and oversight analysts never read what is written about a youth, and the other
 * roles have no part in overseeing emergency access. A coordinator who opened emergency access
 * themselves neither reads their own reason here nor reviews it; another coordinator does.
 * The list names no reason, so a coordinator lists every opening of the county, their own too.
 */
export function decideBreakGlassReview(
  actor: Actor,
  action: BreakGlassReviewAction,
  opening?: BreakGlassOpeningFacts,
):
  | { readonly allowed: true }
  | { readonly allowed: false; readonly reason: BreakGlassReviewRefusal } {
  const refuse = (reason: BreakGlassReviewRefusal) => ({ allowed: false as const, reason });
  // The role first: anyone else is refused alike whether the id is of this county, another or
  // none, so a refusal tells nothing of which openings exist.
  if (!mayReviewBreakGlass(actor)) return refuse('not_reviewer');
  if (action === 'list') return { allowed: true };
  if (!opening || opening.jurisdictionId !== actor.jurisdictionId) {
    return refuse('other_jurisdiction');
  }
  if (opening.openedByUserId === actor.userId) return refuse('own_break_glass');
  if (action === 'review' && !reviewIsOpen(opening.outcomes)) return refuse('review_closed');
  return { allowed: true };
}

/** The list's order: open ones first, then the newest opening first. */
export function compareForReview(
  a: { readonly open: boolean; readonly openedAt: Date },
  b: { readonly open: boolean; readonly openedAt: Date },
): number {
  if (a.open !== b.open) return a.open ? -1 : 1;
  return b.openedAt.getTime() - a.openedAt.getTime();
}
