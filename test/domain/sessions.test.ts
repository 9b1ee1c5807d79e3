import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  DEFAULT_LOCKOUT_POLICY,
  DEFAULT_SESSION_POLICY,
  isLocked,
  lockAfterFailure,
  mfaStep,
  sessionState,
} from '../../src/domain/sessions.js';
import { ROLES, roleSeesYouthData } from '../../src/domain/vocabulary.js';

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

describe('lockAfterFailure', () => {
  const policy = DEFAULT_LOCKOUT_POLICY;
  test('the free attempts never lock', () => {
    for (let n = 0; n < policy.freeAttempts; n += 1)
      assert.equal(lockAfterFailure(n, T0, policy), null);
  });
  test('the failure that uses up the free attempts locks for the base time', () => {
    assert.deepEqual(lockAfterFailure(policy.freeAttempts, T0, policy), at(policy.baseLockMs));
  });
  test('each further failure doubles the lock, up to the maximum', () => {
    assert.deepEqual(
      lockAfterFailure(policy.freeAttempts + 1, T0, policy),
      at(2 * policy.baseLockMs),
    );
    assert.deepEqual(
      lockAfterFailure(policy.freeAttempts + 2, T0, policy),
      at(4 * policy.baseLockMs),
    );
    assert.deepEqual(lockAfterFailure(policy.freeAttempts + 50, T0, policy), at(policy.maxLockMs));
  });
  test('property: lock length never shrinks as failures grow and never passes the maximum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (n) => {
        const a = lockAfterFailure(n, T0, policy)?.getTime() ?? T0.getTime();
        const b = lockAfterFailure(n + 1, T0, policy)?.getTime() ?? T0.getTime();
        assert.ok(b >= a);
        assert.ok(b - T0.getTime() <= policy.maxLockMs);
      }),
    );
  });
  test('isLocked', () => {
    assert.equal(isLocked(null, T0), false);
    assert.equal(isLocked(at(1), T0), true);
    assert.equal(isLocked(T0, T0), false);
    assert.equal(isLocked(at(-1), T0), false);
  });
});

describe('mfaStep: every role x enrolled x demo mode', () => {
  for (const role of ROLES) {
    for (const mfaEnabled of [true, false]) {
      for (const demoMode of [true, false]) {
        const expected = mfaEnabled
          ? 'verify'
          : !demoMode && roleSeesYouthData(role)
            ? 'enroll'
            : 'none';
        test(`${role}, enrolled=${mfaEnabled}, demo=${demoMode}: ${expected}`, () => {
          assert.equal(mfaStep({ roles: [role], mfaEnabled, demoMode }), expected);
        });
      }
    }
  }
  test('a person with any youth-data role must enroll outside demo mode', () => {
    assert.equal(
      mfaStep({ roles: ['administrator', 'coordinator'], mfaEnabled: false, demoMode: false }),
      'enroll',
    );
  });
});
