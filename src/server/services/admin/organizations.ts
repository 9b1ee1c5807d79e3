import type { OrganizationType } from '../../../domain/vocabulary.js';
import {
  findOrganization,
  insertOrganization,
  listOrganizations,
  updateOrganization,
  type Organization,
} from '../../../db/repositories/organizations.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { conflict, isUniqueViolation, notFound } from '../../errors.js';
import { authorizeAdmin } from '../authorize.js';

/** Every organization the caller may address: the cross-county directory of agencies. */
export async function listOrganizationsFor(
  app: AppServices,
  request: RequestContext,
  filter: { readonly jurisdictionId?: string | undefined; readonly includeInactive?: boolean },
): Promise<Organization[]> {
  const actor = await authorizeAdmin(app, request, 'organization.read', {
    jurisdictionId: filter.jurisdictionId ?? request.actor?.jurisdictionId ?? '',
    type: 'organization',
  });
  // Inactive organizations matter only to the administrators of their own jurisdiction.
  const includeInactive =
    (filter.includeInactive ?? false) && actor.roles.includes('administrator');
  const organizations = await listOrganizations(app.db, {
    jurisdictionId: filter.jurisdictionId,
    includeInactive,
  });
  return organizations.filter((o) => o.active || o.jurisdictionId === actor.jurisdictionId);
}

async function renameConflict<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict('name_taken', 'An organization with this name already exists here.');
    throw error;
  }
}

export async function createOrganization(
  app: AppServices,
  request: RequestContext,
  input: {
    name: string;
    type: OrganizationType;
    phone?: string | null | undefined;
    email?: string | null | undefined;
  },
): Promise<Organization> {
  const actor = await authorizeAdmin(app, request, 'organization.manage', {
    jurisdictionId: request.actor?.jurisdictionId ?? '',
    type: 'organization',
  });
  return renameConflict(() =>
    app.db.transaction(async (tx) => {
      const organization = await insertOrganization(tx, {
        jurisdictionId: actor.jurisdictionId,
        name: input.name,
        type: input.type,
        phone: input.phone ?? null,
        email: input.email ?? null,
      });
      await appendAuditEvent(tx, auditContext(app, request), {
        action: 'organization.create',
        outcome: 'allowed',
        targetType: 'organization',
        targetId: organization.id,
        details: { name: organization.name, type: organization.type },
      });
      return organization;
    }),
  );
}

export async function changeOrganization(
  app: AppServices,
  request: RequestContext,
  id: string,
  changes: {
    name?: string | undefined;
    phone?: string | null | undefined;
    email?: string | null | undefined;
    active?: boolean | undefined;
  },
): Promise<Organization> {
  const existing = await findOrganization(app.db, id);
  if (!existing) throw notFound('The organization');
  await authorizeAdmin(app, request, 'organization.manage', {
    jurisdictionId: existing.jurisdictionId,
    type: 'organization',
    id,
  });
  return renameConflict(() =>
    app.db.transaction(async (tx) => {
      const organization = await updateOrganization(tx, id, changes);
      await appendAuditEvent(tx, auditContext(app, request), {
        action: 'organization.update',
        outcome: 'allowed',
        targetType: 'organization',
        targetId: id,
        details: {
          fields: Object.keys(changes).filter(
            (k) => changes[k as keyof typeof changes] !== undefined,
          ),
        },
      });
      return organization;
    }),
  );
}
