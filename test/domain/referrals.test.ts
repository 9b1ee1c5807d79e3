// Closed-loop referrals: every (from, to, side) against a lifecycle table written out here by
// hand, each reason rule, the FHIR Task mapping, outcomes, business-day deadlines across DST and
// time zones, the receiver's inbox, and properties over random walks and random send times.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  addBusinessDays,
  decideTransition,
  DECLINE_REASONS,
  END_REASONS,
  FHIR_TASK_STATUS,
  FINAL_STATUSES,
  inboxGroup,
  INBOX_GROUPS,
  isOverdue,
  nextStatuses,
  OPEN_STATUSES,
  outcomeOf,
  OUTCOMES,
  PROBLEM_STATUS,
  REFERRAL_STATUSES,
  sideFor,
  type ReferralSide,
  type ReferralStatus,
  type TransitionRequest,
} from '../../src/domain/referrals.js';

const STATUSES: readonly ReferralStatus[] = [
  'draft',
  'sent',
  'accepted',
  'declined',
  'info_requested',
  'enrolled',
  'completed',
  'ended',
  'withdrawn',
];
const SIDES: readonly ReferralSide[] = ['sender', 'receiver'];

// The lifecycle, written independently of the module: every allowed step and who takes it.
const ALLOWED: readonly (readonly [ReferralStatus, ReferralStatus, ReferralSide])[] = [
  ['draft', 'sent', 'sender'],
  ['draft', 'withdrawn', 'sender'],
  ['sent', 'accepted', 'receiver'],
  ['sent', 'declined', 'receiver'],
  ['sent', 'info_requested', 'receiver'],
  ['sent', 'withdrawn', 'sender'],
  ['info_requested', 'sent', 'sender'],
  ['info_requested', 'accepted', 'receiver'],
  ['info_requested', 'declined', 'receiver'],
  ['info_requested', 'withdrawn', 'sender'],
  ['accepted', 'enrolled', 'receiver'],
  ['accepted', 'ended', 'receiver'],
  ['accepted', 'withdrawn', 'sender'],
  ['enrolled', 'completed', 'receiver'],
  ['enrolled', 'ended', 'receiver'],
  ['enrolled', 'withdrawn', 'sender'],
];
const FINAL: readonly ReferralStatus[] = ['declined', 'completed', 'ended', 'withdrawn'];

const expectedSide = (from: ReferralStatus, to: ReferralStatus) =>
  ALLOWED.find(([f, t]) => f === from && t === to)?.[2] ?? null;

/** A request that satisfies the reason rules, so only the edge and the side are on trial. */
const request = (
  from: ReferralStatus,
  to: ReferralStatus,
  side: ReferralSide,
  overrides: Partial<TransitionRequest> = {},
): TransitionRequest => ({
  from,
  to,
  side,
  reason: to === 'declined' ? 'no_capacity' : to === 'ended' ? 'moved' : null,
  note: null,
  ...overrides,
});

describe('statuses', () => {
  test('the status lists are the lifecycle', () => {
    assert.deepEqual(REFERRAL_STATUSES, STATUSES);
    assert.deepEqual(OPEN_STATUSES, ['draft', 'sent', 'info_requested', 'accepted', 'enrolled']);
    assert.deepEqual(FINAL_STATUSES, FINAL);
    assert.equal(OPEN_STATUSES.length + FINAL_STATUSES.length, STATUSES.length);
  });
});

