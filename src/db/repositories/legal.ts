// Legal profiles and caseworker qualification records.
import type { Queryable } from '../database.js';
import {
  DEFAULT_BREAK_GLASS_ROLES,
  DEFAULT_DUTIES,
  CALIFORNIA_LEGAL_MATTER_CLOCKS,
  DEFAULT_LEGAL_PROFILE,
  FEDERAL_COVERED_OFFENSES,
  FEDERAL_NON_CRIMINALIZATION,
  type CoveredOffense,
  type CaseworkerQualification,
  type LegalDuty,
  type LegalMatterClocks,
  type LegalProfile,
  type QualificationBasis,
} from '../../domain/legal-profile.js';
import { DEFAULT_RETENTION, type RetentionRule } from '../../domain/retention.js';
import type { DataCategory, Role } from '../../domain/vocabulary.js';

export interface ProfileRow {
  time_zone: string;
  privilege_applies: boolean;
  privilege_citation: string | null;
  privilege_summary: string | null;
  minimum_training_hours: number;
  max_consent_days: number;
  confirmed: boolean;
  duties: LegalDuty[] | null;
  break_glass_roles: Role[] | null;
  non_criminalization_statement: string | null;
  non_criminalization_citation: string | null;
  covered_offenses: CoveredOffense[] | null;
  legal_matter_clocks: Partial<LegalMatterClocks> | null;
  small_cell_threshold: number;
  retention: Partial<Record<DataCategory, RetentionRule>> | null;
}

/** The columns of a stored profile that `toLegalProfile` reads. */
export const LEGAL_PROFILE_COLUMNS = `time_zone, privilege_applies, privilege_citation,
       privilege_summary, minimum_training_hours, max_consent_days, confirmed, duties,
       break_glass_roles, non_criminalization_statement, non_criminalization_citation,
       covered_offenses, legal_matter_clocks, small_cell_threshold, retention`;

/** A stored profile (a row, or its JSON), or the cautious default when none is recorded yet. */
export function toLegalProfile(row: ProfileRow | null | undefined): LegalProfile {
  if (!row) return DEFAULT_LEGAL_PROFILE;
  return {
    timeZone: row.time_zone,
    privilegeApplies: row.privilege_applies,
    privilegeCitation: row.privilege_citation,
    privilegeSummary: row.privilege_summary,
    minimumTrainingHours: row.minimum_training_hours,
    maxConsentDays: row.max_consent_days,
    confirmed: row.confirmed,
    duties: row.duties ?? DEFAULT_DUTIES,
    breakGlassRoles: row.break_glass_roles ?? DEFAULT_BREAK_GLASS_ROLES,
    nonCriminalization:
      row.non_criminalization_statement && row.non_criminalization_citation
        ? {
            statement: row.non_criminalization_statement,
            citation: row.non_criminalization_citation,
          }
        : FEDERAL_NON_CRIMINALIZATION,
    coveredOffenses: row.covered_offenses ?? FEDERAL_COVERED_OFFENSES,
    // A profile stored before migration 0023 (or with some clocks only) keeps the defaults.
    legalMatterClocks: { ...CALIFORNIA_LEGAL_MATTER_CLOCKS, ...(row.legal_matter_clocks ?? {}) },
    smallCellThreshold: row.small_cell_threshold,
    // A profile stored before migration 0034 (or with some categories only) keeps the defaults.
    retention: { ...DEFAULT_RETENTION, ...(row.retention ?? {}) },
  };
}

/** The jurisdiction's profile, or the cautious default when none is recorded yet. */
export async function findLegalProfile(
  db: Queryable,
  jurisdictionId: string,
): Promise<LegalProfile> {
  const [row] = await db.query<ProfileRow>(
    `SELECT ${LEGAL_PROFILE_COLUMNS} FROM legal_profiles WHERE jurisdiction_id = $1`,
    [jurisdictionId],
  );
  return toLegalProfile(row);
}

