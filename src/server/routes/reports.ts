// The county measures (docs/REPORTS.md): aggregates only, for the oversight analyst and the
// coordinator of the county.
import type { AppServices } from '../context.js';
import { ErrorBody } from '../http/schemas.js';
import { MeasuresCompareQuery, MeasuresQuery, MeasuresReport } from '../http/report-schemas.js';
import type { App } from '../http/types.js';
import { readMeasures } from '../services/reports/measures.js';
import { measuresCsv } from '../services/reports/measures-csv.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };
const description =
  'Counts and durations of the caller’s county, computed from the records, never a youth: each measure with its definition, rows by `by`, and totals. Counts from 1 to the threshold minus one (11 by default) are hidden, and others where they would reveal one; a hidden cell is null with `suppressed: true`. The oversight analyst and the coordinator only.';

export function reportRoutes(app: App, services: AppServices) {
  app.get('/api/reports/measures', {
    schema: {
      tags: ['reports'],
      summary: 'The county measures for a period, by a breakdown',
      description: `${description} With compare=previous, each measure also carries the previous period’s table, suppressed on its own.`,
      querystring: MeasuresCompareQuery,
      response: { 200: MeasuresReport, ...errors },
    },
    handler: (request) => readMeasures(services, request.context, request.query, 'json'),
  });
  app.get('/api/reports/measures.csv', {
    schema: {
      tags: ['reports'],
      summary: 'The same cells as CSV, one line per cell (formula-safe)',
      description,
      querystring: MeasuresQuery,
      produces: ['text/csv'],
    },
    handler: async (request, reply) => {
      const report = await readMeasures(services, request.context, request.query, 'csv');
      const name = `measures-${report.from}-${report.to}-${report.by}.csv`;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(measuresCsv(report));
    },
  });
}
