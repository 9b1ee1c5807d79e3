// Verified contacts (docs/CONFIDENTIALITY.md, "Verified contacts"): the name rules (tables written
// here), the three possible answers (exhaustively over small lists, and as a property), who
// records and who checks (every role), and the limit on a run of checks.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Actor } from '../../src/domain/actor.js';
import {
  contactAnswer,
  CONTACT_STATUSES,
  decideContactCheck,
  decideContactCheckThrottle,
  decideContactRecord,
  mayBeSamePerson,
  normalizeName,
  sameName,
  type CheckHistory,
  type ContactStatus,
  type ListedContact,
} from '../../src/domain/verified-contacts.js';
import { ROLES, ROLES_BY_ORGANIZATION_TYPE, type Role } from '../../src/domain/vocabulary.js';

describe('names as they are compared', () => {
  // [typed, normalized]
  const normalized: readonly [string, string][] = [
    ['María José García López', 'maria jose garcia lopez'],
    ['  MARIA   JOSE  garcia lópez ', 'maria jose garcia lopez'],
    ['García-López, María', 'garcia lopez maria'],
    ["Siobhán O'Brien", 'siobhan obrien'],
    ['Siobhan O’Brien', 'siobhan obrien'],
    ['Peña Núñez', 'pena nunez'],
    ['Zoë Çelik', 'zoe celik'],
    ['Jean-Luc\tPicard', 'jean luc picard'],
    ['J. R. R. Tolkien', 'j r r tolkien'],
    ['ＭＡＲＩＡ', 'maria'],
    ['', ''],
    ['  ', ''],
  ];
  for (const [typed, expected] of normalized) {
    test(`"${typed}" -> "${expected}"`, () => {
      assert.equal(normalizeName(typed), expected);
    });
  }

  // [typed, listed, same name (verified), may be the same person (do not release)]
  const pairs: readonly [string, string, boolean, boolean][] = [
    ['Maria Jose Garcia Lopez', 'María José García López', true, true],
    ['maria jose garcia-lopez', 'María José García López', true, true],
    // one family name (or given name) left out: may be her, never verified as her
    ['María José García', 'María José García López', false, true],
    ['Maria Jose Lopez', 'María José García López', false, true],
    ['María García López', 'María José García López', false, true],
    // two words left out: someone else as far as the list can tell
    ['María García', 'María José García López', false, false],
    // a family name added
    ['Ana Ruiz Gómez', 'Ana Ruiz', false, true],
    // words in another order: the same words, not the same written name
    ['García López María José', 'María José García López', false, true],
    ['Ruiz Ana', 'Ana Ruiz', false, true],
    // one word against two
    ['Ana', 'Ana Ruiz', false, false],
    ['Ruiz', 'Ana Ruiz', false, false],
    ['Ana', 'Ana', true, true],
    // a different person
    ['Ana Ruiz', 'Ana Ortiz', false, false],
    ['Rosa Ruiz', 'Ana Ruiz', false, false],
    ['Ana Ana', 'Ana Ruiz', false, false],
    ['', 'Ana Ruiz', false, false],
    ['!!!', '!!!', false, false],
  ];
  for (const [typed, listed, same, maybe] of pairs) {
    test(`"${typed}" against "${listed}": same ${String(same)}, may be ${String(maybe)}`, () => {
      assert.equal(sameName(typed, listed), same);
      assert.equal(mayBeSamePerson(typed, listed), maybe);
    });
  }

  test('both relations are symmetric, and the same name is always possibly the same person', () => {
    const word = fc.constantFrom('ana', 'Ruiz', 'GÓMEZ', 'maría', 'jose', 'o’brien', '-', ' ');
    const name = fc.array(word, { maxLength: 6 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(name, name, (a, b) => {
        assert.equal(sameName(a, b), sameName(b, a));
        assert.equal(mayBeSamePerson(a, b), mayBeSamePerson(b, a));
        if (sameName(a, b)) assert.ok(mayBeSamePerson(a, b));
      }),
    );
  });
});

const CALL = { name: 'Rosa Díaz', function: 'CSEC point person', phone: '555-0100' };
const contact = (
  names: string[],
  status: ContactStatus,
  pointPerson: typeof CALL | null = null,
): ListedContact => ({ names, status, pointPerson });

describe('the answer to a name', () => {
  const aunt = (status: ContactStatus) =>
    contact(['Laura Méndez', 'Tía Laura'], status, status === 'do_not_release' ? CALL : null);

  // Every status the listed aunt can have, against every way her name can be typed.
  const typed: readonly [string, 'exact' | 'alias' | 'partial' | 'other'][] = [
    ['laura mendez', 'exact'],
    ['TIA LAURA', 'alias'],
    ['Laura Méndez Soto', 'partial'],
    ['Carmen Soto', 'other'],
  ];
  const expected: Readonly<Record<ContactStatus, Record<string, string>>> = {
    verified: {
      exact: 'verified',
      alias: 'verified',
      partial: 'not_verified',
      other: 'not_verified',
    },
    not_verified: {
      exact: 'not_verified',
      alias: 'not_verified',
      partial: 'not_verified',
      other: 'not_verified',
    },
    do_not_release: {
      exact: 'do_not_release',
      alias: 'do_not_release',
      partial: 'do_not_release',
      other: 'not_verified',
    },
  };
  for (const status of CONTACT_STATUSES) {
    for (const [name, how] of typed) {
      test(`the aunt ${status}, typed as ${how} ("${name}")`, () => {
        const answer = contactAnswer(name, [aunt(status)]);
        assert.equal(answer.answer, expected[status][how]);
        if (answer.answer === 'do_not_release') assert.deepEqual(answer.pointPerson, CALL);
        else assert.equal('pointPerson' in answer, false);
      });
    }
  }

  test('an empty list answers not verified', () => {
    assert.deepEqual(contactAnswer('Laura Méndez', []), { answer: 'not_verified' });
  });

  test('a do-not-release wins over a verified listing of the same name', () => {
    const listed = [
      contact(['Laura Méndez'], 'verified'),
      contact(['Laura Mendez'], 'do_not_release', CALL),
    ];
    assert.deepEqual(contactAnswer('Laura Méndez', listed), {
      answer: 'do_not_release',
      pointPerson: CALL,
    });
    assert.deepEqual(contactAnswer('Laura Méndez', [...listed].reverse()), {
      answer: 'do_not_release',
      pointPerson: CALL,
    });
  });

  test('a do-not-release with nobody to call still says do not release, with no one named', () => {
    assert.deepEqual(contactAnswer('Laura Méndez', [contact(['Laura Méndez'], 'do_not_release')]), {
      answer: 'do_not_release',
    });
  });

  test('property: one of three answers, a point person only with do not release, nothing else', () => {
    const extra = fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 });
    const person = fc.record({
      name: fc.string(),
      function: fc.string(),
      phone: fc.option(fc.string()),
    });
    const listed = fc.array(
      fc.record({
        names: fc.array(fc.oneof(fc.string(), fc.constantFrom('Laura Méndez', 'Tía Laura')), {
          maxLength: 3,
        }),
        status: fc.constantFrom(...CONTACT_STATUSES),
        pointPerson: fc.option(fc.tuple(person, extra).map(([p, e]) => ({ ...e, ...p }))),
        // whatever else a listing carries (a relationship, a reason) must never travel
        relationship: fc.string(),
        reason: fc.string(),
      }),
      { maxLength: 5 },
    );
    const name = fc.oneof(fc.string(), fc.constantFrom('laura mendez', 'Tia Laura', 'Laura'));
    fc.assert(
      fc.property(name, listed, (typedName, people) => {
        const answer = contactAnswer(typedName, people);
        assert.ok(CONTACT_STATUSES.includes(answer.answer));
        const keys = Object.keys(answer).sort();
        if (answer.answer === 'do_not_release' && answer.pointPerson) {
          assert.deepEqual(keys, ['answer', 'pointPerson']);
          assert.deepEqual(Object.keys(answer.pointPerson).sort(), ['function', 'name', 'phone']);
        } else {
          assert.deepEqual(keys, ['answer']);
        }
        // Only a verified listing answers verified; only a do-not-release one answers so.
        if (answer.answer !== 'not_verified') {
          assert.ok(people.some((p) => p.status === answer.answer));
        }
      }),
      { numRuns: 2000 },
    );
  });
});

