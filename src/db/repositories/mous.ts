import type { Queryable } from '../database.js';
import { assignments } from '../sql.js';
import type { DataCategory } from '../../domain/vocabulary.js';

/** An information-sharing agreement: which categories may flow among its parties, when, why. */
export interface Mou {
  readonly id: string;
  readonly jurisdictionId: string;
  readonly title: string;
  readonly purpose: string;
  readonly categories: DataCategory[];
  readonly organizationIds: string[];
  readonly startsOn: string;
  readonly endsOn: string | null;
}

interface Row {
  id: string;
  jurisdiction_id: string;
  title: string;
  purpose: string;
  categories: DataCategory[];
  organization_ids: string[];
  starts_on: string;
  ends_on: string | null;
}

const SELECT = `SELECT m.id, m.jurisdiction_id, m.title, m.purpose, m.categories, m.starts_on, m.ends_on,
    COALESCE((SELECT array_agg(p.organization_id::text ORDER BY p.organization_id)
              FROM mou_parties p WHERE p.mou_id = m.id), '{}') AS organization_ids
  FROM mous m`;

const toMou = (row: Row): Mou => ({
  id: row.id,
  jurisdictionId: row.jurisdiction_id,
  title: row.title,
  purpose: row.purpose,
  categories: row.categories,
  organizationIds: row.organization_ids,
  startsOn: row.starts_on,
  endsOn: row.ends_on,
});

export async function findMou(db: Queryable, id: string): Promise<Mou | null> {
  const [row] = await db.query<Row>(`${SELECT} WHERE m.id = $1`, [id]);
  return row ? toMou(row) : null;
}

export async function listMous(db: Queryable, jurisdictionId: string): Promise<Mou[]> {
  const rows = await db.query<Row>(
    `${SELECT} WHERE m.jurisdiction_id = $1 ORDER BY m.starts_on DESC, m.title`,
    [jurisdictionId],
  );
  return rows.map(toMou);
}

export type MouFields = Omit<Mou, 'id' | 'jurisdictionId'>;

async function replaceParties(
  db: Queryable,
  mou: { id: string; jurisdictionId: string },
  organizationIds: readonly string[],
) {
  await db.query('DELETE FROM mou_parties WHERE mou_id = $1', [mou.id]);
  await db.query(
    `INSERT INTO mou_parties (mou_id, jurisdiction_id, organization_id)
     SELECT $1, $2, unnest($3::uuid[])`,
    [mou.id, mou.jurisdictionId, organizationIds],
  );
}

export async function insertMou(
  db: Queryable,
  jurisdictionId: string,
  input: MouFields,
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO mous (jurisdiction_id, title, purpose, categories, starts_on, ends_on)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [jurisdictionId, input.title, input.purpose, input.categories, input.startsOn, input.endsOn],
  );
  const id = (row as { id: string }).id;
  await replaceParties(db, { id, jurisdictionId }, input.organizationIds);
  return id;
}

const COLUMNS = {
  title: 'title',
  purpose: 'purpose',
  categories: 'categories',
  startsOn: 'starts_on',
  endsOn: 'ends_on',
} as const;

export async function updateMou(
  db: Queryable,
  mou: { readonly id: string; readonly jurisdictionId: string },
  changes: Partial<MouFields>,
): Promise<string[]> {
  const set = assignments(changes, COLUMNS, 2);
  await db.query(`UPDATE mous SET ${set.sql} WHERE id = $1`, [mou.id, ...set.params]);
  if (changes.organizationIds) {
    await replaceParties(db, mou, changes.organizationIds);
    return [...set.fields, 'organizationIds'];
  }
  return set.fields;
}
