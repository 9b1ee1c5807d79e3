// Protective orders (docs/LEGAL-AND-MDT.md, "Protective orders and hearings"): the order's dates,
// when it is in force, the renewal task's day, who records one (every role), and the name check
// with orders in force, ended or not yet begun (tables written here, and as a property).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Actor } from '../../src/domain/actor.js';
import {
  decideProtectiveOrderRecord,
  expiryReminderDay,
  orderDatesProblem,
  orderInForce,
} from '../../src/domain/protective-orders.js';
import {
  contactAnswer,
  restrainedByOrders,
  type ListedContact,
  type RestrainingOrder,
} from '../../src/domain/verified-contacts.js';
import { ROLES, ROLES_BY_ORGANIZATION_TYPE, type Role } from '../../src/domain/vocabulary.js';

describe('an order’s dates', () => {
  // [issuedOn, expiresOn, refused]
  const dates: readonly [string, string, boolean][] = [
    ['2026-11-20', '2027-03-01', false],
    ['2026-11-20', '2026-11-20', false],
    ['2026-11-20', '2026-11-19', true],
    ['2026-12-31', '2027-01-01', false],
    ['2027-01-01', '2026-12-31', true],
    ['2024-02-29', '2024-03-01', false],
  ];
  for (const [issuedOn, expiresOn, refused] of dates) {
    test(`${issuedOn} to ${expiresOn}: ${refused ? 'refused' : 'accepted'}`, () => {
      assert.equal(orderDatesProblem({ issuedOn, expiresOn }) !== null, refused);
    });
  }

  // [today, in force] for an order from 2026-11-20 through 2026-12-01
  const days: readonly [string, boolean][] = [
    ['2026-11-19', false],
    ['2026-11-20', true],
    ['2026-11-25', true],
    ['2026-12-01', true],
    ['2026-12-02', false],
  ];
  for (const [today, inForce] of days) {
    test(`in force on ${today}: ${String(inForce)}`, () => {
      assert.equal(
        orderInForce({ issuedOn: '2026-11-20', expiresOn: '2026-12-01' }, today),
        inForce,
      );
    });
  }

  // [expiresOn, today, reminder day]
  const reminders: readonly [string, string, string][] = [
    ['2027-03-01', '2026-11-23', '2027-02-15'],
    ['2026-03-14', '2026-01-01', '2026-02-28'],
    ['2024-03-14', '2024-01-01', '2024-02-29'],
    ['2026-12-07', '2026-11-23', '2026-11-23'],
    ['2026-12-06', '2026-11-23', '2026-11-23'],
    ['2026-11-01', '2026-11-23', '2026-11-23'],
  ];
  for (const [expiresOn, today, day] of reminders) {
    test(`ends ${expiresOn}, today ${today}: renewal task on ${day}`, () => {
      assert.equal(expiryReminderDay(expiresOn, today), day);
    });
  }
});

describe('who records an order', () => {
  const RECORDERS: readonly Role[] = [
    'advocate',
    'child_welfare_worker',
    'law_enforcement_officer',
    'prosecutor',
    'victim_witness_staff',
    'court_clerk',
  ];
  const facts = (onTeam: boolean) => ({
    jurisdictionId: 'j',
    seal: null,
    team: onTeam ? [{ organizationId: 'o', userId: null }] : [],
  });
  for (const role of ROLES) {
    const type = Object.entries(ROLES_BY_ORGANIZATION_TYPE).find(([, roles]) =>
      roles.includes(role),
    )?.[0];
    const actor = {
      userId: 'u',
      organizationId: 'o',
      organizationType: type,
      jurisdictionId: 'j',
      roles: [role],
    } as Actor;
    test(`${role}: ${RECORDERS.includes(role) ? 'records on the team' : 'never'}`, () => {
      assert.equal(
        decideProtectiveOrderRecord(actor, facts(true)).allowed,
        RECORDERS.includes(role),
      );
      assert.equal(decideProtectiveOrderRecord(actor, facts(false)).allowed, false);
      assert.equal(
        decideProtectiveOrderRecord(actor, { ...facts(true), jurisdictionId: 'other' }).allowed,
        false,
      );
    });
  }
});

