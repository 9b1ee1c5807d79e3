// Who reviews emergency ("break-glass") openings (docs/CONFIDENTIALITY.md, "Break-glass and its
// review"): every role at its organization type, the opener, another county, and the review's
// state, written here from the docs, not read from the module. fast-check: nobody but a county
// coordinator of the opening's own county, not its opener, ever reads a reason.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Actor } from '../../src/domain/actor.js';
import {
  compareForReview,
  decideBreakGlassReview,
  reviewIsOpen,
  type BreakGlassReviewAction,
  type BreakGlassReviewOutcome,
} from '../../src/domain/break-glass-review.js';
import {
  ORGANIZATION_TYPES,
  ROLES,
  ROLES_BY_ORGANIZATION_TYPE,
  type OrganizationType,
  type Role,
} from '../../src/domain/vocabulary.js';
import { noticeDestination } from '../../src/web/src/pages/notifications/notice-words.js';

const J = 'county-1';
const opening = (overrides: Partial<Parameters<typeof decideBreakGlassReview>[2]> = {}) => ({
  jurisdictionId: J,
  openedByUserId: 'user-opener',
  outcomes: [] as BreakGlassReviewOutcome[],
  ...overrides,
});
const actor = (role: Role, type: OrganizationType, overrides: Partial<Actor> = {}): Actor => ({
  userId: 'user-reader',
  organizationId: 'org-reader',
  organizationType: type,
  jurisdictionId: J,
  roles: [role],
  ...overrides,
});
const coordinator = (overrides: Partial<Actor> = {}) =>
  actor('coordinator', 'county_lead', overrides);
const ACTIONS: readonly BreakGlassReviewAction[] = ['list', 'read', 'review'];

describe('who reviews', () => {
  test('the county coordinator lists, reads and reviews an open opening of another person', () => {
    for (const action of ACTIONS) {
      assert.deepEqual(decideBreakGlassReview(coordinator(), action, opening()), { allowed: true });
    }
    assert.deepEqual(decideBreakGlassReview(coordinator(), 'list'), { allowed: true });
  });

  test('every other role, at every organization type it has, is refused every action', () => {
    for (const type of ORGANIZATION_TYPES) {
      for (const role of ROLES_BY_ORGANIZATION_TYPE[type]) {
        if (role === 'coordinator' && type === 'county_lead') continue;
        for (const action of ACTIONS) {
          assert.deepEqual(
            decideBreakGlassReview(actor(role, type), action, opening()),
            { allowed: false, reason: 'not_reviewer' },
            `${role} at ${type}: ${action}`,
          );
        }
      }
    }
  });

  test('administrators and oversight analysts are refused; a coordinator outside the county lead too', () => {
    const admin = actor('administrator', 'county_lead');
    const oversight = actor('oversight_analyst', 'oversight');
    for (const who of [admin, oversight]) {
      assert.equal(decideBreakGlassReview(who, 'read', opening()).allowed, false);
    }
    // A coordinator role outside the county lead is not the county coordinator.
    const elsewhere = actor('coordinator', 'advocacy');
    assert.deepEqual(decideBreakGlassReview(elsewhere, 'list'), {
      allowed: false,
      reason: 'not_reviewer',
    });
  });

  test('another county’s opening, and no opening, are answered as not found', () => {
    const foreign = opening({ jurisdictionId: 'county-2' });
    for (const action of ['read', 'review'] as const) {
      assert.deepEqual(decideBreakGlassReview(coordinator(), action, foreign), {
        allowed: false,
        reason: 'other_jurisdiction',
      });
      assert.deepEqual(decideBreakGlassReview(coordinator(), action), {
        allowed: false,
        reason: 'other_jurisdiction',
      });
    }
  });

  test('a non-coordinator learns nothing of which county an id belongs to', () => {
    const police = actor('law_enforcement_officer', 'law_enforcement');
    for (const o of [opening(), opening({ jurisdictionId: 'county-2' }), undefined]) {
      assert.deepEqual(decideBreakGlassReview(police, 'read', o), {
        allowed: false,
        reason: 'not_reviewer',
      });
    }
  });

  test('the coordinator who opened it neither reads nor reviews it, but lists it', () => {
    const own = opening({ openedByUserId: 'user-reader' });
    assert.deepEqual(decideBreakGlassReview(coordinator(), 'list'), { allowed: true });
    for (const action of ['read', 'review'] as const) {
      assert.deepEqual(decideBreakGlassReview(coordinator(), action, own), {
        allowed: false,
        reason: 'own_break_glass',
      });
    }
  });
});

