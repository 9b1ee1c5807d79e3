// Tells the county lead's coordinators, or the people of an organization, what happened. Every
// notice is a code and its parameters (src/domain/notifications.ts), which the screens word in
// the reader's language, with an English text kept for older clients: case numbers and names of
// organizations, never youth data or what anyone wrote.
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
} from '../../../domain/notifications.js';
import {
  ROLES_BY_ORGANIZATION_TYPE,
  roleSeesYouthData,
  type Role,
} from '../../../domain/vocabulary.js';

/** One notice: what it says, the English text, and the case it is about (if any). */
export interface Notice {
  readonly jurisdictionId: string;
  readonly content: NotificationContent;
  readonly youthId: string | null;
  /** The English words, for clients older than codes. */
  readonly text: string;
  readonly now: Date;
}

const caseNumberOf = (content: NotificationContent): string | null =>
  'caseNumber' in content.params ? (content.params.caseNumber ?? null) : null;

/** Writes a notice for one organization and role (the coordinators' and everyone's path). */
export async function tellRole(
  tx: Queryable,
  organizationId: string,
  role: Role,
  notice: Notice,
): Promise<void> {
  await insertNotification(tx, {
    jurisdictionId: notice.jurisdictionId,
    recipientOrganizationId: organizationId,
    recipientRole: role,
    kind: notice.content.code,
    youthId: notice.youthId,
    caseNumber: notice.youthId === null ? null : caseNumberOf(notice.content),
    message: notice.text,
    params: notificationParams(notice.content),
    now: notice.now,
  });
}

/** Tells the coordinators of the county lead organization(s) of the notice's jurisdiction. */
export async function notifyCoordinators(tx: Queryable, notice: Notice): Promise<void> {
  for (const organizationId of await countyLeadOrganizations(tx, notice.jurisdictionId)) {
    await tellRole(tx, organizationId, 'coordinator', notice);
  }
}

/** Tells the people of an organization who work cases (every such role its type has). */
export async function notifyOrganization(
  tx: Queryable,
  organizationId: string,
  notice: Notice,
  roles?: readonly Role[],
): Promise<void> {
  const organization = await findOrganization(tx, organizationId);
  if (!organization) return;
  for (const role of roles ?? ROLES_BY_ORGANIZATION_TYPE[organization.type]) {
    if (!roleSeesYouthData(role)) continue;
    await tellRole(tx, organizationId, role, notice);
  }
}

/**
 * Tells an organization it was called out (added to a team, sent a referral, asked to release
 * its data, given a task): the roles that act on that kind of call (`calledOutRoles`). In the
 * caller's transaction, so the notice exists exactly when the act does.
 */
export async function notifyCalledOut(
  tx: Queryable,
  organizationId: string,
  notice: Notice & { readonly content: NotificationContent & { readonly code: CalledOutKind } },
): Promise<void> {
  const organization = await findOrganization(tx, organizationId);
  if (!organization) return;
  await notifyOrganization(
    tx,
    organizationId,
    notice,
    calledOutRoles(notice.content.code, organization.type),
  );
}
