import type { Queryable } from '../database.js';
import type { JurisdictionKind } from '../../domain/vocabulary.js';

export interface Jurisdiction {
  readonly id: string;
  readonly name: string;
  readonly kind: JurisdictionKind;
  readonly stateCode: string | null;
}

interface Row {
  id: string;
  name: string;
  kind: JurisdictionKind;
  state_code: string | null;
}

const toJurisdiction = (row: Row): Jurisdiction => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  stateCode: row.state_code,
});

export async function listJurisdictions(db: Queryable): Promise<Jurisdiction[]> {
  const rows = await db.query<Row>(
    'SELECT id, name, kind, state_code FROM jurisdictions ORDER BY name',
  );
  return rows.map(toJurisdiction);
}

export async function findJurisdiction(db: Queryable, id: string): Promise<Jurisdiction | null> {
  const [row] = await db.query<Row>(
    'SELECT id, name, kind, state_code FROM jurisdictions WHERE id = $1',
    [id],
  );
  return row ? toJurisdiction(row) : null;
}

export async function findJurisdictionByName(
  db: Queryable,
  name: string,
): Promise<Jurisdiction | null> {
  const [row] = await db.query<Row>(
    'SELECT id, name, kind, state_code FROM jurisdictions WHERE name = $1',
    [name],
  );
  return row ? toJurisdiction(row) : null;
}

export async function insertJurisdiction(
  db: Queryable,
  input: Omit<Jurisdiction, 'id'>,
): Promise<Jurisdiction> {
  const [row] = await db.query<Row>(
    `INSERT INTO jurisdictions (name, kind, state_code) VALUES ($1, $2, $3)
     RETURNING id, name, kind, state_code`,
    [input.name, input.kind, input.stateCode],
  );
  return toJurisdiction(row as Row);
}
