// The owner marks a service as an alternative to detention (issue 11): somewhere probation can
// send an identified victim instead of juvenile hall (docs/MISSING-AND-CUSTODY.md, "Alternatives
// to detention"). It is part of the service's Lantern profile, so the one directory rule decides
// it like an import would: the owning county's coordinator or administrator, nobody else.
import {
  findRecords,
  findServiceProfiles,
  updateAlternativeToDetention,
} from '../../../db/repositories/directory.js';
import { decideDirectoryChange } from '../../../domain/directory.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { enforce, requireActor } from '../authorize.js';
import { readDirectoryService, serviceOwner, type DirectoryServiceDetail } from './staff.js';

export async function markAlternativeToDetention(
  app: AppServices,
  request: RequestContext,
  serviceId: string,
  alternativeToDetention: boolean,
): Promise<DirectoryServiceDetail> {
  const actor = requireActor(request);
  const [service] = await findRecords(app.db, 'service', [serviceId]);
  if (!service) throw notFound('The service');
  const ownerJurisdictionId = await serviceOwner(app.db, serviceId);
  await enforce(
    app,
    request,
    decideDirectoryChange({ kind: 'staff', actor }, { change: 'update', ownerJurisdictionId }),
    {
      action: 'directory.alternative_to_detention',
      targetType: 'directory_service',
      targetId: serviceId,
    },
  );
  await app.db.transaction(async (tx) => {
    const before =
      (await findServiceProfiles(tx, [serviceId])).get(serviceId)?.alternativeToDetention ?? false;
    await updateAlternativeToDetention(tx, serviceId, alternativeToDetention, app.clock.now());
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'directory.alternative_to_detention',
      outcome: 'allowed',
      targetType: 'directory_service',
      targetId: serviceId,
      details: { alternativeToDetention, before, ownerJurisdictionId },
    });
  });
  return readDirectoryService(app, request, serviceId);
}
