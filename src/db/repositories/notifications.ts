// Notifications to the people of an organization holding a role. Messages carry case numbers
// and organization names only, never youth data or note text.
//
// A notice worded from a code and parameters (src/domain/notifications.ts) keeps its English
// text in `message` for older clients and its parameters in `params` (migration 0022); a notice
// from before codes has text only (docs/ARCHITECTURE.md, "Notifications").
import { notSealed } from './case-seals.js';
import type { Queryable } from '../database.js';
import type { NotificationParams } from '../../domain/notifications.js';
import type { Role } from '../../domain/vocabulary.js';

export interface Notification {
  readonly id: string;
  readonly kind: string;
  readonly youthId: string | null;
  readonly caseNumber: string | null;
  readonly message: string;
  /** The parameters the screens word the notice from; null for a notice kept as text only. */
  readonly params: NotificationParams | null;
  readonly createdAt: Date;
  readonly readAt: Date | null;
}

interface Recipient {
  readonly organizationId: string;
  readonly roles: readonly Role[];
  /** The reader's account: a notice for one person (migration 0028) reaches only them. */
  readonly userId?: string;
}

// A notice naming one account is theirs alone; one naming none is for the organization's role.
// A notice about a case a court has sealed is left out for everyone while the seal is in force,
// and back unchanged once it is lifted: its stored text and parameters name the case, so it is
// not shown at all rather than shown blanked (docs/CONFIDENTIALITY.md, "Sealed cases").
const FOR_READER = (parameter: number) =>
  `(recipient_user_id IS NULL OR recipient_user_id = $${String(parameter)}::uuid)
   AND ${notSealed('notifications.youth_id')}`;

/** Stored parameters as the API sends them; anything else (never written by us) as none. */
function asParams(value: unknown): NotificationParams | null {
  const valid =
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every(
      (v) => typeof v === 'string' || (Array.isArray(v) && v.every((e) => typeof e === 'string')),
    );
  return valid ? (value as NotificationParams) : null;
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
    readonly params?: NotificationParams | null;
    /** One account of that organization and role, for a notice about that person alone. */
    readonly recipientUserId?: string | null;
    readonly now: Date;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO notifications (jurisdiction_id, recipient_organization_id, recipient_role, kind,
       youth_id, case_number, message, params, created_at, recipient_user_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10)`,
    [
      input.jurisdictionId,
      input.recipientOrganizationId,
      input.recipientRole,
      input.kind,
      input.youthId,
      input.caseNumber,
      input.message,
      input.params ? JSON.stringify(input.params) : null,
      input.now,
      input.recipientUserId ?? null,
    ],
  );
}

export async function listNotifications(
  db: Queryable,
  recipient: Recipient,
  limit = 100,
): Promise<Notification[]> {
  const rows = await db.query<{
    id: string;
    kind: string;
    youth_id: string | null;
    case_number: string | null;
    message: string;
    params: unknown;
    created_at: Date;
    read_at: Date | null;
  }>(
    `SELECT id, kind, youth_id, case_number, message, params, created_at, read_at FROM notifications
     WHERE recipient_organization_id = $1 AND recipient_role = ANY($2::text[]) AND ${FOR_READER(4)}
     ORDER BY created_at DESC LIMIT $3`,
    [recipient.organizationId, recipient.roles, limit, recipient.userId ?? null],
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    youthId: r.youth_id,
    caseNumber: r.case_number,
    message: r.message,
    params: asParams(r.params),
    createdAt: r.created_at,
    readAt: r.read_at,
  }));
}

/** How many of the recipient's notifications are unread. */
export async function countUnreadNotifications(
  db: Queryable,
  recipient: Recipient,
): Promise<number> {
  const rows = await db.query<{ unread: number }>(
    `SELECT count(*)::int AS unread FROM notifications
     WHERE recipient_organization_id = $1 AND recipient_role = ANY($2::text[]) AND read_at IS NULL
       AND ${FOR_READER(3)}`,
    [recipient.organizationId, recipient.roles, recipient.userId ?? null],
  );
  return rows[0]?.unread ?? 0;
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
  recipient: Recipient,
  now: Date,
): Promise<boolean> {
  const rows = await db.query<{ id: string }>(
    `UPDATE notifications SET read_at = coalesce(read_at, $4)
     WHERE id = $1 AND recipient_organization_id = $2 AND recipient_role = ANY($3::text[])
       AND ${FOR_READER(5)}
     RETURNING id`,
    [id, recipient.organizationId, recipient.roles, now, recipient.userId ?? null],
  );
  return rows.length === 1;
}
