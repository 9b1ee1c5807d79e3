// Everything the access module weighs for one case, in one statement (docs/ARCHITECTURE.md): the
// case's team, consents, legal bases and break-glass grants, and its county's agreements and
// legal profile. Opening a case is the commonest thing a request does, and each statement is a
// round trip (on PGlite, a pass through the whole engine); the rows are those of loadCaseGrants,
// listMous and findLegalProfile, in the same order.
import type { LegalProfile } from '../../domain/legal-profile.js';
import type { Queryable } from '../database.js';
import {
  CASE_GRANTS_COLUMNS,
  caseGrantsColumns,
  toCaseGrants,
  type CaseGrants,
  type CaseGrantsRow,
} from './case-grants.js';
import { LEGAL_PROFILE_COLUMNS, toLegalProfile, type ProfileRow } from './legal.js';
import { MOU_SELECT, toMou, type Mou, type MouRow } from './mous.js';
import { toYouth, YOUTH_COLUMNS, type Youth, type YouthRow } from './youth.js';

export interface CaseFactsRows extends CaseGrants {
  readonly agreements: Mou[];
  readonly profile: LegalProfile;
}

/** A county's agreements and legal profile: the part of a case's facts every case there shares. */
const jurisdictionColumns = (jurisdictionId: string) => `
       (SELECT coalesce(json_agg(x ORDER BY x.starts_on DESC, x.title), '[]')
          FROM (${MOU_SELECT} WHERE m.jurisdiction_id = ${jurisdictionId}) x) AS agreements,
       (SELECT row_to_json(p)
          FROM (SELECT ${LEGAL_PROFILE_COLUMNS} FROM legal_profiles
                 WHERE jurisdiction_id = ${jurisdictionId}) p) AS profile`;

/**
 * A county's agreements and legal profile in one statement: what a list of its cases weighs
 * once (src/server/services/cases/case-scope.ts, `loadJurisdictionFacts`).
 */
export async function loadJurisdictionRows(
  db: Queryable,
  jurisdictionId: string,
): Promise<Pick<CaseFactsRows, 'agreements' | 'profile'>> {
  const [row] = await db.query<{ agreements: MouRow[]; profile: ProfileRow | null }>(
    `SELECT ${jurisdictionColumns('$1')}`,
    [jurisdictionId],
  );
  if (!row) throw new Error('loadJurisdictionRows: no row');
  return { agreements: row.agreements.map(toMou), profile: toLegalProfile(row.profile) };
}

export async function loadCaseFacts(
  db: Queryable,
  youthId: string,
  jurisdictionId: string,
): Promise<CaseFactsRows> {
  const [row] = await db.query<
    CaseGrantsRow & { agreements: MouRow[]; profile: ProfileRow | null }
  >(`SELECT ${CASE_GRANTS_COLUMNS},${jurisdictionColumns('$2')}`, [youthId, jurisdictionId]);
  if (!row) throw new Error('loadCaseFacts: no row');
  return {
    ...toCaseGrants(row),
    agreements: row.agreements.map(toMou),
    profile: toLegalProfile(row.profile),
  };
}

/**
 * A youth and every fact of her case in one statement: opening a case (every case route) reads
 * the youth row and `loadCaseFacts`' columns in one round trip. Null when no youth has the id.
 * Whoever asks: the caller passes the result through the access module before any of it leaves
 * the service, as with `unsafeFindYouth`.
 */
export async function unsafeLoadYouthCase(
  db: Queryable,
  youthId: string,
): Promise<(CaseFactsRows & { readonly youth: Youth }) | null> {
  const [row] = await db.query<
    YouthRow & CaseGrantsRow & { agreements: MouRow[]; profile: ProfileRow | null }
  >(
    `SELECT ${YOUTH_COLUMNS}, ${caseGrantsColumns('y.id')},
       ${jurisdictionColumns('y.jurisdiction_id')}
     FROM youth y WHERE y.id = $1`,
    [youthId],
  );
  if (!row) return null;
  return {
    youth: toYouth(row),
    ...toCaseGrants(row),
    agreements: row.agreements.map(toMou),
    profile: toLegalProfile(row.profile),
  };
}
