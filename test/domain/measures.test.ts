// The measures' pure rules (src/domain/measures.ts, measure-tables.ts): age bands, periods, who
// may read, and that a published table hides what the small-cell rule hides, as null.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Actor } from '../../src/domain/actor.js';
import {
  decideAdministrationDashboard,
  decideCoordinatorDashboard,
  dueBucket,
} from '../../src/domain/dashboards.js';
import { publishCounts, publishSnapshot } from '../../src/domain/measure-tables.js';
import {
  ageBand,
  decideMeasuresRead,
  MEASURES,
  monthsOf,
  quartersOf,
  reportPeriodProblem,
} from '../../src/domain/measures.js';
import {
  previousPeriod,
  quarterOf,
  quarterPeriod,
  quarterProblem,
} from '../../src/domain/report-periods.js';
import { ROLES } from '../../src/domain/vocabulary.js';

describe('measures', () => {
  test('age bands', () => {
    const table: [number | null, string][] = [
      [null, 'unknown'],
      [0, 'under_12'],
      [11, 'under_12'],
      [12, '12_14'],
      [14, '12_14'],
      [15, '15_17'],
      [17, '15_17'],
      [18, '18_plus'],
      [40, '18_plus'],
    ];
    for (const [age, band] of table) assert.equal(ageBand(age), band, String(age));
  });

  test('periods: dates, order and length', () => {
    assert.equal(reportPeriodProblem('2026-01-01', '2026-12-31'), null);
    assert.equal(reportPeriodProblem('2026-01-01', '2026-01-01'), null);
    assert.equal(reportPeriodProblem('2024-01-01', '2026-12-31'), null);
    assert.match(reportPeriodProblem('2026-02-01', '2026-01-31') ?? '', /after/);
    assert.match(reportPeriodProblem('2023-12-31', '2026-12-31') ?? '', /at most/);
    assert.match(reportPeriodProblem('someday', '2026-12-31') ?? '', /dates/);
  });

  test('months and quarters of a period', () => {
    assert.deepEqual(monthsOf('2025-11-15', '2026-02-01'), [
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    assert.deepEqual(quartersOf('2025-11-15', '2026-04-01'), ['2025-Q4', '2026-Q1', '2026-Q2']);
    assert.deepEqual(monthsOf('2026-03-01', '2026-03-31'), ['2026-03']);
  });

  test('only the oversight analyst and the coordinator read the measures', () => {
    for (const role of ROLES) {
      const actor: Actor = {
        userId: 'u',
        organizationId: 'o',
        organizationType: 'oversight',
        jurisdictionId: 'j',
        roles: [role],
      };
      const allowed = role === 'oversight_analyst' || role === 'coordinator';
      assert.equal(decideMeasuresRead(actor).allowed, allowed, role);
    }
  });

  test('every measure has a definition in both languages and at least one breakdown', () => {
    for (const measure of MEASURES) {
      assert.ok(measure.definition.en.length > 40 && measure.definition.es.length > 40, measure.id);
      assert.ok(measure.breakdowns.length > 0 && measure.columns.length > 0, measure.id);
    }
  });

  test('a published table shows each count or hides it as null with why; totals add up', () => {
    const measure = MEASURES.find((m) => m.id === 'protocol_clocks')!;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(30), fc.nat(30), fc.nat(30)), { minLength: 1, maxLength: 6 }),
        (rows) => {
          const keys = rows.map((_, r) => `r${String(r)}`);
          const counts = new Map(
            rows.map((row, r) => [
              `r${String(r)}`,
              new Map([
                ['on_time', row[0]],
                ['late', row[1]],
                ['missed', row[2]],
              ]),
            ]),
          );
          const table = publishCounts(measure, keys, counts, 11);
          table.rows.forEach((row, r) => {
            row.cells.forEach((cell, c) => {
              const truth = rows[r]![c]!;
              if (cell.suppressed) {
                assert.equal(cell.value, null);
                assert.ok(truth > 0);
                if (cell.rule === 'primary') assert.ok(truth < 11);
              } else {
                assert.equal(cell.value, truth);
                assert.ok(truth === 0 || truth >= 11);
              }
            });
          });
          const grand = rows.flat().reduce((a, b) => a + b, 0);
          if (!table.grandTotal.suppressed) assert.equal(table.grandTotal.value, grand);
        },
      ),
    );
  });
});

