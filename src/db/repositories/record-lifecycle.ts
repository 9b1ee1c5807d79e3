// A record's corrections, status changes and merges (migration 0021). SQL only; the services
// decide through src/domain/case-lifecycle.ts and seal what the history keeps.
import type { CaseStatus, CloseReason } from '../../domain/case-lifecycle.js';
import { storedNameWords } from '../../domain/name-match.js';
import type { Queryable } from '../database.js';
import type { YouthIdentity } from './youth.js';

/**
 * Writes the corrected identity, and the duplicate check's words with it (migration 0020), so
 * the record is found by its new name and no longer by the old one.
 */
export async function updateYouthIdentity(
  db: Queryable,
  input: { readonly youthId: string; readonly identity: YouthIdentity; readonly now: Date },
): Promise<void> {
  const i = input.identity;
  await db.query(
    `UPDATE youth SET given_name = $2, family_name = $3, alias = $4, birth_date = $5,
       estimated_birth_year = $6, gender_identity = $7, languages = $8, name_words = $9,
       updated_at = $10, race_ethnicity = $11
     WHERE id = $1`,
    [
      input.youthId,
      i.givenName,
      i.familyName,
      i.alias,
      i.birthDate,
      i.estimatedBirthYear,
      i.genderIdentity,
      i.languages,
      storedNameWords(i),
      input.now,
      i.raceEthnicity,
    ],
  );
}

export interface SealedIdentityCorrection {
  readonly id: string;
  readonly jurisdictionId: string;
  readonly youthId: string;
  readonly fields: string[];
  readonly sealed: string;
  readonly keyVersion: number;
  readonly correctedByName: string;
  readonly correctedByOrganizationId: string;
  readonly correctedByOrganizationName: string;
  readonly correctedAt: Date;
}

