import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  afterFailure,
  attemptAddress,
  backoffDelayMs,
  currentFailures,
  decidePasswordAttempt,
  isKnownAddress,
  waitUntil,
  DEFAULT_CODE_THROTTLE,
  DEFAULT_PASSWORD_THROTTLE,
  NO_FAILURES,
  type Backoff,
  type FailureCount,
} from '../../src/domain/sign-in-throttle.js';

const T0 = new Date('2026-11-23T10:00:00Z');
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const at = (ms: number) => new Date(T0.getTime() + ms);
const count = (failures: number, lastFailureMs: number | null): FailureCount => ({
  failures,
  lastFailureAt: lastFailureMs === null ? null : at(lastFailureMs),
});
const policy = DEFAULT_PASSWORD_THROTTLE;

describe('the default schedules, as docs/ARCHITECTURE.md states them', () => {
  // [failures so far, wait in minutes]: written here, not read from the module.
  const schedules: readonly [string, Backoff, readonly [number, number][]][] = [
    [
      'one account from one address',
      policy.perAddress,
      [
        [0, 0],
        [4, 0],
        [5, 1],
        [6, 2],
        [7, 4],
        [8, 8],
        [9, 16],
        [10, 32],
        [11, 60],
        [12, 60],
        [1000, 60],
      ],
    ],
    [
      'one account from every address',
      policy.perAccount,
      [
        [0, 0],
        [19, 0],
        [20, 1],
        [21, 2],
        [22, 4],
        [23, 8],
        [24, 15],
        [1000, 15],
      ],
    ],
    [
      'second-factor codes of one account',
      DEFAULT_CODE_THROTTLE,
      [
        [0, 0],
        [4, 0],
        [5, 1],
        [6, 2],
        [7, 4],
        [8, 8],
        [9, 16],
        [10, 30],
        [1000, 30],
      ],
    ],
  ];
  for (const [name, backoff, rows] of schedules) {
    for (const [failures, minutes] of rows) {
      test(`${name}: after ${failures} failures, wait ${minutes} min`, () => {
        assert.equal(backoffDelayMs(failures, backoff), minutes * MIN);
      });
    }
    test(`${name}: a count is forgotten after a day without failures`, () => {
      assert.equal(backoff.forgetAfterMs, DAY);
    });
  }
  test('an address is known for 30 days after the right password', () => {
    assert.equal(policy.knownAddressMs, 30 * DAY);
  });
});

describe('currentFailures, waitUntil and afterFailure', () => {
  const backoff = policy.perAddress;
  test('a count with no failure time counts nothing', () => {
    assert.equal(currentFailures(count(7, null), T0, backoff), 0);
    assert.equal(waitUntil(count(7, null), T0, backoff), null);
  });
  // [failures, last failure (min before now), counted now, wait ends (min from now) or null]
  const TABLE: readonly [number, number, number, number | null][] = [
    [4, 0, 4, null],
    [5, 0, 5, 1],
    [5, 1, 5, null], // the wait ends exactly a minute after the failure
    [6, 1, 6, 1],
    [11, 59, 11, 1],
    [11, 60, 11, null],
    [11, 24 * 60 - 1, 11, null],
    [11, 24 * 60, 0, null], // a day without failures: forgotten
  ];
  for (const [failures, ago, counted, endsIn] of TABLE) {
    test(`${failures} failures, the last ${ago} min ago: counts ${counted}, wait ${endsIn ?? 'none'}`, () => {
      const now = at(ago * MIN);
      const stored = count(failures, 0);
      assert.equal(currentFailures(stored, now, backoff), counted);
      assert.deepEqual(
        waitUntil(stored, now, backoff),
        endsIn === null ? null : at((ago + endsIn) * MIN),
      );
    });
  }
  test('a failure adds one to what still counts and is the new last failure', () => {
    assert.deepEqual(afterFailure(NO_FAILURES, T0, backoff), count(1, 0));
    assert.deepEqual(afterFailure(count(4, 0), at(MIN), backoff), count(5, MIN));
    assert.deepEqual(afterFailure(count(30, 0), at(DAY), backoff), count(1, DAY));
  });
});