describe('report periods', () => {
  test('the previous period: whole months by months, else by days', () => {
    const table: [string, string, string, string][] = [
      ['2026-10-01', '2026-12-31', '2026-07-01', '2026-09-30'],
      ['2026-01-01', '2026-03-31', '2025-10-01', '2025-12-31'],
      ['2026-04-01', '2026-06-30', '2026-01-01', '2026-03-31'],
      ['2026-03-01', '2026-03-31', '2026-02-01', '2026-02-28'],
      ['2024-03-01', '2024-03-31', '2024-02-01', '2024-02-29'],
      ['2026-01-01', '2026-12-31', '2025-01-01', '2025-12-31'],
      ['2026-01-01', '2026-11-05', '2025-02-26', '2025-12-31'],
      ['2026-03-10', '2026-03-16', '2026-03-03', '2026-03-09'],
      ['2026-03-01', '2026-03-01', '2026-02-28', '2026-02-28'],
      ['2026-02-15', '2026-03-14', '2026-01-18', '2026-02-14'],
    ];
    for (const [from, to, previousFrom, previousTo] of table) {
      assert.deepEqual(previousPeriod({ from, to }), { from: previousFrom, to: previousTo }, from);
    }
  });

  test('the previous period ends the day before and never overlaps', () => {
    const start = Date.parse('2020-01-01T00:00:00Z');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 1095 }), (a, n) => {
        const from = new Date(start + a * 86_400_000).toISOString().slice(0, 10);
        const to = new Date(start + (a + n) * 86_400_000).toISOString().slice(0, 10);
        const previous = previousPeriod({ from, to });
        const dayBefore = new Date(Date.parse(`${from}T00:00:00Z`) - 86_400_000);
        assert.equal(previous.to, dayBefore.toISOString().slice(0, 10));
        assert.ok(previous.from <= previous.to);
        assert.equal(reportPeriodProblem(previous.from, previous.to), null);
      }),
    );
  });

  test('quarters: written YYYYQn, begun by today', () => {
    assert.deepEqual(quarterPeriod('2026Q4'), { from: '2026-10-01', to: '2026-12-31' });
    assert.deepEqual(quarterPeriod('2024Q1'), { from: '2024-01-01', to: '2024-03-31' });
    assert.deepEqual(quarterPeriod('2026Q2'), { from: '2026-04-01', to: '2026-06-30' });
    assert.deepEqual(quarterPeriod('2026Q3'), { from: '2026-07-01', to: '2026-09-30' });
    for (const bad of ['2026Q5', '2026Q0', '2026-Q4', '26Q4', '2026q4', '', '2026Q4 ']) {
      assert.equal(quarterPeriod(bad), null, bad);
      assert.match(quarterProblem(bad, '2027-01-15') ?? '', /YYYYQn/, bad);
    }
    assert.equal(quarterProblem('2026Q4', '2027-01-15'), null);
    assert.equal(quarterProblem('2027Q1', '2027-01-01'), null);
    assert.match(quarterProblem('2027Q2', '2027-03-31') ?? '', /not begun/);
    assert.equal(quarterOf('2026-11-05'), '2026Q4');
    assert.equal(quarterOf('2026-01-01'), '2026Q1');
    assert.equal(quarterOf('2026-06-30'), '2026Q2');
  });
});

describe('dashboards', () => {
  test('open clocks by when they fall due', () => {
    const now = new Date('2027-01-15T18:00:00Z');
    const table: [number, string][] = [
      [-1, 'overdue'],
      [-100_000, 'overdue'],
      [0, 'within_24_hours'],
      [24 * 60, 'within_24_hours'],
      [24 * 60 + 1, 'within_7_days'],
      [7 * 24 * 60, 'within_7_days'],
      [7 * 24 * 60 + 1, 'later'],
    ];
    for (const [minutes, bucket] of table) {
      assert.equal(
        dueBucket(new Date(now.getTime() + minutes * 60_000), now),
        bucket,
        String(minutes),
      );
    }
  });

  test('the coordinator reads the work dashboard, the administrator the accounts one', () => {
    for (const role of ROLES) {
      const actor: Actor = {
        userId: 'u',
        organizationId: 'o',
        organizationType: 'oversight',
        jurisdictionId: 'j',
        roles: [role],
      };
      assert.equal(decideCoordinatorDashboard(actor).allowed, role === 'coordinator', role);
      assert.equal(decideAdministrationDashboard(actor).allowed, role === 'administrator', role);
    }
  });

  test('a snapshot: each column its own list, suppressed on its own, no row totals', () => {
    const capacity = MEASURES.find((measure) => measure.id === 'capacity_against_need')!;
    assert.equal(capacity.kind, 'snapshot');
    const counts = new Map([
      [
        'shelter',
        new Map([
          ['open_places', 3],
          ['youth_waiting', 20],
        ]),
      ],
      [
        'housing',
        new Map([
          ['open_places', 30],
          ['youth_waiting', 4],
        ]),
      ],
      [
        'legal',
        new Map([
          ['open_places', 12],
          ['youth_waiting', 15],
        ]),
      ],
    ]);
    const keys = ['shelter', 'housing', 'legal', 'medical'];
    const table = publishSnapshot(capacity, keys, counts, 11);
    const cells = table.rows.map((row) => row.cells.map((cell) => cell.value));
    // open places: 3 is small, so the smallest other (12) goes with it; youth: 4, then 15.
    assert.deepEqual(cells, [
      [null, 20],
      [30, null],
      [null, null],
      [0, 0],
    ]);
    assert.deepEqual(
      table.rows.map((row) => row.cells.map((cell) => (cell.suppressed ? cell.rule : 'shown'))),
      [
        ['primary', 'shown'],
        ['shown', 'primary'],
        ['complementary', 'complementary'],
        ['shown', 'shown'],
      ],
    );
    assert.deepEqual(table.totals, [
      { value: 45, suppressed: false },
      { value: 39, suppressed: false },
    ]);
    for (const row of table.rows) assert.deepEqual(row.total, { value: null, suppressed: false });
    assert.deepEqual(publishSnapshot(capacity, [], counts, 11).rows, []);
  });
});
