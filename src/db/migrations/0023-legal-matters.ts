// Legal matters on a case (docs/LEGAL-AND-MDT.md, "Certifications and compensation"): T/U visa
// certification requests and victim compensation claims, each `legal` data of the organization
// that recorded it. A certifying agency is an organization of the same jurisdiction (the foreign
// key says so) or an outside agency by name, never both. The legal profile gains the clocks of
// both; a profile stored before this migration loads with California's defaults.
export const name = '0023-legal-matters';

export const up = /* sql */ `
ALTER TABLE legal_profiles ADD COLUMN legal_matter_clocks jsonb
  CHECK (legal_matter_clocks IS NULL OR jsonb_typeof(legal_matter_clocks) = 'object');

CREATE TABLE certification_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
  youth_id uuid NOT NULL,
  recorded_by_organization_id uuid NOT NULL,
  recorded_by_user_id uuid NOT NULL REFERENCES users (id),
  visa_kind text NOT NULL CHECK (visa_kind IN ('u_visa', 't_visa')),
  certifying_organization_id uuid,
  outside_agency_name text CHECK (outside_agency_name IS NULL OR length(outside_agency_name) <= 200),
  received_on date NOT NULL,
  removal_proceedings boolean NOT NULL,
  -- The answer is due by the end of due_on in the county's time zone, i.e. at due_at.
  due_on date NOT NULL,
  due_at timestamptz NOT NULL,
  -- The certifying agency's task, when it is an organization in Lantern.
  task_id uuid REFERENCES tasks (id),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'certified', 'declined')),
  decline_reason text CHECK (decline_reason IS NULL OR length(decline_reason) <= 2000),
  outcome_at timestamptz,
  outcome_by_user_id uuid REFERENCES users (id),
  outcome_by_organization_id uuid,
  created_at timestamptz NOT NULL,
  CHECK ((certifying_organization_id IS NULL) <> (outside_agency_name IS NULL)),
  CHECK ((status = 'declined') = (decline_reason IS NOT NULL)),
  CHECK ((status = 'pending') = (outcome_at IS NULL)),
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, recorded_by_organization_id)
    REFERENCES organizations (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, certifying_organization_id)
    REFERENCES organizations (jurisdiction_id, id)
);
CREATE INDEX certification_requests_youth_idx ON certification_requests (youth_id, received_on);
CREATE INDEX certification_requests_task_idx ON certification_requests (task_id);

CREATE TABLE compensation_claims (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
  youth_id uuid NOT NULL,
  recorded_by_organization_id uuid NOT NULL,
  recorded_by_user_id uuid NOT NULL REFERENCES users (id),
  program text NOT NULL CHECK (length(program) BETWEEN 1 AND 200),
  crime_date date NOT NULL,
  filed_on date,
  status text NOT NULL CHECK (status IN ('planned', 'filed', 'approved', 'denied', 'paid')),
  amount_requested_cents integer NOT NULL CHECK (amount_requested_cents >= 0),
  amount_paid_cents integer NOT NULL CHECK (amount_paid_cents >= 0),
  -- The filing deadline the reminder was given for (as the recording organization may know it),
  -- and the reminder task once given.
  reminder_deadline date,
  reminder_task_id uuid REFERENCES tasks (id),
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by_user_id uuid NOT NULL REFERENCES users (id),
  CHECK ((status = 'planned') = (filed_on IS NULL)),
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, recorded_by_organization_id)
    REFERENCES organizations (jurisdiction_id, id)
);
CREATE INDEX compensation_claims_youth_idx ON compensation_claims (youth_id, crime_date);
`;
