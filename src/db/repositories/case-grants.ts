// The facts the access module weighs: team, consents, legal bases, break-glass grants.
import type { Queryable } from '../database.js';
import {
  notSealed,
  sealInForceColumn,
  toSealFacts,
  type SealFacts,
  type SealInForceRow,
} from './case-seals.js';
import type {
  BreakGlassGrant,
  ConsentGrant,
  LegalBasisGrant,
  LegalBasisKind,
  ReleaseDecision,
} from '../../domain/case-access.js';
import type { DataCategory } from '../../domain/vocabulary.js';

// --- case team ---

export interface TeamMemberRecord {
  readonly id: string;
  readonly organizationId: string;
  readonly organizationName: string;
  readonly organizationType: string;
  readonly userId: string | null;
  readonly userName: string | null;
  readonly role: string;
  readonly addedAt: Date;
}

interface TeamRow {
  id: string;
  organization_id: string;
  organization_name: string;
  organization_type: string;
  user_id: string | null;
  user_name: string | null;
  role: string;
  added_at: Date;
}

/** The current team of the youth whose id is the SQL expression `youthId` ($1, or a column). */
const teamSelect = (youthId: string) => `SELECT t.id, t.organization_id,
       o.name AS organization_name, o.type AS organization_type, t.user_id,
       u.display_name AS user_name, t.role, t.added_at
     FROM case_team_members t
     JOIN organizations o ON o.id = t.organization_id
     LEFT JOIN users u ON u.id = t.user_id
     WHERE t.youth_id = ${youthId} AND t.removed_at IS NULL`;
const TEAM_SELECT = teamSelect('$1');

const toTeamMember = (r: TeamRow): TeamMemberRecord => ({
  id: r.id,
  organizationId: r.organization_id,
  organizationName: r.organization_name,
  organizationType: r.organization_type,
  userId: r.user_id,
  userName: r.user_name,
  role: r.role,
  addedAt: r.added_at,
});

export async function listTeam(db: Queryable, youthId: string): Promise<TeamMemberRecord[]> {
  const rows = await db.query<TeamRow>(
    `${TEAM_SELECT} ORDER BY t.added_at, o.name, u.display_name NULLS FIRST`,
    [youthId],
  );
  return rows.map(toTeamMember);
}