describe('every step, from every status to every status, by either side', () => {
  for (const from of STATUSES)
    for (const to of STATUSES)
      for (const side of SIDES) {
        const by = expectedSide(from, to);
        const expected = by === null ? 'impossible' : by === side ? 'ok' : 'wrong_side';
        test(`${side}: ${from} -> ${to} is ${expected}`, () => {
          const decision = decideTransition(request(from, to, side));
          if (expected === 'ok') {
            assert.deepEqual(decision, { ok: true });
            return;
          }
          assert.equal(decision.ok, false);
          if (decision.ok) return;
          assert.equal(decision.problem, expected);
          // Plain language: a sentence, and no status codes.
          assert.match(decision.message, /^[A-Z].*\.$/);
          assert.doesNotMatch(decision.message, /_/);
        });
      }

  test('sideFor and nextStatuses agree with the table', () => {
    for (const from of STATUSES) {
      for (const to of STATUSES) assert.equal(sideFor(from, to), expectedSide(from, to));
      const next = ALLOWED.filter(([f]) => f === from).map(([, t]) => t);
      assert.deepEqual([...nextStatuses(from)].sort(), [...next].sort());
      for (const side of SIDES) {
        const bySide = ALLOWED.filter(([f, , s]) => f === from && s === side).map(([, t]) => t);
        assert.deepEqual([...nextStatuses(from, side)].sort(), [...bySide].sort());
      }
    }
  });

  test('final statuses go nowhere; open ones can always be withdrawn by the sender', () => {
    for (const status of FINAL) assert.deepEqual(nextStatuses(status), []);
    for (const status of OPEN_STATUSES) assert.equal(sideFor(status, 'withdrawn'), 'sender');
  });

  test('a closed referral says so and what to do', () => {
    const decision = decideTransition(request('declined', 'accepted', 'receiver'));
    assert.deepEqual(decision, {
      ok: false,
      problem: 'impossible',
      message: 'A declined referral is closed; send a new one.',
    });
  });

  test('a step out of order says what can happen next', () => {
    const decision = decideTransition(request('sent', 'enrolled', 'receiver'));
    assert.ok(!decision.ok);
    assert.equal(
      decision.message,
      'This referral is waiting for an answer, so it cannot be marked enrolled. ' +
        'Next it can be accepted, declined, put on hold for more information or withdrawn.',
    );
  });

  test('the wrong side is told who can take the step', () => {
    const accept = decideTransition(request('sent', 'accepted', 'sender'));
    assert.ok(!accept.ok);
    assert.equal(accept.message, 'Only the receiving organization can accept this referral.');
    const answer = decideTransition(request('info_requested', 'sent', 'receiver'));
    assert.ok(!answer.ok);
    assert.equal(
      answer.message,
      'Only the sending organization can answer a request for more information.',
    );
  });

  test('an impossible step is reported before the side or the reason', () => {
    const decision = decideTransition({ from: 'completed', to: 'declined', side: 'sender' });
    assert.ok(!decision.ok);
    assert.equal(decision.problem, 'impossible');
  });

  test('the wrong side is reported before a missing reason', () => {
    const decision = decideTransition({ from: 'sent', to: 'declined', side: 'sender' });
    assert.ok(!decision.ok);
    assert.equal(decision.problem, 'wrong_side');
  });

  test('HTTP status for each problem', () => {
    assert.deepEqual(PROBLEM_STATUS, {
      impossible: 409,
      wrong_side: 403,
      reason_required: 400,
      reason_not_allowed: 400,
      unknown_reason: 400,
      note_required: 400,
    });
  });
});

const problemOf = (r: TransitionRequest) => {
  const decision = decideTransition(r);
  return decision.ok ? 'ok' : decision.problem;
};

