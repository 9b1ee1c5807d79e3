// Protective orders and hearings (docs/LEGAL-AND-MDT.md, "Protective orders and hearings"): both
// `legal` data of the organization that records them. An order names the person it restrains,
// typed or linked to a person the team listed around the youth (a verified contact of the same
// youth), and the renewal task it gave; a hearing the `hearing` case event recorded with it, so
// the protocol's firing and the hearing are one act.
export const name = '0024-protective-orders-hearings';

export const up = /* sql */ `
CREATE TABLE protective_orders (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL,
  youth_id uuid NOT NULL,
  type text NOT NULL CHECK (type IN ('emergency', 'temporary', 'permanent', 'criminal')),
  court text NOT NULL,
  issued_on date NOT NULL,
  expires_on date NOT NULL,
  -- The restrained person's names as recorded, also when linked: the link may be to a list the
  -- order's readers cannot read.
  restrained_name text NOT NULL,
  restrained_aliases text[] NOT NULL DEFAULT '{}',
  restrained_contact_id uuid,
  reminder_task_id uuid REFERENCES tasks (id),
  recorded_by_user_id uuid NOT NULL REFERENCES users (id),
  recorded_by_organization_id uuid NOT NULL,
  created_at timestamptz NOT NULL,
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, restrained_contact_id)
    REFERENCES verified_contacts (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, recorded_by_organization_id)
    REFERENCES organizations (jurisdiction_id, id),
  CHECK (expires_on >= issued_on)
);
CREATE INDEX protective_orders_youth_idx ON protective_orders (youth_id);

CREATE TABLE hearings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL,
  youth_id uuid NOT NULL,
  event_id uuid NOT NULL REFERENCES case_events (id),
  starts_at timestamptz NOT NULL,
  court text NOT NULL,
  -- Where the hearing is held: this county or another (its court staff see it on their calendar).
  hearing_jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
  type text NOT NULL CHECK (type IN
    ('detention', 'jurisdiction', 'disposition', 'review', 'trial_testimony', 'other')),
  youth_testifies boolean NOT NULL,
  -- Organizations of the case team who attend for the youth.
  attending_organization_ids uuid[] NOT NULL DEFAULT '{}',
  recorded_by_user_id uuid NOT NULL REFERENCES users (id),
  recorded_by_organization_id uuid NOT NULL,
  created_at timestamptz NOT NULL,
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, recorded_by_organization_id)
    REFERENCES organizations (jurisdiction_id, id)
);
CREATE INDEX hearings_youth_idx ON hearings (youth_id);
CREATE INDEX hearings_calendar_idx ON hearings (hearing_jurisdiction_id, starts_at);
CREATE INDEX hearings_case_calendar_idx ON hearings (jurisdiction_id, starts_at);
`;
