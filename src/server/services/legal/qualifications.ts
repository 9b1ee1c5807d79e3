// Caseworker qualification records: who may act as a privileged caseworker. Kept by the
// administrator (they are part of the account) and the CSEC coordinator (training records).
import type { QualificationBasis } from '../../../domain/legal-profile.js';
import { PRIVILEGED_ORGANIZATION_TYPES } from '../../../domain/case-access.js';
import {
  findQualification,
  insertQualification,
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
): Promise<QualificationRecord> {
  const user = await findUser(app.db, input.userId);
  if (!user) throw notFound('The user');
  const actor = await authorizeAdmin(app, request, 'qualification.manage', {
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
  const now = app.clock.now();
  const id = await app.db.transaction(async (tx) => {
    const recorded = await insertQualification(tx, {
      jurisdictionId: user.jurisdictionId,
      userId: user.id,
      basis: input.basis,
      trainingHours: input.trainingHours,
      supervisor,
      completedOn: input.completedOn,
      recordedByUserId: actor.userId,
      now,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'qualification.record',
      outcome: 'allowed',
      targetType: 'qualification',
      targetId: recorded,
      details: { userId: user.id, basis: input.basis, trainingHours: input.trainingHours },
    });
    return recorded;
  });
  return (await findQualification(app.db, id)) as QualificationRecord;
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
