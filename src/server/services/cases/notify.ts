// Tells the county lead's coordinators what happened on a case. Messages name the case number
// and organizations, never youth data or what anyone wrote.
import type { Queryable } from '../../../db/database.js';
import {
  countyLeadOrganizations,
  insertNotification,
} from '../../../db/repositories/notifications.js';

export async function notifyCoordinators(
  tx: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly kind: string;
    readonly youthId: string;
    readonly caseNumber: string;
    readonly message: string;
    readonly now: Date;
  },
): Promise<void> {
  for (const organizationId of await countyLeadOrganizations(tx, input.jurisdictionId)) {
    await insertNotification(tx, {
      ...input,
      recipientOrganizationId: organizationId,
      recipientRole: 'coordinator',
    });
  }
}
