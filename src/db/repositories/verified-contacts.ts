// Verified contacts: the people a team organization recorded around a youth, their status history,
// and each checker's recent name checks. SQL only; the services decide who sees what.
import type { Queryable } from '../database.js';
import type {
  ContactSource,
  ContactStatus,
  VerificationMethod,
} from '../../domain/verified-contacts.js';

export interface ContactStatusEntry {
  readonly id: string;
  readonly status: ContactStatus;
  readonly method: VerificationMethod | null;
  readonly note: string | null;
  readonly reason: string | null;
  readonly recordedByName: string;
  readonly recordedByOrganizationId: string;
  readonly recordedByOrganizationName: string;
  readonly recordedAt: Date;
}

export interface VerifiedContact {
  readonly id: string;
  readonly jurisdictionId: string;
  readonly youthId: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly relationship: string;
  readonly source: ContactSource;
  readonly recordedByOrganizationId: string;
  readonly recordedByOrganizationName: string;
  readonly createdAt: Date;
  /** Oldest first; the last is the current status. */
  readonly history: readonly ContactStatusEntry[];
}

interface ContactRow {
  id: string;
  jurisdiction_id: string;
  youth_id: string;
  name: string;
  aliases: string[];
  relationship: string;
  source: ContactSource;
  recorded_by_organization_id: string;
  organization_name: string;
  created_at: Date;
}

interface StatusRow {
  id: string;
  contact_id: string;
  status: ContactStatus;
  method: VerificationMethod | null;
  note: string | null;
  reason: string | null;
  user_name: string;
  recorded_by_organization_id: string;
  organization_name: string;
  recorded_at: Date;
}

async function withHistory(db: Queryable, rows: ContactRow[]): Promise<VerifiedContact[]> {
  if (rows.length === 0) return [];
  const statuses = await db.query<StatusRow>(
    `SELECT s.id, s.contact_id, s.status, s.method, s.note, s.reason,
       u.display_name AS user_name, s.recorded_by_organization_id, o.name AS organization_name,
       s.recorded_at
     FROM verified_contact_statuses s
     JOIN users u ON u.id = s.recorded_by_user_id
     JOIN organizations o ON o.id = s.recorded_by_organization_id
     WHERE s.contact_id = ANY($1::uuid[])
     ORDER BY s.seq`,
    [rows.map((r) => r.id)],
  );
  return rows.map((r) => ({
    id: r.id,
    jurisdictionId: r.jurisdiction_id,
    youthId: r.youth_id,
    name: r.name,
    aliases: r.aliases,
    relationship: r.relationship,
    source: r.source,
    recordedByOrganizationId: r.recorded_by_organization_id,
    recordedByOrganizationName: r.organization_name,
    createdAt: r.created_at,
    history: statuses
      .filter((s) => s.contact_id === r.id)
      .map((s) => ({
        id: s.id,
        status: s.status,
        method: s.method,
        note: s.note,
        reason: s.reason,
        recordedByName: s.user_name,
        recordedByOrganizationId: s.recorded_by_organization_id,
        recordedByOrganizationName: s.organization_name,
        recordedAt: s.recorded_at,
      })),
  }));
}

const SELECT = `SELECT c.id, c.jurisdiction_id, c.youth_id, c.name, c.aliases, c.relationship,
    c.source, c.recorded_by_organization_id, o.name AS organization_name, c.created_at
  FROM verified_contacts c JOIN organizations o ON o.id = c.recorded_by_organization_id`;

/** Every person listed on the case, whoever recorded them: pass each through the access module. */
export async function unsafeListContacts(
  db: Queryable,
  youthId: string,
): Promise<VerifiedContact[]> {
  const rows = await db.query<ContactRow>(
    `${SELECT} WHERE c.youth_id = $1 ORDER BY c.created_at, c.id`,
    [youthId],
  );
  return withHistory(db, rows);
}

