import type { Queryable } from '../database.js';
import { assignments } from '../sql.js';
import type { OrganizationType } from '../../domain/vocabulary.js';

export interface Organization {
  readonly id: string;
  readonly jurisdictionId: string;
  readonly name: string;
  readonly type: OrganizationType;
  readonly phone: string | null;
  readonly email: string | null;
  readonly active: boolean;
}

interface Row {
  id: string;
  jurisdiction_id: string;
  name: string;
  type: OrganizationType;
  phone: string | null;
  email: string | null;
  active: boolean;
}

const COLUMNS = 'id, jurisdiction_id, name, type, phone, email, active';

function toOrganization(row: Row): Organization {
  return {
    id: row.id,
    jurisdictionId: row.jurisdiction_id,
    name: row.name,
    type: row.type,
    phone: row.phone,
    email: row.email,
    active: row.active,
  };
}

export async function findOrganization(db: Queryable, id: string): Promise<Organization | null> {
  const [row] = await db.query<Row>(`SELECT ${COLUMNS} FROM organizations WHERE id = $1`, [id]);
  return row ? toOrganization(row) : null;
}

export async function listOrganizations(
  db: Queryable,
  filter: { readonly jurisdictionId?: string | undefined; readonly includeInactive?: boolean },
): Promise<Organization[]> {
  const rows = await db.query<Row>(
    `SELECT ${COLUMNS} FROM organizations
     WHERE ($1::uuid IS NULL OR jurisdiction_id = $1) AND (active OR $2)
     ORDER BY name`,
    [filter.jurisdictionId ?? null, filter.includeInactive ?? false],
  );
  return rows.map(toOrganization);
}

export async function insertOrganization(
  db: Queryable,
  input: Omit<Organization, 'id' | 'active'>,
): Promise<Organization> {
  const [row] = await db.query<Row>(
    `INSERT INTO organizations (jurisdiction_id, name, type, phone, email)
     VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
    [input.jurisdictionId, input.name, input.type, input.phone, input.email],
  );
  return toOrganization(row as Row);
}

export async function updateOrganization(
  db: Queryable,
  id: string,
  changes: Partial<Pick<Organization, 'name' | 'phone' | 'email' | 'active'>>,
): Promise<Organization> {
  const set = assignments(
    changes,
    { name: 'name', phone: 'phone', email: 'email', active: 'active' },
    2,
  );
  const [row] = await db.query<Row>(
    `UPDATE organizations SET ${set.sql} WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, ...set.params],
  );
  return toOrganization(row as Row);
}
