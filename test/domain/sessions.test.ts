import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  ACTIVITY_RECORD_INTERVAL_MS,
  activityWorthRecording,
  DEFAULT_SESSION_POLICY,
  isLocked,
  mfaStep,
  pendingSignInStep,
  secondFactorRequired,
  sessionState,
} from '../../src/domain/sessions.js';
import { ROLES, type Role } from '../../src/domain/vocabulary.js';

const T0 = new Date('2026-11-23T10:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const MIN = 60_000;

describe('sessionState', () => {
  const policy = DEFAULT_SESSION_POLICY;
  test('active just before the idle limit, idle-expired at it', () => {
    const session = { createdAt: T0, lastSeenAt: T0 };
    assert.equal(sessionState(session, at(policy.idleMs - 1), policy), 'active');
    assert.equal(sessionState(session, at(policy.idleMs), policy), 'idle_expired');
  });
  test('activity keeps a session alive until the absolute limit', () => {
    const session = { createdAt: T0, lastSeenAt: at(policy.absoluteMs - MIN) };
    assert.equal(sessionState(session, at(policy.absoluteMs - 1), policy), 'active');
    assert.equal(sessionState(session, at(policy.absoluteMs), policy), 'expired');
  });
  test('property: a session is active exactly when both limits are unmet', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 * 3_600_000 }),
        fc.integer({ min: 0, max: 20 * 3_600_000 }),
        (sinceLogin, sinceSeen) => {
          const now = at(sinceLogin);
          const lastSeen = new Date(now.getTime() - Math.min(sinceSeen, sinceLogin));
          const state = sessionState({ createdAt: T0, lastSeenAt: lastSeen }, now, policy);
          const idle = now.getTime() - lastSeen.getTime() >= policy.idleMs;
          const old = sinceLogin >= policy.absoluteMs;
          assert.equal(state, old ? 'expired' : idle ? 'idle_expired' : 'active');
        },
      ),
    );
  });
});

describe('activityWorthRecording', () => {
  test('only once the last record is 30 seconds old', () => {
    const cases: [number, boolean][] = [
      [0, false],
      [1, false],
      [29_999, false],
      [30_000, true],
      [30_001, true],
      [14 * MIN, true],
      [-5_000, false],
    ];
    assert.equal(ACTIVITY_RECORD_INTERVAL_MS, 30_000);
    for (const [since, expected] of cases) {
      assert.equal(activityWorthRecording(T0, at(since)), expected, `${since} ms`);
    }
  });
  test('property: with it, a session in steady use ends at most 30 s before its idle limit', () => {
    // Requests at arbitrary gaps under the idle limit; the stored time follows the rule, and the
    // session is judged from it. It never ends early by more than the interval, nor ever late.
    const policy = DEFAULT_SESSION_POLICY;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: policy.idleMs - 1 }), { maxLength: 40 }),
        (gaps) => {
          let now = T0.getTime();
          let stored = now;
          let lastRequest = now;
          for (const gap of gaps) {
            now += gap;
            const state = sessionState(
              { createdAt: T0, lastSeenAt: new Date(stored) },
              new Date(now),
              {
                ...policy,
                absoluteMs: Number.MAX_SAFE_INTEGER,
              },
            );
            const trueIdle = now - lastRequest;
            if (trueIdle < policy.idleMs - ACTIVITY_RECORD_INTERVAL_MS)
              assert.equal(state, 'active');
            if (state !== 'active') return;
            if (activityWorthRecording(new Date(stored), new Date(now))) stored = now;
            lastRequest = now;
          }
        },
      ),
    );
  });
});

describe('isLocked', () => {
  test('only a time still ahead locks', () => {
    assert.equal(isLocked(null, T0), false);
    assert.equal(isLocked(at(1), T0), true);
    assert.equal(isLocked(T0, T0), false);
    assert.equal(isLocked(at(-1), T0), false);
  });
});

// Written out here, not read from the module: every role that sees youth data, and
// administrators, must use a second factor outside demo mode; only oversight may choose.
const MUST_USE_SECOND_FACTOR: Readonly<Record<Role, boolean>> = {
  advocate: true,
  child_welfare_worker: true,
  probation_officer: true,
  juvenile_hall_intake: true,
  law_enforcement_officer: true,
  prosecutor: true,
  victim_witness_staff: true,
  court_clerk: true,
  judge: true,
  forensic_interviewer: true,
  medical_provider: true,
  mental_health_provider: true,
  provider_intake: true,
  coordinator: true,
  oversight_analyst: false,
  administrator: true,
};

