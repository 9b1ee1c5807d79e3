// Protective orders on a case. SQL only; the services decide who reads them, and the name check
// reads the restrained people's names alone (src/server/services/contacts/check.ts).
import type { Queryable } from '../database.js';
import type { ProtectiveOrderType } from '../../domain/protective-orders.js';

export interface ProtectiveOrder {
  readonly id: string;
  readonly jurisdictionId: string;
  readonly youthId: string;
  readonly type: ProtectiveOrderType;
  readonly court: string;
  readonly issuedOn: string;
  readonly expiresOn: string;
  readonly restrainedName: string;
  readonly restrainedAliases: readonly string[];
  readonly restrainedContactId: string | null;
  readonly reminderTaskId: string | null;
  readonly recordedByName: string;
  readonly recordedByOrganizationId: string;
  readonly recordedByOrganizationName: string;
  readonly createdAt: Date;
}

interface Row {
  id: string;
  jurisdiction_id: string;
  youth_id: string;
  type: ProtectiveOrderType;
  court: string;
  issued_on: string;
  expires_on: string;
  restrained_name: string;
  restrained_aliases: string[];
  restrained_contact_id: string | null;
  reminder_task_id: string | null;
  user_name: string;
  recorded_by_organization_id: string;
  organization_name: string;
  created_at: Date;
}

// Dates as text: a calendar day has no time zone to shift it.
const SELECT = `SELECT p.id, p.jurisdiction_id, p.youth_id, p.type, p.court,
    to_char(p.issued_on, 'YYYY-MM-DD') AS issued_on, to_char(p.expires_on, 'YYYY-MM-DD') AS expires_on,
    p.restrained_name, p.restrained_aliases, p.restrained_contact_id, p.reminder_task_id,
    u.display_name AS user_name, p.recorded_by_organization_id, o.name AS organization_name,
    p.created_at
  FROM protective_orders p
  JOIN users u ON u.id = p.recorded_by_user_id
  JOIN organizations o ON o.id = p.recorded_by_organization_id`;

const toOrder = (r: Row): ProtectiveOrder => ({
  id: r.id,
  jurisdictionId: r.jurisdiction_id,
  youthId: r.youth_id,
  type: r.type,
  court: r.court,
  issuedOn: r.issued_on,
  expiresOn: r.expires_on,
  restrainedName: r.restrained_name,
  restrainedAliases: r.restrained_aliases,
  restrainedContactId: r.restrained_contact_id,
  reminderTaskId: r.reminder_task_id,
  recordedByName: r.user_name,
  recordedByOrganizationId: r.recorded_by_organization_id,
  recordedByOrganizationName: r.organization_name,
  createdAt: r.created_at,
});

/** Every order on the case, whoever recorded it: pass each through the access module. */
export async function unsafeListProtectiveOrders(
  db: Queryable,
  youthId: string,
): Promise<ProtectiveOrder[]> {
  const rows = await db.query<Row>(
    `${SELECT} WHERE p.youth_id = $1 ORDER BY p.issued_on DESC, p.created_at DESC, p.id`,
    [youthId],
  );
  return rows.map(toOrder);
}

export async function insertProtectiveOrder(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly youthId: string;
    readonly type: ProtectiveOrderType;
    readonly court: string;
    readonly issuedOn: string;
    readonly expiresOn: string;
    readonly restrainedName: string;
    readonly restrainedAliases: readonly string[];
    readonly restrainedContactId: string | null;
    readonly userId: string;
    readonly organizationId: string;
    readonly now: Date;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO protective_orders (jurisdiction_id, youth_id, type, court, issued_on, expires_on,
       restrained_name, restrained_aliases, restrained_contact_id, recorded_by_user_id,
       recorded_by_organization_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [
      input.jurisdictionId,
      input.youthId,
      input.type,
      input.court,
      input.issuedOn,
      input.expiresOn,
      input.restrainedName,
      [...input.restrainedAliases],
      input.restrainedContactId,
      input.userId,
      input.organizationId,
      input.now,
    ],
  );
  if (!row) throw new Error('insert into protective_orders returned nothing');
  return row.id;
}

export async function setReminderTask(db: Queryable, orderId: string, taskId: string) {
  await db.query(`UPDATE protective_orders SET reminder_task_id = $2 WHERE id = $1`, [
    orderId,
    taskId,
  ]);
}
