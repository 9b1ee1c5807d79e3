import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  agreementCovers,
  agreementInForce,
  type AgreementTerms,
} from '../../src/domain/agreements.js';
import { DATA_CATEGORIES } from '../../src/domain/vocabulary.js';

const mou: AgreementTerms = {
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  categories: ['identity', 'referrals'],
  organizationIds: ['a', 'b', 'c'],
};

describe('agreementInForce', () => {
  test('from its first day through its last day, inclusive', () => {
    assert.equal(agreementInForce(mou, '2025-12-31'), false);
    assert.equal(agreementInForce(mou, '2026-01-01'), true);
    assert.equal(agreementInForce(mou, '2026-12-31'), true);
    assert.equal(agreementInForce(mou, '2027-01-01'), false);
  });
  test('an open-ended agreement stays in force', () => {
    assert.equal(agreementInForce({ startsOn: '2026-01-01', endsOn: null }, '2099-01-01'), true);
  });
});

describe('agreementCovers', () => {
  test('covers a listed category between two parties while in force', () => {
    assert.equal(agreementCovers([mou], ['a', 'c'], 'referrals', '2026-06-01'), true);
  });
  test('not a category it does not list', () => {
    assert.equal(agreementCovers([mou], ['a', 'b'], 'medical', '2026-06-01'), false);
  });
  test('not an organization that is not a party', () => {
    assert.equal(agreementCovers([mou], ['a', 'z'], 'identity', '2026-06-01'), false);
  });
  test('not outside its dates', () => {
    assert.equal(agreementCovers([mou], ['a', 'b'], 'identity', '2027-06-01'), false);
  });
  test('property: covered iff some agreement is in force, lists the category and names both', () => {
    const org = fc.constantFrom('a', 'b', 'c', 'd');
    const day = fc
      .integer({ min: 0, max: 800 })
      .map((d) => new Date(Date.UTC(2025, 6, 1) + d * 86_400_000).toISOString().slice(0, 10));
    const terms = fc.record({
      startsOn: day,
      endsOn: fc.option(day, { nil: null }),
      categories: fc.subarray([...DATA_CATEGORIES]),
      organizationIds: fc.subarray(['a', 'b', 'c', 'd']),
    });
    fc.assert(
      fc.property(
        fc.array(terms, { maxLength: 4 }),
        org,
        org,
        fc.constantFrom(...DATA_CATEGORIES),
        day,
        (mous, x, y, category, today) => {
          const expected = mous.some(
            (m) =>
              m.startsOn <= today &&
              (m.endsOn === null || today <= m.endsOn) &&
              m.categories.includes(category) &&
              m.organizationIds.includes(x) &&
              m.organizationIds.includes(y),
          );
          assert.equal(agreementCovers(mous, [x, y], category, today), expected);
        },
      ),
    );
  });
});
