// Throttled sign-in (docs/ARCHITECTURE.md, "Sign-in throttling"): failures make attempts wait
// instead of locking the account. Counted per account and address (sign_in_addresses), per
// account from all addresses (users.failed_logins, its last failure, and locked_until, the
// account's wait, which administrators see as "locked"), and per account for second-factor
// codes. sessions.mfa_failures is no longer read: a new session does not reset code attempts.
export const name = '0007-sign-in-throttle';

export const up = /* sql */ `
ALTER TABLE users ADD COLUMN failed_login_at timestamptz;
ALTER TABLE users ADD COLUMN mfa_failures integer NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN mfa_failed_at timestamptz;

-- One row per account and address that failed or succeeded: its own failure count, and until
-- when the address is known to the account (and with which password, by a tag of its hash).
CREATE TABLE sign_in_addresses (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  address text NOT NULL,
  jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
  failures integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
  last_failure_at timestamptz,
  known_until timestamptz,
  known_password_tag text,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, address)
);
CREATE INDEX sign_in_addresses_updated_idx ON sign_in_addresses (user_id, updated_at);
`;
