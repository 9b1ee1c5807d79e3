// Asking src/domain/case-lifecycle.ts about one case, and turning a refusal into the answer the
// codebase gives everywhere: 404 across counties (audited), 409 where the record stands in the
// way, else 403 with whom to call.
import {
  decideLifecycle,
  isStateConflict,
  LIFECYCLE_MESSAGES,
  type LifecycleAction,
  type LifecycleDenial,
  type RecordFacts,
} from '../../../domain/case-lifecycle.js';
import { answersAsUnknown } from '../../../domain/case-access.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest, conflict, forbidden, notFound, type AppError } from '../../errors.js';
import { coordinatorContact, describeContact, type CaseScope } from './case-scope.js';

export function recordFacts(scope: CaseScope): RecordFacts {
  return {
    ...scope.facts,
    createdByOrganizationId: scope.youth.createdByOrganizationId,
    status: scope.youth.status,
  };
}

/** Writes the refusal in its own transaction, so it stays on record when the request fails. */
async function auditRefusal(
  app: AppServices,
  request: RequestContext,
  action: string,
  reason: LifecycleDenial,
  youthId: string,
): Promise<void> {
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'access.denied',
    outcome: 'denied',
    reason,
    targetType: 'youth',
    targetId: youthId,
    details: { action },
  });
}

export async function lifecycleRefusal(
  app: AppServices,
  request: RequestContext,
  action: string,
  reason: LifecycleDenial,
  youthId: string,
): Promise<AppError> {
  await auditRefusal(app, request, action, reason, youthId);
  if (answersAsUnknown(reason)) return notFound('The youth');
  const message = `Not allowed: ${LIFECYCLE_MESSAGES[reason]}.`;
  // Naming the record itself as its duplicate is a mistake in the request, not a state.
  if (reason === 'same_record') return badRequest(reason, message);
  if (isStateConflict(reason)) return conflict(reason, message);
  const contact = request.actor
    ? await coordinatorContact(app.db, request.actor.jurisdictionId)
    : null;
  return forbidden(reason, contact ? `${message} Contact ${describeContact(contact)}.` : message);
}

/** Throws the refusal unless the rule allows `action` on the case. */
export async function requireLifecycle(
  app: AppServices,
  request: RequestContext,
  scope: CaseScope,
  action: LifecycleAction,
  extra: Parameters<typeof decideLifecycle>[4] = {},
): Promise<void> {
  const decision = decideLifecycle(scope.actor, action, recordFacts(scope), scope.time, {
    ...extra,
    recordId: scope.youth.id,
  });
  if (!decision.allowed) {
    throw await lifecycleRefusal(app, request, action, decision.reason, scope.youth.id);
  }
}