const JURISDICTION = 'j-1';
const actorWith = (role: Role, organizationId = 'org-own'): Actor => {
  const type = (
    Object.keys(ROLES_BY_ORGANIZATION_TYPE) as (keyof typeof ROLES_BY_ORGANIZATION_TYPE)[]
  ).find((t) => ROLES_BY_ORGANIZATION_TYPE[t].includes(role));
  if (!type) throw new Error(role);
  return {
    userId: `user-${role}`,
    organizationId,
    organizationType: type,
    jurisdictionId: JURISDICTION,
    roles: [role],
  };
};
const onTeam = {
  jurisdictionId: JURISDICTION,
  seal: null,
  team: [{ organizationId: 'org-own', userId: null }],
};
const offTeam = {
  jurisdictionId: JURISDICTION,
  seal: null,
  team: [{ organizationId: 'org-x', userId: null }],
};
const elsewhere = {
  jurisdictionId: 'j-2',
  seal: null,
  team: [{ organizationId: 'org-own', userId: null }],
};

describe('who lists people, and who checks names', () => {
  // Written from the brief: advocates and child welfare workers list; court clerks and juvenile
  // hall intake check any case of their county (intake reads no record, but hands children over);
  // everyone else who works cases checks the cases their organization is on.
  const RECORDERS: readonly Role[] = ['advocate', 'child_welfare_worker'];
  const CHECKERS: readonly Role[] = ['court_clerk', 'juvenile_hall_intake'];
  const NO_YOUTH_DATA: readonly Role[] = ['administrator', 'oversight_analyst'];

  for (const role of ROLES) {
    test(role, () => {
      const actor = actorWith(role);
      const record = decideContactRecord(actor, onTeam);
      assert.equal(record.allowed, RECORDERS.includes(role), 'lists on its team');
      assert.equal(decideContactRecord(actor, offTeam).allowed, false, 'never off the team');
      assert.equal(decideContactRecord(actor, elsewhere).allowed, false, 'never in another county');

      const checks = (target: typeof onTeam | null) => decideContactCheck(actor, target);
      if (NO_YOUTH_DATA.includes(role)) {
        for (const target of [onTeam, offTeam, elsewhere, null]) {
          assert.deepEqual(checks(target), { kind: 'refused', reason: 'role_without_youth_data' });
        }
      } else if (CHECKERS.includes(role)) {
        assert.deepEqual(checks(onTeam), { kind: 'answer', basis: 'checker_role' });
        assert.deepEqual(checks(offTeam), { kind: 'answer', basis: 'checker_role' });
        // another county's case and no case at all: alike
        assert.deepEqual(checks(elsewhere), { kind: 'unknown_case' });
        assert.deepEqual(checks(null), { kind: 'unknown_case' });
      } else {
        assert.deepEqual(checks(onTeam), { kind: 'answer', basis: 'case_team' });
        // off the team, another county's case and no case at all: one refusal
        for (const target of [offTeam, elsewhere, null]) {
          assert.deepEqual(checks(target), { kind: 'refused', reason: 'not_on_case_team' });
        }
      }
    });
  }
});

