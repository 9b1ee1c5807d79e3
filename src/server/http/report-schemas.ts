// The reports' API shapes (docs/REPORTS.md): counts and durations of a county, never a youth. A
// hidden cell is `null` with `suppressed: true` and the rule that hid it. The web app derives its
// types from these.
import { z } from 'zod';
import { BREAKDOWNS, MEASURE_IDS } from '../../domain/measures.js';
import { DUE_BUCKETS } from '../../domain/dashboards.js';
import { QUARTER_PATTERN } from '../../domain/report-periods.js';
import { Timestamp } from './case-schemas.js';

const CalendarDate = z.iso.date().describe('YYYY-MM-DD, a day of the county’s calendar');

export const MeasuresQuery = z.strictObject({
  from: CalendarDate.describe('The first day counted (YYYY-MM-DD)'),
  to: CalendarDate.describe('The last day counted (YYYY-MM-DD), at most 1096 days after from'),
  by: z.enum(BREAKDOWNS).describe('How the rows are split'),
});

/** The JSON also answers the period before, suppressed on its own (docs/REPORTS.md). */
export const MeasuresCompareQuery = MeasuresQuery.extend({
  compare: z
    .enum(['previous'])
    .optional()
    .describe(
      'previous: also the period just before (as many whole months, else days), each measure with its own table',
    ),
});

export const MeasureCell = z.union([
  z.object({
    value: z.number().nullable().describe('Null: a duration with nothing timed'),
    suppressed: z.literal(false),
  }),
  z.object({
    value: z.null(),
    suppressed: z.literal(true),
    rule: z
      .enum(['primary', 'complementary'])
      .describe('Hidden because it is small, or so that a small one cannot be worked out'),
  }),
]);

export const MeasureTable = z.object({
  columns: z.array(z.string()).readonly(),
  rows: z
    .array(
      z.object({ key: z.string(), cells: z.array(MeasureCell).readonly(), total: MeasureCell }),
    )
    .readonly(),
  labels: z
    .array(z.string())
    .readonly()
    .describe('Per row: an organization’s name, else the row key'),
  totals: z.array(MeasureCell).readonly(),
  grandTotal: MeasureCell,
});

export const BoardReportQuery = z.strictObject({
  quarter: z
    .string()
    .regex(QUARTER_PATTERN, 'a quarter is written YYYYQn, as 2026Q4')
    .describe('The quarter, YYYYQn (2026Q4); one that has not begun is refused'),
  language: z.enum(['en', 'es']).describe('The language the report is printed in'),
});

const PublishedMeasure = z.object({
  id: z.enum(MEASURE_IDS),
  kind: z
    .enum(['count', 'duration', 'snapshot'])
    .describe('snapshot: taken when read, each column its own list, no row totals'),
  definition: z.object({ en: z.string(), es: z.string() }),
  breakdowns: z.array(z.enum(BREAKDOWNS)).readonly(),
  table: MeasureTable.nullable().describe('Null when the measure does not offer `by`'),
  previous: MeasureTable.nullable()
    .optional()
    .describe('With compare=previous: the previous period’s table, suppressed on its own'),
});

const Period = z.object({ from: z.string(), to: z.string() });

export const MeasuresReport = z.object({
  from: z.string(),
  to: z.string(),
  previous: Period.nullable()
    .optional()
    .describe('With compare=previous: the period compared with, else absent'),
  by: z.enum(BREAKDOWNS),
  threshold: z.number().describe('Counts from 1 to threshold - 1 are hidden'),
  generatedAt: Timestamp,
  measures: z.array(PublishedMeasure).readonly(),
});

const Count = z.number().int().min(0);

/** The dashboards take no parameter: the county is always the caller's own. */
export const DashboardQuery = z.strictObject({});

export const CoordinatorDashboard = z.object({
  generatedAt: Timestamp,
  openClocks: z
    .array(z.object({ bucket: z.enum(DUE_BUCKETS), tasks: Count }))
    .describe('Open protocol tasks of the county by when they fall due'),
  overdueByAgency: z.array(z.object({ organization: z.string(), tasks: Count })),
  referralsWaiting: z
    .array(z.object({ organization: z.string(), waiting: Count, overdue: Count }))
    .describe('Referrals sent and not answered yet, per receiving agency'),
  capacity: z
    .object({ services: Count, available: Count, maximum: Count, full: Count })
    .describe('The county’s directory services that keep capacity'),
  serviceTypes: z.object({
    measures: z
      .array(PublishedMeasure)
      .readonly()
      .describe('Capacity against need and funding per service type, today, suppressed'),
    fundingSources: z
      .array(z.object({ serviceType: z.string(), sources: z.array(z.string()) }))
      .describe('Per service type, the funding sources its directory services list (public)'),
  }),
  quarter: z.object({
    quarter: z.string(),
    from: z.string(),
    to: z.string(),
    measures: z.array(PublishedMeasure).readonly().describe('By quarter, suppressed'),
  }),
});

export const AdministrationDashboard = z.object({
  generatedAt: Timestamp,
  accounts: z.object({ active: Count, inactive: Count, locked: Count, mfaEnrolled: Count }),
  roles: z.array(z.object({ role: z.string(), withMfa: Count, withoutMfa: Count })),
  audit: z
    .object({
      ok: z.boolean(),
      checked: Count,
      lastSeq: Count,
      brokenAt: z.number().int().nullable(),
      checkedAt: Timestamp,
    })
    .describe('The newest audit events checked now; the whole chain is `lantern verify-audit`'),
});
