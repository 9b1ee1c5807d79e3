// Screening (docs/SCREENING.md): the instruments a county loads, versioned; the screenings
// administered, `screening` data of the administering organization; the county's re-screen
// schedule. Event types become a code list checked by shape (like job kinds in 0012), so a
// feature adds its own event (here `screening_result`) without rewriting this constraint.
export const name = '0013-screening';

export const up = /* sql */ `
ALTER TABLE case_events DROP CONSTRAINT case_events_type_check;
ALTER TABLE case_events ADD CONSTRAINT case_events_type_check CHECK (type ~ '^[a-z_]+$');

-- A county's instruments: each import of a key is its next version; none is ever changed.
CREATE TABLE screening_instruments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
  key text NOT NULL CHECK (key ~ '^[a-z0-9][a-z0-9-]{1,59}$'),
  version integer NOT NULL CHECK (version >= 1),
  definition jsonb NOT NULL,
  imported_by_user_id uuid NOT NULL REFERENCES users (id),
  imported_at timestamptz NOT NULL,
  UNIQUE (jurisdiction_id, key, version)
);

-- A screening as administered. The answers stay here, read only through the access module;
-- the score and the result are what tasks, events and the audit may carry.
CREATE TABLE screenings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL,
  youth_id uuid NOT NULL,
  instrument_key text NOT NULL,
  instrument_version integer NOT NULL,
  language text NOT NULL,
  answers jsonb NOT NULL,
  score integer NOT NULL,
  threshold integer NOT NULL,
  positive boolean NOT NULL,
  administered_at timestamptz NOT NULL,
  recorded_at timestamptz NOT NULL,
  administered_by_user_id uuid NOT NULL REFERENCES users (id),
  administered_by_organization_id uuid NOT NULL,
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, administered_by_organization_id)
    REFERENCES organizations (jurisdiction_id, id)
);
CREATE INDEX screenings_youth_idx ON screenings (youth_id, administered_at);

CREATE TABLE screening_schedules (
  jurisdiction_id uuid PRIMARY KEY REFERENCES jurisdictions (id),
  schedule jsonb NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by_user_id uuid REFERENCES users (id)
);
`;
