// Everything the access module weighs for one case, in one statement (docs/ARCHITECTURE.md): the
// case's team, consents, legal bases and break-glass grants, and its county's agreements and
// legal profile. Opening a case is the commonest thing a request does, and each statement is a
// round trip (on PGlite, a pass through the whole engine); the rows are those of loadCaseGrants,
// listMous and findLegalProfile, in the same order.
import type { LegalProfile } from '../../domain/legal-profile.js';
import type { Queryable } from '../database.js';
import {
  CASE_GRANTS_COLUMNS,
  toCaseGrants,
  type CaseGrants,
  type CaseGrantsRow,
} from './case-grants.js';
import { LEGAL_PROFILE_COLUMNS, toLegalProfile, type ProfileRow } from './legal.js';
import { MOU_SELECT, toMou, type Mou, type MouRow } from './mous.js';

export interface CaseFactsRows extends CaseGrants {
  readonly agreements: Mou[];
  readonly profile: LegalProfile;
}

export async function loadCaseFacts(
  db: Queryable,
  youthId: string,
  jurisdictionId: string,
): Promise<CaseFactsRows> {
  const [row] = await db.query<
    CaseGrantsRow & { agreements: MouRow[]; profile: ProfileRow | null }
  >(
    `SELECT ${CASE_GRANTS_COLUMNS},
       (SELECT coalesce(json_agg(x ORDER BY x.starts_on DESC, x.title), '[]')
          FROM (${MOU_SELECT} WHERE m.jurisdiction_id = $2) x) AS agreements,
       (SELECT row_to_json(p)
          FROM (SELECT ${LEGAL_PROFILE_COLUMNS} FROM legal_profiles WHERE jurisdiction_id = $2) p)
         AS profile`,
    [youthId, jurisdictionId],
  );
  if (!row) throw new Error('loadCaseFacts: no row');
  return {
    ...toCaseGrants(row),
    agreements: row.agreements.map(toMou),
    profile: toLegalProfile(row.profile),
  };
}