/** One listed person, whoever asks: the service decides before any of it leaves. */
export async function unsafeFindContact(
  db: Queryable,
  id: string,
): Promise<VerifiedContact | null> {
  const rows = await db.query<ContactRow>(`${SELECT} WHERE c.id = $1`, [id]);
  const [contact] = await withHistory(db, rows);
  return contact ?? null;
}

export interface StatusInput {
  readonly status: ContactStatus;
  readonly method: VerificationMethod | null;
  readonly note: string | null;
  readonly reason: string | null;
}

export async function insertContact(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly youthId: string;
    readonly name: string;
    readonly aliases: readonly string[];
    readonly relationship: string;
    readonly userId: string;
    readonly organizationId: string;
    readonly now: Date;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO verified_contacts (jurisdiction_id, youth_id, name, aliases, relationship,
       recorded_by_user_id, recorded_by_organization_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      input.jurisdictionId,
      input.youthId,
      input.name,
      [...input.aliases],
      input.relationship,
      input.userId,
      input.organizationId,
      input.now,
    ],
  );
  if (!row) throw new Error('insert into verified_contacts returned nothing');
  return row.id;
}

export async function updateContactAliases(
  db: Queryable,
  contactId: string,
  aliases: readonly string[],
): Promise<void> {
  await db.query(`UPDATE verified_contacts SET aliases = $2 WHERE id = $1`, [
    contactId,
    [...aliases],
  ]);
}

export async function insertContactStatus(
  db: Queryable,
  input: StatusInput & {
    readonly jurisdictionId: string;
    readonly contactId: string;
    readonly userId: string;
    readonly organizationId: string;
    readonly now: Date;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO verified_contact_statuses (jurisdiction_id, contact_id, status, method, note,
       reason, recorded_by_user_id, recorded_by_organization_id, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      input.jurisdictionId,
      input.contactId,
      input.status,
      input.method,
      input.note,
      input.reason,
      input.userId,
      input.organizationId,
      input.now,
    ],
  );
  if (!row) throw new Error('insert into verified_contact_statuses returned nothing');
  return row.id;
}

/**
 * The youth a case number names in one jurisdiction, by id only. Case numbers are unique per
 * jurisdiction; the caller's county is the only one looked in.
 */
export async function unsafeFindYouthIdByCaseNumber(
  db: Queryable,
  jurisdictionId: string,
  caseNumber: string,
): Promise<string | null> {
  const [row] = await db.query<{ id: string }>(
    `SELECT id FROM youth WHERE jurisdiction_id = $1 AND case_number = $2`,
    [jurisdictionId, caseNumber],
  );
  return row?.id ?? null;
}

// --- a run of checks ---

/**
 * One checker's recent checks, the row locked until the transaction ends, so that checks sent at
 * once are counted one after another, also across processes.
 */
export async function lockCheckHistory(
  db: Queryable,
  key: { readonly userId: string; readonly jurisdictionId: string; readonly now: Date },
): Promise<{ recent: Date[]; alertedAt: Date | null }> {
  await db.query(
    `INSERT INTO contact_check_throttle (user_id, jurisdiction_id, updated_at)
     VALUES ($1, $2, $3) ON CONFLICT (user_id) DO NOTHING`,
    [key.userId, key.jurisdictionId, key.now],
  );
  const [row] = await db.query<{ recent: string[] | null; alerted_at: Date | null }>(
    `SELECT (SELECT json_agg(t ORDER BY t) FROM unnest(recent) t) AS recent, alerted_at
       FROM contact_check_throttle WHERE user_id = $1 FOR UPDATE`,
    [key.userId],
  );
  return {
    recent: (row?.recent ?? []).map((t) => new Date(t)),
    alertedAt: row?.alerted_at ?? null,
  };
}

export async function saveCheckHistory(
  db: Queryable,
  userId: string,
  history: { readonly recent: readonly Date[]; readonly alertedAt: Date | null; now: Date },
): Promise<void> {
  await db.query(
    `UPDATE contact_check_throttle SET recent = $2::timestamptz[], alerted_at = $3, updated_at = $4
       WHERE user_id = $1`,
    [userId, history.recent.map((t) => t.toISOString()), history.alertedAt, history.now],
  );
}
