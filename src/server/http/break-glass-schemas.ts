// The break-glass review's API shapes (docs/CONFIDENTIALITY.md, "Break-glass and its review").
// Imports only zod and the domain, so the web app derives its types from here.
import { z } from 'zod';
import {
  BREAK_GLASS_REVIEW_COMMENT_MAX,
  BREAK_GLASS_REVIEW_OUTCOMES,
} from '../../domain/break-glass-review.js';
import { DATA_CATEGORIES } from '../../domain/vocabulary.js';

export const BreakGlassReviewBody = z.strictObject({
  outcome: z
    .enum(BREAK_GLASS_REVIEW_OUTCOMES)
    .describe('appropriate, inappropriate, or needs_follow_up (the review stays open)'),
  comment: z
    .string()
    .trim()
    .min(1)
    .max(BREAK_GLASS_REVIEW_COMMENT_MAX)
    .describe('A short comment: what was checked with the person who opened it'),
});

export const BreakGlassReviewSummary = z.object({
  id: z.string(),
  youthId: z.string(),
  caseNumber: z.string(),
  openedByUserId: z.string(),
  openedBy: z.string().describe('The staff member who opened emergency access'),
  organizationId: z.string(),
  organization: z.string(),
  category: z.enum(DATA_CATEGORIES).describe('The kind of information opened'),
  openedAt: z.date(),
  expiresAt: z.date(),
  status: z.enum(['open', 'reviewed']),
  latestOutcome: z.enum(BREAK_GLASS_REVIEW_OUTCOMES).nullable(),
  allowedActions: z.array(z.enum(['read', 'review'])).readonly(),
});

export const BreakGlassReviewDetail = BreakGlassReviewSummary.extend({
  reason: z
    .string()
    .describe(
      'The written reason, opened from its seal; reading it is audited. Empty when unreadable',
    ),
  reasonUnreadable: z
    .boolean()
    .describe(
      'The reason is on file but its seal does not open (changed, or moved from elsewhere)',
    ),
  reviews: z
    .array(
      z.object({
        id: z.string(),
        outcome: z.enum(BREAK_GLASS_REVIEW_OUTCOMES),
        comment: z.string(),
        reviewedByName: z.string(),
        reviewedAt: z.date(),
      }),
    )
    .readonly(),
});
