// The youth record's groups (src/web/src/pages/youth/record-sections.ts): every `?section=` value
// ever linked lands on its group and section, written out here; the `referrals` category lands
// with the referrals; the privileged notes only for who holds them; and, as properties, any
// address opens exactly one part the reader is shown, and no group is listed twice.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  groupsFor,
  placeOf,
  RECORD_GROUPS,
  sectionSearch,
} from '../../src/web/src/pages/youth/record-sections.js';

// [?section= value, group, section, anchor] for a reader who holds privileged notes.
const PLACES: readonly (readonly [string | null, string, string, string | null])[] = [
  [null, 'summary', 'overview', null],
  ['', 'summary', 'overview', null],
  ['overview', 'summary', 'overview', null],
  ['events', 'events', 'events', null],
  ['timeline', 'events', 'timeline', null],
  ['services', 'services', 'services', null],
  ['referrals', 'services', 'services', 'referral-notes'],
  ['safetyPlans', 'safety', 'safetyPlans', null],
  ['contacts', 'safety', 'contacts', null],
  ['documents', 'notes', 'documents', null],
  ['identity', 'notes', 'identity', null],
  ['contact_location', 'notes', 'contact_location', null],
  ['screening', 'notes', 'screening', null],
  ['needs_services', 'notes', 'needs_services', null],
  ['case_notes', 'notes', 'case_notes', null],
  ['medical', 'notes', 'medical', null],
  ['mental_health', 'notes', 'mental_health', null],
  ['legal', 'notes', 'legal', null],
  ['education', 'notes', 'education', null],
  ['placement', 'notes', 'placement', null],
  ['team', 'team', 'team', null],
  ['consents', 'team', 'consents', null],
  ['record', 'record', 'record', null],
  ['privileged', 'privileged', 'privileged', null],
  ['emergency', 'emergency', 'emergency', null],
  ['Medical', 'summary', 'overview', null], // values are exact
  ['nonsense', 'summary', 'overview', null],
  ['__proto__', 'summary', 'overview', null],
];

describe('the record’s parts', () => {
  test('every address lands on its group and section', () => {
    for (const [asked, group, section, anchor] of PLACES) {
      assert.deepEqual(placeOf(asked, true), { group, section, anchor }, String(asked));
    }
  });

  test('the privileged notes open only for who holds them; anyone else gets the summary', () => {
    assert.deepEqual(placeOf('privileged', false), {
      group: 'summary',
      section: 'overview',
      anchor: null,
    });
    assert.deepEqual(
      groupsFor(false).map((g) => g.group),
      ['summary', 'events', 'services', 'safety', 'notes', 'team', 'record', 'emergency'],
    );
    assert.deepEqual(
      groupsFor(true).map((g) => g.group),
      [
        'summary',
        'events',
        'services',
        'safety',
        'notes',
        'team',
        'privileged',
        'record',
        'emergency',
      ],
    );
  });

  test('one place for referrals: no group holds a `referrals` section', () => {
    const all = RECORD_GROUPS.flatMap((g) => g.sections);
    assert.ok(!(all as readonly string[]).includes('referrals'));
    assert.equal(new Set(all).size, all.length, 'a section in two groups');
  });

  test('a section’s address opens that section again', () => {
    for (const { group, sections } of RECORD_GROUPS) {
      for (const section of sections) {
        const search = sectionSearch(section);
        const asked = search === '' ? null : new URLSearchParams(search).get('section');
        assert.deepEqual(placeOf(asked, true), { group, section, anchor: null });
      }
    }
  });

  test('any address opens one part the reader is shown', () => {
    fc.assert(
      fc.property(fc.option(fc.string()), fc.boolean(), (asked, holds) => {
        const place = placeOf(asked, holds);
        const group = groupsFor(holds).find((g) => g.group === place.group);
        assert.ok(group, `${String(asked)} opened a group the reader is not shown`);
        assert.ok(group.sections.includes(place.section));
        assert.equal(place.anchor === null, asked !== 'referrals');
      }),
    );
  });
});
