// The county measures (docs/REPORTS.md, "Measures"), counted in SQL from the records: one
// statement per measure, grouped by the breakdown asked for, returning counts and durations only,
// never a youth. Periods are the county's calendar days (its legal profile's time zone); `to` is
// included. The definitions these statements follow are in src/domain/measures.ts.
import type { Queryable } from '../database.js';
import {
  GENDER_WORDS,
  isSnapshotMeasure,
  type Breakdown,
  type MeasureDefinition,
  type MeasureId,
  type SnapshotMeasureId,
} from '../../domain/measures.js';
import type { DurationGroup } from '../../domain/measure-tables.js';

export interface MeasurePeriod {
  readonly jurisdictionId: string;
  /** 'YYYY-MM-DD', the first day counted. */
  readonly from: string;
  /** 'YYYY-MM-DD', the last day counted. */
  readonly to: string;
  /** Clocks due and consents expired count only up to now. */
  readonly now: Date;
}

/** Placeholders $1... for one statement, in the order values are added. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${String(this.values.length)}`;
  }
}

// Every fact selects: youth_id, at (the date it is counted by), part (its column), organization_id,
// source (an organization type), rule, hours (durations). `b` is the period's bounds and now.
type Facts = (jurisdiction: string) => string;

const NONE = 'NULL::uuid AS organization_id, NULL::text AS source, NULL::text AS rule';
const IN_PERIOD = (column: string) => `${column} >= b.start_at AND ${column} < b.end_at`;

// The durations from an identification read the instants it was reached, which the database
// keeps beside the records (migration 0046, whose functions hold the definitions: the first task
// done by an advocacy or a medical organization, the first referral sent at or after it).
type ReachColumn = 'advocate_at' | 'services_at' | 'health_at';
const identificationHours = (j: string, reached: ReachColumn) => `
  SELECT x.youth_id, x.occurred_at AS at, NULL::text AS part, NULL::uuid AS organization_id,
    o.type AS source, NULL::text AS rule,
    extract(epoch FROM (x.${reached} - x.occurred_at)) / 3600.0 AS hours
  FROM identification_reach x CROSS JOIN bounds b
  JOIN organizations o ON o.id = x.recorded_by_organization_id
  WHERE x.jurisdiction_id = ${j} AND x.${reached} IS NOT NULL AND ${IN_PERIOD('x.occurred_at')}`;

// Snapshot measures are not facts of a period: src/db/repositories/reports-capacity.ts.
const FACTS: Record<Exclude<MeasureId, SnapshotMeasureId>, Facts> = {
  identifications: (j) => `
    SELECT e.youth_id, e.occurred_at AS at, 'identifications' AS part,
      e.recorded_by_organization_id AS organization_id, o.type AS source, NULL::text AS rule
    FROM case_events e CROSS JOIN bounds b
    JOIN organizations o ON o.id = e.recorded_by_organization_id
    WHERE e.jurisdiction_id = ${j} AND e.type = 'identification' AND ${IN_PERIOD('e.occurred_at')}`,
  // Each youth's first event of the period, found per youth of the county (an event's youth is
  // of its county: the foreign key of case_events), by case_events_youth_idx: a few pages per
  // youth rather than every event of the period sorted (docs/performance.md, "The dashboards").
  youth_served: (j) => `
    SELECT s.id AS youth_id, x.at, 'youth' AS part, ${NONE}
    FROM youth s CROSS JOIN bounds b
    JOIN LATERAL (
      SELECT e.occurred_at AS at FROM case_events e
      WHERE e.youth_id = s.id AND e.jurisdiction_id = ${j} AND ${IN_PERIOD('e.occurred_at')}
      ORDER BY e.occurred_at LIMIT 1) x ON true
    WHERE s.jurisdiction_id = ${j}`,
  time_to_advocate: (j) => identificationHours(j, 'advocate_at'),
  time_to_services: (j) => identificationHours(j, 'services_at'),
  time_to_health_evaluation: (j) => identificationHours(j, 'health_at'),
  protocol_clocks: (j) => `
    SELECT t.youth_id, t.due_at AS at,
      CASE WHEN t.completed_at IS NOT NULL AND t.completed_at <= t.due_at THEN 'on_time'
        WHEN t.completed_at IS NOT NULL THEN 'late' ELSE 'missed' END AS part,
      t.assignee_organization_id AS organization_id, NULL::text AS source,
      coalesce(f.rule_key, t.kind) AS rule
    FROM tasks t CROSS JOIN bounds b
    LEFT JOIN protocol_firings f ON f.id = t.firing_id
    WHERE t.jurisdiction_id = ${j} AND t.status <> 'cancelled' AND ${IN_PERIOD('t.due_at')}
      AND t.due_at <= b.now_at`,
  referrals: (j) => `
    SELECT r.youth_id, r.sent_at AS at, r.status AS part,
      r.receiver_organization_id AS organization_id, NULL::text AS source, NULL::text AS rule
    FROM referrals r CROSS JOIN bounds b
    WHERE r.jurisdiction_id = ${j} AND r.sent_at IS NOT NULL AND ${IN_PERIOD('r.sent_at')}`,
  referral_first_answer: (j) => `
    SELECT r.youth_id, r.sent_at AS at, NULL::text AS part,
      r.receiver_organization_id AS organization_id, NULL::text AS source, NULL::text AS rule,
      extract(epoch FROM (r.first_response_at - r.sent_at)) / 3600.0 AS hours
    FROM referrals r CROSS JOIN bounds b
    WHERE r.jurisdiction_id = ${j} AND r.first_response_at IS NOT NULL
      AND r.sent_at IS NOT NULL AND ${IN_PERIOD('r.sent_at')}`,
  missing_episodes: (j) => `
    SELECT m.youth_id, m.started_at AS at, 'episodes' AS part, ${NONE}
    FROM missing_episodes m CROSS JOIN bounds b
    WHERE m.jurisdiction_id = ${j} AND ${IN_PERIOD('m.started_at')}`,
  returns: (j) => `
    SELECT m.youth_id, m.ended_at AS at, 'returns' AS part, ${NONE}
    FROM missing_episodes m CROSS JOIN bounds b
    WHERE m.jurisdiction_id = ${j} AND m.ended_at IS NOT NULL AND ${IN_PERIOD('m.ended_at')}`,
  identified_victim_custody: (j) => `
    SELECT v.youth_id, v.occurred_at AS at, v.type AS part,
      v.recorded_by_organization_id AS organization_id, NULL::text AS source, NULL::text AS rule
    FROM identified_victim_custody_events v CROSS JOIN bounds b
    WHERE v.jurisdiction_id = ${j} AND ${IN_PERIOD('v.occurred_at')}`,
  placement_changes: (j) => `
    SELECT e.youth_id, e.occurred_at AS at, 'placement_changes' AS part,
      e.recorded_by_organization_id AS organization_id, NULL::text AS source, NULL::text AS rule
    FROM case_events e CROSS JOIN bounds b
    WHERE e.jurisdiction_id = ${j} AND e.type = 'placement_change'
      AND ${IN_PERIOD('e.occurred_at')}`,
  screenings: (j) => `
    SELECT s.youth_id, s.administered_at AS at,
      CASE WHEN s.positive THEN 'positive' ELSE 'negative' END AS part,
      s.administered_by_organization_id AS organization_id, NULL::text AS source,
      NULL::text AS rule
    FROM screenings s CROSS JOIN bounds b
    WHERE s.jurisdiction_id = ${j} AND ${IN_PERIOD('s.administered_at')}`,
  screenings_due: (j) => `
    SELECT t.youth_id, t.due_at AS at,
      CASE WHEN t.status = 'done' THEN 'done' ELSE 'not_done' END AS part,
      t.assignee_organization_id AS organization_id, NULL::text AS source, NULL::text AS rule
    FROM tasks t CROSS JOIN bounds b
    WHERE t.jurisdiction_id = ${j} AND t.kind = 'screening' AND t.status <> 'cancelled'
      AND ${IN_PERIOD('t.due_at')} AND t.due_at <= b.now_at`,
  consents: (j) => `
    SELECT c.youth_id, c.created_at AS at, 'recorded' AS part,
      c.recorded_by_organization_id AS organization_id, NULL::text AS source, NULL::text AS rule
    FROM consents c CROSS JOIN bounds b
    WHERE c.jurisdiction_id = ${j} AND ${IN_PERIOD('c.created_at')}
    UNION ALL
    SELECT c.youth_id, c.revoked_at, 'revoked', c.recorded_by_organization_id, NULL, NULL
    FROM consents c CROSS JOIN bounds b
    WHERE c.jurisdiction_id = ${j} AND c.revoked_at IS NOT NULL AND ${IN_PERIOD('c.revoked_at')}
    UNION ALL
    SELECT x.youth_id, x.ended, 'expired', x.recorded_by_organization_id, NULL, NULL
    FROM (SELECT c.*, ((c.expires_on + 1)::timestamp AT TIME ZONE b.zone) AS ended
          FROM consents c CROSS JOIN bounds b WHERE c.jurisdiction_id = ${j}) x
    CROSS JOIN bounds b
    WHERE ${IN_PERIOD('x.ended')} AND x.ended <= b.now_at
      AND (x.revoked_at IS NULL OR x.revoked_at >= x.ended)`,
  break_glass: (j) => `
    SELECT g.youth_id, g.opened_at AS at, 'openings' AS part,
      g.organization_id, NULL::text AS source, NULL::text AS rule
    FROM break_glass_grants g CROSS JOIN bounds b
    WHERE g.jurisdiction_id = ${j} AND ${IN_PERIOD('g.opened_at')}`,
};

/** The row key of each fact for a breakdown, in SQL over `f` (the fact), `y` (youth), `b`. */
function rowKey(by: Breakdown, p: Params): string {
  switch (by) {
    case 'month':
      return `to_char(f.at AT TIME ZONE b.zone, 'YYYY-MM')`;
    case 'quarter':
      return `to_char(f.at AT TIME ZONE b.zone, 'YYYY-"Q"Q')`;
    case 'age_band': {
      // A birth year alone is taken as July 1 of that year (src/domain/measures.ts); a purged
      // youth is counted by the birth day her purge left (src/domain/retention.ts).
      const age = `date_part('year', age((f.at AT TIME ZONE b.zone)::date,
        coalesce(y.birth_date, y.report_birth_date, make_date(y.estimated_birth_year, 7, 1))))`;
      return `CASE WHEN y.birth_date IS NULL AND y.report_birth_date IS NULL
          AND y.estimated_birth_year IS NULL THEN 'unknown'
        WHEN ${age} < 12 THEN 'under_12' WHEN ${age} < 15 THEN '12_14'
        WHEN ${age} < 18 THEN '15_17' ELSE '18_plus' END`;
    }
    case 'gender': {
      const word = `lower(btrim(coalesce(y.gender_identity, '')))`;
      return `CASE WHEN ${word} = '' THEN 'not_recorded'
        WHEN ${word} = ANY(${p.add(GENDER_WORDS.female)}::text[]) THEN 'female'
        WHEN ${word} = ANY(${p.add(GENDER_WORDS.male)}::text[]) THEN 'male'
        ELSE 'another' END`;
    }
    case 'source':
      return `coalesce(f.source, 'unknown')`;
    case 'organization':
      return `coalesce(f.organization_id::text, 'unknown')`;
    case 'rule':
      return `coalesce(f.rule, 'unknown')`;
    case 'race_ethnicity':
      return 're.answer';
    case 'service_type':
      throw new Error('service types are counted by the snapshot measures (reports-capacity.ts)');
  }
}