describe('the name check with protective orders', () => {
  const call = { name: 'Dana Lee', function: 'CSEC point person', phone: '555-0100' };
  const restraining = (issuedOn: string, expiresOn: string): RestrainingOrder => ({
    names: ['Rafael Ortiz', 'Rafa'],
    issuedOn,
    expiresOn,
    pointPerson: call,
  });
  const verifiedUncle: ListedContact = {
    names: ['Rafael Ortiz'],
    status: 'verified',
    pointPerson: null,
  };
  const today = '2026-11-23';
  // [order, listed, typed, answer]
  const table: readonly [RestrainingOrder | null, ListedContact[], string, object][] = [
    [
      restraining('2026-11-20', '2027-03-01'),
      [],
      'Rafael Ortiz',
      {
        answer: 'do_not_release',
        reason: 'protective_order',
        pointPerson: call,
      },
    ],
    [
      restraining('2026-11-20', '2027-03-01'),
      [],
      'Rafa',
      {
        answer: 'do_not_release',
        reason: 'protective_order',
        pointPerson: call,
      },
    ],
    // The order wins over the team's "verified".
    [
      restraining('2026-11-20', '2027-03-01'),
      [verifiedUncle],
      'Rafael Ortiz',
      {
        answer: 'do_not_release',
        reason: 'protective_order',
        pointPerson: call,
      },
    ],
    // Ended yesterday, or begins tomorrow: the team's list alone answers.
    [
      restraining('2026-01-01', '2026-11-22'),
      [verifiedUncle],
      'Rafael Ortiz',
      { answer: 'verified' },
    ],
    [restraining('2026-11-24', '2027-03-01'), [], 'Rafael Ortiz', { answer: 'not_verified' }],
    // Its last day still bars.
    [
      restraining('2026-01-01', '2026-11-23'),
      [],
      'Rafael Ortiz',
      {
        answer: 'do_not_release',
        reason: 'protective_order',
        pointPerson: call,
      },
    ],
    [restraining('2026-11-20', '2027-03-01'), [], 'Laura Méndez', { answer: 'not_verified' }],
    // A team's own do-not-release says no reason.
    [
      null,
      [{ names: ['Rafael Ortiz'], status: 'do_not_release', pointPerson: null }],
      'Rafael Ortiz',
      {
        answer: 'do_not_release',
      },
    ],
  ];
  for (const [order, listed, typed, expected] of table) {
    test(`${typed}, order ${order ? `${order.issuedOn}..${order.expiresOn}` : 'none'}, listed ${listed.map((l) => l.status).join(',') || 'none'}`, () => {
      const barred = restrainedByOrders(order ? [order] : [], today);
      assert.deepEqual(contactAnswer(typed, [...listed, ...barred]), expected);
    });
  }

  test('property: an answer never carries more than answer, reason and whom to call', () => {
    const day = fc
      .date({ min: new Date('2025-01-01'), max: new Date('2028-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        day,
        day,
        day,
        fc.constantFrom('Rafael Ortiz', 'Rafa', 'Ana'),
        (a, b, now, typed) => {
          const [issuedOn, expiresOn] = a <= b ? [a, b] : [b, a];
          const answer = contactAnswer(
            typed,
            restrainedByOrders([restraining(issuedOn, expiresOn)], now),
          );
          const inForce = issuedOn <= now && now <= expiresOn && typed !== 'Ana';
          assert.equal(answer.answer, inForce ? 'do_not_release' : 'not_verified');
          for (const key of Object.keys(answer))
            assert.ok(['answer', 'reason', 'pointPerson'].includes(key), key);
        },
      ),
    );
  });
});
