// The measures' pure rules (src/domain/measures.ts, measure-tables.ts): age bands, periods, who
// may read, and that a published table hides what the small-cell rule hides, as null.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Actor } from '../../src/domain/actor.js';
import { publishCounts } from '../../src/domain/measure-tables.js';
import {
  ageBand,
  decideMeasuresRead,
  MEASURES,
  monthsOf,
  quartersOf,
  reportPeriodProblem,
} from '../../src/domain/measures.js';
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