describe('decidePasswordAttempt: every combination', () => {
  const waiting = count(5, 0); // both schedules: a wait runs at T0
  const accountWaiting = count(20, 0);
  const now = at(30_000);
  // [address waits, account waits, address known] -> refused for, or allowed
  const TABLE: readonly [boolean, boolean, boolean, 'address' | 'account' | null][] = [
    [false, false, false, null],
    [false, false, true, null],
    [false, true, false, 'account'],
    [false, true, true, null], // the person's own address is not slowed by the account's wait
    [true, false, false, 'address'],
    [true, false, true, 'address'], // an address that guessed waits, known or not
    [true, true, false, 'address'],
    [true, true, true, 'address'],
  ];
  for (const [addressWaits, accountWaits, knownAddress, refused] of TABLE) {
    test(`address waits=${addressWaits}, account waits=${accountWaits}, known=${knownAddress}: ${refused ?? 'allowed'}`, () => {
      const decision = decidePasswordAttempt(
        {
          address: addressWaits ? waiting : NO_FAILURES,
          account: accountWaits ? accountWaiting : NO_FAILURES,
          knownAddress,
        },
        now,
        policy,
      );
      assert.deepEqual(
        decision,
        refused === null ? { allowed: true } : { allowed: false, scope: refused, until: at(MIN) },
      );
    });
  }
});

describe('isKnownAddress', () => {
  // [known until (min from now) or null, tag stored, known]
  const TABLE: readonly [number | null, string | null, boolean][] = [
    [null, null, false],
    [null, 'current', false],
    [1, 'current', true],
    [0, 'current', false],
    [-1, 'current', false],
    [1, 'old password', false], // the password changed since: no longer known
    [1, null, false],
  ];
  for (const [until, tag, known] of TABLE) {
    test(`until ${until ?? 'never'}, tag ${tag ?? 'none'}: ${known}`, () => {
      assert.equal(
        isKnownAddress(
          { knownUntil: until === null ? null : at(until * MIN), passwordTag: tag },
          'current',
          T0,
        ),
        known,
      );
    });
  }
});

describe('attemptAddress', () => {
  const TABLE: readonly [string | null, string][] = [
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['0:0:0:0:0:ffff:203.0.113.9', '203.0.113.9'],
    ['2001:db8:85a3:8d3:1319:8a2e:370:7348', '2001:db8:85a3:8d3::/64'],
    ['2001:db8:85a3:8d3::1', '2001:db8:85a3:8d3::/64'],
    ['2001:DB8:85A3:08D3:ffff::2', '2001:db8:85a3:8d3::/64'],
    ['2001:0db8:0000:0001::', '2001:db8:0:1::/64'],
    ['::1', '0:0:0:0::/64'],
    ['::', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    [null, 'unknown'],
    ['', 'unknown'],
    ['  ', 'unknown'],
    ['1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7:8:9'], // not an address: counted as written
    ['1::2::3', '1::2::3'],
    ['not-an-address', 'not-an-address'],
  ];
  for (const [ip, expected] of TABLE) {
    test(`${JSON.stringify(ip)} -> ${expected}`, () => {
      assert.equal(attemptAddress(ip), expected);
    });
  }
  test('property: every address of one /64 counts as one', () => {
    const group = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16));
    fc.assert(
      fc.property(
        fc.array(group, { minLength: 8, maxLength: 8 }),
        fc.array(group, { minLength: 4, maxLength: 4 }),
        (address, otherHost) => {
          const sibling = [...address.slice(0, 4), ...otherHost];
          assert.equal(attemptAddress(address.join(':')), attemptAddress(sibling.join(':')));
        },
      ),
    );
  });
  test('property: the answer is never longer than 64 characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (ip) => {
        assert.ok(attemptAddress(ip).length <= 64);
      }),
    );
  });
});