describe('reasons and notes', () => {
  test('the reason lists', () => {
    assert.deepEqual(DECLINE_REASONS, [
      'no_capacity',
      'not_eligible',
      'outside_service_area',
      'youth_declined',
      'duplicate',
      'other',
    ]);
    assert.deepEqual(END_REASONS, ['youth_declined', 'unable_to_contact', 'moved', 'other']);
  });

  for (const from of ['sent', 'info_requested'] as const) {
    test(`declining from ${from} without a reason is refused`, () => {
      for (const reason of [null, undefined, '', '   ']) {
        assert.equal(
          problemOf({ from, to: 'declined', side: 'receiver', reason }),
          'reason_required',
        );
      }
    });
    for (const reason of DECLINE_REASONS) {
      test(`declining from ${from} for ${reason}`, () => {
        const note = reason === 'other' ? 'The youth is already placed out of county.' : null;
        assert.equal(problemOf({ from, to: 'declined', side: 'receiver', reason, note }), 'ok');
      });
    }
  }

  for (const from of ['accepted', 'enrolled'] as const) {
    test(`ending from ${from} without a reason is refused`, () => {
      assert.equal(problemOf({ from, to: 'ended', side: 'receiver' }), 'reason_required');
    });
    for (const reason of ['youth_declined', 'unable_to_contact', 'moved', 'other']) {
      test(`ending from ${from} for ${reason}`, () => {
        const note = reason === 'other' ? 'Placed with a relative in another state.' : null;
        assert.equal(problemOf({ from, to: 'ended', side: 'receiver', reason, note }), 'ok');
      });
    }
  }

  test('"other" needs a note, for declining and ending', () => {
    for (const note of [null, undefined, '', ' \n ']) {
      assert.equal(
        problemOf({ from: 'sent', to: 'declined', side: 'receiver', reason: 'other', note }),
        'note_required',
      );
      assert.equal(
        problemOf({ from: 'enrolled', to: 'ended', side: 'receiver', reason: 'other', note }),
        'note_required',
      );
    }
  });

  test('a reason on a step that takes none is refused', () => {
    const steps: [ReferralStatus, ReferralStatus, ReferralSide][] = [
      ['draft', 'sent', 'sender'],
      ['sent', 'accepted', 'receiver'],
      ['sent', 'info_requested', 'receiver'],
      ['info_requested', 'sent', 'sender'],
      ['accepted', 'enrolled', 'receiver'],
      ['enrolled', 'completed', 'receiver'],
      ['enrolled', 'withdrawn', 'sender'],
    ];
    for (const [from, to, side] of steps) {
      assert.equal(problemOf({ from, to, side, reason: 'no_capacity' }), 'reason_not_allowed');
      assert.equal(problemOf({ from, to, side, reason: 'other', note: 'x' }), 'reason_not_allowed');
      // An empty form field is no reason at all.
      assert.equal(problemOf({ from, to, side, reason: '' }), 'ok');
    }
  });

  test('a note is welcome on any step', () => {
    assert.equal(
      problemOf({ from: 'sent', to: 'accepted', side: 'receiver', note: 'Intake Tuesday 10am.' }),
      'ok',
    );
  });

  test('an unknown reason is refused, including a reason that belongs to the other list', () => {
    const cases: [ReferralStatus, ReferralStatus, string][] = [
      ['sent', 'declined', 'moved'],
      ['sent', 'declined', 'unable_to_contact'],
      ['sent', 'declined', 'banana'],
      ['sent', 'declined', 'NO_CAPACITY'],
      ['accepted', 'ended', 'no_capacity'],
      ['enrolled', 'ended', 'duplicate'],
      ['enrolled', 'ended', 'completed'],
    ];
    for (const [from, to, reason] of cases) {
      assert.equal(problemOf({ from, to, side: 'receiver', reason }), 'unknown_reason');
    }
  });
});

describe('FHIR Task.status', () => {
  const TASK_STATUS_CODES = [
    'draft',
    'requested',
    'received',
    'accepted',
    'rejected',
    'ready',
    'cancelled',
    'in-progress',
    'on-hold',
    'failed',
    'completed',
    'entered-in-error',
  ];
  const TERMINAL = ['rejected', 'cancelled', 'failed', 'completed', 'entered-in-error'];

  for (const status of STATUSES) {
    test(`${status} maps to a valid Task status, terminal exactly when final`, () => {
      assert.ok(TASK_STATUS_CODES.includes(FHIR_TASK_STATUS[status]));
      assert.equal(TERMINAL.includes(FHIR_TASK_STATUS[status]), FINAL.includes(status));
    });
  }

  test('the mapping the SDOH Clinical Care IG uses', () => {
    assert.deepEqual(FHIR_TASK_STATUS, {
      draft: 'draft',
      sent: 'requested',
      accepted: 'accepted',
      declined: 'rejected',
      info_requested: 'on-hold',
      enrolled: 'in-progress',
      completed: 'completed',
      ended: 'cancelled',
      withdrawn: 'cancelled',
    });
  });
});

