// Verified contacts and do-not-release (docs/CONFIDENTIALITY.md, "Verified contacts"): people
// around a youth whom a team organization recorded, each status change kept as a row (the
// current status is the newest), and one row per person who checks names, holding their recent
// checks so the limit on a run of checks holds across processes.
export const name = '0016-verified-contacts';

export const up = /* sql */ `
CREATE TABLE verified_contacts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL,
  youth_id uuid NOT NULL,
  name text NOT NULL,
  aliases text[] NOT NULL DEFAULT '{}',
  relationship text NOT NULL,
  -- Where the person came from; issue 12 adds 'protective_order' with a link to the order.
  source text NOT NULL DEFAULT 'recorded' CHECK (source IN ('recorded')),
  recorded_by_user_id uuid NOT NULL REFERENCES users (id),
  recorded_by_organization_id uuid NOT NULL,
  created_at timestamptz NOT NULL,
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, recorded_by_organization_id)
    REFERENCES organizations (jurisdiction_id, id),
  UNIQUE (jurisdiction_id, id)
);
CREATE INDEX verified_contacts_youth_idx ON verified_contacts (youth_id);

CREATE TABLE verified_contact_statuses (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The order statuses were written in, also when two share an instant.
  seq bigint GENERATED ALWAYS AS IDENTITY,
  jurisdiction_id uuid NOT NULL,
  contact_id uuid NOT NULL,
  status text NOT NULL CHECK (status IN ('verified', 'not_verified', 'do_not_release')),
  method text CHECK (method IN
    ('id_checked', 'court_record', 'caseworker_knows', 'agency_record', 'other')),
  note text,
  reason text,
  recorded_by_user_id uuid NOT NULL REFERENCES users (id),
  recorded_by_organization_id uuid NOT NULL,
  recorded_at timestamptz NOT NULL,
  FOREIGN KEY (jurisdiction_id, contact_id) REFERENCES verified_contacts (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, recorded_by_organization_id)
    REFERENCES organizations (jurisdiction_id, id),
  -- A verified person says how; a do-not-release one why; nothing else carries either.
  CHECK ((status = 'verified') = (method IS NOT NULL)),
  CHECK ((status = 'do_not_release') = (reason IS NOT NULL))
);
CREATE INDEX verified_contact_statuses_contact_idx
  ON verified_contact_statuses (contact_id, seq);

CREATE TABLE contact_check_throttle (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
  recent timestamptz[] NOT NULL DEFAULT '{}',
  alerted_at timestamptz,
  updated_at timestamptz NOT NULL
);
`;
