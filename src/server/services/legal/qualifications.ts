// Caseworker qualification records: who may act as a privileged caseworker. Kept by the
// administrator (they are part of the account) and the CSEC coordinator (training records).
// A new record takes a second person: it waits until an approver of the caseworker's own
// organization approves it (src/domain/administration.ts). Revoking takes effect at once.
import type { QualificationBasis } from '../../../domain/legal-profile.js';
import { PRIVILEGED_ORGANIZATION_TYPES } from '../../../domain/case-access.js';
import {
  findQualification,
  listQualifications,
  revokeQualification as revokeStored,
  type QualificationRecord,
} from '../../../db/repositories/legal.js';
import { findOrganization } from '../../../db/repositories/organizations.js';
import { findUser } from '../../../db/repositories/users.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest, conflict, notFound } from '../../errors.js';
import { authorizeAdmin } from '../authorize.js';
import { requestApproval } from '../admin/approval-requests.js';
import type { ApprovalView } from '../admin/approval-view.js';

export async function listQualificationsFor(
  app: AppServices,
  request: RequestContext,
): Promise<QualificationRecord[]> {
  const actor = await authorizeAdmin(app, request, 'qualification.manage', {
    jurisdictionId: request.actor?.jurisdictionId ?? '',
    type: 'qualification',
  });
  return listQualifications(app.db, actor.jurisdictionId);
}

/** Asks to record a qualification; it takes effect when the organization's approver approves. */
export async function recordQualification(
  app: AppServices,
  request: RequestContext,
  input: {
    userId: string;
    basis: QualificationBasis;
    trainingHours: number;
    supervisor?: string | null | undefined;
    completedOn: string;
  },
): Promise<ApprovalView> {
  const user = await findUser(app.db, input.userId);
  if (!user) throw notFound('The user');
  await authorizeAdmin(app, request, 'qualification.manage', {
    jurisdictionId: user.jurisdictionId,
    type: 'qualification',
  });
  const organization = await findOrganization(app.db, user.organizationId);
  if (!organization || !PRIVILEGED_ORGANIZATION_TYPES.includes(organization.type)) {
    throw badRequest(
      'not_a_caseworker_organization',
      'Only staff of advocacy organizations and community providers qualify as privileged caseworkers.',
    );
  }
  const supervisor = input.supervisor?.trim() ? input.supervisor.trim() : null;
  if (input.basis === 'training' && supervisor === null) {
    throw badRequest(
      'supervisor_required',
      'Name the supervisor: training qualifies a caseworker only under supervision.',
    );
  }
  return app.db.transaction((tx) =>
    requestApproval(tx, app, request, {
      kind: 'qualification.record',
      subject: { id: user.id, jurisdictionId: user.jurisdictionId },
      organizationId: user.organizationId,
      qualification: {
        basis: input.basis,
        trainingHours: input.trainingHours,
        supervisor,
        completedOn: input.completedOn,
      },
    }),
  );
}

export async function revokeQualification(
  app: AppServices,
  request: RequestContext,
  id: string,
): Promise<void> {
  const record = await findQualification(app.db, id);
  if (!record) throw notFound('The qualification');
  await authorizeAdmin(app, request, 'qualification.manage', {
    jurisdictionId: record.jurisdictionId,
    type: 'qualification',
    id,
  });
  await app.db.transaction(async (tx) => {
    if (!(await revokeStored(tx, id, app.clock.now()))) {
      throw conflict('already_revoked', 'This qualification was already revoked.');
    }
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'qualification.revoke',
      outcome: 'allowed',
      targetType: 'qualification',
      targetId: id,
      details: { userId: record.userId },
    });
  });
}
