// Juvenile hall intake's one window on a case: for a youth in custody, whether child welfare is
// on the case (and whom to call), and whether the release safety plan exists and who receives the
// youth. Nothing else of the record (docs/MISSING-AND-CUSTODY.md).
import { findSealInForce } from '../../../db/repositories/case-seals.js';
import { listTeam } from '../../../db/repositories/case-grants.js';
import { unsafeListCaseEvents } from '../../../db/repositories/case-events.js';
import { findYouthIdByCaseNumber, unsafeFindYouth } from '../../../db/repositories/youth.js';
import {
  decideCustodyNoticesRead,
  inCustody,
  type PointPersonToCall,
} from '../../../domain/missing-youth.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { requireActor } from '../authorize.js';
import { pointPersonOf } from '../cases/case-scope.js';
import { findReleaseReceiver, type ReleaseReceiver } from './release-plan.js';
import { refuse } from './refuse.js';

export interface CustodyNotices {
  readonly youthId: string;
  readonly caseNumber: string;
  readonly childWelfare: {
    readonly onCase: boolean;
    /** Whom to call at child welfare now: its point person (one per organization on the case). */
    readonly call: PointPersonToCall[];
  };
  readonly releasePlan: {
    readonly exists: boolean;
    readonly receiver: ReleaseReceiver | null;
  };
}

export async function readCustodyNotices(
  app: AppServices,
  request: RequestContext,
  youthId: string,
): Promise<CustodyNotices> {
  const actor = requireActor(request);
  const youth = await unsafeFindYouth(app.db, youthId);
  if (!youth) throw notFound('The youth');
  // Only the types and times of events decide custody; no detail leaves this function.
  const events = await unsafeListCaseEvents(app.db, youth.id);
  const decision = decideCustodyNoticesRead(actor, {
    jurisdictionId: youth.jurisdictionId,
    seal: await findSealInForce(app.db, youth.id),
    inCustody: inCustody(events),
  });
  if (!decision.allowed) {
    throw await refuse(app, request, {
      action: 'custodyNotices.read',
      reason: decision.reason,
      youthId: youth.id,
      callerJurisdictionId: actor.jurisdictionId,
    });
  }
  const team = await listTeam(app.db, youth.id);
  const childWelfare = [
    ...new Set(
      team.filter((m) => m.organizationType === 'child_welfare').map((m) => m.organizationId),
    ),
  ];
  const call: PointPersonToCall[] = [];
  for (const organizationId of childWelfare) {
    const person = await pointPersonOf(app.db, organizationId);
    if (person) {
      call.push({
        name: person.name,
        function: person.function,
        organizationName: person.organizationName,
        phone: person.afterHoursPhone ?? person.phone,
      });
    }
  }
  const plan = await findReleaseReceiver(app.db, youth.id);
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'youth.read',
    outcome: 'allowed',
    targetType: 'youth',
    targetId: youth.id,
    categories: [],
    details: { view: 'custody_notices', withheld: [] },
  });
  return {
    youthId: youth.id,
    caseNumber: youth.caseNumber,
    childWelfare: { onCase: childWelfare.length > 0, call },
    releasePlan: plan.exists
      ? { exists: true, receiver: plan.receiver }
      : { exists: false, receiver: null },
  };
}

/** Intake types the case number from the detention paperwork; an unknown one is 404. */
export async function readCustodyNoticesByCaseNumber(
  app: AppServices,
  request: RequestContext,
  caseNumber: string,
): Promise<CustodyNotices> {
  const actor = requireActor(request);
  const youthId = await findYouthIdByCaseNumber(app.db, actor.jurisdictionId, caseNumber);
  if (!youthId) throw notFound('The youth');
  return readCustodyNotices(app, request, youthId);
}
