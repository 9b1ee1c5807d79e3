// Mandated reports: their own records in the legal category, holding only what was reported.
import type { MandatedReport, MandatedReportKind } from '../../../db/repositories/notes.js';
import { insertMandatedReport, unsafeListMandatedReports } from '../../../db/repositories/notes.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest, notFound } from '../../errors.js';
import { auditDenial, openCase } from './case-scope.js';
import { readablePrivilegedNotes } from './privileged-notes.js';

export interface NewMandatedReport {
  readonly kind: MandatedReportKind;
  readonly reportedTo: string;
  readonly reportedAt: string;
  readonly content: string;
  readonly sourceNoteId?: string | undefined;
}

/**
 * A report is its own record, in the legal category, holding only what was reported. Filing it
 * from a privileged note needs the right to read that note, and neither changes nor exposes it.
 */
export async function fileMandatedReport(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  input: NewMandatedReport,
): Promise<{ id: string }> {
  const scope = await openCase(app, request, youthId, 'mandatedReport.file');
  const reportedAt = new Date(input.reportedAt);
  if (reportedAt.getTime() > scope.time.now.getTime() + 5 * 60_000) {
    throw badRequest('reported_in_future', 'The time of the report cannot be in the future.');
  }
  if (input.sourceNoteId) {
    const { notes } = await readablePrivilegedNotes(app, scope, input.sourceNoteId);
    if (notes.length === 0) {
      await auditDenial(app, request, {
        action: 'mandated_report.file',
        reason: 'privileged',
        targetType: 'privileged_note',
        targetId: input.sourceNoteId,
      });
      throw notFound('The privileged note');
    }
  }
  return app.db.transaction(async (tx) => {
    const id = await insertMandatedReport(tx, {
      jurisdictionId: scope.youth.jurisdictionId,
      youthId,
      sourceNoteId: input.sourceNoteId ?? null,
      kind: input.kind,
      reportedTo: input.reportedTo,
      reportedAt,
      content: input.content,
      userId: scope.actor.userId,
      organizationId: scope.actor.organizationId,
      now: scope.time.now,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'mandated_report.file',
      outcome: 'allowed',
      targetType: 'mandated_report',
      targetId: id,
      categories: ['legal'],
      details: { kind: input.kind, fromPrivilegedNote: input.sourceNoteId !== undefined },
    });
    return { id };
  });
}

export async function listMandatedReportsFor(
  app: AppServices,
  request: RequestContext,
  youthId: string,
): Promise<MandatedReport[]> {
  const scope = await openCase(app, request, youthId, 'case.view');
  const all = await unsafeListMandatedReports(app.db, youthId);
  const visible: MandatedReport[] = [];
  const withheld: { category: string; reason: string }[] = [];
  for (const report of all) {
    const decision = scope.read('legal', report.filedByOrganizationId);
    if (decision.allowed) visible.push(report);
    else withheld.push({ category: 'legal', reason: decision.reason });
  }
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'youth.read',
    outcome: 'allowed',
    targetType: 'youth',
    targetId: youthId,
    categories: visible.length > 0 ? ['legal'] : [],
    details: { view: 'mandated_reports', withheld },
  });
  return visible;
}
