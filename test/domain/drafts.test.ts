// The screen's idle warning (src/web/src/idle-warning.ts) and the rules of drafts kept in the
// browser (src/web/src/draft-rules.ts): times and names written out here, and as properties.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  DRAFT_MAX_AGE_MS,
  draftExpired,
  draftName,
  draftToOffer,
  draftWorthKeeping,
  expiredDrafts,
} from '../../src/web/src/draft-rules.js';
import { idleEnd, idlePhase, nextIdleCheck, warningLead } from '../../src/web/src/idle-warning.js';

const SEC = 1000;
const MIN = 60 * SEC;
const DAY = 24 * 60 * MIN;
const T0 = Date.parse('2026-11-23T10:00:00Z');
const FIFTEEN = 15 * MIN;

describe('the idle warning', () => {
  test('with the default 15 minutes: counted from 30 s before the last request, warned 2 minutes before', () => {
    // Written out: the server may have recorded activity up to 30 s before the last request.
    assert.equal(idleEnd(T0, FIFTEEN), T0 + 14 * MIN + 30 * SEC);
    const rows: [number, string, number | null][] = [
      [0, 'active', null],
      [12 * MIN + 29 * SEC, 'active', null],
      [12 * MIN + 30 * SEC, 'warning', 2],
      [13 * MIN + 30 * SEC, 'warning', 1],
      [13 * MIN + 31 * SEC, 'warning', 1],
      [14 * MIN + 29 * SEC, 'warning', 1],
      [14 * MIN + 30 * SEC, 'ended', null],
      [60 * MIN, 'ended', null],
    ];
    for (const [since, phase, minutes] of rows) {
      const state = idlePhase(T0 + since, T0, FIFTEEN);
      assert.equal(state.phase, phase, `${since / SEC} s after the last request`);
      if (state.phase === 'warning') assert.equal(state.minutesLeft, minutes);
    }
  });

  test("the county's idle limit sets the times; a short one warns at half its window", () => {
    const rows: [number, number][] = [
      [60 * MIN, 2 * MIN],
      [5 * MIN, 2 * MIN],
      [4 * MIN, 105 * SEC],
      [1 * MIN, 15 * SEC],
    ];
    for (const [idle, lead] of rows)
      assert.equal(warningLead(idle), lead, `idle ${idle / MIN} min`);
    assert.equal(idlePhase(T0 + 57 * MIN + 29 * SEC, T0, 60 * MIN).phase, 'active');
    assert.equal(idlePhase(T0 + 57 * MIN + 30 * SEC, T0, 60 * MIN).phase, 'warning');
  });

  test('the next check falls on the warning, each minute shown, and the end', () => {
    assert.equal(nextIdleCheck(T0, T0, FIFTEEN), 12 * MIN + 30 * SEC);
    assert.equal(nextIdleCheck(T0 + 12 * MIN + 30 * SEC, T0, FIFTEEN), MIN);
    assert.equal(nextIdleCheck(T0 + 13 * MIN, T0, FIFTEEN), 30 * SEC);
    assert.equal(nextIdleCheck(T0 + 13 * MIN + 30 * SEC, T0, FIFTEEN), MIN);
    assert.equal(nextIdleCheck(T0 + 15 * MIN, T0, FIFTEEN), Number.POSITIVE_INFINITY);
  });

  test('property: never ends after the server would; warns before ending; the next check changes something', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 * 60 }).map((m) => m * MIN),
        fc.integer({ min: 0, max: 25 * 60 * MIN }),
        (idle, since) => {
          const now = T0 + since;
          const state = idlePhase(now, T0, idle);
          // The server ends the session idle ms after its last record, at or after T0 - 30 s.
          assert.ok(state.endsAt <= T0 + idle);
          if (state.phase === 'ended') assert.ok(now >= state.endsAt);
          else assert.ok(now < state.endsAt);
          if (state.phase === 'warning') assert.ok(state.minutesLeft >= 1);
          const wait = nextIdleCheck(now, T0, idle);
          if (state.phase !== 'ended') {
            assert.ok(wait > 0 && wait <= Math.max(MIN, state.endsAt - now));
            const later = idlePhase(now + wait, T0, idle);
            const before = state.phase === 'warning' ? state.minutesLeft : -1;
            const after = later.phase === 'warning' ? later.minutesLeft : -1;
            assert.ok(later.phase !== state.phase || after !== before, 'something changed');
          }
        },
      ),
    );
  });
});

