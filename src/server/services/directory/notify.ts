// Tells the coordinators of the county that owns a directory record that its confidentiality
// or its provider link changed. Messages name directory records and agencies only; never an
// address.
import type { Queryable } from '../../../db/database.js';
import {
  countyLeadOrganizations,
  insertNotification,
} from '../../../db/repositories/notifications.js';

export async function notifyDirectoryOwner(
  tx: Queryable,
  input: {
    readonly ownerJurisdictionId: string;
    readonly kind: 'directory.location_confidentiality' | 'directory.provider_link';
    readonly message: string;
    readonly now: Date;
  },
): Promise<void> {
  for (const organizationId of await countyLeadOrganizations(tx, input.ownerJurisdictionId)) {
    await insertNotification(tx, {
      jurisdictionId: input.ownerJurisdictionId,
      recipientOrganizationId: organizationId,
      recipientRole: 'coordinator',
      kind: input.kind,
      youthId: null,
      caseNumber: null,
      message: input.message,
      now: input.now,
    });
  }
}
