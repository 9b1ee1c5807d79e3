// Which jurisdiction an operator's `lantern import-hsds` is for: named by id or by name, or,
// when the database holds exactly one, that one. The import's new records belong to it, and
// it changes only records it owns.
import type { Queryable } from '../../../db/database.js';
import { listJurisdictions, type Jurisdiction } from '../../../db/repositories/jurisdictions.js';

export class ImportJurisdictionError extends Error {}

export async function importJurisdiction(
  db: Queryable,
  given: string | undefined,
): Promise<Jurisdiction> {
  const all = await listJurisdictions(db);
  const names = all.map((j) => j.name).join(', ');
  if (all.length === 0) {
    throw new ImportJurisdictionError(
      'there is no jurisdiction yet to own the directory: set one up with `lantern init` first',
    );
  }
  if (given === undefined) {
    if (all.length === 1) return all[0] as Jurisdiction;
    throw new ImportJurisdictionError(
      `this database holds ${all.length} jurisdictions (${names}): say which the import is for with --jurisdiction <id|name>`,
    );
  }
  const wanted = given.trim().toLowerCase();
  const found = all.find((j) => j.id === wanted || j.name.toLowerCase() === wanted);
  if (!found) {
    throw new ImportJurisdictionError(
      `--jurisdiction: no jurisdiction "${given.slice(0, 100)}"; there are: ${names}`,
    );
  }
  return found;
}
