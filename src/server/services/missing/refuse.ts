// A refusal of a missing-youth or custody read or write: audited in its own transaction, and
// another county's youth answered exactly like an unknown one (404).
import { answersAsUnknown, type DenialReason } from '../../../domain/case-access.js';
import type { AppServices, RequestContext } from '../../context.js';
import type { AppError } from '../../errors.js';
import { notFound } from '../../errors.js';
import { auditDenial, refusal } from '../cases/case-scope.js';

export async function refuse(
  app: AppServices,
  request: RequestContext,
  input: {
    readonly action: string;
    readonly reason: DenialReason;
    readonly youthId: string;
    readonly callerJurisdictionId: string;
  },
): Promise<AppError> {
  await auditDenial(app, request, {
    action: input.action,
    reason: input.reason,
    targetType: 'youth',
    targetId: input.youthId,
  });
  if (answersAsUnknown(input.reason)) return notFound('The youth');
  return refusal(app, input.callerJurisdictionId, input.reason);
}
