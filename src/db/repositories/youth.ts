import type { CaseStatus } from '../../domain/case-lifecycle.js';
import type { RaceEthnicity } from '../../domain/race-ethnicity.js';
import { storedNameWords } from '../../domain/name-match.js';
import type { Queryable } from '../database.js';
import { containsPattern } from '../sql.js';

/** A youth's record: a case number that is not a name, and a minimal identity. */
export interface Youth {
  readonly id: string;
  readonly jurisdictionId: string;
  readonly caseNumber: string;
  readonly createdByOrganizationId: string;
  readonly createdAt: Date;
  readonly identity: YouthIdentity;
  /** Open, closed, or merged into `mergedIntoYouthId` (migration 0021). */
  readonly status: CaseStatus;
  readonly mergedIntoYouthId: string | null;
}

export interface YouthIdentity {
  readonly givenName: string | null;
  readonly familyName: string | null;
  readonly alias: string | null;
  readonly birthDate: string | null;
  readonly estimatedBirthYear: number | null;
  readonly genderIdentity: string | null;
  /** Self-described (migration 0035); null when not recorded. */
  readonly raceEthnicity: RaceEthnicity[] | null;
  readonly languages: string[];
}

export interface YouthRow {
  id: string;
  jurisdiction_id: string;
  case_number: string;
  created_by_organization_id: string;
  created_at: Date;
  given_name: string | null;
  family_name: string | null;
  alias: string | null;
  birth_date: string | null;
  estimated_birth_year: number | null;
  gender_identity: string | null;
  race_ethnicity: RaceEthnicity[] | null;
  languages: string[];
  status: CaseStatus;
  merged_into_youth_id: string | null;
}

/** The columns of a youth row `y`, as `toYouth` reads them. */
export const YOUTH_COLUMNS = `y.id, y.jurisdiction_id, y.case_number, y.created_by_organization_id, y.created_at,
  y.given_name, y.family_name, y.alias, y.birth_date, y.estimated_birth_year, y.gender_identity,
  y.race_ethnicity, y.languages, y.status, y.merged_into_youth_id`;

const NAMES = `lower(coalesce(y.given_name, '') || ' ' || coalesce(y.family_name, '') || ' ' ||
  coalesce(y.alias, ''))`;

export const toYouth = (row: YouthRow): Youth => ({
  id: row.id,
  jurisdictionId: row.jurisdiction_id,
  caseNumber: row.case_number,
  createdByOrganizationId: row.created_by_organization_id,
  createdAt: row.created_at,
  identity: {
    givenName: row.given_name,
    familyName: row.family_name,
    alias: row.alias,
    birthDate: row.birth_date,
    estimatedBirthYear: row.estimated_birth_year,
    genderIdentity: row.gender_identity,
    raceEthnicity: row.race_ethnicity,
    languages: row.languages,
  },
  status: row.status,
  mergedIntoYouthId: row.merged_into_youth_id,
});

/**
 * Loads one youth by id, whoever asks. Every caller must pass the result through the access
 * module before any of it leaves the service.
 */
export async function unsafeFindYouth(
  db: Queryable,
  id: string,
  options: { readonly lock?: boolean } = {},
): Promise<Youth | null> {
  const [row] = await db.query<YouthRow>(
    `SELECT ${YOUTH_COLUMNS} FROM youth y WHERE y.id = $1${options.lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return row ? toYouth(row) : null;
}

export async function insertYouth(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly caseNumber: string;
    readonly identity: YouthIdentity;
    readonly createdByUserId: string;
    readonly createdByOrganizationId: string;
    readonly now: Date;
  },
): Promise<string> {
  const i = input.identity;
  // The duplicate check's words are derived here, where the names are written, so no way of
  // opening a record can leave them out (the demo county's records included).
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO youth (jurisdiction_id, case_number, given_name, family_name, alias, birth_date,
       estimated_birth_year, gender_identity, languages, created_by_user_id,
       created_by_organization_id, created_at, updated_at, name_words, race_ethnicity)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13, $14) RETURNING id`,
    [
      input.jurisdictionId,
      input.caseNumber,
      i.givenName,
      i.familyName,
      i.alias,
      i.birthDate,
      i.estimatedBirthYear,
      i.genderIdentity,
      i.languages,
      input.createdByUserId,
      input.createdByOrganizationId,
      input.now,
      storedNameWords(i),
      i.raceEthnicity,
    ],
  );
  if (!row) throw new Error('insert into youth returned nothing');
  return row.id;
}

/**
 * Youth of one jurisdiction who may be a duplicate: their stored name words match `namePattern`
 * (src/domain/name-match.ts, candidatePattern, which every possible match satisfies) and their
 * birth year is within a year of `birthYear`, or unknown on either side. Narrowing only: the
 * domain decides. Reads across every case of the jurisdiction, whoever asks; the service passes
 * the result through the domain and the access module and tells the caller only what they may
 * read. Never another jurisdiction's.
 */
