// The web app's kept Intl formatters (src/web/src/intl.ts): one per language and options, each
// formatting exactly as a new one would, and a bad language or zone refused as Intl refuses it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dateTimeFormat, numberFormat } from '../../src/web/src/intl.js';

const INSTANT = new Date('2026-11-24T11:10:00Z');

describe('kept Intl formatters', () => {
  test('the same language and options give the same formatter; others a formatter of their own', () => {
    const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: 'UTC' };
    const first = dateTimeFormat('en', options);
    assert.equal(dateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }), first);
    assert.notEqual(dateTimeFormat('es', options), first);
    assert.notEqual(dateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }), first);
    assert.notEqual(
      dateTimeFormat('en', { dateStyle: 'medium', timeZone: 'America/Chicago' }),
      first,
    );
    assert.equal(
      numberFormat('en', { maximumFractionDigits: 1 }),
      numberFormat('en', { maximumFractionDigits: 1 }),
    );
    assert.notEqual(numberFormat('en', { maximumFractionDigits: 1 }), numberFormat('en'));
  });

  test('each writes what a formatter made afresh writes', () => {
    const cases: [string, Intl.DateTimeFormatOptions][] = [
      ['en', { dateStyle: 'medium', timeZone: 'UTC' }],
      ['es', { dateStyle: 'full', timeZone: 'America/Los_Angeles' }],
      [
        'en',
        {
          weekday: 'short',
          month: 'short',
          day: 'numeric',
          hour: 'numeric',
          minute: '2-digit',
          timeZoneName: 'short',
          timeZone: 'America/New_York',
        },
      ],
      ['es', { timeStyle: 'short', timeZone: 'Pacific/Honolulu' }],
    ];
    for (const [language, options] of cases) {
      // Twice: the kept one formats as the first time.
      for (let i = 0; i < 2; i++) {
        assert.equal(
          dateTimeFormat(language, options).format(INSTANT),
          new Intl.DateTimeFormat(language, options).format(INSTANT),
        );
      }
    }
    assert.equal(numberFormat('es', { maximumFractionDigits: 1 }).format(1234.56), '1234,6');
    assert.equal(
      numberFormat('en', { style: 'currency', currency: 'USD' }).format(1500),
      new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(1500),
    );
  });

  test('a language or time zone Intl does not know is refused each time, nothing kept', () => {
    for (let i = 0; i < 2; i++) {
      assert.throws(() => dateTimeFormat('en', { timeZone: 'Mars/Olympus_Mons' }), RangeError);
      assert.throws(() => dateTimeFormat('not a language tag!'), RangeError);
      assert.throws(() => numberFormat('en', { style: 'currency' }), TypeError);
    }
  });
});