describe('a run of checks', () => {
  const T0 = Date.parse('2026-11-23T10:00:00Z');
  const MIN = 60_000;
  const at = (minutes: number) => new Date(T0 + minutes * MIN);
  const policy = { maxChecks: 3, windowMs: 10 * MIN };
  const none: CheckHistory = { recent: [], alertedAt: null };

  test('the checks within the limit are answered and remembered', () => {
    let history = none;
    for (const minute of [0, 1, 2]) {
      const decision = decideContactCheckThrottle(history, at(minute), policy);
      assert.ok(decision.allowed);
      history = { recent: decision.recent, alertedAt: null };
    }
    assert.deepEqual(history.recent, [at(0), at(1), at(2)]);
  });

  test('one more in the window is refused until the oldest leaves it, and alerts once', () => {
    const full: CheckHistory = { recent: [at(0), at(1), at(2)], alertedAt: null };
    assert.deepEqual(decideContactCheckThrottle(full, at(3), policy), {
      allowed: false,
      retryAt: at(10),
      alert: true,
    });
    const alerted = { ...full, alertedAt: at(3) };
    assert.deepEqual(decideContactCheckThrottle(alerted, at(9), policy), {
      allowed: false,
      retryAt: at(10),
      alert: false,
    });
    const later = decideContactCheckThrottle(alerted, at(10), policy);
    assert.ok(later.allowed);
    assert.deepEqual(later.recent, [at(1), at(2), at(10)]);
  });

  test('a burst a whole window after the last alert alerts again', () => {
    const full: CheckHistory = { recent: [at(20), at(21), at(22)], alertedAt: at(3) };
    const decision = decideContactCheckThrottle(full, at(23), policy);
    assert.equal(decision.allowed, false);
    assert.equal(!decision.allowed && decision.alert, true);
    const soon: CheckHistory = { recent: [at(20), at(21), at(22)], alertedAt: at(14) };
    const again = decideContactCheckThrottle(soon, at(23), policy);
    assert.equal(!again.allowed && again.alert, false);
  });

  test('property: never more than maxChecks answered in any window', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 * MIN }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 30 }),
        (gaps, maxChecks, windowMinutes) => {
          const p = { maxChecks, windowMs: windowMinutes * MIN };
          let history: CheckHistory = none;
          let now = T0;
          const answered: number[] = [];
          for (const gap of gaps) {
            now += gap;
            const decision = decideContactCheckThrottle(history, new Date(now), p);
            if (decision.allowed) {
              answered.push(now);
              history = { recent: decision.recent, alertedAt: history.alertedAt };
            } else {
              assert.ok(decision.retryAt.getTime() > now);
              history = {
                ...history,
                alertedAt: decision.alert ? new Date(now) : history.alertedAt,
              };
            }
          }
          for (const start of answered) {
            const inWindow = answered.filter((t) => t >= start && t < start + p.windowMs);
            assert.ok(inWindow.length <= maxChecks, `${inWindow.length} > ${maxChecks}`);
          }
        },
      ),
    );
  });
});