export async function insertIdentityCorrection(
  db: Queryable,
  input: Omit<
    SealedIdentityCorrection,
    'correctedByName' | 'correctedByOrganizationName' | 'correctedByOrganizationId'
  > & { readonly userId: string; readonly organizationId: string },
): Promise<void> {
  await db.query(
    `INSERT INTO youth_identity_corrections (id, jurisdiction_id, youth_id, fields, sealed,
       key_version, corrected_by_user_id, corrected_by_organization_id, corrected_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      input.id,
      input.jurisdictionId,
      input.youthId,
      input.fields,
      input.sealed,
      input.keyVersion,
      input.userId,
      input.organizationId,
      input.correctedAt,
    ],
  );
}

/** Every correction of a record, oldest first, sealed: the service decides before opening any. */
export async function unsafeListIdentityCorrections(
  db: Queryable,
  youthId: string,
): Promise<SealedIdentityCorrection[]> {
  const rows = await db.query<{
    id: string;
    jurisdiction_id: string;
    youth_id: string;
    fields: string[];
    sealed: string;
    key_version: number;
    corrected_by_name: string;
    corrected_by_organization_id: string;
    corrected_by_organization_name: string;
    corrected_at: Date;
  }>(
    `SELECT c.id, c.jurisdiction_id, c.youth_id, c.fields, c.sealed, c.key_version,
       u.display_name AS corrected_by_name, c.corrected_by_organization_id,
       o.name AS corrected_by_organization_name, c.corrected_at
     FROM youth_identity_corrections c
     JOIN users u ON u.id = c.corrected_by_user_id
     JOIN organizations o ON o.id = c.corrected_by_organization_id
     WHERE c.youth_id = $1 ORDER BY c.seq`,
    [youthId],
  );
  return rows.map((r) => ({
    id: r.id,
    jurisdictionId: r.jurisdiction_id,
    youthId: r.youth_id,
    fields: r.fields,
    sealed: r.sealed,
    keyVersion: r.key_version,
    correctedByName: r.corrected_by_name,
    correctedByOrganizationId: r.corrected_by_organization_id,
    correctedByOrganizationName: r.corrected_by_organization_name,
    correctedAt: r.corrected_at,
  }));
}

// --- status ---

export type StatusChangeKind = 'closed' | 'reopened' | 'merged';

export interface StatusChange {
  readonly status: StatusChangeKind;
  readonly reasonCode: CloseReason | null;
  readonly reasonText: string;
  readonly changedByName: string;
  readonly changedByOrganizationId: string;
  readonly changedByOrganizationName: string;
  readonly changedAt: Date;
  /** For a merge, on both records: which case number went into which. */
  readonly merge: {
    readonly survivorCaseNumber: string;
    readonly duplicateCaseNumber: string;
  } | null;
}

/** Sets the status; a merged record names its survivor. */
export async function setYouthStatus(
  db: Queryable,
  input: {
    readonly youthId: string;
    readonly status: CaseStatus;
    readonly mergedIntoYouthId?: string;
    readonly now: Date;
  },
): Promise<void> {
  await db.query(
    'UPDATE youth SET status = $2, merged_into_youth_id = $3, updated_at = $4 WHERE id = $1',
    [input.youthId, input.status, input.mergedIntoYouthId ?? null, input.now],
  );
}

export async function insertStatusChange(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly youthId: string;
    readonly status: StatusChangeKind;
    readonly reasonCode: CloseReason | null;
    readonly reasonText: string;
    readonly userId: string;
    readonly organizationId: string;
    readonly now: Date;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO youth_status_changes (jurisdiction_id, youth_id, status, reason_code, reason_text,
       changed_by_user_id, changed_by_organization_id, changed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      input.jurisdictionId,
      input.youthId,
      input.status,
      input.reasonCode,
      input.reasonText,
      input.userId,
      input.organizationId,
      input.now,
    ],
  );
}

/** The case's status history, oldest first. */
export async function listStatusChanges(db: Queryable, youthId: string): Promise<StatusChange[]> {
  const rows = await db.query<{
    status: StatusChangeKind;
    reason_code: CloseReason | null;
    reason_text: string;
    changed_by_name: string;
    changed_by_organization_id: string;
    changed_by_organization_name: string;
    changed_at: Date;
    survivor_case_number: string | null;
    duplicate_case_number: string | null;
  }>(
    `SELECT s.status, s.reason_code, s.reason_text, u.display_name AS changed_by_name,
       s.changed_by_organization_id, o.name AS changed_by_organization_name, s.changed_at,
       sy.case_number AS survivor_case_number, dy.case_number AS duplicate_case_number
     FROM youth_status_changes s
     JOIN users u ON u.id = s.changed_by_user_id
     JOIN organizations o ON o.id = s.changed_by_organization_id
     LEFT JOIN youth_merges m ON s.status = 'merged' AND m.merged_at = s.changed_at
       AND s.youth_id IN (m.survivor_youth_id, m.duplicate_youth_id)
     LEFT JOIN youth sy ON sy.id = m.survivor_youth_id
     LEFT JOIN youth dy ON dy.id = m.duplicate_youth_id
     WHERE s.youth_id = $1 ORDER BY s.seq`,
    [youthId],
  );
  return rows.map((r) => ({
    status: r.status,
    reasonCode: r.reason_code,
    reasonText: r.reason_text,
    changedByName: r.changed_by_name,
    changedByOrganizationId: r.changed_by_organization_id,
    changedByOrganizationName: r.changed_by_organization_name,
    changedAt: r.changed_at,
    merge:
      r.survivor_case_number && r.duplicate_case_number
        ? {
            survivorCaseNumber: r.survivor_case_number,
            duplicateCaseNumber: r.duplicate_case_number,
          }
        : null,
  }));
}

/** The record's status, its row locked until the caller's transaction ends. */
export async function lockYouthStatus(db: Queryable, youthId: string): Promise<CaseStatus | null> {
  const [row] = await db.query<{ status: CaseStatus }>(
    'SELECT status FROM youth WHERE id = $1 FOR UPDATE',
    [youthId],
  );
  return row?.status ?? null;
}
