// Notifications to the people of an organization holding a role. Messages carry case numbers
// and organization names only, never youth data or note text.
//
// A notice worded from a code and parameters (src/domain/notifications.ts) keeps its English
// text for older clients and its parameters together in the `message` column, as JSON
// {"text", "params"}: the table has no column for them, and this file alone knows the form
// (docs/ARCHITECTURE.md, "Notifications"). Older rows hold the text alone.
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
}

const STORED_PREFIX = '{"text":';

function storedMessage(text: string, params: NotificationParams | null | undefined): string {
  return params ? JSON.stringify({ text, params }) : text;
}

function isParams(value: unknown): value is NotificationParams {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every(
      (v) => typeof v === 'string' || (Array.isArray(v) && v.every((e) => typeof e === 'string')),
    )
  );
}

/** The text and parameters of a stored message; a message that is not our JSON is text. */
export function readStoredMessage(stored: string): {
  text: string;
  params: NotificationParams | null;
} {
  if (!stored.startsWith(STORED_PREFIX)) return { text: stored, params: null };
  try {
    const parsed = JSON.parse(stored) as { text?: unknown; params?: unknown };
    if (typeof parsed.text === 'string' && isParams(parsed.params)) {
      return { text: parsed.text, params: parsed.params };
    }
  } catch {
    // Not ours after all: shown as it was written.
  }
  return { text: stored, params: null };
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
      storedMessage(input.message, input.params),
      input.now,
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
    created_at: Date;
    read_at: Date | null;
  }>(
    `SELECT id, kind, youth_id, case_number, message, created_at, read_at FROM notifications
     WHERE recipient_organization_id = $1 AND recipient_role = ANY($2::text[])
     ORDER BY created_at DESC LIMIT $3`,
    [recipient.organizationId, recipient.roles, limit],
  );
  return rows.map((r) => {
    const { text, params } = readStoredMessage(r.message);
    return {
      id: r.id,
      kind: r.kind,
      youthId: r.youth_id,
      caseNumber: r.case_number,
      message: text,
      params,
      createdAt: r.created_at,
      readAt: r.read_at,
    };
  });
}

/** How many of the recipient's notifications are unread. */
export async function countUnreadNotifications(
  db: Queryable,
  recipient: Recipient,
): Promise<number> {
  const rows = await db.query<{ unread: number }>(
    `SELECT count(*)::int AS unread FROM notifications
     WHERE recipient_organization_id = $1 AND recipient_role = ANY($2::text[]) AND read_at IS NULL`,
    [recipient.organizationId, recipient.roles],
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
     RETURNING id`,
    [id, recipient.organizationId, recipient.roles, now],
  );
  return rows.length === 1;
}
