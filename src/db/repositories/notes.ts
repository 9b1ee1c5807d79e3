// Case notes, privileged notes (ciphertext only), their disclosures, and mandated reports.
import type { Queryable } from '../database.js';
import type { Disclosure, DisclosureKind } from '../../domain/case-access.js';
import type { DataCategory } from '../../domain/vocabulary.js';

export interface CaseNote {
  readonly id: string;
  readonly youthId: string;
  readonly category: DataCategory;
  readonly body: string;
  readonly authorUserId: string;
  readonly authorName: string;
  readonly authorOrganizationId: string;
  readonly authorOrganizationName: string;
  readonly createdAt: Date;
  /** The earlier version this note corrects, and why (docs/CONFIDENTIALITY.md). */
  readonly correctsNoteId: string | null;
  readonly correctionReason: string | null;
}

/** Every case note on the case, unfiltered: the service filters through the access module. */
export async function unsafeListCaseNotes(db: Queryable, youthId: string): Promise<CaseNote[]> {
  const rows = await db.query<{
    id: string;
    youth_id: string;
    category: DataCategory;
    body: string;
    author_user_id: string;
    author_name: string;
    author_organization_id: string;
    author_organization_name: string;
    created_at: Date;
    corrects_note_id: string | null;
    correction_reason: string | null;
  }>(
    `SELECT n.id, n.youth_id, n.category, n.body, n.author_user_id, u.display_name AS author_name,
       n.author_organization_id, o.name AS author_organization_name, n.created_at,
       n.corrects_note_id, n.correction_reason
     FROM case_notes n
     JOIN users u ON u.id = n.author_user_id
     JOIN organizations o ON o.id = n.author_organization_id
     WHERE n.youth_id = $1 ORDER BY n.created_at DESC, n.id`,
    [youthId],
  );
  return rows.map((r) => ({
    id: r.id,
    youthId: r.youth_id,
    category: r.category,
    body: r.body,
    authorUserId: r.author_user_id,
    authorName: r.author_name,
    authorOrganizationId: r.author_organization_id,
    authorOrganizationName: r.author_organization_name,
    createdAt: r.created_at,
    correctsNoteId: r.corrects_note_id,
    correctionReason: r.correction_reason,
  }));
}

/**
 * Which organizations hold data of which category on a case: case notes by their category,
 * mandated reports (legal), people recorded around the youth (contact and location), verified
 * contacts (placement), case events by their type's category (docs/PROTOCOL.md), safety plans by
 * their type's category (docs/CONFIDENTIALITY.md), protective orders, certification requests and
 * compensation claims (legal), documents by their category (privileged ones
 * apart, like privileged notes), structured entries by their category. Names holders only, never content, so a
 * withheld category can say whom to ask.
 */
export async function dataHolders(
  db: Queryable,
  youthId: string,
): Promise<{ category: DataCategory; organizationId: string }[]> {
  const rows = await db.query<{ category: DataCategory; organization_id: string }>(
    `SELECT DISTINCT category, author_organization_id AS organization_id
       FROM case_notes WHERE youth_id = $1
     UNION
     SELECT DISTINCT 'legal', filed_by_organization_id FROM mandated_reports WHERE youth_id = $1
     UNION
     SELECT DISTINCT 'contact_location', recorded_by_organization_id
       FROM youth_people WHERE youth_id = $1
     UNION
     SELECT DISTINCT 'placement', recorded_by_organization_id
       FROM verified_contacts WHERE youth_id = $1
     UNION
     SELECT DISTINCT category, recorded_by_organization_id FROM case_events WHERE youth_id = $1
     UNION
     SELECT DISTINCT category, author_organization_id FROM safety_plans WHERE youth_id = $1
     UNION
     SELECT DISTINCT 'legal', recorded_by_organization_id FROM protective_orders
       WHERE youth_id = $1
     UNION
     SELECT DISTINCT 'legal', recorded_by_organization_id FROM certification_requests
       WHERE youth_id = $1
     UNION
     SELECT DISTINCT 'legal', recorded_by_organization_id FROM compensation_claims
       WHERE youth_id = $1
     UNION
     SELECT DISTINCT category, author_organization_id
       FROM case_documents WHERE youth_id = $1 AND NOT privileged
     UNION
     SELECT DISTINCT category, author_organization_id FROM structured_records WHERE youth_id = $1`,
    [youthId],
  );
  return rows.map((r) => ({ category: r.category, organizationId: r.organization_id }));
}

export async function insertCaseNote(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly youthId: string;
    readonly category: DataCategory;
    readonly body: string;
    readonly userId: string;
    readonly organizationId: string;
    readonly now: Date;
    /** A correction: the version it replaces, and why. */
    readonly corrects?: { readonly noteId: string; readonly reason: string };
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO case_notes (jurisdiction_id, youth_id, category, body, author_user_id,
       author_organization_id, created_at, corrects_note_id, correction_reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      input.jurisdictionId,
      input.youthId,
      input.category,
      input.body,
      input.userId,
      input.organizationId,
      input.now,
      input.corrects?.noteId ?? null,
      input.corrects?.reason ?? null,
    ],
  );
  if (!row) throw new Error('insert into case_notes returned nothing');
  return row.id;
}

