// Consent recording rules and the legal profile's helpers, tested over their whole input space.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  consentProblems,
  type ConsentDraft,
  type RelatedPersonFacts,
} from '../../src/domain/consent.js';
import {
  CALIFORNIA_LEGAL_PROFILE,
  daysBetween,
  DEFAULT_LEGAL_PROFILE,
  isTimeZone,
  localDate,
  qualifies,
} from '../../src/domain/legal-profile.js';

const people: RelatedPersonFacts[] = [
  { id: 'aunt', suspectedExploiter: false },
  { id: 'boyfriend', suspectedExploiter: true },
];
const draft = (overrides: Partial<ConsentDraft> = {}): ConsentDraft => ({
  recipientOrganizationIds: ['clinic'],
  categories: ['medical'],
  givenBy: { kind: 'youth' },
  signedOn: '2026-11-23',
  expiresOn: '2027-02-20',
  ...overrides,
});
const context = { today: '2026-11-23', profile: { maxConsentDays: 365 }, people };

describe('consentProblems', () => {
  test('a complete, time-limited consent by the youth has none', () => {
    assert.deepEqual(consentProblems(draft(), context), []);
  });
  test('each rule, alone', () => {
    const cases: [Partial<ConsentDraft>, string[]][] = [
      [{ recipientOrganizationIds: [] }, ['no_recipients']],
      [{ categories: [] }, ['no_categories']],
      [{ signedOn: '2026-11-24', expiresOn: '2027-01-01' }, ['signed_in_future']],
      [{ expiresOn: '2026-11-23' }, ['expires_before_signed']],
      [{ expiresOn: '2026-11-01' }, ['expires_before_signed']],
      [{ signedOn: '2026-01-01', expiresOn: '2026-11-22' }, ['already_expired']],
      [{ signedOn: '2026-01-01', expiresOn: '2026-11-23' }, []],
      [{ expiresOn: '2027-11-23' }, []],
      [{ expiresOn: '2027-11-24' }, ['too_long']],
      [{ givenBy: { kind: 'guardian', personId: 'aunt' } }, []],
      [{ givenBy: { kind: 'guardian', personId: 'boyfriend' } }, ['suspected_exploiter']],
      [{ givenBy: { kind: 'guardian', personId: 'stranger' } }, ['unknown_guardian']],
    ];
    for (const [overrides, expected] of cases) {
      assert.deepEqual(
        consentProblems(draft(overrides), context),
        expected,
        JSON.stringify(overrides),
      );
    }
  });
  test('property: a suspected exploiter is never accepted as the giver, whatever else holds', () => {
    fc.assert(
      fc.property(
        fc.subarray(['a', 'b']),
        fc.subarray(['identity', 'medical']),
        fc.integer({ min: -400, max: 400 }),
        fc.integer({ min: -400, max: 800 }),
        (recipients, categories, signedOffset, length) => {
          const day = (offset: number) =>
            new Date(Date.parse('2026-11-23T00:00:00Z') + offset * 86_400_000)
              .toISOString()
              .slice(0, 10);
          const problems = consentProblems(
            draft({
              recipientOrganizationIds: recipients,
              categories,
              signedOn: day(signedOffset),
              expiresOn: day(signedOffset + length),
              givenBy: { kind: 'guardian', personId: 'boyfriend' },
            }),
            context,
          );
          assert.ok(problems.includes('suspected_exploiter'));
        },
      ),
      { numRuns: 2000 },
    );
  });
  test('property: accepted consents are signed by today, still running, and within the limit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -800, max: 50 }),
        fc.integer({ min: -50, max: 800 }),
        (s, l) => {
          const day = (offset: number) =>
            new Date(Date.parse('2026-11-23T00:00:00Z') + offset * 86_400_000)
              .toISOString()
              .slice(0, 10);
          const d = draft({ signedOn: day(s), expiresOn: day(s + l) });
          if (consentProblems(d, context).length > 0) return;
          assert.ok(d.signedOn <= context.today);
          assert.ok(d.expiresOn >= context.today && d.expiresOn > d.signedOn);
          assert.ok(daysBetween(d.signedOn, d.expiresOn) <= 365);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('the legal profile', () => {
  test('a new jurisdiction assumes no privilege until the county records its law', () => {
    assert.equal(DEFAULT_LEGAL_PROFILE.privilegeApplies, false);
    assert.equal(DEFAULT_LEGAL_PROFILE.confirmed, false);
    assert.equal(CALIFORNIA_LEGAL_PROFILE.privilegeApplies, true);
    assert.match(CALIFORNIA_LEGAL_PROFILE.privilegeCitation ?? '', /Evidence Code 1038/);
  });
  test('the county’s calendar day, across midnight and daylight saving', () => {
    assert.equal(localDate(new Date('2026-11-23T07:59:59Z'), 'America/Los_Angeles'), '2026-11-22');
    assert.equal(localDate(new Date('2026-11-23T08:00:00Z'), 'America/Los_Angeles'), '2026-11-23');
    assert.equal(localDate(new Date('2026-07-01T06:59:59Z'), 'America/Los_Angeles'), '2026-06-30');
    assert.equal(localDate(new Date('2026-07-01T07:00:00Z'), 'America/Los_Angeles'), '2026-07-01');
    assert.equal(localDate(new Date('2026-11-23T23:30:00Z'), 'America/New_York'), '2026-11-23');
    assert.equal(localDate(new Date('2026-11-23T23:30:00Z'), 'UTC'), '2026-11-23');
  });
  test('time zones are checked', () => {
    assert.equal(isTimeZone('America/Chicago'), true);
    assert.equal(isTimeZone('Mars/Olympus'), false);
    assert.equal(isTimeZone(''), false);
  });
  test('daysBetween counts calendar days', () => {
    assert.equal(daysBetween('2026-11-23', '2026-11-23'), 0);
    assert.equal(daysBetween('2026-11-23', '2027-11-23'), 365);
    assert.equal(daysBetween('2028-01-01', '2029-01-01'), 366);
    assert.equal(daysBetween('2026-03-07', '2026-03-09'), 2);
  });
  test('who qualifies as a privileged caseworker', () => {
    const profile = { minimumTrainingHours: 40 };
    const record = {
      basis: 'training' as const,
      trainingHours: 40,
      supervisor: 'S',
      revoked: false,
    };
    assert.equal(qualifies(record, profile), true);
    assert.equal(qualifies({ ...record, trainingHours: 39 }, profile), false);
    assert.equal(qualifies({ ...record, supervisor: null }, profile), false);
    assert.equal(qualifies({ ...record, revoked: true }, profile), false);
    assert.equal(qualifies(null, profile), false);
    assert.equal(
      qualifies(
        { basis: 'degree_and_experience', trainingHours: 0, supervisor: null, revoked: false },
        profile,
      ),
      true,
    );
    assert.equal(
      qualifies(
        { basis: 'degree_and_experience', trainingHours: 0, supervisor: null, revoked: true },
        profile,
      ),
      false,
    );
  });
});
