// When a failed email is tried again: every attempt's wait written out here, the last attempt,
// bad counts, and the doubling as a property.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { afterFailedAttempt } from '../../src/domain/email-retry.js';

const NOW = new Date('2026-11-23T10:00:00Z');
const MINUTE = 60_000;

// [attempt that failed, minutes until the next one; null: given up]
const WAITS: readonly (readonly [number, number | null])[] = [
  [1, 5],
  [2, 10],
  [3, 20],
  [4, 40],
  [5, 80],
  [6, 160],
  [7, 320],
  [8, null],
  [9, null],
  [100, null],
];

describe('afterFailedAttempt', () => {
  for (const [attempts, minutes] of WAITS) {
    test(`attempt ${attempts} failed: ${minutes === null ? 'give up' : `retry in ${minutes} min`}`, () => {
      assert.deepEqual(
        afterFailedAttempt(attempts, NOW),
        minutes === null
          ? { kind: 'give_up' }
          : { kind: 'retry', at: new Date(NOW.getTime() + minutes * MINUTE) },
      );
    });
  }

  test('all the waits together come to 635 minutes, about ten and a half hours', () => {
    let total = 0;
    for (let attempts = 1; ; attempts += 1) {
      const next = afterFailedAttempt(attempts, NOW);
      if (next.kind === 'give_up') break;
      total += next.at.getTime() - NOW.getTime();
    }
    assert.equal(total, 635 * MINUTE);
  });

  test('bad input: an attempt count below 1 or not whole is refused', () => {
    for (const attempts of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.throws(() => afterFailedAttempt(attempts, NOW), RangeError, String(attempts));
    }
  });

  test('property: each wait is twice the one before, and always in the future', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        (attempts, now) => {
          const first = afterFailedAttempt(attempts, now);
          const second = afterFailedAttempt(attempts + 1, now);
          assert.ok(first.kind === 'retry' && second.kind === 'retry');
          const wait = first.at.getTime() - now.getTime();
          assert.ok(wait > 0);
          assert.equal(second.at.getTime() - now.getTime(), 2 * wait);
        },
      ),
    );
  });
});