// --- privileged notes ---

export interface SealedPrivilegedNote {
  readonly id: string;
  readonly youthId: string;
  readonly jurisdictionId: string;
  readonly bodySealed: string;
  readonly keyVersion: number;
  readonly authorUserId: string;
  readonly authorName: string;
  readonly authorOrganizationId: string;
  readonly authorOrganizationName: string;
  readonly writtenOn: string;
  readonly createdAt: Date;
}

interface SealedRow {
  id: string;
  youth_id: string;
  jurisdiction_id: string;
  body_sealed: string;
  key_version: number;
  author_user_id: string;
  author_name: string;
  author_organization_id: string;
  author_organization_name: string;
  written_on: string;
  created_at: Date;
}

const SEALED_SELECT = `SELECT n.id, n.youth_id, n.jurisdiction_id, n.body_sealed, n.key_version,
    n.author_user_id, u.display_name AS author_name, n.author_organization_id,
    o.name AS author_organization_name, n.written_on, n.created_at
  FROM privileged_notes n
  JOIN users u ON u.id = n.author_user_id
  JOIN organizations o ON o.id = n.author_organization_id`;

const toSealed = (r: SealedRow): SealedPrivilegedNote => ({
  id: r.id,
  youthId: r.youth_id,
  jurisdictionId: r.jurisdiction_id,
  bodySealed: r.body_sealed,
  keyVersion: r.key_version,
  authorUserId: r.author_user_id,
  authorName: r.author_name,
  authorOrganizationId: r.author_organization_id,
  authorOrganizationName: r.author_organization_name,
  writtenOn: r.written_on,
  createdAt: r.created_at,
});

/** Sealed privileged notes of a case: ciphertext the service opens only after the access check. */
export async function unsafeListPrivilegedNotes(
  db: Queryable,
  youthId: string,
): Promise<SealedPrivilegedNote[]> {
  const rows = await db.query<SealedRow>(
    `${SEALED_SELECT} WHERE n.youth_id = $1 ORDER BY n.created_at DESC, n.id`,
    [youthId],
  );
  return rows.map(toSealed);
}

export async function unsafeFindPrivilegedNote(
  db: Queryable,
  id: string,
): Promise<SealedPrivilegedNote | null> {
  const [row] = await db.query<SealedRow>(`${SEALED_SELECT} WHERE n.id = $1`, [id]);
  return row ? toSealed(row) : null;
}

export async function insertPrivilegedNote(
  db: Queryable,
  input: {
    readonly id: string;
    readonly jurisdictionId: string;
    readonly youthId: string;
    readonly bodySealed: string;
    readonly keyVersion: number;
    readonly userId: string;
    readonly organizationId: string;
    readonly writtenOn: string;
    readonly now: Date;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO privileged_notes (id, jurisdiction_id, youth_id, body_sealed, key_version,
       author_user_id, author_organization_id, written_on, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      input.id,
      input.jurisdictionId,
      input.youthId,
      input.bodySealed,
      input.keyVersion,
      input.userId,
      input.organizationId,
      input.writtenOn,
      input.now,
    ],
  );
}

// --- disclosures (waivers and court orders) ---

export interface DisclosureRecord extends Disclosure {
  readonly youthId: string;
  readonly authorOrganizationId: string;
  readonly court: string | null;
  readonly orderDate: string | null;
  readonly signedOn: string;
  readonly createdAt: Date;
}

export async function listDisclosures(db: Queryable, youthId: string): Promise<DisclosureRecord[]> {
  const rows = await db.query<{
    id: string;
    youth_id: string;
    kind: DisclosureKind;
    author_organization_id: string;
    recipient_organization_ids: string[];
    note_ids: string[] | null;
    period_from: string | null;
    period_to: string | null;
    expires_on: string;
    court: string | null;
    order_date: string | null;
    signed_on: string;
    created_at: Date;
    revoked_at: Date | null;
  }>(
    `SELECT id, youth_id, kind, author_organization_id,
       recipient_organization_ids::text[] AS recipient_organization_ids, note_ids::text[] AS note_ids,
       period_from, period_to, expires_on, court, order_date, signed_on, created_at, revoked_at
     FROM privilege_disclosures WHERE youth_id = $1 ORDER BY created_at DESC`,
    [youthId],
  );
  return rows.map((r) => ({
    id: r.id,
    youthId: r.youth_id,
    kind: r.kind,
    authorOrganizationId: r.author_organization_id,
    recipientOrganizationIds: r.recipient_organization_ids,
    noteIds: r.note_ids,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    expiresOn: r.expires_on,
    court: r.court,
    orderDate: r.order_date,
    signedOn: r.signed_on,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
  }));
}

