// Hearings and the court calendar (docs/LEGAL-AND-MDT.md, "Protective orders and hearings"): a
// hearing's time, who has a calendar (every role), and which hearing each sees and with what,
// over every combination of the facts the rule weighs (the table written here).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  calendarEntryVisibility,
  calendarWindowProblem,
  decideCourtCalendarRead,
  hearingTimeProblem,
} from '../../src/domain/hearings.js';
import { ROLES, type Role } from '../../src/domain/vocabulary.js';

describe('a hearing’s time', () => {
  const now = new Date('2026-11-23T10:00:00Z');
  // [startsAt, refused]
  const times: readonly [string, boolean][] = [
    ['2026-11-23T09:59:59Z', true],
    ['2026-11-23T10:00:00Z', true],
    ['2026-11-23T10:00:01Z', false],
    ['2026-12-10T17:00:00Z', false],
    ['2025-12-10T17:00:00Z', true],
  ];
  for (const [startsAt, refused] of times) {
    test(`${startsAt}: ${refused ? 'refused' : 'accepted'}`, () => {
      assert.equal(hearingTimeProblem(new Date(startsAt), now) !== null, refused);
    });
  }

  // [from, to, refused]
  const windows: readonly [string, string, boolean][] = [
    ['2026-11-23', '2026-11-29', false],
    ['2026-11-23', '2026-11-23', false],
    ['2026-11-23', '2026-11-22', true],
    ['2026-11-01', '2026-12-01', false],
    ['2026-11-01', '2026-12-02', true],
    ['2026-02-01', '2026-03-03', false],
    ['2026-02-01', '2026-03-04', true],
  ];
  for (const [from, to, refused] of windows) {
    test(`window ${from}..${to}: ${refused ? 'refused' : 'accepted'}`, () => {
      assert.equal(calendarWindowProblem(from, to) !== null, refused);
    });
  }
});

describe('the court calendar', () => {
  const COURT: readonly Role[] = ['court_clerk', 'judge'];
  const DA: readonly Role[] = ['prosecutor', 'victim_witness_staff'];

  for (const role of ROLES) {
    const has = COURT.includes(role) || DA.includes(role);
    test(`${role}: ${has ? 'has a calendar' : 'has none'}`, () => {
      const decision = decideCourtCalendarRead({ roles: [role] });
      assert.equal(decision.allowed, has);
    });
  }
  test('an administrator or oversight who also holds a court role has none', () => {
    assert.equal(
      decideCourtCalendarRead({ roles: ['court_clerk', 'administrator'] }).allowed,
      false,
    );
    assert.equal(decideCourtCalendarRead({ roles: ['judge', 'oversight_analyst'] }).allowed, false);
  });

  // Every combination: the role's kind, whether the case is of the caller's county, whether the
  // hearing is held there, whether the caller's organization is on the team, and whether it may
  // read identity. Expected, from the rule as docs/LEGAL-AND-MDT.md states it:
  //   listed  = (own-county case and on the team) or (court staff and held in their county)
  //   name    = listed and own-county case and identity readable
  const kinds: readonly [string, Role][] = [
    ['court', 'court_clerk'],
    ['judge', 'judge'],
    ['district attorney', 'prosecutor'],
    ['victim-witness', 'victim_witness_staff'],
    ['advocate', 'advocate'],
  ];
  const expected = (
    role: Role,
    ownCounty: boolean,
    heldHere: boolean,
    onTeam: boolean,
    identity: boolean,
  ): string => {
    if (role === 'advocate') return 'not listed';
    const court = role === 'court_clerk' || role === 'judge';
    const listed = (ownCounty && onTeam) || (court && heldHere);
    if (!listed) return 'not listed';
    return ownCounty && identity ? 'with name' : 'case number only';
  };
  for (const [kind, role] of kinds) {
    for (const ownCounty of [true, false])
      for (const heldHere of [true, false])
        for (const onTeam of [true, false])
          for (const identity of [true, false]) {
            const want = expected(role, ownCounty, heldHere, onTeam, identity);
            test(`${kind}, case ${ownCounty ? 'ours' : 'elsewhere'}, held ${heldHere ? 'here' : 'elsewhere'}, ${onTeam ? 'on' : 'off'} team, identity ${identity ? 'readable' : 'not'}: ${want}`, () => {
              const v = calendarEntryVisibility(
                { roles: [role], jurisdictionId: 'here' },
                {
                  caseJurisdictionId: ownCounty ? 'here' : 'there',
                  hearingJurisdictionId: heldHere ? 'here' : 'there',
                  organizationOnTeam: onTeam,
                  identityReadable: identity,
                },
              );
              const got = !v.listed ? 'not listed' : v.withName ? 'with name' : 'case number only';
              assert.equal(got, want);
            });
          }
  }
});