describe('properties of the throttle', () => {
  const backoffs = [policy.perAddress, policy.perAccount, DEFAULT_CODE_THROTTLE];
  const anyCount = fc.record({
    failures: fc.integer({ min: 0, max: 10_000 }),
    lastFailureAt: fc.option(
      fc.integer({ min: -3 * DAY, max: 0 }).map((ms) => at(ms)),
      { nil: null },
    ),
  });
  const anyNow = fc.integer({ min: 0, max: 3 * DAY }).map((ms) => at(ms));

  test('waits never shrink as failures grow, and never pass the maximum', () => {
    fc.assert(
      fc.property(fc.constantFrom(...backoffs), fc.integer({ min: 0, max: 10_000 }), (b, n) => {
        assert.ok(backoffDelayMs(n + 1, b) >= backoffDelayMs(n, b));
        assert.ok(backoffDelayMs(n, b) <= b.maxDelayMs);
      }),
    );
  });

  test('no one waits longer than the maximum after the last failure', () => {
    fc.assert(
      fc.property(fc.constantFrom(...backoffs), anyCount, anyNow, (b, stored, now) => {
        const until = waitUntil(stored, now, b);
        if (until === null) return;
        assert.ok(until.getTime() > now.getTime());
        assert.ok(until.getTime() <= (stored.lastFailureAt as Date).getTime() + b.maxDelayMs);
      }),
    );
  });

  test('a known address is never refused for the account, and a refusal lifts at its end', () => {
    fc.assert(
      fc.property(anyCount, anyCount, fc.boolean(), anyNow, (address, account, known, now) => {
        const decision = decidePasswordAttempt(
          { address, account, knownAddress: known },
          now,
          policy,
        );
        if (decision.allowed) return;
        if (known) assert.equal(decision.scope, 'address');
        const later = decidePasswordAttempt(
          { address, account, knownAddress: known },
          decision.until,
          policy,
        );
        assert.ok(later.allowed || later.scope !== decision.scope);
      }),
    );
  });

  /**
   * A day of guessing as fast as the throttle lets through, one attempt a minute; each attempt
   * the throttle lets through is a wrong guess. The person signs in from their known address
   * once an hour with the right password.
   */
  function simulateDay(addressOf: (attempt: number) => string) {
    const addresses = new Map<string, FailureCount>();
    let account: FailureCount = NO_FAILURES;
    let guesses = 0;
    let personRefused = 0;
    for (let minute = 0; minute < 24 * 60; minute += 1) {
      const now = at(minute * MIN);
      const address = addressOf(minute);
      const own = addresses.get(address) ?? NO_FAILURES;
      const decision = decidePasswordAttempt(
        { address: own, account, knownAddress: false },
        now,
        policy,
      );
      if (decision.allowed) {
        guesses += 1;
        addresses.set(address, afterFailure(own, now, policy.perAddress));
        account = afterFailure(account, now, policy.perAccount);
      }
      if (minute % 60 === 30) {
        const person = decidePasswordAttempt(
          { address: NO_FAILURES, account, knownAddress: true },
          now,
          policy,
        );
        if (!person.allowed) personRefused += 1;
      }
    }
    return { guesses, personRefused };
  }

  test('one guessing address gets the free attempts, the doubling waits, then one an hour', () => {
    const { guesses, personRefused } = simulateDay(() => '198.51.100.7');
    // 5 free, 6 while the wait doubles from 1 to 60 minutes (63 minutes), then one an hour.
    assert.equal(guesses, 5 + 6 + Math.floor((24 * 60 - 1 - 127) / 60) + 1);
    assert.equal(personRefused, 0);
  });

  test('guessing from a new address every minute is held to one guess in 15 minutes', () => {
    const { guesses, personRefused } = simulateDay(
      (minute) => `10.0.${minute >> 8}.${minute & 255}`,
    );
    // 20 free, 4 while the account's wait doubles from 1 to 8 minutes (15), then one in 15.
    assert.equal(guesses, 20 + 4 + Math.floor((24 * 60 - 1 - 49) / 15) + 1);
    assert.equal(personRefused, 0);
  });
});
