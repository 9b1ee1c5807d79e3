// Training compliance per organization (docs/TRAINING.md): how many people are current, due
// within 30 days and lapsed, counted from the completions and published only through the
// small-cell rule the reports use (src/domain/suppression.ts), for the oversight analyst and
// the coordinator of the county. No person is named.
import { localDate } from '../../../domain/legal-profile.js';
import type { PublishedCell } from '../../../domain/measure-tables.js';
import { isHidden, suppressTable, type PublishedCount } from '../../../domain/suppression.js';
import {
  COURSE_STANDINGS,
  decideComplianceRead,
  personStanding,
  type CourseStanding,
} from '../../../domain/training.js';
import { findLegalProfile } from '../../../db/repositories/legal.js';
import { listCompletionsOf, listTrainingPeople } from '../../../db/repositories/training.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { enforce, requireActor } from '../authorize.js';

export interface ComplianceRow {
  readonly organizationId: string;
  readonly organizationName: string;
  /** current, due, lapsed, in the order of `columns`. */
  readonly cells: readonly PublishedCell[];
  readonly total: PublishedCell;
}

export interface ComplianceView {
  readonly today: string;
  readonly threshold: number;
  readonly columns: readonly CourseStanding[];
  readonly rows: readonly ComplianceRow[];
  readonly totals: readonly PublishedCell[];
  readonly grandTotal: PublishedCell;
}

const cell = (count: PublishedCount): PublishedCell =>
  isHidden(count)
    ? { value: null, suppressed: true, rule: count.rule }
    : { value: count, suppressed: false };

export async function readCompliance(
  app: AppServices,
  request: RequestContext,
): Promise<ComplianceView> {
  const actor = requireActor(request);
  await enforce(app, request, decideComplianceRead(actor), {
    action: 'training.read',
    targetType: 'jurisdiction',
    targetId: actor.jurisdictionId,
  });
  const profile = await findLegalProfile(app.db, actor.jurisdictionId);
  const today = localDate(app.clock.now(), profile.timeZone);
  const people = await listTrainingPeople(app.db, actor.jurisdictionId, null);
  const completions = await listCompletionsOf(
    app.db,
    people.map((p) => p.userId),
  );
  const byOrganization = new Map<string, { name: string; counts: number[] }>();
  for (const person of people) {
    const standing = personStanding(
      completions.filter((c) => c.userId === person.userId),
      today,
    );
    if (standing === null) continue;
    const entry = byOrganization.get(person.organizationId) ?? {
      name: person.organizationName,
      counts: COURSE_STANDINGS.map(() => 0),
    };
    const column = COURSE_STANDINGS.indexOf(standing);
    entry.counts[column] = (entry.counts[column] ?? 0) + 1;
    byOrganization.set(person.organizationId, entry);
  }
  // The county's own small-cell threshold, as the reports use (docs/REPORTS.md).
  const threshold = profile.smallCellThreshold;
  const organizations = [...byOrganization.entries()];
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'training.read',
    outcome: 'allowed',
    targetType: 'jurisdiction',
    targetId: actor.jurisdictionId,
    details: {
      view: 'compliance',
      people: organizations.reduce((sum, [, e]) => sum + e.counts.reduce((a, b) => a + b, 0), 0),
    },
  });
  if (organizations.length === 0) {
    const zero: PublishedCell = { value: 0, suppressed: false };
    return {
      today,
      threshold,
      columns: COURSE_STANDINGS,
      rows: [],
      totals: COURSE_STANDINGS.map(() => zero),
      grandTotal: zero,
    };
  }
  const table = suppressTable(
    organizations.map(([, entry]) => entry.counts),
    threshold,
  );
  return {
    today,
    threshold,
    columns: COURSE_STANDINGS,
    rows: organizations.map(([organizationId, entry], r) => ({
      organizationId,
      organizationName: entry.name,
      cells: (table.cells[r] ?? []).map(cell),
      total: cell(table.rowTotals[r] ?? 0),
    })),
    totals: table.columnTotals.map(cell),
    grandTotal: cell(table.grandTotal),
  };
}
