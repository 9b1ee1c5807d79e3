// Who owns each directory record, and what is stored for the records an import names, so the
// import can tell a change from a row identical to what is stored (migration 0008).
import type { Queryable } from '../database.js';
import type { HsdsKind, HsdsRecord } from '../../hsds/tables.js';

const BATCH = 2000;

function* chunks<T>(items: readonly T[]): Generator<readonly T[]> {
  for (let i = 0; i < items.length; i += BATCH) yield items.slice(i, i + BATCH);
}

export interface StoredRecord {
  readonly ownerJurisdictionId: string;
  /** The stored copy holds exactly these fields and values. */
  readonly same: boolean;
  /** The stored copy when it differs (null when it is the same). */
  readonly data: HsdsRecord | null;
}

/** For each of `records` already in the directory: its owner, and whether it is unchanged. */
export async function storedRecords(
  db: Queryable,
  kind: HsdsKind,
  records: readonly HsdsRecord[],
): Promise<Map<string, StoredRecord>> {
  const out = new Map<string, StoredRecord>();
  for (const chunk of chunks(records)) {
    const rows = await db.query<{
      id: string;
      owner_jurisdiction_id: string;
      same: boolean;
      stored: HsdsRecord | null;
    }>(
      `SELECT r.id, r.owner_jurisdiction_id, r.data = e AS same,
         CASE WHEN r.data = e THEN NULL ELSE r.data END AS stored
       FROM jsonb_array_elements($2::jsonb) AS e
       JOIN hsds_records r ON r.kind = $1 AND r.id = e ->> 'id'`,
      [kind, JSON.stringify(chunk)],
    );
    for (const r of rows) {
      out.set(r.id, { ownerJurisdictionId: r.owner_jurisdiction_id, same: r.same, data: r.stored });
    }
  }
  return out;
}

/**
 * The owners of records by id: of one kind, or of any kind (an attribute's `link_id` and a
 * metadata row's `resource_id` name a record of a table given only in words).
 */
export async function recordOwners(
  db: Queryable,
  kind: HsdsKind | 'any',
  ids: readonly string[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const chunk of chunks([...new Set(ids)])) {
    const rows =
      kind === 'any'
        ? await db.query<{ id: string; owner_jurisdiction_id: string }>(
            `SELECT id, owner_jurisdiction_id FROM hsds_records WHERE id = ANY($1::text[])`,
            [chunk],
          )
        : await db.query<{ id: string; owner_jurisdiction_id: string }>(
            `SELECT id, owner_jurisdiction_id FROM hsds_records
             WHERE kind = $1 AND id = ANY($2::text[])`,
            [kind, chunk],
          );
    for (const r of rows) out.set(r.id, r.owner_jurisdiction_id);
  }
  return out;
}

/** The stored confidential flag of each location that has one (no row: not confidential). */
export async function locationFlags(
  db: Queryable,
  locationIds: readonly string[],
): Promise<Map<string, boolean>> {
  const out = new Map<string, boolean>();
  for (const chunk of chunks(locationIds)) {
    const rows = await db.query<{ location_id: string; confidential: boolean }>(
      `SELECT location_id, confidential FROM directory_location_profiles
       WHERE location_id = ANY($1::text[])`,
      [chunk],
    );
    for (const r of rows) out.set(r.location_id, r.confidential);
  }
  return out;
}

/** The Lantern agency each of these directory organizations is linked to. */
export async function linkedAgencies(
  db: Queryable,
  hsdsOrganizationIds: readonly string[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const chunk of chunks(hsdsOrganizationIds)) {
    const rows = await db.query<{ hsds_organization_id: string; organization_id: string }>(
      `SELECT hsds_organization_id, organization_id FROM directory_organization_links
       WHERE hsds_organization_id = ANY($1::text[])`,
      [chunk],
    );
    for (const r of rows) out.set(r.hsds_organization_id, r.organization_id);
  }
  return out;
}
