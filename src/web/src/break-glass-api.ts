// The break-glass review's calls (docs/CONFIDENTIALITY.md, "Break-glass and its review"). The
// shapes are derived from the server's schemas, so a changed field cannot drift.
import type { z } from 'zod';
import type {
  BreakGlassReviewBody,
  BreakGlassReviewDetail as DetailSchema,
  BreakGlassReviewSummary as SummarySchema,
} from '../../server/http/break-glass-schemas.js';
import { path, request } from './api';
import type { Wire } from './wire';

export type BreakGlassReviewSummary = Wire<z.output<typeof SummarySchema>>;
export type BreakGlassReviewDetail = Wire<z.output<typeof DetailSchema>>;
export type NewBreakGlassReview = z.input<typeof BreakGlassReviewBody>;

export async function listBreakGlassReviews(): Promise<BreakGlassReviewSummary[]> {
  return (await request('GET', '/api/break-glass/reviews')) as BreakGlassReviewSummary[];
}

/** Reading one shows its written reason; the server audits the read. */
export async function getBreakGlassReview(id: string): Promise<BreakGlassReviewDetail> {
  return (await request('GET', path('/api/break-glass/reviews', id))) as BreakGlassReviewDetail;
}

export async function reviewBreakGlass(
  id: string,
  body: NewBreakGlassReview,
): Promise<BreakGlassReviewDetail> {
  return (await request('POST', path('/api/break-glass/reviews', id), {
    body,
  })) as BreakGlassReviewDetail;
}