export async function insertTeamMember(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly youthId: string;
    readonly organizationId: string;
    readonly userId: string | null;
    readonly role: string;
    readonly addedByUserId: string | null;
    readonly now: Date;
  },
): Promise<string | null> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO case_team_members (jurisdiction_id, youth_id, organization_id, user_id, role,
       added_by_user_id, added_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT DO NOTHING RETURNING id`,
    [
      input.jurisdictionId,
      input.youthId,
      input.organizationId,
      input.userId,
      input.role,
      input.addedByUserId,
      input.now,
    ],
  );
  return row?.id ?? null;
}

/** Removes an organization and every one of its people from the team; returns how many rows. */
export async function removeTeamOrganization(
  db: Queryable,
  input: {
    readonly youthId: string;
    readonly organizationId: string;
    readonly removedByUserId: string;
    readonly now: Date;
  },
): Promise<number> {
  const rows = await db.query<{ id: string }>(
    `UPDATE case_team_members SET removed_at = $3, removed_by_user_id = $4
     WHERE youth_id = $1 AND organization_id = $2 AND removed_at IS NULL RETURNING id`,
    [input.youthId, input.organizationId, input.now, input.removedByUserId],
  );
  return rows.length;
}

// --- consents ---

export interface ConsentRecord extends ConsentGrant {
  readonly youthId: string;
  readonly jurisdictionId: string;
  readonly purpose: string;
  readonly givenByKind: 'youth' | 'guardian';
  readonly givenByPersonId: string | null;
  readonly explainedByUserId: string;
  readonly explanationMethod: string;
  readonly explanationLanguage: string;
  readonly recordedByOrganizationId: string;
  readonly createdAt: Date;
  readonly revocationReason: string | null;
}

interface ConsentRow {
  id: string;
  youth_id: string;
  jurisdiction_id: string;
  recipient_organization_ids: string[];
  categories: DataCategory[];
  purpose: string;
  given_by_kind: 'youth' | 'guardian';
  given_by_person_id: string | null;
  explained_by_user_id: string;
  explanation_method: string;
  explanation_language: string;
  signed_on: string;
  expires_on: string;
  recorded_by_organization_id: string;
  created_at: Date;
  revoked_at: Date | null;
  revocation_reason: string | null;
  releases: { holder: string; accepted: boolean; at: string }[] | null;
}

const toConsent = (r: ConsentRow): ConsentRecord => ({
  id: r.id,
  youthId: r.youth_id,
  jurisdictionId: r.jurisdiction_id,
  recipientOrganizationIds: r.recipient_organization_ids,
  categories: r.categories,
  purpose: r.purpose,
  givenByKind: r.given_by_kind,
  givenByPersonId: r.given_by_person_id,
  explainedByUserId: r.explained_by_user_id,
  explanationMethod: r.explanation_method,
  explanationLanguage: r.explanation_language,
  signedOn: r.signed_on,
  expiresOn: r.expires_on,
  recordedByOrganizationId: r.recorded_by_organization_id,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
  revocationReason: r.revocation_reason,
  releases: (r.releases ?? []).map((x): ReleaseDecision => ({
    holderOrganizationId: x.holder,
    accepted: x.accepted,
    decidedAt: new Date(x.at),
  })),
});

const CONSENT_COLUMNS = `id, youth_id, jurisdiction_id, recipient_organization_ids::text[] AS
  recipient_organization_ids, categories, purpose, given_by_kind, given_by_person_id,
  explained_by_user_id, explanation_method, explanation_language, signed_on, expires_on,
  recorded_by_organization_id, created_at, revoked_at, revocation_reason,
  (SELECT json_agg(json_build_object('holder', r.holder_organization_id, 'accepted', r.accepted,
     'at', r.decided_at)) FROM consent_releases r WHERE r.consent_id = consents.id) AS releases`;

export async function listConsents(db: Queryable, youthId: string): Promise<ConsentRecord[]> {
  const rows = await db.query<ConsentRow>(
    `SELECT ${CONSENT_COLUMNS} FROM consents WHERE youth_id = $1 ORDER BY created_at DESC`,
    [youthId],
  );
  return rows.map(toConsent);
}

export async function findConsent(db: Queryable, id: string): Promise<ConsentRecord | null> {
  const [row] = await db.query<ConsentRow>(
    `SELECT ${CONSENT_COLUMNS} FROM consents WHERE id = $1`,
    [id],
  );
  return row ? toConsent(row) : null;
}

export async function insertConsent(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly youthId: string;
    readonly recipientOrganizationIds: readonly string[];
    readonly categories: readonly DataCategory[];
    readonly purpose: string;
    readonly givenByKind: 'youth' | 'guardian';
    readonly givenByPersonId: string | null;
    readonly explainedByUserId: string;
    readonly explanationMethod: string;
    readonly explanationLanguage: string;
    readonly signedOn: string;
    readonly expiresOn: string;
    readonly userId: string;
    readonly organizationId: string;
    readonly now: Date;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO consents (jurisdiction_id, youth_id, recipient_organization_ids, categories,
       purpose, given_by_kind, given_by_person_id, explained_by_user_id, explanation_method,
       explanation_language, signed_on, expires_on, recorded_by_user_id,
       recorded_by_organization_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
    [
      input.jurisdictionId,
      input.youthId,
      input.recipientOrganizationIds,
      input.categories,
      input.purpose,
      input.givenByKind,
      input.givenByPersonId,
      input.explainedByUserId,
      input.explanationMethod,
      input.explanationLanguage,
      input.signedOn,
      input.expiresOn,
      input.userId,
      input.organizationId,
      input.now,
    ],
  );
  if (!row) throw new Error('insert into consents returned nothing');
  return row.id;
}

export async function revokeConsent(
  db: Queryable,
  input: {
    readonly id: string;
    readonly userId: string;
    readonly reason: string | null;
    readonly now: Date;
  },
): Promise<boolean> {
  const rows = await db.query<{ id: string }>(
    `UPDATE consents SET revoked_at = $2, revoked_by_user_id = $3, revocation_reason = $4
     WHERE id = $1 AND revoked_at IS NULL RETURNING id`,
    [input.id, input.now, input.userId, input.reason],
  );
  return rows.length === 1;
}

// --- legal bases ---

export interface LegalBasisRecord extends LegalBasisGrant {
  readonly youthId: string;
  readonly description: string;
  readonly court: string | null;
  readonly orderDate: string | null;
  readonly citation: string | null;
  readonly recordedByOrganizationId: string;
  readonly dutyCode: string | null;
  readonly createdAt: Date;
}

interface LegalBasisRow {
  id: string;
  youth_id: string;
  kind: LegalBasisKind;
  recipient_organization_ids: string[];
  categories: DataCategory[];
  description: string;
  court: string | null;
  order_date: string | null;
  citation: string | null;
  effective_on: string;
  expires_on: string | null;
  recorded_by_organization_id: string;
  duty_code: string | null;
  created_at: Date;
  ended_at: Date | null;
}

const legalBasisSelect = (youthId: string) => `SELECT id, youth_id, kind,
       recipient_organization_ids::text[] AS recipient_organization_ids,
       categories, description, court, order_date, citation, effective_on, expires_on,
       recorded_by_organization_id, duty_code, created_at, ended_at
     FROM legal_bases WHERE youth_id = ${youthId}`;
const LEGAL_BASIS_SELECT = legalBasisSelect('$1');

const toLegalBasis = (r: LegalBasisRow): LegalBasisRecord => ({
  id: r.id,
  youthId: r.youth_id,
  kind: r.kind,
  recipientOrganizationIds: r.recipient_organization_ids,
  categories: r.categories,
  description: r.description,
  court: r.court,
  orderDate: r.order_date,
  citation: r.citation,
  effectiveOn: r.effective_on,
  expiresOn: r.expires_on,
  recordedByOrganizationId: r.recorded_by_organization_id,
  dutyCode: r.duty_code,
  createdAt: r.created_at,
  endedAt: r.ended_at,
});

export async function listLegalBases(db: Queryable, youthId: string): Promise<LegalBasisRecord[]> {
  const rows = await db.query<LegalBasisRow>(`${LEGAL_BASIS_SELECT} ORDER BY created_at DESC`, [
    youthId,
  ]);
  return rows.map(toLegalBasis);
}

export async function insertLegalBasis(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly youthId: string;
    readonly kind: LegalBasisKind;
    readonly recipientOrganizationIds: readonly string[];
    readonly categories: readonly DataCategory[];
    readonly description: string;
    readonly court: string | null;
    readonly orderDate: string | null;
    readonly citation: string | null;
    readonly effectiveOn: string;
    readonly expiresOn: string | null;
    readonly dutyCode: string | null;
    readonly userId: string;
    readonly organizationId: string;
    readonly now: Date;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO legal_bases (jurisdiction_id, youth_id, kind, recipient_organization_ids,
       categories, description, court, order_date, citation, effective_on, expires_on,
       recorded_by_user_id, recorded_by_organization_id, created_at, duty_code)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
    [
      input.jurisdictionId,
      input.youthId,
      input.kind,
      input.recipientOrganizationIds,
      input.categories,
      input.description,
      input.court,
      input.orderDate,
      input.citation,
      input.effectiveOn,
      input.expiresOn,
      input.userId,
      input.organizationId,
      input.now,
      input.dutyCode,
    ],
  );
  if (!row) throw new Error('insert into legal_bases returned nothing');
  return row.id;
}

// --- holders' answers to releases ---

/** Records (or replaces) a holder's answer to a consent releasing its data. */
export async function saveReleaseDecision(
  db: Queryable,
  input: {
    readonly consentId: string;
    readonly jurisdictionId: string;
    readonly holderOrganizationId: string;
    readonly accepted: boolean;
    readonly reason: string | null;
    readonly userId: string;
    readonly now: Date;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO consent_releases (consent_id, jurisdiction_id, holder_organization_id, accepted,
       reason, decided_by_user_id, decided_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (consent_id, holder_organization_id) DO UPDATE SET accepted = EXCLUDED.accepted,
       reason = EXCLUDED.reason, decided_by_user_id = EXCLUDED.decided_by_user_id,
       decided_at = EXCLUDED.decided_at`,
    [
      input.consentId,
      input.jurisdictionId,
      input.holderOrganizationId,
      input.accepted,
      input.reason,
      input.userId,
      input.now,
    ],
  );
}

