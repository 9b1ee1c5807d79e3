// The quarterly board report (docs/REPORTS.md, "The board report"): the county's measures for one
// quarter, rows by month, printed as a PDF in English or Spanish. The same rule reads it as reads
// the measures (decideMeasuresRead), every table passes through the small-cell rule first, and
// every print and refusal is audited.
import type { Queryable } from '../../../db/database.js';
import { countyOfReport } from '../../../db/repositories/reports.js';
import { wallClock } from '../../../domain/local-time.js';
import { decideMeasuresRead } from '../../../domain/measures.js';
import { quarterPeriod, quarterProblem } from '../../../domain/report-periods.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { readReport } from './report-reads.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest } from '../../errors.js';
import { enforce, requireActor } from '../authorize.js';
import { boardPdf, type BoardLanguage } from './board-pdf.js';
import { countMeasures } from './measures.js';

export async function printBoardReport(
  app: AppServices,
  request: RequestContext,
  query: { readonly quarter: string; readonly language: BoardLanguage },
): Promise<Buffer> {
  const actor = requireActor(request);
  await enforce(app, request, decideMeasuresRead(actor), {
    action: 'report.board',
    targetType: 'jurisdiction',
    targetId: actor.jurisdictionId,
  });
  const now = app.clock.now();
  const count = async (tx: Queryable) => {
    const county = await countyOfReport(tx, actor.jurisdictionId);
    const today = wallClock(county.timeZone)(now.getTime()).date;
    const problem = quarterProblem(query.quarter, today);
    const period = quarterPeriod(query.quarter);
    if (problem !== null || period === null) {
      throw badRequest('bad_quarter', `${problem ?? 'a quarter is written YYYYQn'}.`);
    }
    // Rows by month: three rows a quarter; a measure without months (youth served) by age band;
    // the snapshots (capacity against need, funding) by service type.
    // Concurrently where the database can (report-reads.ts).
    const by = (breakdown: 'month' | 'age_band' | 'service_type') =>
      countMeasures(tx, actor.jurisdictionId, { ...period, by: breakdown }, now);
    const [byMonth, byAge, byType] = await Promise.all([
      by('month'),
      by('age_band'),
      by('service_type'),
    ]);
    const measures = byMonth.measures.map((measure, i) => {
      if (measure.table !== null) return { ...measure, by: 'month' as const };
      const byAgeBand = byAge.measures[i]?.table ?? null;
      return byAgeBand !== null
        ? { ...measure, by: 'age_band' as const, table: byAgeBand }
        : { ...measure, by: 'service_type' as const, table: byType.measures[i]?.table ?? null };
    });
    return {
      county: county.name,
      quarter: query.quarter,
      period,
      today,
      threshold: byMonth.threshold,
      measures,
    };
  };
  const report = await readReport(app, count, (tx) =>
    appendAuditEvent(tx, auditContext(app, request), {
      action: 'report.board',
      outcome: 'allowed',
      targetType: 'jurisdiction',
      targetId: actor.jurisdictionId,
      details: { quarter: query.quarter, language: query.language },
    }),
  );
  return boardPdf(report, query.language);
}
