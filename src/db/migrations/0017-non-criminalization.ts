// Non-criminalization support (docs/PROTOCOL.md, Non-criminalization): the legal profile lists the
// offenses the state does not charge minors with; a prosecutor records a charging step; each time
// Lantern shows the plain statement (or "consider victim status") to the person recording an
// arrest attempt or a charging step, a row says so; and a view counts arrest attempts, charging
// steps and detentions of youth already identified as victims, for the reports.
export const name = '0017-non-criminalization';

export const up = /* sql */ `
-- Null: the profile's default list (federal, or California's for the demo county).
ALTER TABLE legal_profiles ADD COLUMN covered_offenses jsonb;

-- The charging event type needs no constraint here: since 0013 the database checks event types
-- by shape and the list is EVENT_TYPES in src/domain/case-events.ts.

-- What the recorder of an arrest attempt or charging step was shown, in the answer to the
-- recording: the statement (covered) or "consider victim status". Codes only, never text.
CREATE TABLE non_criminalization_notices (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
  youth_id uuid NOT NULL,
  event_id uuid NOT NULL UNIQUE REFERENCES case_events (id),
  decision text NOT NULL CHECK (decision IN ('covered', 'consider_victim_status')),
  offense_code text NOT NULL CHECK (offense_code ~ '^[a-z0-9_]{1,60}$'),
  shown_to_user_id uuid NOT NULL REFERENCES users (id),
  shown_to_organization_id uuid NOT NULL,
  shown_at timestamptz NOT NULL,
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, shown_to_organization_id)
    REFERENCES organizations (jurisdiction_id, id)
);
CREATE INDEX non_criminalization_notices_jurisdiction_idx
  ON non_criminalization_notices (jurisdiction_id, shown_at);

-- Arrest attempts, charging steps and detentions of a youth identified as a victim at or before
-- the event: what the reports count (never names; join nothing of the youth but its id).
CREATE VIEW identified_victim_custody_events AS
  SELECT e.id AS event_id, e.jurisdiction_id, e.youth_id, e.type, e.occurred_at,
    COALESCE((e.details ->> 'covered')::boolean, false) AS covered
  FROM case_events e
  WHERE e.type IN ('arrest_attempt', 'charging', 'detention')
    AND EXISTS (SELECT 1 FROM case_events i
      WHERE i.youth_id = e.youth_id AND i.type = 'identification'
        AND i.occurred_at <= e.occurred_at);
`;
