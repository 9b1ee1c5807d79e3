// Request rate limits counted in the database (docs/ARCHITECTURE.md, "Rate limits"), so that
// every app process on one PostgreSQL counts the same hits: an attacker who switches process
// behind the load balancer gets no more attempts. One row per limit and client, keyed by a
// keyed hash of both (the client's address is not kept in the clear); each hit is one atomic
// upsert, and rows whose window has ended are swept. Not a tenant table: a limit protects the
// whole deployment before anyone is known, as the sign-in routes and the public directory are.
export const name = '0043-rate-limits';

export const up = /* sql */ `
CREATE TABLE rate_limit_counters (
  key_hash text PRIMARY KEY CHECK (key_hash ~ '^[0-9a-f]{32}$'),
  hits integer NOT NULL CHECK (hits > 0),
  window_ends_at timestamptz NOT NULL
);
CREATE INDEX rate_limit_counters_window_ends_idx ON rate_limit_counters (window_ends_at);
`;