/** A consent on a case the organization is on, recorded by another organization. */
export interface ReleaseForHolder {
  readonly consent: ConsentRecord;
  readonly youthId: string;
  readonly caseNumber: string;
  readonly answer: { accepted: boolean; reason: string | null; decidedAt: Date } | null;
}

/**
 * Consents that ask the organization, as a holder, to release its data: on cases it is on the
 * team of, recorded by another organization, naming someone other than itself, not revoked.
 * No access decision is made here; the service asks the module for each.
 */
export async function unsafeListReleasesForHolder(
  db: Queryable,
  input: { readonly jurisdictionId: string; readonly organizationId: string },
): Promise<ReleaseForHolder[]> {
  const rows = await db.query<
    ConsentRow & {
      case_number: string;
      answer_accepted: boolean | null;
      answer_reason: string | null;
      answer_at: Date | null;
    }
  >(
    `WITH c AS (
       SELECT ${CONSENT_COLUMNS} FROM consents
       WHERE jurisdiction_id = $1 AND recorded_by_organization_id <> $2 AND revoked_at IS NULL
         AND NOT (recipient_organization_ids <@ ARRAY[$2::uuid])
         AND EXISTS (SELECT 1 FROM case_team_members t WHERE t.youth_id = consents.youth_id
                     AND t.organization_id = $2 AND t.removed_at IS NULL))
     SELECT c.*, y.case_number, a.accepted AS answer_accepted, a.reason AS answer_reason,
       a.decided_at AS answer_at
     FROM c
     JOIN youth y ON y.id = c.youth_id AND ${notSealed('y.id')}
     LEFT JOIN consent_releases a ON a.consent_id = c.id AND a.holder_organization_id = $2
     ORDER BY c.created_at DESC LIMIT 500`,
    [input.jurisdictionId, input.organizationId],
  );
  return rows.map((r) => ({
    consent: toConsent(r),
    youthId: r.youth_id,
    caseNumber: r.case_number,
    answer:
      r.answer_accepted === null || r.answer_at === null
        ? null
        : { accepted: r.answer_accepted, reason: r.answer_reason, decidedAt: r.answer_at },
  }));
}

