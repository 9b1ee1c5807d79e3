// The county's reports (docs/REPORTS.md): the measures, the board report and the dashboards;
// aggregates only, each for the roles its rule names.
import type { AppServices } from '../context.js';
import { ErrorBody } from '../http/schemas.js';
import {
  AdministrationDashboard,
  BoardReportQuery,
  CoordinatorDashboard,
  DashboardQuery,
  MeasuresCompareQuery,
  MeasuresQuery,
  MeasuresReport,
} from '../http/report-schemas.js';
import type { App } from '../http/types.js';
import {
  readAdministrationDashboard,
  readCoordinatorDashboard,
} from '../services/reports/dashboards.js';
import { printBoardReport } from '../services/reports/board-report.js';
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
  app.get('/api/reports/board.pdf', {
    schema: {
      tags: ['reports'],
      summary: 'The quarterly board report as a PDF, in English or Spanish',
      description:
        'The county’s measures for one quarter, rows by month (youth served by age band), each with its definition, its table and a bar chart, and the suppression note; made in the app, nothing fetched. Same readers as the measures; 400 for a malformed quarter or one that has not begun (bad_quarter).',
      querystring: BoardReportQuery,
      produces: ['application/pdf'],
    },
    handler: async (request, reply) => {
      const pdf = await printBoardReport(services, request.context, request.query);
      const name = `board-report-${request.query.quarter}-${request.query.language}.pdf`;
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(pdf);
    },
  });
  app.get('/api/reports/coordinator', {
    schema: {
      tags: ['reports'],
      summary:
        'The coordinator’s dashboard: open clocks, overdue tasks per agency, referrals waiting, capacity, this quarter’s measures',
      description:
        'Figures of the caller’s county, never a youth, a name or a case number. The coordinator only.',
      querystring: DashboardQuery,
      response: { 200: CoordinatorDashboard, ...errors },
    },
    handler: (request) => readCoordinatorDashboard(services, request.context),
  });
  app.get('/api/reports/administration', {
    schema: {
      tags: ['reports'],
      summary:
        'The administrator’s dashboard: accounts by role, second factors, locked accounts, the audit chain',
      description:
        'Accounts of the caller’s county (active ones per role, with and without a second factor; those waiting under the sign-in throttle) and the newest audit events checked. Never youth data. The administrator only.',
      querystring: DashboardQuery,
      response: { 200: AdministrationDashboard, ...errors },
    },
    handler: (request) => readAdministrationDashboard(services, request.context),
  });
}
