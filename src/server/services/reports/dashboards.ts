// The coordinator's and the administrator's dashboards (docs/REPORTS.md, "Dashboards"): figures
// of the caller's own county, counted in SQL, never a youth, a name or a case number. The
// coordinator's open clocks and referrals are work queues the coordinator already sees one by one
// on My work, so they are shown exactly; this quarter's measures pass through the small-cell rule
// like every report. Every read and refusal is audited.
import {
  accountsByRole,
  accountStates,
  countyCapacity,
  openTaskClocks,
  referralsWaiting,
} from '../../../db/repositories/dashboards.js';
import { countyOfReport } from '../../../db/repositories/reports.js';
import { fundingSources } from '../../../db/repositories/reports-capacity.js';
import {
  AUDIT_TAIL_CHECKED,
  decideAdministrationDashboard,
  decideCoordinatorDashboard,
  DUE_BUCKETS,
  dueBucket,
  type DueBucket,
} from '../../../domain/dashboards.js';
import { wallClock } from '../../../domain/local-time.js';
import { isSnapshotMeasure } from '../../../domain/measures.js';
import { quarterOf, quarterPeriod } from '../../../domain/report-periods.js';
import type { Queryable } from '../../../db/database.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { enforce, requireActor } from '../authorize.js';
import { checkAuditTail } from './audit-tail.js';
import { countMeasures } from './measures.js';
import { readReport } from './report-reads.js';

export async function readCoordinatorDashboard(app: AppServices, request: RequestContext) {
  const actor = requireActor(request);
  await enforce(app, request, decideCoordinatorDashboard(actor), {
    action: 'report.coordinator',
    targetType: 'jurisdiction',
    targetId: actor.jurisdictionId,
  });
  const now = app.clock.now();
  const j = actor.jurisdictionId;
  const count = async (tx: Queryable) => {
    // The county's calendar first (which quarter is this one); then every figure at once, which
    // run concurrently where the database can (report-reads.ts).
    const county = await countyOfReport(tx, j);
    const quarter = quarterOf(wallClock(county.timeZone)(now.getTime()).date);
    const period = quarterPeriod(quarter) ?? { from: '', to: '' };
    const [clocks, measures, byType, waiting, capacity, funding] = await Promise.all([
      openTaskClocks(tx, j),
      countMeasures(tx, j, { ...period, by: 'quarter' }, now),
      // Capacity against need and funding are today's, by service type (the snapshot measures).
      countMeasures(tx, j, { ...period, by: 'service_type' }, now),
      referralsWaiting(tx, j, now),
      countyCapacity(tx, j),
      fundingSources(tx, j),
    ]);
    const byBucket = new Map<DueBucket, number>(DUE_BUCKETS.map((bucket) => [bucket, 0]));
    const overdue = new Map<string, number>();
    for (const { dueAt, organization, n } of clocks) {
      const bucket = dueBucket(dueAt, now);
      byBucket.set(bucket, (byBucket.get(bucket) ?? 0) + n);
      if (bucket === 'overdue') overdue.set(organization, (overdue.get(organization) ?? 0) + n);
    }
    return {
      generatedAt: now,
      openClocks: DUE_BUCKETS.map((bucket) => ({ bucket, tasks: byBucket.get(bucket) ?? 0 })),
      overdueByAgency: [...overdue.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([organization, tasks]) => ({ organization, tasks })),
      referralsWaiting: waiting,
      capacity,
      serviceTypes: {
        measures: byType.measures.filter((measure) => measure.table !== null),
        fundingSources: funding,
      },
      // The snapshots are not the quarter's: they head the service types below.
      quarter: {
        quarter,
        ...period,
        measures: measures.measures.filter((measure) => !isSnapshotMeasure(measure.id)),
      },
    };
  };
  return readReport(app, count, (tx) =>
    appendAuditEvent(tx, auditContext(app, request), {
      action: 'report.coordinator',
      outcome: 'allowed',
      targetType: 'jurisdiction',
      targetId: j,
      details: {},
    }),
  );
}

export async function readAdministrationDashboard(app: AppServices, request: RequestContext) {
  const actor = requireActor(request);
  await enforce(app, request, decideAdministrationDashboard(actor), {
    action: 'report.administration',
    targetType: 'jurisdiction',
    targetId: actor.jurisdictionId,
  });
  const now = app.clock.now();
  const j = actor.jurisdictionId;
  return app.db.transaction(async (tx) => {
    const accounts = await accountStates(tx, j, now);
    const roles = await accountsByRole(tx, j);
    const audit = await checkAuditTail(tx, AUDIT_TAIL_CHECKED);
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'report.administration',
      outcome: 'allowed',
      targetType: 'jurisdiction',
      targetId: j,
      details: { auditEventsChecked: audit.checked },
    });
    return { generatedAt: now, accounts, roles, audit: { ...audit, checkedAt: now } };
  });
}
