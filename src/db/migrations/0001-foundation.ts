// Jurisdictions, organizations, accounts, sessions, point persons, agreements and the audit log.
// Every tenant table carries jurisdiction_id: the key a distributed PostgreSQL would shard on.
export const name = '0001-foundation';

export const up = /* sql */ `
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE jurisdictions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('county', 'region', 'state')),
  state_code text CHECK (state_code ~ '^[A-Z]{2}$'),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE organizations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
  name text NOT NULL,
  type text NOT NULL CHECK (type IN ('advocacy', 'child_welfare', 'probation', 'law_enforcement',
    'district_attorney', 'juvenile_court', 'child_advocacy_center', 'medical', 'mental_health',
    'community_provider', 'county_lead', 'oversight')),
  phone text,
  email text,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (jurisdiction_id, name),
  UNIQUE (jurisdiction_id, id)
);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
  organization_id uuid NOT NULL,
  email text NOT NULL,
  display_name text NOT NULL,
  roles text[] NOT NULL CHECK (cardinality(roles) > 0),
  language text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'es')),
  password_hash text NOT NULL,
  must_change_password boolean NOT NULL DEFAULT false,
  mfa_enabled boolean NOT NULL DEFAULT false,
  mfa_secret_sealed text,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  last_login_at timestamptz,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (jurisdiction_id, organization_id) REFERENCES organizations (jurisdiction_id, id)
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE INDEX users_organization_idx ON users (organization_id);

-- Only a hash of the session token is stored: a copy of this table opens no session.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
  csrf_token text NOT NULL,
  mfa_passed boolean NOT NULL DEFAULT false,
  mfa_failures integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  ip text,
  user_agent text
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE point_persons (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
  organization_id uuid NOT NULL,
  function text NOT NULL,
  name text NOT NULL,
  title text,
  phone text,
  after_hours_phone text,
  email text,
  notes text,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (jurisdiction_id, organization_id) REFERENCES organizations (jurisdiction_id, id)
);
CREATE INDEX point_persons_org_idx ON point_persons (organization_id);

CREATE TABLE mous (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
  title text NOT NULL,
  purpose text NOT NULL,
  categories text[] NOT NULL CHECK (cardinality(categories) > 0),
  starts_on date NOT NULL,
  ends_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on IS NULL OR ends_on >= starts_on),
  UNIQUE (jurisdiction_id, id)
);

CREATE TABLE mou_parties (
  mou_id uuid NOT NULL,
  jurisdiction_id uuid NOT NULL,
  organization_id uuid NOT NULL,
  PRIMARY KEY (mou_id, organization_id),
  FOREIGN KEY (jurisdiction_id, mou_id) REFERENCES mous (jurisdiction_id, id) ON DELETE CASCADE,
  FOREIGN KEY (jurisdiction_id, organization_id) REFERENCES organizations (jurisdiction_id, id)
);
CREATE INDEX mou_parties_org_idx ON mou_parties (organization_id);

-- The audit log: append-only, each event hashed with the one before it.
CREATE TABLE audit_events (
  seq bigint PRIMARY KEY,
  at timestamptz NOT NULL,
  actor_user_id uuid,
  actor_organization_id uuid,
  jurisdiction_id uuid,
  action text NOT NULL,
  target_type text,
  target_id text,
  categories text[] NOT NULL DEFAULT '{}',
  outcome text NOT NULL CHECK (outcome IN ('allowed', 'denied')),
  reason text,
  ip text,
  user_agent text,
  details jsonb NOT NULL DEFAULT '{}',
  prev_hash text NOT NULL,
  hash text NOT NULL
);
CREATE INDEX audit_events_target_idx ON audit_events (target_type, target_id);
CREATE INDEX audit_events_jurisdiction_idx ON audit_events (jurisdiction_id, at);

-- One row holds the head of the chain; updating it serialises appends across processes.
CREATE TABLE audit_chain_head (
  id integer PRIMARY KEY CHECK (id = 1),
  seq bigint NOT NULL,
  hash text NOT NULL
);
INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, 0, repeat('0', 64));

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END;
$$;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();

-- Key material wrapped by the master key (never the master key itself).
CREATE TABLE settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
`;
