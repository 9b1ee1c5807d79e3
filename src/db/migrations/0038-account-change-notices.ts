// A notice on every committed change to a session, an account or an organization, for the one
// process that may keep what it read of them (src/db/repositories/session-cache.ts).
//
// Only a process that alone writes the database turns the notices on (PGlite, whose data
// directory is locked to one process: `SET lantern.account_notices = 'on'`); on PostgreSQL
// nobody does, nothing is sent, and every request reads its session afresh. A session's
// `last_seen_at` alone is not a change: the process that writes it updates what it kept.
// The triggers run once per statement, so a bulk change sends one notice.
export const name = '0038-account-change-notices';

export const up = /* sql */ `
CREATE FUNCTION lantern_account_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('lantern.account_notices', true) = 'on' THEN
    PERFORM pg_notify('lantern_account_change', TG_TABLE_NAME);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER sessions_changed
  AFTER UPDATE OF token_hash, user_id, jurisdiction_id, csrf_token, mfa_passed, created_at
    OR DELETE ON sessions
  FOR EACH STATEMENT EXECUTE FUNCTION lantern_account_changed();
CREATE TRIGGER sessions_truncated AFTER TRUNCATE ON sessions
  FOR EACH STATEMENT EXECUTE FUNCTION lantern_account_changed();

CREATE TRIGGER users_changed AFTER UPDATE OR DELETE OR TRUNCATE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION lantern_account_changed();

CREATE TRIGGER organizations_changed AFTER UPDATE OR DELETE OR TRUNCATE ON organizations
  FOR EACH STATEMENT EXECUTE FUNCTION lantern_account_changed();
`;