export async function saveLegalProfile(
  db: Queryable,
  jurisdictionId: string,
  profile: LegalProfile,
): Promise<void> {
  await db.query(
    `INSERT INTO legal_profiles (jurisdiction_id, time_zone, privilege_applies, privilege_citation,
       privilege_summary, minimum_training_hours, max_consent_days, confirmed, duties,
       break_glass_roles, non_criminalization_statement, non_criminalization_citation,
       covered_offenses, legal_matter_clocks, small_cell_threshold, retention, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, now())
     ON CONFLICT (jurisdiction_id) DO UPDATE SET time_zone = EXCLUDED.time_zone,
       privilege_applies = EXCLUDED.privilege_applies,
       privilege_citation = EXCLUDED.privilege_citation,
       privilege_summary = EXCLUDED.privilege_summary,
       minimum_training_hours = EXCLUDED.minimum_training_hours,
       max_consent_days = EXCLUDED.max_consent_days, confirmed = EXCLUDED.confirmed,
       duties = EXCLUDED.duties, break_glass_roles = EXCLUDED.break_glass_roles,
       non_criminalization_statement = EXCLUDED.non_criminalization_statement,
       non_criminalization_citation = EXCLUDED.non_criminalization_citation,
       covered_offenses = EXCLUDED.covered_offenses,
       legal_matter_clocks = EXCLUDED.legal_matter_clocks,
       small_cell_threshold = EXCLUDED.small_cell_threshold,
       retention = EXCLUDED.retention,
       updated_at = now()`,
    [
      jurisdictionId,
      profile.timeZone,
      profile.privilegeApplies,
      profile.privilegeCitation,
      profile.privilegeSummary,
      profile.minimumTrainingHours,
      profile.maxConsentDays,
      profile.confirmed,
      JSON.stringify(profile.duties),
      profile.breakGlassRoles,
      profile.nonCriminalization.statement,
      profile.nonCriminalization.citation,
      JSON.stringify(profile.coveredOffenses),
      JSON.stringify(profile.legalMatterClocks),
      profile.smallCellThreshold,
      JSON.stringify(profile.retention),
    ],
  );
}

export interface QualificationRecord extends CaseworkerQualification {
  readonly id: string;
  readonly jurisdictionId: string;
  readonly userId: string;
  readonly userName: string;
  readonly completedOn: string;
  readonly recordedAt: Date;
}

interface QualificationRow {
  id: string;
  jurisdiction_id: string;
  user_id: string;
  user_name: string;
  basis: QualificationBasis;
  training_hours: number;
  supervisor: string | null;
  completed_on: string;
  recorded_at: Date;
  revoked_at: Date | null;
}

const QUALIFICATION_SELECT = `SELECT q.id, q.jurisdiction_id, q.user_id, u.display_name AS user_name,
    q.basis, q.training_hours, q.supervisor, q.completed_on, q.recorded_at, q.revoked_at
  FROM caseworker_qualifications q JOIN users u ON u.id = q.user_id`;

const toQualification = (r: QualificationRow): QualificationRecord => ({
  id: r.id,
  jurisdictionId: r.jurisdiction_id,
  userId: r.user_id,
  userName: r.user_name,
  basis: r.basis,
  trainingHours: r.training_hours,
  supervisor: r.supervisor,
  completedOn: r.completed_on,
  recordedAt: r.recorded_at,
  revoked: r.revoked_at !== null,
});

export async function findCurrentQualification(
  db: Queryable,
  userId: string,
): Promise<QualificationRecord | null> {
  const [row] = await db.query<QualificationRow>(
    `${QUALIFICATION_SELECT} WHERE q.user_id = $1 AND q.revoked_at IS NULL`,
    [userId],
  );
  return row ? toQualification(row) : null;
}

export async function findQualification(
  db: Queryable,
  id: string,
): Promise<QualificationRecord | null> {
  const [row] = await db.query<QualificationRow>(`${QUALIFICATION_SELECT} WHERE q.id = $1`, [id]);
  return row ? toQualification(row) : null;
}

export async function listQualifications(
  db: Queryable,
  jurisdictionId: string,
): Promise<QualificationRecord[]> {
  const rows = await db.query<QualificationRow>(
    `${QUALIFICATION_SELECT} WHERE q.jurisdiction_id = $1 ORDER BY u.display_name, q.recorded_at DESC`,
    [jurisdictionId],
  );
  return rows.map(toQualification);
}

export async function insertQualification(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly userId: string;
    readonly basis: QualificationBasis;
    readonly trainingHours: number;
    readonly supervisor: string | null;
    readonly completedOn: string;
    readonly recordedByUserId: string | null;
    readonly now: Date;
    /** Who approved it (a second person); omitted by the demo and tests, which seed approved. */
    readonly approvedByUserId?: string | null;
  },
): Promise<string> {
  // A new record replaces the current one.
  await db.query(
    'UPDATE caseworker_qualifications SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL',
    [input.userId, input.now],
  );
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO caseworker_qualifications (jurisdiction_id, user_id, basis, training_hours,
       supervisor, completed_on, recorded_by_user_id, recorded_at, approved_by_user_id, approved_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $8) RETURNING id`,
    [
      input.jurisdictionId,
      input.userId,
      input.basis,
      input.trainingHours,
      input.supervisor,
      input.completedOn,
      input.recordedByUserId,
      input.now,
      input.approvedByUserId ?? null,
    ],
  );
  if (!row) throw new Error('insert into caseworker_qualifications returned nothing');
  return row.id;
}

export async function revokeQualification(db: Queryable, id: string, now: Date): Promise<boolean> {
  const rows = await db.query<{ id: string }>(
    'UPDATE caseworker_qualifications SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL RETURNING id',
    [id, now],
  );
  return rows.length === 1;
}
