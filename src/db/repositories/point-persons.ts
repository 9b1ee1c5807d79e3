import type { Queryable } from '../database.js';
import { assignments, containsPattern } from '../sql.js';
import type { OrganizationType } from '../../domain/vocabulary.js';

/** Who to call at an organization for one function; a directory open to every signed-in user. */
export interface PointPerson {
  readonly id: string;
  readonly jurisdictionId: string;
  readonly jurisdictionName: string;
  readonly organizationId: string;
  readonly organizationName: string;
  readonly organizationType: OrganizationType;
  readonly function: string;
  readonly name: string;
  readonly title: string | null;
  readonly phone: string | null;
  readonly afterHoursPhone: string | null;
  readonly email: string | null;
  readonly notes: string | null;
  readonly active: boolean;
}

export type PointPersonFields = Pick<
  PointPerson,
  'function' | 'name' | 'title' | 'phone' | 'afterHoursPhone' | 'email' | 'notes'
>;

interface Row {
  id: string;
  jurisdiction_id: string;
  jurisdiction_name: string;
  organization_id: string;
  organization_name: string;
  organization_type: OrganizationType;
  function: string;
  name: string;
  title: string | null;
  phone: string | null;
  after_hours_phone: string | null;
  email: string | null;
  notes: string | null;
  active: boolean;
}

const SELECT = `SELECT p.id, p.jurisdiction_id, j.name AS jurisdiction_name, p.organization_id,
    o.name AS organization_name, o.type AS organization_type, p.function, p.name, p.title,
    p.phone, p.after_hours_phone, p.email, p.notes, p.active
  FROM point_persons p
  JOIN organizations o ON o.id = p.organization_id
  JOIN jurisdictions j ON j.id = p.jurisdiction_id`;

const toPointPerson = (row: Row): PointPerson => ({
  id: row.id,
  jurisdictionId: row.jurisdiction_id,
  jurisdictionName: row.jurisdiction_name,
  organizationId: row.organization_id,
  organizationName: row.organization_name,
  organizationType: row.organization_type,
  function: row.function,
  name: row.name,
  title: row.title,
  phone: row.phone,
  afterHoursPhone: row.after_hours_phone,
  email: row.email,
  notes: row.notes,
  active: row.active,
});

export async function findPointPerson(db: Queryable, id: string): Promise<PointPerson | null> {
  const [row] = await db.query<Row>(`${SELECT} WHERE p.id = $1`, [id]);
  return row ? toPointPerson(row) : null;
}

export async function listPointPersons(
  db: Queryable,
  filter: {
    readonly jurisdictionId?: string | undefined;
    readonly organizationId?: string | undefined;
    readonly function?: string | undefined;
  },
): Promise<PointPerson[]> {
  const rows = await db.query<Row>(
    `${SELECT}
     WHERE p.active
       AND ($1::uuid IS NULL OR p.jurisdiction_id = $1)
       AND ($2::uuid IS NULL OR p.organization_id = $2)
       AND ($3::text IS NULL OR p.function ILIKE $3)
     ORDER BY j.name, o.name, p.function, p.name`,
    [
      filter.jurisdictionId ?? null,
      filter.organizationId ?? null,
      filter.function === undefined ? null : containsPattern(filter.function),
    ],
  );
  return rows.map(toPointPerson);
}

export async function insertPointPerson(
  db: Queryable,
  input: PointPersonFields & { readonly jurisdictionId: string; readonly organizationId: string },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO point_persons (jurisdiction_id, organization_id, function, name, title, phone,
       after_hours_phone, email, notes)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      input.jurisdictionId,
      input.organizationId,
      input.function,
      input.name,
      input.title,
      input.phone,
      input.afterHoursPhone,
      input.email,
      input.notes,
    ],
  );
  return (row as { id: string }).id;
}

const COLUMNS = {
  function: 'function',
  name: 'name',
  title: 'title',
  phone: 'phone',
  afterHoursPhone: 'after_hours_phone',
  email: 'email',
  notes: 'notes',
  active: 'active',
} as const;

export async function updatePointPerson(
  db: Queryable,
  id: string,
  changes: Partial<PointPersonFields & { active: boolean }>,
): Promise<string[]> {
  const set = assignments(changes, COLUMNS, 2);
  await db.query(`UPDATE point_persons SET ${set.sql} WHERE id = $1`, [id, ...set.params]);
  return set.fields;
}

/** Whether the account's email is that of an active point person of its own organization. */
export async function isPointPersonOfOwnOrganization(
  db: Queryable,
  userId: string,
): Promise<boolean> {
  const [row] = await db.query<{ yes: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM users u JOIN point_persons p
       ON p.organization_id = u.organization_id AND p.active AND lower(p.email) = lower(u.email)
       WHERE u.id = $1) AS yes`,
    [userId],
  );
  return row?.yes ?? false;
}
