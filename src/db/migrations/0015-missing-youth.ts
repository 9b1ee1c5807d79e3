// Missing youth and custody notices (docs/MISSING-AND-CUSTODY.md). An episode opens with a
// `missing` event and closes with `returned`, so reports can count them per county. The profile
// holds only what the minimal alert packet prints: a description, the risk level, and a photo
// kept only while the youth's consent to its use in an alert is on record.
export const name = '0015-missing-youth';

export const up = `
CREATE TABLE missing_episodes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
  youth_id uuid NOT NULL,
  started_at timestamptz NOT NULL,
  ended_at timestamptz,
  last_known_place text,
  risk_level text CHECK (risk_level IS NULL OR risk_level IN ('low', 'elevated', 'high')),
  missing_event_id uuid NOT NULL REFERENCES case_events (id),
  returned_event_id uuid REFERENCES case_events (id),
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id),
  CHECK ((ended_at IS NULL) = (returned_event_id IS NULL))
);
-- At most one open episode per youth: a second "missing" while one is open is the same episode.
CREATE UNIQUE INDEX missing_episodes_open_idx ON missing_episodes (youth_id) WHERE ended_at IS NULL;
CREATE INDEX missing_episodes_jurisdiction_idx ON missing_episodes (jurisdiction_id, started_at);

CREATE TABLE missing_profiles (
  youth_id uuid PRIMARY KEY,
  jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
  height text,
  build text,
  hair text,
  eyes text,
  marks text,
  risk_level text CHECK (risk_level IS NULL OR risk_level IN ('low', 'elevated', 'high')),
  photo bytea,
  photo_content_type text CHECK (photo_content_type IS NULL
    OR photo_content_type IN ('image/jpeg', 'image/png')),
  photo_consent_by_user_id uuid REFERENCES users (id),
  photo_consent_at timestamptz,
  updated_by_user_id uuid NOT NULL REFERENCES users (id),
  updated_by_organization_id uuid NOT NULL,
  updated_at timestamptz NOT NULL,
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, updated_by_organization_id)
    REFERENCES organizations (jurisdiction_id, id),
  -- No photo without the youth's consent on record, with who recorded it and when.
  CHECK ((photo IS NULL) = (photo_content_type IS NULL)),
  CHECK (photo IS NULL OR (photo_consent_by_user_id IS NOT NULL AND photo_consent_at IS NOT NULL))
);
`;
