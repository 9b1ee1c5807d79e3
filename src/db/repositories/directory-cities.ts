// The cities the directory's own addresses name, each with its ZIP codes: staff can search "near"
// a city of the county's directory where Lantern's shipped list of U.S. places
// (src/hsds/city-centroids.ts, GeoNames' names) does not reach, found by the letters of the name
// typed (migration 0047's index). Addresses of confidential locations are left out, so that a
// safe house's address never makes its city known.
import type { Queryable } from '../database.js';

export interface DirectoryCity {
  /** As the address writes it, spaces trimmed. */
  readonly name: string;
  /** A two-letter state code, upper case (addresses that name the state otherwise are left out). */
  readonly state: string;
  /** The five-digit ZIP codes of its addresses, ascending. */
  readonly zips: readonly string[];
}

/** The cities whose names have these letters (cityLetters, src/domain/directory-places.ts). */
export async function directoryCities(db: Queryable, letters: string): Promise<DirectoryCity[]> {
  return db.query<DirectoryCity>(
    `SELECT c.name, c.state, array_agg(DISTINCT c.zip ORDER BY c.zip) AS zips
     FROM (SELECT btrim(a.data ->> 'city') AS name,
             upper(btrim(a.data ->> 'state_province')) AS state,
             left(btrim(a.data ->> 'postal_code'), 5) AS zip
           FROM hsds_records a
           WHERE a.kind = 'address' AND lantern_place_letters(a.data ->> 'city') = $1
             AND NOT EXISTS (SELECT 1 FROM directory_location_profiles p
               WHERE p.location_id = a.data ->> 'location_id' AND p.confidential)) c
     WHERE c.name <> '' AND c.state ~ '^[A-Z]{2}$' AND c.zip ~ '^[0-9]{5}$'
     GROUP BY c.name, c.state
     ORDER BY c.state, c.name`,
    [letters],
  );
}