const UUID_A = '6f1c7a52-2f0e-4d8e-9d3a-0d1f5b7a9c11';
const UUID_B = '0b9e3c44-8a71-4f2d-b1c5-7e6a2d9f3b20';
const YOUTH = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

describe('drafts', () => {
  test('a draft is named by the person, the youth and the form', () => {
    assert.equal(
      draftName({ userId: UUID_A, youthId: YOUTH, form: 'privilegedNote' }),
      `${UUID_A}/${YOUTH}/privilegedNote`,
    );
    const names = new Set(
      [
        { userId: UUID_A, youthId: YOUTH, form: 'privilegedNote' as const },
        { userId: UUID_B, youthId: YOUTH, form: 'privilegedNote' as const },
        { userId: UUID_A, youthId: UUID_B, form: 'privilegedNote' as const },
        { userId: UUID_A, youthId: YOUTH, form: 'caseNote.medical' as const },
        { userId: UUID_A, youthId: YOUTH, form: 'caseNote.legal' as const },
      ].map(draftName),
    );
    assert.equal(names.size, 5, 'another person, youth or form is another draft');
  });

  test('a name part that could run into the next is refused', () => {
    for (const bad of ['', 'a/b', 'x y', 'ü', 'a'.repeat(81)]) {
      assert.throws(() => draftName({ userId: bad, youthId: YOUTH, form: 'privilegedNote' }));
      assert.throws(() => draftName({ userId: UUID_A, youthId: bad, form: 'privilegedNote' }));
    }
    assert.throws(() => draftName({ userId: UUID_A, youthId: YOUTH, form: 'caseNote.a/b' }));
  });

  test('kept seven days, then too old', () => {
    const rows: [number, boolean][] = [
      [0, false],
      [6 * DAY, false],
      [7 * DAY - 1, false],
      [7 * DAY, true],
      [30 * DAY, true],
    ];
    for (const [age, expired] of rows) assert.equal(draftExpired(T0, T0 + age), expired, `${age}`);
    const drafts = [
      { id: 'fresh', savedAt: T0 - DAY },
      { id: 'old', savedAt: T0 - 8 * DAY },
      { id: 'edge', savedAt: T0 - 7 * DAY },
    ];
    assert.deepEqual(
      expiredDrafts(drafts, T0).map((d) => d.id),
      ['old', 'edge'],
    );
  });

  test('what is offered back: a fresh, non-blank draft the form does not already show', () => {
    const kept = { text: 'She said the man at the motel', savedAt: T0 };
    assert.equal(draftToOffer(kept, '', T0 + MIN), kept);
    assert.equal(draftToOffer(kept, kept.text, T0 + MIN), null);
    assert.equal(draftToOffer(kept, '', T0 + DRAFT_MAX_AGE_MS), null);
    assert.equal(draftToOffer({ text: ' \n\t', savedAt: T0 }, '', T0), null);
    assert.equal(draftToOffer(null, '', T0), null);
    assert.equal(draftWorthKeeping(''), false);
    assert.equal(draftWorthKeeping('   '), false);
    assert.equal(draftWorthKeeping(' x '), true);
  });

  test('property: offered only when fresh, not blank and different', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.integer({ min: 0, max: 30 * DAY }),
        (text, formText, age) => {
          const offer = draftToOffer({ text, savedAt: T0 }, formText, T0 + age);
          const expected = age < DRAFT_MAX_AGE_MS && text.trim() !== '' && text !== formText;
          assert.equal(offer !== null, expected);
        },
      ),
    );
  });
});
