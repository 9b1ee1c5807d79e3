// The break-glass review in English (docs/CONFIDENTIALITY.md, "Break-glass and its review").
import type { BreakGlassReviewOutcome } from '../../../domain/break-glass-review.js';

const outcomes = {
  appropriate: 'Appropriate',
  inappropriate: 'Not appropriate',
  needs_follow_up: 'Needs follow-up',
} satisfies Record<BreakGlassReviewOutcome, string>;

export const breakGlassReviewEn = {
  breakGlassReview: {
    nav: 'Break-glass reviews',
    title: 'Break-glass reviews',
    intro:
      'Every emergency opening of a record in the county, those still to review first. Open one to read the written reason with the person who opened it and record your review. Reading a reason is recorded in the audit log.',
    none: 'No one has used emergency access in this county.',
    toReview: 'To review',
    caseLink: 'Case {{caseNumber}}',
    opened:
      '{{openedBy}} ({{organization}}) opened {{category}} on {{openedAt}}, until {{expiresAt}}.',
    yours: 'You opened this one: another coordinator of the county reviews it.',
    detailTitle: 'Emergency access on case {{caseNumber}}',
    back: 'All break-glass reviews',
    who: 'Opened by',
    organization: 'Organization',
    case: 'Case',
    category: 'Information opened',
    openedAt: 'Opened',
    expiresAt: 'Open until',
    reason: 'Written reason',
    reasonNote:
      'It may repeat what the youth said. It is shown only to the county coordinator, and this reading is recorded.',
    reasonUnreadable:
      'The reason is on file but cannot be opened: its seal was changed. Ask the administrator to check the audit log, and review with the person who opened it.',
    reviews: 'Reviews',
    noReviews: 'Not reviewed yet.',
    reviewedBy: 'by {{name}}, {{when}}',
    outcomes,
    form: {
      heading: 'Review this opening',
      outcome: 'Was emergency access appropriate?',
      comment: 'Comment',
      commentHint: 'What you checked with the person who opened it (at most {{max}} characters).',
      submit: 'Save the review',
      saved: 'The review is saved.',
      noOutcome: 'Choose an outcome.',
      noComment: 'Write a short comment.',
    },
  },
};

export const breakGlassReviewApiErrorsEn = {
  not_reviewer: 'Only the county CSEC coordinator reviews emergency access.',
  own_break_glass:
    'You opened this emergency access: another coordinator of the county reviews it.',
  review_closed: 'This opening has already been reviewed.',
};