// --- break-glass ---

// The written reason is not among a case's facts: it is sealed, and only the coordinator's review
// opens it (src/server/services/cases/break-glass-reason.ts).
export type BreakGlassRecord = BreakGlassGrant & {
  readonly organizationId: string;
};

interface BreakGlassRow {
  id: string;
  user_id: string;
  organization_id: string;
  category: DataCategory;
  opened_at: Date;
  expires_at: Date;
}

const breakGlassSelect = (youthId: string) => `SELECT id, user_id, organization_id, category,
       opened_at, expires_at
     FROM break_glass_grants WHERE youth_id = ${youthId}`;
const BREAK_GLASS_SELECT = breakGlassSelect('$1');

const toBreakGlass = (r: BreakGlassRow): BreakGlassRecord => ({
  id: r.id,
  userId: r.user_id,
  organizationId: r.organization_id,
  category: r.category,
  openedAt: r.opened_at,
  expiresAt: r.expires_at,
});

export async function listBreakGlass(db: Queryable, youthId: string): Promise<BreakGlassRecord[]> {
  const rows = await db.query<BreakGlassRow>(`${BREAK_GLASS_SELECT} ORDER BY opened_at DESC`, [
    youthId,
  ]);
  return rows.map(toBreakGlass);
}

// --- all of them at once ---

export interface CaseGrants {
  readonly team: TeamMemberRecord[];
  readonly consents: ConsentRecord[];
  readonly legalBases: LegalBasisRecord[];
  readonly breakGlass: BreakGlassRecord[];
  /** The court's seal in force, or null (src/db/repositories/case-seals.ts). */
  readonly seal: SealFacts | null;
}

/** Timestamps arrive as text inside json; these fields become Dates as the drivers make them. */
function withDates<Row>(
  rows: readonly Record<string, unknown>[],
  fields: readonly string[],
): Row[] {
  return rows.map((row) => {
    const copy: Record<string, unknown> = { ...row };
    for (const field of fields) {
      const value = copy[field];
      if (typeof value === 'string') copy[field] = new Date(value);
    }
    return copy as Row;
  });
}

/**
 * The select list of the case team, consents, legal bases, break-glass grants and seal of the
 * youth whose id is the SQL expression `youthId` ($1, or a column of an outer row), as JSON
 * arrays: every request that opens a case needs all four, and each statement costs a round trip
 * (on PGlite, a pass through the whole engine). The same rows, in the same order, as the four
 * list functions above; `toCaseGrants` reads them.
 */
export const caseGrantsColumns = (youthId: string) => `
       (SELECT coalesce(json_agg(x ORDER BY x.added_at, x.organization_name,
                                   x.user_name NULLS FIRST), '[]')
          FROM (${teamSelect(youthId)}) x) AS team,
       (SELECT coalesce(json_agg(x ORDER BY x.created_at DESC), '[]')
          FROM (SELECT ${CONSENT_COLUMNS} FROM consents WHERE youth_id = ${youthId}) x)
         AS consents,
       (SELECT coalesce(json_agg(x ORDER BY x.created_at DESC), '[]')
          FROM (${legalBasisSelect(youthId)}) x) AS legal_bases,
       (SELECT coalesce(json_agg(x ORDER BY x.opened_at DESC), '[]')
          FROM (${breakGlassSelect(youthId)}) x) AS break_glass,${sealInForceColumn(youthId)}`;
export const CASE_GRANTS_COLUMNS = caseGrantsColumns('$1');

