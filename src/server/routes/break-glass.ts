// The coordinator's review of emergency ("break-glass") openings (docs/CONFIDENTIALITY.md,
// "Break-glass and its review").
import { z } from 'zod';
import type { AppServices } from '../context.js';
import {
  BreakGlassReviewBody,
  BreakGlassReviewDetail,
  BreakGlassReviewSummary,
} from '../http/break-glass-schemas.js';
import { ErrorBody, IdParams } from '../http/schemas.js';
import type { App } from '../http/types.js';
import {
  listBreakGlassReviews,
  readBreakGlassReview,
  recordBreakGlassReview,
} from '../services/cases/break-glass-review.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const tags = ['break-glass'];
const WHO =
  'The county CSEC coordinator only, and never for an opening of their own (403 not_reviewer, own_break_glass); another county’s opening answers 404 like an unknown id.';

export function breakGlassRoutes(app: App, services: AppServices) {
  app.get('/api/break-glass/reviews', {
    schema: {
      tags,
      summary: 'The county’s emergency openings to review: open ones first, then the newest',
      description: `Who opened which kind of information on which case, when and until when, and the review's status; never the written reason. ${WHO}`,
      response: { 200: z.array(BreakGlassReviewSummary), ...errors },
    },
    handler: (request) => listBreakGlassReviews(services, request.context),
  });
  app.get('/api/break-glass/reviews/:id', {
    schema: {
      tags,
      summary:
        'One emergency opening with its written reason and its reviews (the read is audited)',
      description: WHO,
      params: IdParams,
      response: { 200: BreakGlassReviewDetail, ...errors },
    },
    handler: (request) => readBreakGlassReview(services, request.context, request.params.id),
  });
  app.post('/api/break-glass/reviews/:id', {
    schema: {
      tags,
      summary: 'Review an emergency opening: an outcome and a short comment',
      description: `${WHO} An opening reviewed as appropriate or inappropriate is closed (409 review_closed); needs_follow_up keeps it open for another review.`,
      params: IdParams,
      body: BreakGlassReviewBody,
      response: { 200: BreakGlassReviewDetail, 409: ErrorBody, ...errors },
    },
    handler: (request) =>
      recordBreakGlassReview(services, request.context, request.params.id, request.body),
  });
}