/**
 * Race and ethnicity multiply a fact: a youth of several answers counts in each
 * (src/domain/race-ethnicity.ts, raceEthnicityRows), and one with none is "not recorded".
 */
function rowJoin(by: Breakdown): string {
  return by === 'race_ethnicity'
    ? `CROSS JOIN LATERAL unnest(coalesce(y.race_ethnicity, ARRAY['not_recorded'])) AS re(answer)`
    : '';
}

/** The statement's head: the county's time zone and the period's bounds as instants. */
function withFacts(p: Params, period: MeasurePeriod, measure: MeasureId) {
  const j = p.add(period.jurisdictionId);
  const from = p.add(period.from);
  const to = p.add(period.to);
  const now = p.add(period.now);
  if (isSnapshotMeasure(measure)) throw new Error(`${measure} is not counted from facts`);
  const facts = FACTS[measure](j);
  return `WITH zone AS (
      SELECT coalesce((SELECT time_zone FROM legal_profiles WHERE jurisdiction_id = ${j}),
        'UTC') AS zone),
    bounds AS (
      SELECT zone, (${from}::date)::timestamp AT TIME ZONE zone AS start_at,
        (${to}::date + 1)::timestamp AT TIME ZONE zone AS end_at,
        ${now}::timestamptz AS now_at FROM zone),
    facts AS (${facts})`;
}

