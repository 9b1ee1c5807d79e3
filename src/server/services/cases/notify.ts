// Tells the county lead's coordinators what happened on a case. Messages name the case number
// and organizations, never youth data or what anyone wrote.
import type { Queryable } from '../../../db/database.js';
import {
  countyLeadOrganizations,
  insertNotification,
} from '../../../db/repositories/notifications.js';
import { findOrganization } from '../../../db/repositories/organizations.js';
import {
  ROLES_BY_ORGANIZATION_TYPE,
  roleSeesYouthData,
  type Role,
} from '../../../domain/vocabulary.js';

export async function notifyCoordinators(
  tx: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly kind: string;
    readonly youthId: string | null;
    readonly caseNumber: string | null;
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

/** Tells the people of an organization who work cases (every such role its type has). */
export async function notifyOrganization(
  tx: Queryable,
  organizationId: string,
  message: {
    jurisdictionId: string;
    kind: string;
    youthId: string | null;
    caseNumber: string | null;
    text: string;
    now: Date;
  },
  roles?: readonly Role[],
): Promise<void> {
  const organization = await findOrganization(tx, organizationId);
  if (!organization) return;
  for (const role of roles ?? ROLES_BY_ORGANIZATION_TYPE[organization.type]) {
    if (!roleSeesYouthData(role)) continue;
    await insertNotification(tx, {
      jurisdictionId: message.jurisdictionId,
      recipientOrganizationId: organizationId,
      recipientRole: role,
      kind: message.kind,
      youthId: message.youthId,
      caseNumber: message.caseNumber,
      message: message.text,
      now: message.now,
    });
  }
}
