// Who reads a referral's packet and thread (every kind of caller against every status, a table
// written here), the urgent clock against the routine one, the inbox order, the minute to undo
// an accept (at its edges and as a property), and the text of a thread message.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Actor } from '../../src/domain/actor.js';
import {
  answerDueAt,
  decideUndoAccept,
  inboxOrder,
  MESSAGE_MAX_LENGTH,
  messageProblem,
  UNDO_PROBLEM_STATUS,
  type Urgency,
} from '../../src/domain/referral-answers.js';
import {
  REFERRAL_STATUSES,
  referralReader,
  type ReferralReader,
  type ReferralStatus,
} from '../../src/domain/referrals.js';
import type { Role } from '../../src/domain/vocabulary.js';

const COUNTY = 'county-a';
const SENDER = 'org-sender';
const RECEIVER = 'org-receiver';

const actor = (organizationId: string, roles: Role[], jurisdictionId = COUNTY): Actor => ({
  userId: 'u',
  organizationId,
  organizationType: 'advocacy',
  jurisdictionId,
  roles,
});

const CALLERS = {
  senderWorker: actor(SENDER, ['advocate']),
  receiverWorker: actor(RECEIVER, ['provider_intake']),
  senderAdministrator: actor(SENDER, ['administrator']),
  receiverOversight: actor(RECEIVER, ['oversight_analyst']),
  coordinator: actor('org-county', ['coordinator']),
  otherCountyCoordinator: actor('org-county', ['coordinator'], 'county-b'),
  otherAgency: actor('org-other', ['advocate']),
} as const;
type Caller = keyof typeof CALLERS;

/** What each caller reads, before the referral is sent and after: [packet, thread]. */
const EXPECTED: Record<Caller, { draft: Reader2; sent: Reader2 }> = {
  senderWorker: { draft: ['sender', 'sender'], sent: ['sender', 'sender'] },
  receiverWorker: { draft: [null, null], sent: ['receiver', 'receiver'] },
  senderAdministrator: { draft: [null, null], sent: [null, null] },
  receiverOversight: { draft: [null, null], sent: [null, null] },
  coordinator: { draft: [null, null], sent: ['coordinator', null] },
  otherCountyCoordinator: { draft: [null, null], sent: [null, null] },
  otherAgency: { draft: [null, null], sent: [null, null] },
};
type Reader2 = readonly [ReferralReader | null, ReferralReader | null];

describe('who reads a referral: one rule for the packet and the thread', () => {
  for (const [name, caller] of Object.entries(CALLERS) as [Caller, Actor][]) {
    for (const status of REFERRAL_STATUSES) {
      test(`${name}, ${status}`, () => {
        const referral = {
          jurisdictionId: COUNTY,
          senderOrganizationId: SENDER,
          receiverOrganizationId: RECEIVER,
          status,
        };
        const expected = EXPECTED[name][status === 'draft' ? 'draft' : 'sent'];
        assert.equal(referralReader(caller, referral, 'packet'), expected[0]);
        assert.equal(referralReader(caller, referral, 'thread'), expected[1]);
      });
    }
  }
});

describe('the answer clock', () => {
  const calendar = { timeZone: 'America/Los_Angeles', holidays: ['2026-11-26'] };
  const clock = (urgency: Urgency, urgentAnswerHours = 4) => ({
    urgency,
    responseBusinessDays: 2,
    urgentAnswerHours,
    ...calendar,
  });
  // [sent at, urgency, hours, due at]: a Monday, a Friday night, the eve of Thanksgiving.
  const CASES: [string, Urgency, number, string][] = [
    ['2026-11-23T18:00:00Z', 'urgent', 4, '2026-11-23T22:00:00.000Z'],
    ['2026-11-28T06:30:00Z', 'urgent', 4, '2026-11-28T10:30:00.000Z'],
    ['2026-11-25T23:00:00Z', 'urgent', 72, '2026-11-28T23:00:00.000Z'],
    ['2026-11-23T18:00:00Z', 'urgent', 1, '2026-11-23T19:00:00.000Z'],
    // Routine: the end of the second business day in Los Angeles (Thanksgiving skipped).
    ['2026-11-23T18:00:00Z', 'routine', 4, '2026-11-26T08:00:00.000Z'],
    ['2026-11-25T18:00:00Z', 'routine', 4, '2026-12-01T08:00:00.000Z'],
  ];
  for (const [sent, urgency, hours, due] of CASES) {
    test(`${urgency} sent ${sent} with ${String(hours)} h is due ${due}`, () => {
      assert.equal(answerDueAt(new Date(sent), clock(urgency, hours)).toISOString(), due);
    });
  }

  test('urgent hours out of 1..72 or not whole are refused', () => {
    for (const hours of [0, -1, 73, 1.5, Number.NaN]) {
      assert.throws(() => answerDueAt(new Date('2026-11-23T18:00:00Z'), clock('urgent', hours)));
    }
  });

  test('property: an urgent answer is due exactly its hours later, never after a routine one of 1+ days', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2025-01-01'), max: new Date('2028-01-01'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 24 }),
        (sent, hours) => {
          const urgent = answerDueAt(sent, clock('urgent', hours));
          assert.equal(urgent.getTime() - sent.getTime(), hours * 3_600_000);
          assert.ok(urgent.getTime() <= answerDueAt(sent, clock('routine')).getTime() + 86_400_000);
        },
      ),
    );
  });
});