describe('the review’s state', () => {
  // [outcomes so far, open for another review]
  const table: [BreakGlassReviewOutcome[], boolean][] = [
    [[], true],
    [['needs_follow_up'], true],
    [['needs_follow_up', 'needs_follow_up'], true],
    [['appropriate'], false],
    [['inappropriate'], false],
    [['needs_follow_up', 'appropriate'], false],
    [['needs_follow_up', 'inappropriate'], false],
  ];
  for (const [outcomes, open] of table) {
    test(`${outcomes.join(', ') || 'no review'}: ${open ? 'open' : 'closed'}`, () => {
      assert.equal(reviewIsOpen(outcomes), open);
      const decision = decideBreakGlassReview(coordinator(), 'review', opening({ outcomes }));
      assert.deepEqual(
        decision,
        open ? { allowed: true } : { allowed: false, reason: 'review_closed' },
      );
      // A closed review is still read.
      assert.deepEqual(decideBreakGlassReview(coordinator(), 'read', opening({ outcomes })), {
        allowed: true,
      });
    });
  }

  test('the list: open ones first, then the newest', () => {
    const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 10, minute));
    const rows = [
      { name: 'reviewed-new', open: false, openedAt: at(50) },
      { name: 'open-old', open: true, openedAt: at(10) },
      { name: 'reviewed-old', open: false, openedAt: at(5) },
      { name: 'open-new', open: true, openedAt: at(40) },
    ];
    assert.deepEqual(
      [...rows].sort(compareForReview).map((r) => r.name),
      ['open-new', 'open-old', 'reviewed-new', 'reviewed-old'],
    );
  });
});

test('property: only a county coordinator of the same county, not the opener, reads a reason', () => {
  const outcome = fc.constantFrom<BreakGlassReviewOutcome>(
    'appropriate',
    'inappropriate',
    'needs_follow_up',
  );
  fc.assert(
    fc.property(
      fc.constantFrom(...ORGANIZATION_TYPES),
      fc.subarray([...ROLES], { minLength: 1 }),
      fc.constantFrom('county-1', 'county-2'),
      fc.constantFrom('user-reader', 'user-opener'),
      fc.array(outcome, { maxLength: 3 }),
      (type, roles, jurisdictionId, openedByUserId, outcomes) => {
        const who = actor(roles[0] ?? 'advocate', type, { roles });
        const allowed = decideBreakGlassReview(
          who,
          'read',
          opening({ jurisdictionId, openedByUserId, outcomes }),
        ).allowed;
        const expected =
          type === 'county_lead' &&
          roles.includes('coordinator') &&
          jurisdictionId === J &&
          openedByUserId !== who.userId;
        assert.equal(allowed, expected);
      },
    ),
  );
});

test('the coordinator’s notice of an opening leads to its review', () => {
  assert.deepEqual(noticeDestination('break_glass', { caseNumber: '2026-X', reviewId: 'a/b' }), {
    to: '/break-glass/reviews/a%2Fb',
    label: 'breakGlassReview',
  });
  // A notice from before reviews names no opening: the list.
  assert.deepEqual(noticeDestination('break_glass', { caseNumber: '2026-X' }), {
    to: '/break-glass/reviews',
    label: 'breakGlassReview',
  });
  assert.equal(noticeDestination('team.add', { reviewId: 'x' }), null);
});