export async function unsafeFindDuplicateCandidates(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly namePattern: string;
    readonly birthYear: number | null;
    readonly limit: number;
  },
): Promise<Youth[]> {
  const rows = await db.query<YouthRow>(
    `SELECT ${YOUTH_COLUMNS} FROM youth y
     WHERE y.jurisdiction_id = $1
       AND y.name_words ~ $2
       AND ($3::int IS NULL
         OR coalesce(extract(year FROM y.birth_date)::int, y.estimated_birth_year) IS NULL
         OR abs(coalesce(extract(year FROM y.birth_date)::int, y.estimated_birth_year) - $3) <= 1)
     ORDER BY y.created_at DESC
     LIMIT $4`,
    [input.jurisdictionId, input.namePattern, input.birthYear, input.limit],
  );
  return rows.map(toYouth);
}

/**
 * The candidates a search may return: youth of the caller's jurisdiction whose case the
 * caller's organization created or is on the team of (a necessary condition of every read in
 * the access module), matching the text by case number or by name. The service then keeps only
 * what the access module allows, and drops name matches where identity is withheld.
 */
export async function listCaseCandidates(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly organizationId: string;
    readonly text: string | null;
    readonly limit: number;
    /** Which statuses to list; a merged record is never listed (its survivor is). */
    readonly statuses: readonly ('open' | 'closed')[];
  },
): Promise<(Youth & { readonly matchedBy: 'case_number' | 'name' | 'none' })[]> {
  const rows = await db.query<YouthRow & { matched_by: 'case_number' | 'name' | 'none' }>(
    `SELECT ${YOUTH_COLUMNS},
       CASE WHEN $3::text IS NULL THEN 'none'
            WHEN y.case_number ILIKE $5 THEN 'case_number'
            ELSE 'name' END AS matched_by
     FROM youth y
     WHERE y.jurisdiction_id = $1
       AND (y.created_by_organization_id = $2 OR EXISTS (
         SELECT 1 FROM case_team_members t
         WHERE t.youth_id = y.id AND t.organization_id = $2 AND t.removed_at IS NULL))
       AND ($3::text IS NULL
         OR y.case_number ILIKE $5
         OR ${NAMES} LIKE lower($5)
         OR similarity(${NAMES}, lower($3)) >= 0.3)
       AND y.status = ANY($6)
     ORDER BY y.created_at DESC
     LIMIT $4`,
    [
      input.jurisdictionId,
      input.organizationId,
      input.text,
      input.limit,
      input.text === null ? null : containsPattern(input.text),
      input.statuses,
    ],
  );
  return rows.map((r) => ({ ...toYouth(r), matchedBy: r.matched_by }));
}

export interface RelatedPerson {
  readonly id: string;
  readonly youthId: string;
  readonly name: string;
  readonly relationship: string;
  readonly suspectedExploiter: boolean;
  readonly recordedByOrganizationId: string;
}

export async function listPeople(db: Queryable, youthId: string): Promise<RelatedPerson[]> {
  const rows = await db.query<{
    id: string;
    youth_id: string;
    name: string;
    relationship: string;
    suspected_exploiter: boolean;
    recorded_by_organization_id: string;
  }>(
    `SELECT id, youth_id, name, relationship, suspected_exploiter, recorded_by_organization_id
     FROM youth_people WHERE youth_id = $1 ORDER BY created_at, name`,
    [youthId],
  );
  return rows.map((r) => ({
    id: r.id,
    youthId: r.youth_id,
    name: r.name,
    relationship: r.relationship,
    suspectedExploiter: r.suspected_exploiter,
    recordedByOrganizationId: r.recorded_by_organization_id,
  }));
}

export async function insertPerson(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly youthId: string;
    readonly name: string;
    readonly relationship: string;
    readonly suspectedExploiter: boolean;
    readonly userId: string;
    readonly organizationId: string;
    readonly now: Date;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO youth_people (jurisdiction_id, youth_id, name, relationship, suspected_exploiter,
       recorded_by_user_id, recorded_by_organization_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      input.jurisdictionId,
      input.youthId,
      input.name,
      input.relationship,
      input.suspectedExploiter,
      input.userId,
      input.organizationId,
      input.now,
    ],
  );
  if (!row) throw new Error('insert into youth_people returned nothing');
  return row.id;
}

/**
 * The id of the case with this number in the jurisdiction, or null. Ids only: the service opens
 * the case through the access module before anything of it is used.
 */
export async function findYouthIdByCaseNumber(
  db: Queryable,
  jurisdictionId: string,
  caseNumber: string,
): Promise<string | null> {
  const [row] = await db.query<{ id: string }>(
    `SELECT id FROM youth WHERE jurisdiction_id = $1 AND upper(case_number) = upper($2)`,
    [jurisdictionId, caseNumber.trim()],
  );
  return row?.id ?? null;
}
