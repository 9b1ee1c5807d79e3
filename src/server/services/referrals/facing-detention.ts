// A detention sets the youth's service plan's "faces a detention decision" and a release clears
// it, in the event's own transaction, so matching puts alternatives to detention first while the
// youth is held (docs/MISSING-AND-CUSTODY.md, "Alternatives to detention"). The plan stays the
// needs_services data of the organization that recorded it; only the flag changes, audited as
// the plan's other edits are. Without a plan there is nothing to set.
import type { Queryable } from '../../../db/database.js';
import { unsafeListCaseEvents } from '../../../db/repositories/case-events.js';
import { setFacingDetention } from '../../../db/repositories/referrals.js';
import type { EventType } from '../../../domain/case-events.js';
import { facingDetentionAfter } from '../../../domain/missing-youth.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import type { AuditContext } from '../../audit/events.js';

export async function followCustodyEvent(
  tx: Queryable,
  context: AuditContext,
  event: {
    readonly id: string;
    readonly type: EventType;
    readonly jurisdictionId: string;
    readonly youthId: string;
  },
): Promise<void> {
  if (event.type !== 'detention' && event.type !== 'release') return;
  const facing = facingDetentionAfter(event.type, await unsafeListCaseEvents(tx, event.youthId));
  if (facing === null) return;
  if (!(await setFacingDetention(tx, event.jurisdictionId, event.youthId, facing))) return;
  await appendAuditEvent(tx, context, {
    action: 'service_plan.save',
    outcome: 'allowed',
    targetType: 'youth',
    targetId: event.youthId,
    categories: ['needs_services'],
    details: { facingDetention: facing, byEvent: event.type, eventId: event.id },
  });
}
