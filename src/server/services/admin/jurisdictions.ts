import { listJurisdictions, type Jurisdiction } from '../../../db/repositories/jurisdictions.js';
import type { AppServices, RequestContext } from '../../context.js';
import { authorizeAdmin } from '../authorize.js';

export async function listJurisdictionsFor(
  app: AppServices,
  request: RequestContext,
): Promise<Jurisdiction[]> {
  await authorizeAdmin(app, request, 'jurisdiction.read', {
    jurisdictionId: request.actor?.jurisdictionId ?? '',
    type: 'jurisdiction',
  });
  return listJurisdictions(app.db);
}
