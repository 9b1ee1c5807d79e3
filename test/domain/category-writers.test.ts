// Who writes case notes in which category: every organization type against every category,
// from a table written here (not read from the module), and the note-writing decision built on
// it walked over every role, category and place on the case.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Actor } from '../../src/domain/actor.js';
import { decideCaseAction, decideNoteWrite } from '../../src/domain/case-access.js';
import { writesNotesIn } from '../../src/domain/category-writers.js';
import {
  DATA_CATEGORIES,
  ORGANIZATION_TYPES,
  ROLES_BY_ORGANIZATION_TYPE,
  type DataCategory,
  type OrganizationType,
} from '../../src/domain/vocabulary.js';

/**
 * W: writes notes in it. Columns, in order: identity, contact_location, screening,
 * needs_services, referrals, case_notes, medical, mental_health, legal, education, placement.
 */
const COLUMNS: readonly DataCategory[] = [
  'identity',
  'contact_location',
  'screening',
  'needs_services',
  'referrals',
  'case_notes',
  'medical',
  'mental_health',
  'legal',
  'education',
  'placement',
];
const EXPECTED: Readonly<Record<OrganizationType, string>> = {
  advocacy: 'W   W   W   W   W   W   .   .   W   W   .',
  child_welfare: 'W   W   W   W   W   W   .   .   W   W   W',
  probation: 'W   W   W   W   W   W   .   .   W   W   W',
  law_enforcement: 'W   W   .   W   W   W   .   .   W   .   W',
  district_attorney: 'W   W   .   W   W   W   .   .   W   .   .',
  juvenile_court: 'W   .   .   .   .   W   .   .   W   .   W',
  child_advocacy_center: 'W   W   W   W   W   W   .   .   W   .   .',
  medical: 'W   W   W   W   W   W   W   .   .   .   .',
  mental_health: 'W   W   W   W   W   W   .   W   .   W   .',
  community_provider: 'W   W   W   W   W   W   .   .   W   W   W',
  county_lead: 'W   W   .   W   W   W   .   .   .   .   .',
  oversight: '.   .   .   .   .   .   .   .   .   .   .',
};

const writes = (type: OrganizationType, category: DataCategory): boolean => {
  const cells = EXPECTED[type].split(/\s+/);
  assert.equal(cells.length, COLUMNS.length, type);
  return cells[COLUMNS.indexOf(category)] === 'W';
};

describe('which organization types write which categories', () => {
  test('the table covers every category of the vocabulary', () => {
    assert.deepEqual([...COLUMNS].sort(), [...DATA_CATEGORIES].sort());
  });

  for (const type of ORGANIZATION_TYPES) {
    test(`${type}: every category as the table says`, () => {
      for (const category of DATA_CATEGORIES) {
        assert.equal(writesNotesIn(type, category), writes(type, category), category);
      }
    });
  }

  test('medical and mental health notes come from their providers alone', () => {
    const writers = (category: DataCategory) =>
      ORGANIZATION_TYPES.filter((type) => writesNotesIn(type, category));
    assert.deepEqual(writers('medical'), ['medical']);
    assert.deepEqual(writers('mental_health'), ['mental_health']);
  });
});

describe('decideNoteWrite', () => {
  const J = 'jurisdiction-1';
  const team = [{ organizationId: 'org-writer', userId: null }];
  const actorOf = (type: OrganizationType, role: Actor['roles'][number]): Actor => ({
    userId: 'user-writer',
    organizationId: 'org-writer',
    organizationType: type,
    jurisdictionId: J,
    roles: [role],
  });

  test('every role of every type, on the team, off it and in another county', () => {
    let walked = 0;
    for (const type of ORGANIZATION_TYPES) {
      for (const role of ROLES_BY_ORGANIZATION_TYPE[type]) {
        const actor = actorOf(type, role);
        for (const category of DATA_CATEGORIES) {
          for (const place of ['on team', 'off team', 'other county'] as const) {
            const facts = {
              jurisdictionId: place === 'other county' ? 'jurisdiction-2' : J,
              seal: null,
              team: place === 'off team' ? [] : team,
            };
            const onCase = decideCaseAction(actor, 'note.write', facts);
            const decision = decideNoteWrite(actor, category, facts);
            const label = `${type}/${role}/${category}/${place}`;
            if (!onCase.allowed) {
              // Acting on the case comes first: its reason is the answer.
              assert.deepEqual(decision, onCase, label);
            } else if (writes(type, category)) {
              assert.deepEqual(decision, onCase, label);
            } else {
              assert.deepEqual(decision, { allowed: false, reason: 'not_category_writer' }, label);
            }
            walked += 1;
          }
        }
      }
    }
    // 18 roles across the 12 organization types.
    assert.equal(walked, 18 * DATA_CATEGORIES.length * 3);
  });

  test('the district attorney on the team is refused a medical note, the clinic is not', () => {
    const facts = { jurisdictionId: J, seal: null, team };
    assert.deepEqual(
      decideNoteWrite(actorOf('district_attorney', 'prosecutor'), 'medical', facts),
      {
        allowed: false,
        reason: 'not_category_writer',
      },
    );
    assert.equal(
      decideNoteWrite(actorOf('district_attorney', 'prosecutor'), 'legal', facts).allowed,
      true,
    );
    assert.equal(
      decideNoteWrite(actorOf('medical', 'medical_provider'), 'medical', facts).allowed,
      true,
    );
  });

  test('oversight and administrators write nothing, whatever the category', () => {
    const facts = { jurisdictionId: J, seal: null, team };
    for (const category of DATA_CATEGORIES) {
      assert.deepEqual(
        decideNoteWrite(actorOf('oversight', 'oversight_analyst'), category, facts),
        {
          allowed: false,
          reason: 'role_without_youth_data',
        },
      );
      assert.deepEqual(decideNoteWrite(actorOf('county_lead', 'administrator'), category, facts), {
        allowed: false,
        reason: 'role_without_youth_data',
      });
    }
  });
});
