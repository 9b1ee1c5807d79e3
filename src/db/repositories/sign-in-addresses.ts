import type { Queryable } from '../database.js';

/** What one account has seen from one address: its own failures, and whether it is known. */
export interface SignInAddress {
  readonly failures: number;
  readonly lastFailureAt: Date | null;
  readonly knownUntil: Date | null;
  readonly knownPasswordTag: string | null;
}

interface Row {
  failures: number;
  last_failure_at: Date | null;
  known_until: Date | null;
  known_password_tag: string | null;
}

interface Key {
  readonly userId: string;
  readonly jurisdictionId: string;
  readonly address: string;
}

export async function findSignInAddress(
  db: Queryable,
  userId: string,
  address: string,
): Promise<SignInAddress | null> {
  const [row] = await db.query<Row>(
    `SELECT failures, last_failure_at, known_until, known_password_tag
       FROM sign_in_addresses WHERE user_id = $1 AND address = $2`,
    [userId, address],
  );
  return row
    ? {
        failures: row.failures,
        lastFailureAt: row.last_failure_at,
        knownUntil: row.known_until,
        knownPasswordTag: row.known_password_tag,
      }
    : null;
}

/** Stores the address's failure count; whether it is known stays as it was. */
export async function recordAddressFailure(
  db: Queryable,
  key: Key,
  count: { readonly failures: number; readonly lastFailureAt: Date },
): Promise<void> {
  await db.query(
    `INSERT INTO sign_in_addresses (user_id, address, jurisdiction_id, failures, last_failure_at,
       updated_at)
     VALUES ($1, $2, $3, $4, $5, $5)
     ON CONFLICT (user_id, address) DO UPDATE
       SET failures = EXCLUDED.failures, last_failure_at = EXCLUDED.last_failure_at,
           updated_at = EXCLUDED.updated_at`,
    [key.userId, key.address, key.jurisdictionId, count.failures, count.lastFailureAt],
  );
}

/** The password was right from this address: its failures start over and it is known. */
export async function recordAddressSuccess(
  db: Queryable,
  key: Key,
  known: { readonly until: Date; readonly passwordTag: string; readonly at: Date },
): Promise<void> {
  await db.query(
    `INSERT INTO sign_in_addresses (user_id, address, jurisdiction_id, failures, known_until,
       known_password_tag, updated_at)
     VALUES ($1, $2, $3, 0, $4, $5, $6)
     ON CONFLICT (user_id, address) DO UPDATE
       SET failures = 0, last_failure_at = NULL, known_until = EXCLUDED.known_until,
           known_password_tag = EXCLUDED.known_password_tag, updated_at = EXCLUDED.updated_at`,
    [key.userId, key.address, key.jurisdictionId, known.until, known.passwordTag, known.at],
  );
}

/**
 * Forgets an account's addresses untouched since `before`: their counts no longer matter and
 * they are no longer known, so many guessing addresses do not grow the table for ever.
 */
export async function forgetSignInAddresses(
  db: Queryable,
  userId: string,
  before: Date,
): Promise<void> {
  await db.query('DELETE FROM sign_in_addresses WHERE user_id = $1 AND updated_at < $2', [
    userId,
    before,
  ]);
}