describe('the inbox order', () => {
  test('urgent referrals awaiting an answer come first; the rest keep their order', () => {
    const rows: { id: string; urgency: Urgency; status: ReferralStatus }[] = [
      { id: 'a', urgency: 'routine', status: 'sent' },
      { id: 'b', urgency: 'urgent', status: 'accepted' },
      { id: 'c', urgency: 'urgent', status: 'sent' },
      { id: 'd', urgency: 'routine', status: 'info_requested' },
      { id: 'e', urgency: 'urgent', status: 'info_requested' },
      { id: 'f', urgency: 'urgent', status: 'declined' },
    ];
    assert.deepEqual(
      [...rows].sort(inboxOrder).map((r) => r.id),
      ['c', 'e', 'a', 'b', 'd', 'f'],
    );
  });
});

describe('undoing an accept', () => {
  const at = new Date('2026-11-23T18:00:00Z');
  const accept = { fromStatus: 'sent' as ReferralStatus, byOrganizationId: RECEIVER, at };
  const after = (seconds: number) => new Date(at.getTime() + seconds * 1000);
  // [status, caller's organization, seconds after the accept, expected]
  const CASES: [ReferralStatus, string, number, string][] = [
    ['accepted', RECEIVER, 0, 'ok:sent'],
    ['accepted', RECEIVER, 59, 'ok:sent'],
    ['accepted', RECEIVER, 60, 'ok:sent'],
    ['accepted', RECEIVER, 60.001, 'undo_window_passed'],
    ['accepted', RECEIVER, 61, 'undo_window_passed'],
    ['accepted', RECEIVER, 3600, 'undo_window_passed'],
    ['accepted', SENDER, 5, 'wrong_side'],
    ['enrolled', RECEIVER, 5, 'not_accepted'],
    ['sent', RECEIVER, 5, 'not_accepted'],
    ['declined', RECEIVER, 5, 'not_accepted'],
  ];
  for (const [status, organizationId, seconds, expected] of CASES) {
    test(`${status}, by ${organizationId}, ${String(seconds)} s after: ${expected}`, () => {
      const decision = decideUndoAccept({ status, organizationId, accept, now: after(seconds) });
      assert.equal(decision.ok ? `ok:${decision.to}` : decision.problem, expected);
    });
  }

  test('an accept from a request for more information returns there', () => {
    const decision = decideUndoAccept({
      status: 'accepted',
      organizationId: RECEIVER,
      accept: { ...accept, fromStatus: 'info_requested' },
      now: after(10),
    });
    assert.deepEqual(decision, { ok: true, to: 'info_requested' });
  });

  test('no recorded accept: nothing to undo; the problems answer 409, the wrong side 403', () => {
    const decision = decideUndoAccept({
      status: 'accepted',
      organizationId: RECEIVER,
      accept: null,
      now: after(1),
    });
    assert.equal(decision.ok ? 'ok' : decision.problem, 'not_accepted');
    assert.deepEqual(UNDO_PROBLEM_STATUS, {
      not_accepted: 409,
      wrong_side: 403,
      undo_window_passed: 409,
    });
  });

  test('property: allowed exactly within 60 s, for the accepting organization', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5_000, max: 600_000 }), fc.boolean(), (ms, same) => {
        const decision = decideUndoAccept({
          status: 'accepted',
          organizationId: same ? RECEIVER : SENDER,
          accept,
          now: new Date(at.getTime() + ms),
        });
        assert.equal(decision.ok, same && ms <= 60_000);
      }),
    );
  });
});

describe('a thread message', () => {
  const CASES: [string, string | null][] = [
    ['Is she still at the hospital?', null],
    ['  two lines\n\tand a tab  ', null],
    ['', 'empty'],
    ['   \n\t ', 'empty'],
    ['x'.repeat(MESSAGE_MAX_LENGTH), null],
    [`  ${'x'.repeat(MESSAGE_MAX_LENGTH)}  `, null],
    ['x'.repeat(MESSAGE_MAX_LENGTH + 1), 'too_long'],
    ['bell \u0007 here', 'control_character'],
    ['escape \u001b[31m', 'control_character'],
    ['delete \u007f', 'control_character'],
    ['c1 \u0085 control', 'control_character'],
    ['vertical \u000b tab', 'control_character'],
    ['Sí, mañana a las 9 — gracias', null],
  ];
  for (const [body, expected] of CASES) {
    test(`${JSON.stringify(body.slice(0, 30))}: ${String(expected)}`, () => {
      assert.equal(messageProblem(body), expected);
    });
  }
});
