// Structured contact, placement and education entries (migration 0036; docs/CONFIDENTIALITY.md,
// "Structured contact, placement and education"). SQL only: what names a place or a person is
// stored and returned sealed, and the service opens it after the access module allows the read.
import type { StructuredCategory, StructuredKind } from '../../domain/structured-records.js';
import type { Queryable } from '../database.js';

export interface StoredStructuredRecord {
  readonly id: string;
  readonly jurisdictionId: string;
  readonly youthId: string;
  readonly kind: StructuredKind;
  readonly category: StructuredCategory;
  /** Codes and days, plain. */
  readonly details: Record<string, string | null>;
  readonly identifyingSealed: string;
  readonly keyVersion: number;
  readonly authorName: string;
  readonly authorOrganizationId: string;
  readonly authorOrganizationName: string;
  readonly createdAt: Date;
  readonly supersedesId: string | null;
}

/** Every entry of one category on the case, oldest first, unfiltered: the service decides. */
export async function unsafeListStructuredRecords(
  db: Queryable,
  youthId: string,
  category: StructuredCategory,
): Promise<StoredStructuredRecord[]> {
  const rows = await db.query<{
    id: string;
    jurisdiction_id: string;
    youth_id: string;
    kind: StructuredKind;
    category: StructuredCategory;
    details: Record<string, string | null>;
    identifying_sealed: string;
    key_version: number;
    author_name: string;
    author_organization_id: string;
    author_organization_name: string;
    created_at: Date;
    supersedes_id: string | null;
  }>(
    `SELECT r.id, r.jurisdiction_id, r.youth_id, r.kind, r.category, r.details,
       r.identifying_sealed, r.key_version, u.display_name AS author_name,
       r.author_organization_id, o.name AS author_organization_name, r.created_at, r.supersedes_id
     FROM structured_records r
     JOIN users u ON u.id = r.author_user_id
     JOIN organizations o ON o.id = r.author_organization_id
     WHERE r.youth_id = $1 AND r.category = $2 ORDER BY r.seq`,
    [youthId, category],
  );
  return rows.map((r) => ({
    id: r.id,
    jurisdictionId: r.jurisdiction_id,
    youthId: r.youth_id,
    kind: r.kind,
    category: r.category,
    details: r.details,
    identifyingSealed: r.identifying_sealed,
    keyVersion: r.key_version,
    authorName: r.author_name,
    authorOrganizationId: r.author_organization_id,
    authorOrganizationName: r.author_organization_name,
    createdAt: r.created_at,
    supersedesId: r.supersedes_id,
  }));
}

/** One entry with the id of the version that supersedes it, if any; for a correction. */
export async function unsafeFindStructuredRecord(
  db: Queryable,
  id: string,
): Promise<{
  readonly youthId: string;
  readonly kind: StructuredKind;
  readonly category: StructuredCategory;
  readonly authorOrganizationId: string;
  readonly supersededById: string | null;
} | null> {
  const [row] = await db.query<{
    youth_id: string;
    kind: StructuredKind;
    category: StructuredCategory;
    author_organization_id: string;
    superseded_by_id: string | null;
  }>(
    `SELECT r.youth_id, r.kind, r.category, r.author_organization_id,
       (SELECT n.id FROM structured_records n WHERE n.supersedes_id = r.id) AS superseded_by_id
     FROM structured_records r WHERE r.id = $1`,
    [id],
  );
  return row
    ? {
        youthId: row.youth_id,
        kind: row.kind,
        category: row.category,
        authorOrganizationId: row.author_organization_id,
        supersededById: row.superseded_by_id,
      }
    : null;
}

export async function insertStructuredRecord(
  db: Queryable,
  input: {
    readonly id: string;
    readonly jurisdictionId: string;
    readonly youthId: string;
    readonly kind: StructuredKind;
    readonly category: StructuredCategory;
    readonly details: Record<string, string | null>;
    readonly identifyingSealed: string;
    readonly keyVersion: number;
    readonly userId: string;
    readonly organizationId: string;
    readonly now: Date;
    readonly supersedesId: string | null;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO structured_records (id, jurisdiction_id, youth_id, kind, category, details,
       identifying_sealed, key_version, author_user_id, author_organization_id, created_at,
       supersedes_id)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11, $12)`,
    [
      input.id,
      input.jurisdictionId,
      input.youthId,
      input.kind,
      input.category,
      JSON.stringify(input.details),
      input.identifyingSealed,
      input.keyVersion,
      input.userId,
      input.organizationId,
      input.now,
      input.supersedesId,
    ],
  );
}
