// Tells the county lead's coordinators what happened on a case. Messages name the case number
// and organizations, never youth data or what anyone wrote.
import type { Queryable } from '../../../db/database.js';
import {
  countyLeadOrganizations,
  insertNotification,
} from '../../../db/repositories/notifications.js';
import { findOrganization } from '../../../db/repositories/organizations.js';
import {
  calledOutRoles,
  notificationParams,
  type CalledOutKind,
  type NotificationContent,
  type NotificationParams,
} from '../../../domain/notifications.js';
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
    readonly params?: NotificationParams;
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
    params?: NotificationParams;
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
      params: message.params ?? null,
      now: message.now,
    });
  }
}

/**
 * Tells an organization it was called out (added to a team, sent a referral, asked to release
 * its data, given a task): the roles that act on that kind of call (`calledOutRoles`), with the
 * notice's code and parameters beside its English text. In the caller's transaction, so the
 * notice exists exactly when the act does.
 */
export async function notifyCalledOut(
  tx: Queryable,
  organizationId: string,
  notice: {
    readonly content: NotificationContent & { readonly code: CalledOutKind };
    readonly jurisdictionId: string;
    readonly youthId: string | null;
    readonly text: string;
    readonly now: Date;
  },
): Promise<void> {
  const organization = await findOrganization(tx, organizationId);
  if (!organization) return;
  const { content } = notice;
  await notifyOrganization(
    tx,
    organizationId,
    {
      jurisdictionId: notice.jurisdictionId,
      kind: content.code,
      youthId: notice.youthId,
      caseNumber: content.params.caseNumber,
      text: notice.text,
      params: notificationParams(content),
      now: notice.now,
    },
    calledOutRoles(content.code, organization.type),
  );
}
