import type { Queryable } from '../database.js';
import { assignments } from '../sql.js';
import type { OrganizationType, Role } from '../../domain/vocabulary.js';

/** An account as administrators see it: never a hash or a second-factor secret. */
export interface User {
  readonly id: string;
  readonly jurisdictionId: string;
  readonly organizationId: string;
  readonly organizationName: string;
  readonly organizationType: OrganizationType;
  readonly email: string;
  readonly displayName: string;
  readonly roles: Role[];
  readonly language: 'en' | 'es';
  readonly active: boolean;
  readonly mfaEnabled: boolean;
  readonly mustChangePassword: boolean;
  readonly lockedUntil: Date | null;
  readonly lastLoginAt: Date | null;
}

/** What sign-in needs besides the account. */
export interface UserCredentials {
  readonly passwordHash: string;
  readonly mfaSecretSealed: string | null;
  /** The account's password failures from every address, and when the last one was. */
  readonly failedLogins: number;
  readonly failedLoginAt: Date | null;
  /** Wrong codes against the enrolled authenticator, across sessions. */
  readonly mfaFailures: number;
  readonly mfaFailedAt: Date | null;
}

/** An account's row without its credentials (the columns of ACCOUNT_COLUMNS). */
export interface AccountRow {
  id: string;
  jurisdiction_id: string;
  organization_id: string;
  organization_name: string;
  organization_type: OrganizationType;
  email: string;
  display_name: string;
  roles: Role[];
  language: 'en' | 'es';
  active: boolean;
  mfa_enabled: boolean;
  must_change_password: boolean;
  locked_until: Date | null;
  last_login_at: Date | null;
}

interface Row extends AccountRow {
  password_hash: string;
  mfa_secret_sealed: string | null;
  failed_logins: number;
  failed_login_at: Date | null;
  mfa_failures: number;
  mfa_failed_at: Date | null;
}

/** An account without its credentials, from `users u` joined with `organizations o`. */
export const ACCOUNT_COLUMNS = `u.id, u.jurisdiction_id, u.organization_id,
    o.name AS organization_name, o.type AS organization_type, u.email, u.display_name, u.roles,
    u.language, u.active, u.mfa_enabled, u.must_change_password, u.locked_until,
    u.last_login_at`;

const SELECT = `SELECT ${ACCOUNT_COLUMNS},
    u.password_hash, u.mfa_secret_sealed, u.failed_logins, u.failed_login_at, u.mfa_failures,
    u.mfa_failed_at
  FROM users u JOIN organizations o ON o.id = u.organization_id`;

export function toUser(row: AccountRow): User {
  return {
    id: row.id,
    jurisdictionId: row.jurisdiction_id,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    organizationType: row.organization_type,
    email: row.email,
    displayName: row.display_name,
    roles: row.roles,
    language: row.language,
    active: row.active,
    mfaEnabled: row.mfa_enabled,
    mustChangePassword: row.must_change_password,
    lockedUntil: row.locked_until,
    lastLoginAt: row.last_login_at,
  };
}

function toCredentials(row: Row): UserCredentials {
  return {
    passwordHash: row.password_hash,
    mfaSecretSealed: row.mfa_secret_sealed,
    failedLogins: row.failed_logins,
    failedLoginAt: row.failed_login_at,
    mfaFailures: row.mfa_failures,
    mfaFailedAt: row.mfa_failed_at,
  };
}

export async function findUser(db: Queryable, id: string): Promise<User | null> {
  const [row] = await db.query<Row>(`${SELECT} WHERE u.id = $1`, [id]);
  return row ? toUser(row) : null;
}

export async function findUserWithCredentials(
  db: Queryable,
  by: { readonly id: string } | { readonly email: string },
  lock = false,
): Promise<{ user: User; credentials: UserCredentials } | null> {
  const where = 'id' in by ? 'u.id = $1' : 'lower(u.email) = lower($1)';
  const [row] = await db.query<Row>(`${SELECT} WHERE ${where}${lock ? ' FOR UPDATE OF u' : ''}`, [
    'id' in by ? by.id : by.email,
  ]);
  return row ? { user: toUser(row), credentials: toCredentials(row) } : null;
}

export async function listUsers(db: Queryable, jurisdictionId: string): Promise<User[]> {
  const rows = await db.query<Row>(
    `${SELECT} WHERE u.jurisdiction_id = $1 ORDER BY o.name, u.display_name`,
    [jurisdictionId],
  );
  return rows.map(toUser);
}

export async function insertUser(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly organizationId: string;
    readonly email: string;
    readonly displayName: string;
    readonly roles: readonly Role[];
    readonly language: 'en' | 'es';
    readonly passwordHash: string;
    readonly mustChangePassword: boolean;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO users (jurisdiction_id, organization_id, email, display_name, roles, language,
       password_hash, must_change_password)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      input.jurisdictionId,
      input.organizationId,
      input.email,
      input.displayName,
      input.roles,
      input.language,
      input.passwordHash,
      input.mustChangePassword,
    ],
  );
  return (row as { id: string }).id;
}

export interface UserChanges {
  displayName?: string;
  organizationId?: string;
  roles?: readonly Role[];
  language?: 'en' | 'es';
  active?: boolean;
  passwordHash?: string;
  mustChangePassword?: boolean;
  mfaEnabled?: boolean;
  mfaSecretSealed?: string | null;
  failedLogins?: number;
  failedLoginAt?: Date | null;
  lockedUntil?: Date | null;
  mfaFailures?: number;
  mfaFailedAt?: Date | null;
  lastLoginAt?: Date;
}

const USER_COLUMNS: Readonly<Record<keyof UserChanges, string>> = {
  displayName: 'display_name',
  organizationId: 'organization_id',
  roles: 'roles',
  language: 'language',
  active: 'active',
  passwordHash: 'password_hash',
  mustChangePassword: 'must_change_password',
  mfaEnabled: 'mfa_enabled',
  mfaSecretSealed: 'mfa_secret_sealed',
  failedLogins: 'failed_logins',
  failedLoginAt: 'failed_login_at',
  lockedUntil: 'locked_until',
  mfaFailures: 'mfa_failures',
  mfaFailedAt: 'mfa_failed_at',
  lastLoginAt: 'last_login_at',
};

export async function updateUser(db: Queryable, id: string, changes: UserChanges): Promise<void> {
  const set = assignments(changes, USER_COLUMNS, 2);
  await db.query(`UPDATE users SET ${set.sql} WHERE id = $1`, [id, ...set.params]);
}

/** Display names of accounts, by id (who saved a rule version, say); unknown ids are left out. */
export async function listUserNames(
  db: Queryable,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<{ id: string; display_name: string }>(
    `SELECT id, display_name FROM users WHERE id = ANY($1::uuid[])`,
    [[...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/**
 * The language each of these addresses' active accounts chose, by lower-cased address. An
 * address without an active account is absent (its email is written in English).
 */
export async function languagesByEmail(
  db: Queryable,
  emails: readonly string[],
): Promise<Map<string, 'en' | 'es'>> {
  if (emails.length === 0) return new Map();
  const rows = await db.query<{ email: string; language: 'en' | 'es' }>(
    `SELECT lower(email) AS email, language FROM users WHERE active AND lower(email) = ANY($1)`,
    [emails.map((e) => e.toLowerCase())],
  );
  return new Map(rows.map((r) => [r.email, r.language]));
}
