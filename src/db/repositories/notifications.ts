// Notifications to the people of an organization holding a role. Messages carry case numbers
// and organization names only, never youth data or note text.
import type { Queryable } from '../database.js';
import type { Role } from '../../domain/vocabulary.js';

export interface Notification {
  readonly id: string;
  readonly kind: string;
  readonly youthId: string | null;
  readonly caseNumber: string | null;
  readonly message: string;
  readonly createdAt: Date;
  readonly readAt: Date | null;
}

export async function insertNotification(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly recipientOrganizationId: string;
    readonly recipientRole: Role;
    readonly kind: string;
    readonly youthId: string | null;
    readonly caseNumber: string | null;
    readonly message: string;
    readonly now: Date;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO notifications (jurisdiction_id, recipient_organization_id, recipient_role, kind,
       youth_id, case_number, message, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      input.jurisdictionId,
      input.recipientOrganizationId,
      input.recipientRole,
      input.kind,
      input.youthId,
      input.caseNumber,
      input.message,
      input.now,
    ],
  );
}

export async function listNotifications(
  db: Queryable,
  recipient: { readonly organizationId: string; readonly roles: readonly Role[] },
  limit = 100,
): Promise<Notification[]> {
  const rows = await db.query<{
    id: string;
    kind: string;
    youth_id: string | null;
    case_number: string | null;
    message: string;
    created_at: Date;
    read_at: Date | null;
  }>(
    `SELECT id, kind, youth_id, case_number, message, created_at, read_at FROM notifications
     WHERE recipient_organization_id = $1 AND recipient_role = ANY($2::text[])
     ORDER BY created_at DESC LIMIT $3`,
    [recipient.organizationId, recipient.roles, limit],
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    youthId: r.youth_id,
    caseNumber: r.case_number,
    message: r.message,
    createdAt: r.created_at,
    readAt: r.read_at,
  }));
}

/** The county lead organization(s) of a jurisdiction, whose coordinators are told. */
export async function countyLeadOrganizations(
  db: Queryable,
  jurisdictionId: string,
): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `SELECT id FROM organizations WHERE jurisdiction_id = $1 AND type = 'county_lead' AND active`,
    [jurisdictionId],
  );
  return rows.map((r) => r.id);
}

/** Marks one of the recipient's notifications read; false when it is not theirs. */
export async function markNotificationRead(
  db: Queryable,
  id: string,
  recipient: { readonly organizationId: string; readonly roles: readonly Role[] },
  now: Date,
): Promise<boolean> {
  const rows = await db.query<{ id: string }>(
    `UPDATE notifications SET read_at = coalesce(read_at, $4)
     WHERE id = $1 AND recipient_organization_id = $2 AND recipient_role = ANY($3::text[])
     RETURNING id`,
    [id, recipient.organizationId, recipient.roles, now],
  );
  return rows.length === 1;
}