describe('outcomes', () => {
  test('the outcome list', () => {
    assert.deepEqual(OUTCOMES, [
      'completed',
      'youth_declined',
      'unable_to_contact',
      'moved',
      'other',
    ]);
  });
  test('completed is completed', () => {
    assert.equal(outcomeOf('completed', null), 'completed');
  });
  for (const reason of ['youth_declined', 'unable_to_contact', 'moved', 'other']) {
    test(`ended for ${reason} has that outcome`, () => {
      assert.equal(outcomeOf('ended', reason), reason);
    });
  }
  test('an ended referral without a valid end reason is an error, not a missing outcome', () => {
    assert.throws(() => outcomeOf('ended', null), RangeError);
    assert.throws(() => outcomeOf('ended', 'no_capacity'), RangeError);
  });
  test('no other status has an outcome', () => {
    for (const status of STATUSES.filter((s) => s !== 'completed' && s !== 'ended')) {
      assert.equal(outcomeOf(status, null), null);
      assert.equal(outcomeOf(status, 'no_capacity'), null);
    }
  });
});

// --- business-day clocks ---

const LA = 'America/Los_Angeles';
const NY = 'America/New_York';

const iso = (date: Date) => date.toISOString();

describe('business-day deadlines', () => {
  // January 2026 in Los Angeles is PST (UTC-8): local midnight is 08:00Z.
  const cases: [string, string, number, string, readonly string[], string][] = [
    ['Mon 09:00 +2 -> end of Wed', '2026-01-05T17:00:00Z', 2, LA, [], '2026-01-08T08:00:00.000Z'],
    // Fri 16:00 PST is already Saturday in UTC; the county's calendar decides.
    ['Fri 16:00 +2 -> end of Tue', '2026-01-10T00:00:00Z', 2, LA, [], '2026-01-14T08:00:00.000Z'],
    ['Fri 16:00 +1 -> end of Mon', '2026-01-10T00:00:00Z', 1, LA, [], '2026-01-13T08:00:00.000Z'],
    ['Sat: Mon is day 1', '2026-01-10T18:00:00Z', 1, LA, [], '2026-01-13T08:00:00.000Z'],
    ['Sun: Mon is day 1', '2026-01-11T18:00:00Z', 1, LA, [], '2026-01-13T08:00:00.000Z'],
    ['Sat +2 -> end of Tue', '2026-01-10T18:00:00Z', 2, LA, [], '2026-01-14T08:00:00.000Z'],
    [
      'a Monday holiday is skipped (Fri +1 -> end of Tue)',
      '2026-01-17T00:00:00Z',
      1,
      LA,
      ['2026-01-19'],
      '2026-01-21T08:00:00.000Z',
    ],
    [
      'a midweek holiday is skipped (Wed +1 -> end of Fri)',
      '2026-01-07T17:00:00Z',
      1,
      LA,
      ['2026-01-08'],
      '2026-01-10T08:00:00.000Z',
    ],
    [
      'a holiday on a weekend changes nothing',
      '2026-01-09T17:00:00Z',
      1,
      LA,
      ['2026-01-10'],
      '2026-01-13T08:00:00.000Z',
    ],
    [
      'sent on a holiday: the next business day is day 1',
      '2026-01-19T17:00:00Z',
      1,
      LA,
      ['2026-01-19'],
      '2026-01-21T08:00:00.000Z',
    ],
    [
      'Mon 20:00 local is Tue in UTC but still Monday in the county',
      '2026-01-06T04:00:00Z',
      1,
      LA,
      [],
      '2026-01-07T08:00:00.000Z',
    ],
    [
      'Mon 23:59:59.999 is still Monday',
      '2026-01-06T07:59:59.999Z',
      1,
      LA,
      [],
      '2026-01-07T08:00:00.000Z',
    ],
    ['Tue 00:00 is Tuesday', '2026-01-06T08:00:00Z', 1, LA, [], '2026-01-08T08:00:00.000Z'],
    // 0 days: the end of the send day, or of the next business day if sent on a day off.
    ['0 days on Mon -> end of Mon', '2026-01-05T17:00:00Z', 0, LA, [], '2026-01-06T08:00:00.000Z'],
    ['0 days on Fri -> end of Fri', '2026-01-09T17:00:00Z', 0, LA, [], '2026-01-10T08:00:00.000Z'],
    ['0 days on Sat -> end of Mon', '2026-01-10T18:00:00Z', 0, LA, [], '2026-01-13T08:00:00.000Z'],
    [
      '0 days on a holiday -> end of the next business day',
      '2026-01-19T17:00:00Z',
      0,
      LA,
      ['2026-01-19'],
      '2026-01-21T08:00:00.000Z',
    ],
    [
      'the longest clock: 30 days from Mon Jan 5 -> end of Mon Feb 16',
      '2026-01-05T17:00:00Z',
      30,
      LA,
      [],
      '2026-02-17T08:00:00.000Z',
    ],
    // Spring forward on Sun 2026-03-08: sent in PST (UTC-8), due in PDT (UTC-7).
    [
      'DST starts: Fri 16:00 PST +2 -> end of Tue PDT',
      '2026-03-07T00:00:00Z',
      2,
      LA,
      [],
      '2026-03-11T07:00:00.000Z',
    ],
    [
      'DST starts: Fri +1 -> end of Mon PDT',
      '2026-03-07T00:00:00Z',
      1,
      LA,
      [],
      '2026-03-10T07:00:00.000Z',
    ],
    [
      'DST starts: sent Sun 03:30 PDT, Mon is day 1',
      '2026-03-08T10:30:00Z',
      1,
      LA,
      [],
      '2026-03-10T07:00:00.000Z',
    ],
    [
      'DST: a Thursday +1 before the change stays PST',
      '2026-03-05T17:00:00Z',
      1,
      LA,
      [],
      '2026-03-07T08:00:00.000Z',
    ],
    // Fall back on Sun 2026-11-01: sent in PDT, due in PST.
    [
      'DST ends: Fri 16:00 PDT +2 -> end of Tue PST',
      '2026-10-30T23:00:00Z',
      2,
      LA,
      [],
      '2026-11-04T08:00:00.000Z',
    ],
    [
      'DST ends: sent at the repeated 01:30 (second time, PST), Mon is day 1',
      '2026-11-01T09:30:00Z',
      1,
      LA,
      [],
      '2026-11-03T08:00:00.000Z',
    ],
    [
      'DST ends: sent at the repeated 01:30 (first time, PDT), Mon is day 1',
      '2026-11-01T08:30:00Z',
      1,
      LA,
      [],
      '2026-11-03T08:00:00.000Z',
    ],
    ['New York: Mon 09:00 +2', '2026-01-05T14:00:00Z', 2, NY, [], '2026-01-08T05:00:00.000Z'],
    [
      'New York: Fri 16:00 EST +2 across DST -> end of Tue EDT',
      '2026-03-06T21:00:00Z',
      2,
      NY,
      [],
      '2026-03-11T04:00:00.000Z',
    ],
    [
      'New York: Fri 16:00 EDT +2 across DST end -> end of Tue EST',
      '2026-10-30T20:00:00Z',
      2,
      NY,
      [],
      '2026-11-04T05:00:00.000Z',
    ],
    [
      'the same instant is Friday in Los Angeles but Saturday in New York',
      '2026-01-10T06:00:00Z',
      0,
      NY,
      [],
      '2026-01-13T05:00:00.000Z',
    ],
    // Cairo springs forward at midnight on Fri 2026-04-24: that day begins at 01:00 EEST.
    [
      'a day whose midnight DST skips starts at 01:00',
      '2026-04-22T10:00:00Z',
      1,
      'Africa/Cairo',
      [],
      '2026-04-23T22:00:00.000Z',
    ],
    // Cairo falls back at midnight ending Thu 2026-10-29: Thursday's last hour happens twice.
    [
      'a day after a repeated hour starts at its one midnight',
      '2026-10-28T10:00:00Z',
      1,
      'Africa/Cairo',
      [],
      '2026-10-29T22:00:00.000Z',
    ],
  ];
  for (const [label, sent, days, timeZone, holidays, due] of cases) {
    test(label, () => {
      assert.equal(iso(addBusinessDays(new Date(sent), days, timeZone, holidays)), due);
    });
  }

  test('on a weekend, 0 and 1 days give the same deadline', () => {
    const saturday = new Date('2026-01-10T18:00:00Z');
    assert.equal(iso(addBusinessDays(saturday, 0, LA)), iso(addBusinessDays(saturday, 1, LA)));
  });

  test('bad input is refused', () => {
    const start = new Date('2026-01-05T17:00:00Z');
    for (const days of [-1, 31, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.throws(() => addBusinessDays(start, days, LA), RangeError);
    }
    for (const zone of ['', 'Mars/Olympus', 'PST8PDT7']) {
      assert.throws(() => addBusinessDays(start, 2, zone), RangeError);
    }
    assert.throws(() => addBusinessDays(new Date(Number.NaN), 2, LA), RangeError);
    for (const holiday of ['2026-1-19', '2026-02-30', 'MLK day', '']) {
      assert.throws(() => addBusinessDays(start, 2, LA, [holiday]), RangeError);
    }
  });
});

// Written here rather than imported, so the property checks the module against its own reading.
const formatters = new Map<string, Intl.DateTimeFormat>();
const wall = (instant: Date, timeZone: string) => {
  let format = formatters.get(timeZone);
  if (!format) {
    // sv-SE writes "2026-01-05 09:00:00".
    format = new Intl.DateTimeFormat('sv-SE', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  const [date = '', time = ''] = format.format(instant).split(' ');
  return { date, time };
};
const dateIn = (instant: Date, timeZone: string) => wall(instant, timeZone).date;
const timeIn = (instant: Date, timeZone: string) => wall(instant, timeZone).time;
const shiftDate = (date: string, by: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10);
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

describe('business-day deadlines: properties', () => {
  const zones = [
    LA,
    NY,
    'America/Chicago',
    'America/Denver',
    'America/Phoenix',
    'America/Anchorage',
    'Pacific/Honolulu',
    'UTC',
  ];
  const arbStart = fc.date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2040-12-31T00:00:00Z'),
    noInvalidDate: true,
  });

  test('the deadline is a local midnight after the start, with exactly `days` business days between', () => {
    fc.assert(
      fc.property(
        arbStart,
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom(...zones),
        fc.uniqueArray(fc.integer({ min: 0, max: 20 }), { maxLength: 5 }),
        (start, days, timeZone, holidayOffsets) => {
          const sentOn = dateIn(start, timeZone);
          const holidays = holidayOffsets.map((n) => shiftDate(sentOn, n));
          const isBusiness = (date: string) =>
            weekday(date) !== 0 && weekday(date) !== 6 && !holidays.includes(date);
          const due = addBusinessDays(start, days, timeZone, holidays);
          assert.equal(timeIn(due, timeZone), '00:00:00');
          assert.notEqual(dateIn(new Date(due.getTime() - 1), timeZone), dateIn(due, timeZone));
          assert.ok(due > start);
          const lastDay = shiftDate(dateIn(due, timeZone), -1);
          let between = 0;
          for (let d = shiftDate(sentOn, 1); d <= lastDay; d = shiftDate(d, 1)) {
            if (isBusiness(d)) between += 1;
          }
          assert.equal(between, days);
          // The end of the Nth business day, not a later midnight after a weekend.
          assert.ok(isBusiness(lastDay));
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('with 0 days, the deadline ends the first business day on or after the send day', () => {
    fc.assert(
      fc.property(arbStart, fc.constantFrom(...zones), (start, timeZone) => {
        let first = dateIn(start, timeZone);
        while (weekday(first) === 0 || weekday(first) === 6) first = shiftDate(first, 1);
        const due = addBusinessDays(start, 0, timeZone);
        assert.equal(dateIn(due, timeZone), shiftDate(first, 1));
        assert.equal(timeIn(due, timeZone), '00:00:00');
        assert.ok(due > start);
      }),
      { numRuns: 500 },
    );
  });

  test('each extra day moves the deadline later (0 and 1 can meet on a day off)', () => {
    fc.assert(
      fc.property(
        arbStart,
        fc.integer({ min: 0, max: 29 }),
        fc.constantFrom(...zones),
        (s, n, z) => {
          const sooner = addBusinessDays(s, n, z);
          const later = addBusinessDays(s, n + 1, z);
          assert.ok(n === 0 ? later >= sooner : later > sooner);
        },
      ),
      { numRuns: 300 },
    );
  });
});

// --- overdue and the receiver's inbox ---

describe('overdue and inbox', () => {
  const dueAt = new Date('2026-01-08T08:00:00Z');
  const before = new Date('2026-01-08T07:59:59.999Z');
  const after = new Date('2026-01-09T12:00:00Z');

  // [status, overdue before due, overdue at due, inbox before, inbox after]
  const table: [ReferralStatus, boolean, boolean, string | null, string | null][] = [
    ['draft', false, false, null, null],
    ['sent', false, true, 'new', 'overdue'],
    ['info_requested', false, false, 'in_progress', 'in_progress'],
    ['accepted', false, false, 'in_progress', 'in_progress'],
    ['enrolled', false, false, 'in_progress', 'in_progress'],
    ['declined', false, false, 'closed', 'closed'],
    ['completed', false, false, 'closed', 'closed'],
    ['ended', false, false, 'closed', 'closed'],
    ['withdrawn', false, false, 'closed', 'closed'],
  ];

  test('the table covers every status', () => {
    assert.deepEqual(table.map(([s]) => s).sort(), [...STATUSES].sort());
    assert.deepEqual(INBOX_GROUPS, ['new', 'overdue', 'in_progress', 'closed']);
  });

  for (const [status, overdueBefore, overdueAt, inboxBefore, inboxAfter] of table) {
    test(`${status}: overdue ${overdueBefore}/${overdueAt}, inbox ${inboxBefore}/${inboxAfter}`, () => {
      assert.equal(isOverdue({ status, dueAt }, before), overdueBefore);
      assert.equal(isOverdue({ status, dueAt }, dueAt), overdueAt);
      assert.equal(isOverdue({ status, dueAt }, after), overdueAt);
      assert.equal(inboxGroup({ status, dueAt }, before), inboxBefore);
      assert.equal(inboxGroup({ status, dueAt }, after), inboxAfter);
    });
  }

  test('a referral with no deadline is never overdue', () => {
    assert.equal(isOverdue({ status: 'sent', dueAt: null }, after), false);
    assert.equal(inboxGroup({ status: 'sent', dueAt: null }, after), 'new');
  });

  test('a request for more information stops the receiver’s clock', () => {
    assert.equal(isOverdue({ status: 'info_requested', dueAt }, after), false);
  });
});

// --- lifecycle properties ---

describe('lifecycle: properties', () => {
  const validRequest = (from: ReferralStatus, to: ReferralStatus): TransitionRequest =>
    request(from, to, expectedSide(from, to) ?? 'sender');

  test('following random allowed steps never leaves a final status', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STATUSES),
        fc.array(fc.nat(), { maxLength: 30 }),
        (start, choices) => {
          let status = start;
          let reachedFinal = FINAL.includes(status);
          for (const choice of choices) {
            const options = nextStatuses(status);
            if (FINAL.includes(status)) {
              assert.deepEqual(options, []);
              for (const to of STATUSES)
                for (const side of SIDES) {
                  assert.equal(problemOf(request(status, to, side)), 'impossible');
                }
              return;
            }
            assert.ok(options.length > 0);
            const to = options[choice % options.length]!;
            assert.deepEqual(decideTransition(validRequest(status, to)), { ok: true });
            assert.ok(!reachedFinal);
            status = to;
            reachedFinal = FINAL.includes(status);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('every open status can still reach a final one', () => {
    for (const start of OPEN_STATUSES) {
      const seen = new Set<ReferralStatus>([start]);
      const queue: ReferralStatus[] = [start];
      for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
        for (const next of nextStatuses(s)) {
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
      assert.ok(
        FINAL.some((f) => seen.has(f)),
        start,
      );
    }
  });

  test('any request that is allowed is an edge of the table, taken by its side', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STATUSES),
        fc.constantFrom(...STATUSES),
        fc.constantFrom(...SIDES),
        fc.option(fc.constantFrom(...DECLINE_REASONS, ...END_REASONS, 'banana', ''), {
          nil: null,
        }),
        fc.option(fc.constantFrom('', ' ', 'Moved in with her aunt.'), { nil: null }),
        (from, to, side, reason, note) => {
          const decision = decideTransition({ from, to, side, reason, note });
          if (decision.ok) assert.equal(expectedSide(from, to), side);
          else assert.ok(PROBLEM_STATUS[decision.problem] >= 400);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
