import type { Queryable } from '../database.js';
import { ACCOUNT_COLUMNS, toUser, type AccountRow, type User } from './users.js';

export interface StoredSession {
  readonly tokenHash: string;
  readonly userId: string;
  readonly jurisdictionId: string;
  readonly csrfToken: string;
  /** The enrolled second factor was checked in this session, or none was due at sign-in. */
  readonly mfaPassed: boolean;
  readonly createdAt: Date;
  readonly lastSeenAt: Date;
}

interface Row {
  token_hash: string;
  user_id: string;
  jurisdiction_id: string;
  csrf_token: string;
  mfa_passed: boolean;
  created_at: Date;
  last_seen_at: Date;
}

const toSession = (row: Row): StoredSession => ({
  tokenHash: row.token_hash,
  userId: row.user_id,
  jurisdictionId: row.jurisdiction_id,
  csrfToken: row.csrf_token,
  mfaPassed: row.mfa_passed,
  createdAt: row.created_at,
  lastSeenAt: row.last_seen_at,
});

export async function insertSession(
  db: Queryable,
  session: StoredSession & { readonly ip: string | null; readonly userAgent: string | null },
): Promise<void> {
  await db.query(
    `INSERT INTO sessions (token_hash, user_id, jurisdiction_id, csrf_token, mfa_passed,
       created_at, last_seen_at, ip, user_agent)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      session.tokenHash,
      session.userId,
      session.jurisdictionId,
      session.csrfToken,
      session.mfaPassed,
      session.createdAt,
      session.lastSeenAt,
      session.ip,
      session.userAgent,
    ],
  );
}

/**
 * A session and its account (without the account's credentials) in one statement: what every
 * signed-in request reads first. `user` is null when the account is gone.
 */
export async function findSessionWithUser(
  db: Queryable,
  tokenHash: string,
): Promise<{ session: StoredSession; user: User | null } | null> {
  const [row] = await db.query<
    {
      session_jurisdiction_id: string;
      session_user_id: string;
      session_created_at: Date;
    } & Omit<Row, 'jurisdiction_id' | 'user_id' | 'created_at'> &
      (AccountRow | Record<keyof AccountRow, null>)
  >(
    `SELECT s.token_hash, s.user_id AS session_user_id,
       s.jurisdiction_id AS session_jurisdiction_id, s.csrf_token, s.mfa_passed,
       s.created_at AS session_created_at, s.last_seen_at, ${ACCOUNT_COLUMNS}
     FROM sessions s
     LEFT JOIN users u ON u.id = s.user_id
     LEFT JOIN organizations o ON o.id = u.organization_id
     WHERE s.token_hash = $1`,
    [tokenHash],
  );
  if (!row) return null;
  const session = toSession({
    token_hash: row.token_hash,
    user_id: row.session_user_id,
    jurisdiction_id: row.session_jurisdiction_id,
    csrf_token: row.csrf_token,
    mfa_passed: row.mfa_passed,
    created_at: row.session_created_at,
    last_seen_at: row.last_seen_at,
  });
  return { session, user: row.id === null ? null : toUser(row) };
}

export async function touchSession(db: Queryable, tokenHash: string, at: Date): Promise<void> {
  await db.query('UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1', [tokenHash, at]);
}

/** The second factor was checked (or set up) in this session. */
export async function markSessionMfaPassed(db: Queryable, tokenHash: string): Promise<void> {
  await db.query('UPDATE sessions SET mfa_passed = true WHERE token_hash = $1', [tokenHash]);
}

export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
}

/** Ends every session of a person, except optionally the one in use. */
export async function deleteSessionsOfUser(
  db: Queryable,
  userId: string,
  keep?: string,
): Promise<void> {
  await db.query('DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2', [
    userId,
    keep ?? '',
  ]);
}
