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
import { capacityAgainstNeed, serviceFunding } from '../../../db/repositories/reports-capacity.js';
import type { Queryable } from '../../../db/database.js';
import { findLegalProfile } from '../../../db/repositories/legal.js';
import {
  publishCounts,
  publishDurations,
  publishSnapshot,
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
  type SnapshotMeasureId,
  isSnapshotMeasure,
} from '../../../domain/measures.js';
import { NEEDS } from '../../../domain/matching.js';
import { RACE_ETHNICITY_ROWS } from '../../../domain/race-ethnicity.js';
import { previousPeriod, type ReportPeriod } from '../../../domain/report-periods.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { readReport } from './report-reads.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest } from '../../errors.js';
import { enforce, requireActor } from '../authorize.js';

export interface MeasuresQuery {
  readonly from: string;
  readonly to: string;
  readonly by: Breakdown;
  /** Also the period just before, suppressed on its own. */
  readonly compare?: 'previous' | undefined;
}

type LabelledTable = MeasureTable & { readonly labels: readonly string[] };

export interface PublishedMeasure {
  readonly id: MeasureId;
  readonly kind: MeasureKind;
  readonly definition: { readonly en: string; readonly es: string };
  readonly breakdowns: readonly Breakdown[];
  /** Null when the measure does not offer the breakdown asked for. */
  readonly table: LabelledTable | null;
  /** With compare=previous: the previous period's table (null when not offered). */
  readonly previous?: LabelledTable | null;
}

export interface MeasuresReport {
  readonly from: string;
  readonly to: string;
  readonly by: Breakdown;
  /** With compare=previous: the period compared with. */
  readonly previous?: ReportPeriod | null;
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
  const { from, to, by, compare } = query;
  return readReport(
    app,
    (db) => countMeasures(db, actor.jurisdictionId, query, app.clock.now()),
    (tx) =>
      appendAuditEvent(tx, auditContext(app, request), {
        action: 'report.measures',
        outcome: 'allowed',
        targetType: 'jurisdiction',
        targetId: actor.jurisdictionId,
        details: { from, to, by, format, ...(compare === undefined ? {} : { compare }) },
      }),
  );
}

/**
 * Every measure of the county for the period, published (suppressed); with compare=previous the
 * period before too, each period its own table suppressed on its own, so the screen compares only
 * cells both show. The caller has decided who reads and audits the read.
 */
export async function countMeasures(
  db: Queryable,
  jurisdictionId: string,
  query: MeasuresQuery,
  now: Date,
): Promise<MeasuresReport> {
  const { from, to, by } = query;
  const previous = query.compare === 'previous' ? previousPeriod({ from, to }) : null;
  // Every statement below is independent of the others: where the database runs them
  // concurrently (report-reads.ts) they do; the order of the measures is MEASURES' either way.
  const [profile, names] = await Promise.all([
    findLegalProfile(db, jurisdictionId),
    organizationNames(db, jurisdictionId),
  ]);
  const threshold = profile.smallCellThreshold;
  const context = { names, threshold };
  const measures: PublishedMeasure[] = await Promise.all(
    MEASURES.map(async (measure) => {
      const period = { jurisdictionId, from, to, now };
      // A snapshot is today's figures: there is no earlier one to compare with.
      const [published, before] = await Promise.all([
        publishMeasure(db, measure, by, period, context),
        previous === null || measure.kind === 'snapshot'
          ? null
          : publishMeasure(db, measure, by, { ...period, ...previous }, context),
      ]);
      return previous === null ? published : { ...published, previous: before?.table ?? null };
    }),
  );
  return {
    from,
    to,
    by,
    ...(previous === null ? {} : { previous }),
    threshold,
    generatedAt: now,
    measures,
  };
}

async function publishMeasure(
  db: Queryable,
  measure: MeasureDefinition,
  by: Breakdown,
  period: MeasurePeriod,
  { names, threshold }: { names: ReadonlyMap<string, string>; threshold: number },
): Promise<PublishedMeasure> {
  const query = { from: period.from, to: period.to, by };
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
  const counted = isSnapshotMeasure(measure.id)
    ? await SNAPSHOTS[measure.id](db, period.jurisdictionId)
    : await countMeasure(db, measure, query.by, period);
  const counts = new Map<string, Map<string, number>>();
  for (const { rowKey, part, n } of counted) {
    const row = counts.get(rowKey) ?? new Map<string, number>();
    row.set(part, (row.get(part) ?? 0) + n);
    counts.set(rowKey, row);
  }
  const keys = rowKeys(query, [...counts.keys()], names);
  const table =
    measure.kind === 'snapshot'
      ? publishSnapshot(measure, keys, counts, threshold)
      : publishCounts(measure, keys, counts, threshold);
  return { ...about, table: { ...table, labels: labels(query.by, keys, names) } };
}

const SNAPSHOTS: Record<SnapshotMeasureId, typeof capacityAgainstNeed> = {
  capacity_against_need: capacityAgainstNeed,
  service_funding: serviceFunding,
};

/**
 * Every month, quarter, age band, gender group, race or ethnicity answer and service type is a row, counted or not (a zero is shown);
 * sources, organizations and rules are those counted, in a stable order.
 */
function rowKeys(
  query: ReportPeriod & { by: Breakdown },
  counted: string[],
  names: ReadonlyMap<string, string>,
) {
  switch (query.by) {
    case 'month':
      return monthsOf(query.from, query.to);
    case 'quarter':
      return quartersOf(query.from, query.to);
    case 'age_band':
      return [...AGE_BANDS];
    case 'gender':
      return [...GENDER_GROUPS];
    case 'race_ethnicity':
      return [...RACE_ETHNICITY_ROWS];
    case 'service_type':
      return [...NEEDS];
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
