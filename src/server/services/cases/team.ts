// The case team: which organizations and people work this youth's case, in which role.
// Joining gives no data by itself; data flows only by consent or a legal basis.
import type { CaseTeamRole } from '../../../domain/case-team.js';
import { roleSeesYouthData } from '../../../domain/vocabulary.js';
import {
  insertTeamMember,
  removeTeamOrganization,
  removeTeamPerson,
} from '../../../db/repositories/case-grants.js';
import { findOrganization } from '../../../db/repositories/organizations.js';
import { findUser } from '../../../db/repositories/users.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest, conflict, notFound } from '../../errors.js';
import { decideTeamRemoval } from '../../../domain/case-access.js';
import { auditDenial, openCase, refusal } from './case-scope.js';
import { notifyCalledOut, notifyCoordinators } from './notify.js';

export async function addTeamMember(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  input: { organizationId: string; role: CaseTeamRole; userId?: string | undefined },
): Promise<{ id: string }> {
  const scope = await openCase(app, request, youthId, 'team.manage');
  const { youth, actor } = scope;
  const organization = await findOrganization(app.db, input.organizationId);
  if (
    !organization ||
    organization.jurisdictionId !== youth.jurisdictionId ||
    !organization.active
  ) {
    throw badRequest(
      'unknown_organization',
      'The organization must be an active organization of this youth’s jurisdiction.',
    );
  }
  const userId = input.userId ?? null;
  if (userId !== null) {
    const user = await findUser(app.db, userId);
    // Only roles in effect count: an account whose youth-data role still waits for approval
    // is nobody on a case (docs/ARCHITECTURE.md, "A second person").
    if (
      !user ||
      user.organizationId !== organization.id ||
      !user.active ||
      !user.roles.some(roleSeesYouthData)
    ) {
      throw badRequest(
        'unknown_user',
        'The person must be an active user of that organization, with a role in effect that works on cases.',
      );
    }
  }
  return app.db.transaction(async (tx) => {
    // A person joins with their organization.
    const organizationRow = await insertTeamMember(tx, {
      jurisdictionId: youth.jurisdictionId,
      youthId,
      organizationId: organization.id,
      userId: null,
      role: input.role,
      addedByUserId: actor.userId,
      now: scope.time.now,
    });
    const personRow =
      userId === null
        ? null
        : await insertTeamMember(tx, {
            jurisdictionId: youth.jurisdictionId,
            youthId,
            organizationId: organization.id,
            userId,
            role: input.role,
            addedByUserId: actor.userId,
            now: scope.time.now,
          });
    const id = userId === null ? organizationRow : personRow;
    if (id === null) throw conflict('already_on_team', 'Already on the case team.');
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'team.add',
      outcome: 'allowed',
      targetType: 'youth',
      targetId: youthId,
      details: { organizationId: organization.id, userId, role: input.role },
    });
    const by = await findOrganization(tx, actor.organizationId);
    const content = {
      code: 'team.add',
      params: {
        caseNumber: youth.caseNumber,
        organization: organization.name,
        teamRole: input.role,
        ...(by ? { byOrganization: by.name } : {}),
      },
    } as const;
    await notifyCoordinators(tx, {
      jurisdictionId: youth.jurisdictionId,
      content,
      youthId,
      text: `${organization.name} joined case ${youth.caseNumber} as ${input.role.replace('_', ' ')}.`,
      now: scope.time.now,
    });
    // The organization added is told too, unless it added itself (a person of its own) or it
    // is the county lead, whose coordinators were just told.
    if (
      organizationRow !== null &&
      organization.id !== actor.organizationId &&
      organization.type !== 'county_lead'
    ) {
      await notifyCalledOut(tx, organization.id, {
        content,
        jurisdictionId: youth.jurisdictionId,
        youthId,
        text: `${by?.name ?? 'A team member'} added your organization to case ${youth.caseNumber}.`,
        now: scope.time.now,
      });
    }
    return { id };
  });
}

export async function removeTeamMember(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  organizationId: string,
  userId: string | undefined,
): Promise<void> {
  const scope = await openCase(app, request, youthId, 'team.manage');
  const { youth, actor } = scope;
  const decision = decideTeamRemoval(
    actor,
    { organizationId, createdByOrganizationId: youth.createdByOrganizationId },
    scope.facts,
  );
  if (!decision.allowed) {
    await auditDenial(app, request, {
      action: 'team.remove',
      reason: decision.reason,
      targetType: 'youth',
      targetId: youthId,
    });
    throw await refusal(app, actor.jurisdictionId, decision.reason);
  }
  if (organizationId === youth.createdByOrganizationId && userId === undefined) {
    throw conflict('creator_stays', 'The organization that opened the record stays on its team.');
  }
  const organization = await findOrganization(app.db, organizationId);
  await app.db.transaction(async (tx) => {
    const removal = { youthId, organizationId, removedByUserId: actor.userId, now: scope.time.now };
    const removed =
      userId === undefined
        ? await removeTeamOrganization(tx, removal)
        : await removeTeamPerson(tx, { ...removal, userId });
    if (removed === 0) throw notFound('That member of the case team');
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'team.remove',
      outcome: 'allowed',
      targetType: 'youth',
      targetId: youthId,
      details: { organizationId, userId: userId ?? null, members: removed },
    });
    await notifyCoordinators(tx, {
      jurisdictionId: youth.jurisdictionId,
      content: {
        code: 'team.remove',
        params: {
          caseNumber: youth.caseNumber,
          organization: organization?.name ?? '',
          removed: userId === undefined ? 'organization' : 'person',
        },
      },
      youthId,
      text: `${organization?.name ?? 'An organization'} ${userId === undefined ? 'left' : 'removed a person from'} case ${youth.caseNumber}.`,
      now: scope.time.now,
    });
  });
}
