// The county measures (docs/REPORTS.md, "Measures"): one use case, read as JSON or CSV. Who may
// read is one rule (decideMeasuresRead); the county is always the caller's own; every table is
// counted in SQL and passes through the small-cell rule before it leaves; every read and every
// refusal is audited.
import {
  countMeasure,
  organizationNames,
  timeMeasure,
  type MeasurePeriod,
} from '../../../db/repositories/reports.js';
import type { Queryable } from '../../../db/database.js';
import {
  publishCounts,
  publishDurations,
  type MeasureTable,
} from '../../../domain/measure-tables.js';
import {
  AGE_BANDS,
  decideMeasuresRead,
  GENDER_GROUPS,
  MEASURES,
  measureOffers,
  monthsOf,
  quartersOf,
  reportPeriodProblem,
  type Breakdown,
  type MeasureDefinition,
  type MeasureId,
  type MeasureKind,
} from '../../../domain/measures.js';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../../../domain/suppression.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest } from '../../errors.js';
import { enforce, requireActor } from '../authorize.js';

export interface MeasuresQuery {
  readonly from: string;
  readonly to: string;
  readonly by: Breakdown;
}

export interface PublishedMeasure {
  readonly id: MeasureId;
  readonly kind: MeasureKind;
  readonly definition: { readonly en: string; readonly es: string };
  readonly breakdowns: readonly Breakdown[];
  /** Null when the measure does not offer the breakdown asked for. */
  readonly table: (MeasureTable & { readonly labels: readonly string[] }) | null;
}

export interface MeasuresReport {
  readonly from: string;
  readonly to: string;
  readonly by: Breakdown;
  readonly threshold: number;
  readonly generatedAt: Date;
  readonly measures: readonly PublishedMeasure[];
}

export async function readMeasures(
  app: AppServices,
  request: RequestContext,
  query: MeasuresQuery,
  format: 'json' | 'csv',
): Promise<MeasuresReport> {
  const actor = requireActor(request);
  await enforce(app, request, decideMeasuresRead(actor), {
    action: 'report.measures',
    targetType: 'jurisdiction',
    targetId: actor.jurisdictionId,
  });
  const problem = reportPeriodProblem(query.from, query.to);
  if (problem !== null) throw badRequest('bad_period', `${problem}.`);
  const now = app.clock.now();
  const period: MeasurePeriod = { jurisdictionId: actor.jurisdictionId, ...query, now };
  // The threshold will be a county report setting (docs/REPORTS.md); until then, the default.
  const threshold = DEFAULT_SUPPRESSION_THRESHOLD;
  return app.db.transaction(async (tx) => {
    const names = await organizationNames(tx, actor.jurisdictionId);
    const measures: PublishedMeasure[] = [];
    for (const measure of MEASURES) {
      measures.push(await publishMeasure(tx, measure, query, period, names, threshold));
    }
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'report.measures',
      outcome: 'allowed',
      targetType: 'jurisdiction',
      targetId: actor.jurisdictionId,
      details: { from: query.from, to: query.to, by: query.by, format },
    });
    return { ...query, threshold, generatedAt: now, measures };
  });
}

async function publishMeasure(
  db: Queryable,
  measure: MeasureDefinition,
  query: MeasuresQuery,
  period: MeasurePeriod,
  names: ReadonlyMap<string, string>,
  threshold: number,
): Promise<PublishedMeasure> {
  const about = {
    id: measure.id,
    kind: measure.kind,
    definition: measure.definition,
    breakdowns: measure.breakdowns,
  };
  if (!measureOffers(measure, query.by)) return { ...about, table: null };
  if (measure.kind === 'duration') {
    const { groups, overall } = await timeMeasure(db, measure, query.by, period);
    const keys = rowKeys(query, [...groups.keys()], names);
    const table = publishDurations(measure, keys, groups, overall, threshold);
    return { ...about, table: { ...table, labels: labels(query.by, keys, names) } };
  }
  const counted = await countMeasure(db, measure, query.by, period);
  const counts = new Map<string, Map<string, number>>();
  for (const { rowKey, part, n } of counted) {
    const row = counts.get(rowKey) ?? new Map<string, number>();
    row.set(part, (row.get(part) ?? 0) + n);
    counts.set(rowKey, row);
  }
  const keys = rowKeys(query, [...counts.keys()], names);
  const table = publishCounts(measure, keys, counts, threshold);
  return { ...about, table: { ...table, labels: labels(query.by, keys, names) } };
}

/**
 * Every month, quarter, age band and gender group is a row, counted or not (a zero is shown);
 * sources, organizations and rules are those counted, in a stable order.
 */
function rowKeys(query: MeasuresQuery, counted: string[], names: ReadonlyMap<string, string>) {
  switch (query.by) {
    case 'month':
      return monthsOf(query.from, query.to);
    case 'quarter':
      return quartersOf(query.from, query.to);
    case 'age_band':
      return [...AGE_BANDS];
    case 'gender':
      return [...GENDER_GROUPS];
    case 'organization':
      return counted.sort((a, b) => (names.get(a) ?? a).localeCompare(names.get(b) ?? b));
    case 'source':
    case 'rule':
      return counted.sort();
  }
}

/** Organizations by name; every other key is a code the screen translates. */
function labels(by: Breakdown, keys: readonly string[], names: ReadonlyMap<string, string>) {
  return keys.map((key) => (by === 'organization' ? (names.get(key) ?? key) : key));
}