describe('secondFactorRequired: every role x demo mode', () => {
  for (const role of ROLES) {
    for (const demoMode of [true, false]) {
      const expected = !demoMode && MUST_USE_SECOND_FACTOR[role];
      test(`${role}, demo=${demoMode}: ${expected}`, () => {
        assert.equal(secondFactorRequired([role], demoMode), expected);
      });
    }
  }
  test('the table covers every role', () => {
    assert.deepEqual(Object.keys(MUST_USE_SECOND_FACTOR).sort(), [...ROLES].sort());
  });
  test('any one role that requires it is enough', () => {
    assert.equal(secondFactorRequired(['oversight_analyst', 'administrator'], false), true);
    assert.equal(secondFactorRequired(['oversight_analyst'], false), false);
    assert.equal(secondFactorRequired([], false), false);
  });
});

describe('mfaStep: every role x enrolled x demo mode', () => {
  for (const role of ROLES) {
    for (const mfaEnabled of [true, false]) {
      for (const demoMode of [true, false]) {
        const expected = mfaEnabled
          ? 'verify'
          : !demoMode && MUST_USE_SECOND_FACTOR[role]
            ? 'enroll'
            : 'none';
        test(`${role}, enrolled=${mfaEnabled}, demo=${demoMode}: ${expected}`, () => {
          assert.equal(mfaStep({ roles: [role], mfaEnabled, demoMode }), expected);
        });
      }
    }
  }
  test('an administrator who also coordinates must enroll outside demo mode', () => {
    assert.equal(
      mfaStep({ roles: ['administrator', 'coordinator'], mfaEnabled: false, demoMode: false }),
      'enroll',
    );
  });
});

describe('pendingSignInStep: the sign-in order, every combination', () => {
  // [enrolled, code checked in this session, one-time password, second factor required] ->
  // the step, as docs/ARCHITECTURE.md's "Sign-in order" says.
  const TABLE: readonly [boolean, boolean, boolean, boolean, string][] = [
    [true, false, false, false, 'verify'],
    [true, false, false, true, 'verify'],
    [true, false, true, false, 'verify'],
    [true, false, true, true, 'verify'],
    [true, true, false, false, 'none'],
    [true, true, false, true, 'none'],
    [true, true, true, false, 'password'],
    [true, true, true, true, 'password'],
    [false, false, false, false, 'none'],
    [false, false, false, true, 'enroll'],
    [false, false, true, false, 'password'],
    [false, false, true, true, 'password'],
    // A session marked passed without an authenticator (opened when none was required, e.g.
    // before administrators needed one) must still enroll now that one is.
    [false, true, false, false, 'none'],
    [false, true, false, true, 'enroll'],
    [false, true, true, false, 'password'],
    [false, true, true, true, 'password'],
  ];
  for (const [mfaEnabled, mfaPassed, mustChangePassword, required, expected] of TABLE) {
    test(`enrolled=${mfaEnabled} passed=${mfaPassed} one-time=${mustChangePassword} required=${required}: ${expected}`, () => {
      // "required" through the roles and demo mode, as sign-in gets it.
      const roles: Role[] = required ? ['administrator'] : ['oversight_analyst'];
      assert.equal(
        pendingSignInStep({ roles, mfaEnabled, mfaPassed, mustChangePassword, demoMode: false }),
        expected,
      );
      // In demo mode nothing requires a second factor, so enrolment is never due.
      assert.equal(
        pendingSignInStep({ roles, mfaEnabled, mfaPassed, mustChangePassword, demoMode: true }),
        expected === 'enroll' ? 'none' : expected,
      );
    });
  }
  test('property: an enrolled code comes first, and "none" only once every step is done', () => {
    fc.assert(
      fc.property(
        fc.subarray([...ROLES]),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (roles, mfaEnabled, mfaPassed, mustChangePassword, demoMode) => {
          const step = pendingSignInStep({
            roles,
            mfaEnabled,
            mfaPassed,
            mustChangePassword,
            demoMode,
          });
          if (mfaEnabled && !mfaPassed) assert.equal(step, 'verify');
          if (step === 'none') {
            assert.ok(!mustChangePassword);
            assert.ok(mfaEnabled ? mfaPassed : !secondFactorRequired(roles, demoMode));
          }
        },
      ),
    );
  });
});
