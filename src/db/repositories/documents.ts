// Documents on a case: metadata readable, content and label only sealed (migration 0025).
import type { Queryable } from '../database.js';
import type { DocumentContentType } from '../../domain/documents.js';
import type { DataCategory } from '../../domain/vocabulary.js';

/** A document's row without its content: what a list and the access rule need. */
export interface StoredDocument {
  readonly id: string;
  readonly jurisdictionId: string;
  readonly youthId: string;
  readonly category: DataCategory;
  readonly privileged: boolean;
  readonly contentType: DocumentContentType;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly labelSealed: string;
  readonly keyVersion: number;
  readonly authorUserId: string;
  readonly authorName: string;
  readonly authorOrganizationId: string;
  readonly authorOrganizationName: string;
  readonly writtenOn: string;
  readonly createdAt: Date;
}

export interface SealedContent {
  readonly nonce: Buffer;
  readonly tag: Buffer;
  readonly ciphertext: Buffer;
}

interface DocumentRow {
  id: string;
  jurisdiction_id: string;
  youth_id: string;
  category: DataCategory;
  privileged: boolean;
  content_type: DocumentContentType;
  size_bytes: number;
  sha256: string;
  label_sealed: string;
  key_version: number;
  author_user_id: string;
  author_name: string;
  author_organization_id: string;
  author_organization_name: string;
  written_on: string;
  created_at: Date;
}

const SELECT = `SELECT d.id, d.jurisdiction_id, d.youth_id, d.category, d.privileged,
    d.content_type, d.size_bytes, d.sha256, d.label_sealed, d.key_version, d.author_user_id,
    u.display_name AS author_name, d.author_organization_id,
    o.name AS author_organization_name, d.written_on, d.created_at
  FROM case_documents d
  JOIN users u ON u.id = d.author_user_id
  JOIN organizations o ON o.id = d.author_organization_id`;

const toDocument = (r: DocumentRow): StoredDocument => ({
  id: r.id,
  jurisdictionId: r.jurisdiction_id,
  youthId: r.youth_id,
  category: r.category,
  privileged: r.privileged,
  contentType: r.content_type,
  sizeBytes: r.size_bytes,
  sha256: r.sha256,
  labelSealed: r.label_sealed,
  keyVersion: r.key_version,
  authorUserId: r.author_user_id,
  authorName: r.author_name,
  authorOrganizationId: r.author_organization_id,
  authorOrganizationName: r.author_organization_name,
  writtenOn: r.written_on,
  createdAt: r.created_at,
});

/** Every document of a case, unfiltered: the service keeps what the access rule allows. */
export async function unsafeListDocuments(
  db: Queryable,
  youthId: string,
): Promise<StoredDocument[]> {
  const rows = await db.query<DocumentRow>(
    `${SELECT} WHERE d.youth_id = $1 ORDER BY d.created_at DESC, d.id`,
    [youthId],
  );
  return rows.map(toDocument);
}

/** One document by id, whatever its county: the service decides before opening anything. */
export async function unsafeFindDocument(
  db: Queryable,
  id: string,
): Promise<StoredDocument | null> {
  const [row] = await db.query<DocumentRow>(`${SELECT} WHERE d.id = $1`, [id]);
  return row ? toDocument(row) : null;
}

/** The sealed bytes of a document, read only after the access rule allowed it. */
export async function readSealedContent(db: Queryable, id: string): Promise<SealedContent | null> {
  const [row] = await db.query<{
    content_nonce: Uint8Array;
    content_tag: Uint8Array;
    content_sealed: Uint8Array;
  }>('SELECT content_nonce, content_tag, content_sealed FROM case_documents WHERE id = $1', [id]);
  if (!row) return null;
  return {
    nonce: Buffer.from(row.content_nonce),
    tag: Buffer.from(row.content_tag),
    ciphertext: Buffer.from(row.content_sealed),
  };
}

export async function insertDocument(
  db: Queryable,
  input: {
    readonly id: string;
    readonly jurisdictionId: string;
    readonly youthId: string;
    readonly category: DataCategory;
    readonly privileged: boolean;
    readonly contentType: DocumentContentType;
    readonly sizeBytes: number;
    readonly sha256: string;
    readonly labelSealed: string;
    readonly content: SealedContent;
    readonly keyVersion: number;
    readonly userId: string;
    readonly organizationId: string;
    readonly writtenOn: string;
    readonly now: Date;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO case_documents (id, jurisdiction_id, youth_id, category, privileged, content_type,
       size_bytes, sha256, label_sealed, content_nonce, content_tag, content_sealed, key_version,
       author_user_id, author_organization_id, written_on, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
    [
      input.id,
      input.jurisdictionId,
      input.youthId,
      input.category,
      input.privileged,
      input.contentType,
      input.sizeBytes,
      input.sha256,
      input.labelSealed,
      input.content.nonce,
      input.content.tag,
      input.content.ciphertext,
      input.keyVersion,
      input.userId,
      input.organizationId,
      input.writtenOn,
      input.now,
    ],
  );
}