export interface CaseGrantsRow {
  team: Record<string, unknown>[];
  consents: Record<string, unknown>[];
  legal_bases: Record<string, unknown>[];
  break_glass: Record<string, unknown>[];
  seal: SealInForceRow | null;
}

export const toCaseGrants = (row: CaseGrantsRow): CaseGrants => ({
  team: withDates<TeamRow>(row.team, ['added_at']).map(toTeamMember),
  consents: withDates<ConsentRow>(row.consents, ['created_at', 'revoked_at']).map(toConsent),
  legalBases: withDates<LegalBasisRow>(row.legal_bases, ['created_at', 'ended_at']).map(
    toLegalBasis,
  ),
  breakGlass: withDates<BreakGlassRow>(row.break_glass, ['opened_at', 'expires_at']).map(
    toBreakGlass,
  ),
  seal: toSealFacts(row.seal),
});

/** The case team, consents, legal bases and break-glass grants of one youth in one statement. */
export async function loadCaseGrants(db: Queryable, youthId: string): Promise<CaseGrants> {
  const [row] = await db.query<CaseGrantsRow>(`SELECT ${CASE_GRANTS_COLUMNS}`, [youthId]);
  if (!row) throw new Error('loadCaseGrants: no row');
  return toCaseGrants(row);
}

/**
 * The grants of many youth in one statement, by youth id: the same select list as
 * `loadCaseGrants`, once per id, so a list that decides each of its cases through the access
 * module (the youth search) costs one round trip, not one per case.
 */
export async function loadCaseGrantsOf(
  db: Queryable,
  youthIds: readonly string[],
): Promise<Map<string, CaseGrants>> {
  if (youthIds.length === 0) return new Map();
  const rows = await db.query<CaseGrantsRow & { wanted_id: string }>(
    `SELECT wanted.wanted_id, ${caseGrantsColumns('wanted.wanted_id')}
     FROM unnest($1::uuid[]) AS wanted (wanted_id)`,
    [[...new Set(youthIds)]],
  );
  return new Map(rows.map((row) => [row.wanted_id, toCaseGrants(row)]));
}

/** An opening with its reason already sealed for it (the id is the one the seal names). */
export async function insertBreakGlass(
  db: Queryable,
  input: {
    readonly id: string;
    readonly jurisdictionId: string;
    readonly youthId: string;
    readonly userId: string;
    readonly organizationId: string;
    readonly category: DataCategory;
    readonly reasonSealed: string;
    readonly keyVersion: number;
    readonly openedAt: Date;
    readonly expiresAt: Date;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO break_glass_grants (id, jurisdiction_id, youth_id, user_id, organization_id,
       category, reason_sealed, reason_key_version, opened_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      input.id,
      input.jurisdictionId,
      input.youthId,
      input.userId,
      input.organizationId,
      input.category,
      input.reasonSealed,
      input.keyVersion,
      input.openedAt,
      input.expiresAt,
    ],
  );
}

/** Removes one named person from the team; their organization stays. */
export async function removeTeamPerson(
  db: Queryable,
  input: {
    readonly youthId: string;
    readonly organizationId: string;
    readonly userId: string;
    readonly removedByUserId: string;
    readonly now: Date;
  },
): Promise<number> {
  const rows = await db.query<{ id: string }>(
    `UPDATE case_team_members SET removed_at = $4, removed_by_user_id = $5
     WHERE youth_id = $1 AND organization_id = $2 AND user_id = $3 AND removed_at IS NULL
     RETURNING id`,
    [input.youthId, input.organizationId, input.userId, input.now, input.removedByUserId],
  );
  return rows.length;
}

export async function findLegalBasisCase(
  db: Queryable,
  id: string,
): Promise<{
  youthId: string;
  categories: DataCategory[];
  recordedByOrganizationId: string;
} | null> {
  const [row] = await db.query<{
    youth_id: string;
    categories: DataCategory[];
    recorded_by_organization_id: string;
  }>('SELECT youth_id, categories, recorded_by_organization_id FROM legal_bases WHERE id = $1', [
    id,
  ]);
  return row
    ? {
        youthId: row.youth_id,
        categories: row.categories,
        recordedByOrganizationId: row.recorded_by_organization_id,
      }
    : null;
}

/** Ends a legal basis now (an order vacated, a duty discharged). */
export async function endLegalBasis(
  db: Queryable,
  input: { readonly id: string; readonly userId: string; readonly now: Date },
): Promise<boolean> {
  const rows = await db.query<{ id: string }>(
    `UPDATE legal_bases SET ended_at = $2, ended_by_user_id = $3
     WHERE id = $1 AND ended_at IS NULL RETURNING id`,
    [input.id, input.now, input.userId],
  );
  return rows.length === 1;
}