export interface CountRow {
  readonly rowKey: string;
  readonly part: string;
  readonly n: number;
}

/** A count measure: how many facts per row key and column. */
export async function countMeasure(
  db: Queryable,
  measure: MeasureDefinition,
  by: Breakdown,
  period: MeasurePeriod,
): Promise<CountRow[]> {
  const p = new Params();
  const head = withFacts(p, period, measure.id);
  const key = rowKey(by, p);
  return db.query<CountRow>(
    `${head}
     SELECT ${key} AS "rowKey", f.part, count(*)::int AS n
     FROM facts f CROSS JOIN bounds b JOIN youth y ON y.id = f.youth_id ${rowJoin(by)}
     GROUP BY 1, 2`,
    p.values,
  );
}

/** A duration measure: per row key (and over all, key null), how many and the percentiles. */
export async function timeMeasure(
  db: Queryable,
  measure: MeasureDefinition,
  by: Breakdown,
  period: MeasurePeriod,
): Promise<{ groups: Map<string, DurationGroup>; overall: DurationGroup }> {
  const p = new Params();
  const head = withFacts(p, period, measure.id);
  const key = rowKey(by, p);
  const rows = await db.query<{
    rowKey: string | null;
    everything: boolean;
    timed: number;
    medianHours: number | null;
    p90Hours: number | null;
  }>(
    // The overall line is over the rows as published: where a breakdown counts a fact in several
    // rows (race and ethnicity), it counts there as often, like the totals of a count.
    `${head}, keyed AS (
       SELECT ${key} AS row_key, f.hours FROM facts f CROSS JOIN bounds b
       JOIN youth y ON y.id = f.youth_id ${rowJoin(by)})
     SELECT row_key AS "rowKey", GROUPING(row_key) = 1 AS everything, count(*)::int AS timed,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY hours)::float8 AS "medianHours",
       percentile_cont(0.9) WITHIN GROUP (ORDER BY hours)::float8 AS "p90Hours"
     FROM keyed GROUP BY GROUPING SETS ((row_key), ())`,
    p.values,
  );
  const groups = new Map<string, DurationGroup>();
  let overall: DurationGroup = { timed: 0, medianHours: null, p90Hours: null };
  for (const { rowKey: keyValue, everything, ...group } of rows) {
    if (everything) overall = group;
    else groups.set(keyValue ?? 'unknown', group);
  }
  return { groups, overall };
}

/** The names of the county's organizations, to label an organization breakdown. */
export async function organizationNames(
  db: Queryable,
  jurisdictionId: string,
): Promise<Map<string, string>> {
  const rows = await db.query<{ id: string; name: string }>(
    'SELECT id, name FROM organizations WHERE jurisdiction_id = $1',
    [jurisdictionId],
  );
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** The county's name and calendar (its legal profile's time zone, else UTC, as the measures). */
export async function countyOfReport(
  db: Queryable,
  jurisdictionId: string,
): Promise<{ name: string; timeZone: string }> {
  const [row] = await db.query<{ name: string; time_zone: string }>(
    `SELECT j.name, coalesce(p.time_zone, 'UTC') AS time_zone FROM jurisdictions j
     LEFT JOIN legal_profiles p ON p.jurisdiction_id = j.id WHERE j.id = $1`,
    [jurisdictionId],
  );
  return { name: row?.name ?? '', timeZone: row?.time_zone ?? 'UTC' };
}
