import { findOrganization } from '../../../db/repositories/organizations.js';
import {
  findPointPerson,
  insertPointPerson,
  listPointPersons,
  updatePointPerson,
  type PointPerson,
  type PointPersonFields,
} from '../../../db/repositories/point-persons.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest, notFound } from '../../errors.js';
import { authorizeAdmin } from '../authorize.js';

type Optional<T> = { [K in keyof T]?: T[K] | undefined };

/** The cross-agency, cross-county "who to call" directory: open to every signed-in user. */
export async function listPointPersonsFor(
  app: AppServices,
  request: RequestContext,
  filter: {
    jurisdictionId?: string | undefined;
    organizationId?: string | undefined;
    function?: string | undefined;
  },
): Promise<PointPerson[]> {
  await authorizeAdmin(app, request, 'pointPerson.read', {
    jurisdictionId: filter.jurisdictionId ?? request.actor?.jurisdictionId ?? '',
    type: 'point_person',
  });
  return listPointPersons(app.db, filter);
}

function normalize<T extends object>(fields: T): T {
  return Object.fromEntries(
    Object.entries(fields).map(([k, v]) => [
      k,
      typeof v === 'string' && v.trim() === '' ? null : v,
    ]),
  ) as T;
}

export async function createPointPerson(
  app: AppServices,
  request: RequestContext,
  input: { organizationId: string } & Pick<PointPersonFields, 'function' | 'name'> &
    Optional<Omit<PointPersonFields, 'function' | 'name'>>,
): Promise<PointPerson> {
  const organization = await findOrganization(app.db, input.organizationId);
  if (!organization) throw badRequest('unknown_organization', 'Choose an existing organization.');
  await authorizeAdmin(app, request, 'pointPerson.manage', {
    jurisdictionId: organization.jurisdictionId,
    type: 'point_person',
  });
  const fields = normalize(input);
  return app.db.transaction(async (tx) => {
    const id = await insertPointPerson(tx, {
      jurisdictionId: organization.jurisdictionId,
      organizationId: organization.id,
      function: fields.function,
      name: fields.name,
      title: fields.title ?? null,
      phone: fields.phone ?? null,
      afterHoursPhone: fields.afterHoursPhone ?? null,
      email: fields.email ?? null,
      notes: fields.notes ?? null,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'point_person.create',
      outcome: 'allowed',
      targetType: 'point_person',
      targetId: id,
      details: { function: fields.function },
    });
    return (await findPointPerson(tx, id)) as PointPerson;
  });
}

export async function changePointPerson(
  app: AppServices,
  request: RequestContext,
  id: string,
  changes: Optional<PointPersonFields & { active: boolean }>,
): Promise<PointPerson> {
  const existing = await findPointPerson(app.db, id);
  if (!existing) throw notFound('The point person');
  await authorizeAdmin(app, request, 'pointPerson.manage', {
    jurisdictionId: existing.jurisdictionId,
    type: 'point_person',
    id,
  });
  return app.db.transaction(async (tx) => {
    const fields = await updatePointPerson(tx, id, normalize(changes));
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'point_person.update',
      outcome: 'allowed',
      targetType: 'point_person',
      targetId: id,
      details: { fields },
    });
    return (await findPointPerson(tx, id)) as PointPerson;
  });
}