export async function insertDisclosure(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly youthId: string;
    readonly kind: DisclosureKind;
    readonly authorOrganizationId: string;
    readonly recipientOrganizationIds: readonly string[];
    readonly noteIds: readonly string[] | null;
    readonly periodFrom: string | null;
    readonly periodTo: string | null;
    readonly expiresOn: string;
    readonly court: string | null;
    readonly orderDate: string | null;
    readonly signedOn: string;
    readonly userId: string;
    readonly now: Date;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO privilege_disclosures (jurisdiction_id, youth_id, kind, author_organization_id,
       recipient_organization_ids, note_ids, period_from, period_to, expires_on, court, order_date,
       signed_on, recorded_by_user_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
    [
      input.jurisdictionId,
      input.youthId,
      input.kind,
      input.authorOrganizationId,
      input.recipientOrganizationIds,
      input.noteIds,
      input.periodFrom,
      input.periodTo,
      input.expiresOn,
      input.court,
      input.orderDate,
      input.signedOn,
      input.userId,
      input.now,
    ],
  );
  if (!row) throw new Error('insert into privilege_disclosures returned nothing');
  return row.id;
}

export async function findDisclosureCase(
  db: Queryable,
  id: string,
): Promise<{ youthId: string; authorOrganizationId: string } | null> {
  const [row] = await db.query<{ youth_id: string; author_organization_id: string }>(
    'SELECT youth_id, author_organization_id FROM privilege_disclosures WHERE id = $1',
    [id],
  );
  return row ? { youthId: row.youth_id, authorOrganizationId: row.author_organization_id } : null;
}

/** The youth takes a waiver back (or an order is vacated): effective at once. */
export async function revokeDisclosure(db: Queryable, id: string, now: Date): Promise<boolean> {
  const rows = await db.query<{ id: string }>(
    `UPDATE privilege_disclosures SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL
     RETURNING id`,
    [id, now],
  );
  return rows.length === 1;
}

// --- mandated reports ---

export const MANDATED_REPORT_KINDS = [
  'child_abuse_or_neglect',
  'danger_to_self_or_others',
] as const;
export type MandatedReportKind = (typeof MANDATED_REPORT_KINDS)[number];

export interface MandatedReport {
  readonly id: string;
  readonly youthId: string;
  readonly kind: MandatedReportKind;
  readonly reportedTo: string;
  readonly reportedAt: Date;
  readonly content: string;
  readonly filedByUserId: string;
  readonly filedByName: string;
  readonly filedByOrganizationId: string;
  readonly filedByOrganizationName: string;
  readonly createdAt: Date;
}

/** Every report on the case; the service shows each only as the access module allows. */
export async function unsafeListMandatedReports(
  db: Queryable,
  youthId: string,
): Promise<MandatedReport[]> {
  const rows = await db.query<{
    id: string;
    youth_id: string;
    kind: MandatedReportKind;
    reported_to: string;
    reported_at: Date;
    content: string;
    filed_by_user_id: string;
    filed_by_name: string;
    filed_by_organization_id: string;
    filed_by_organization_name: string;
    created_at: Date;
  }>(
    `SELECT r.id, r.youth_id, r.kind, r.reported_to, r.reported_at, r.content, r.filed_by_user_id,
       u.display_name AS filed_by_name, r.filed_by_organization_id,
       o.name AS filed_by_organization_name, r.created_at
     FROM mandated_reports r
     JOIN users u ON u.id = r.filed_by_user_id
     JOIN organizations o ON o.id = r.filed_by_organization_id
     WHERE r.youth_id = $1 ORDER BY r.reported_at DESC`,
    [youthId],
  );
  return rows.map((r) => ({
    id: r.id,
    youthId: r.youth_id,
    kind: r.kind,
    reportedTo: r.reported_to,
    reportedAt: r.reported_at,
    content: r.content,
    filedByUserId: r.filed_by_user_id,
    filedByName: r.filed_by_name,
    filedByOrganizationId: r.filed_by_organization_id,
    filedByOrganizationName: r.filed_by_organization_name,
    createdAt: r.created_at,
  }));
}

export async function insertMandatedReport(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly youthId: string;
    readonly sourceNoteId: string | null;
    readonly kind: MandatedReportKind;
    readonly reportedTo: string;
    readonly reportedAt: Date;
    readonly content: string;
    readonly userId: string;
    readonly organizationId: string;
    readonly now: Date;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO mandated_reports (jurisdiction_id, youth_id, source_note_id, kind, reported_to,
       reported_at, content, filed_by_user_id, filed_by_organization_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      input.jurisdictionId,
      input.youthId,
      input.sourceNoteId,
      input.kind,
      input.reportedTo,
      input.reportedAt,
      input.content,
      input.userId,
      input.organizationId,
      input.now,
    ],
  );
  if (!row) throw new Error('insert into mandated_reports returned nothing');
  return row.id;
}
