// Youth records, case teams, consent, legal bases, notes, privileged communications,
// mandated reports, break-glass, notifications; legal profiles, data keys and caseworker
// qualifications. Every row carries jurisdiction_id, and every reference to a case is a
// composite key with it, so no row can point across jurisdictions.
export const name = '0002-youth-cases';

const CATEGORY_CHECK = `<@ ARRAY['identity', 'contact_location', 'screening', 'needs_services',
  'referrals', 'case_notes', 'medical', 'mental_health', 'legal', 'education', 'placement']`;

export const up = /* sql */ `
CREATE TABLE legal_profiles (
  jurisdiction_id uuid PRIMARY KEY REFERENCES jurisdictions (id),
  time_zone text NOT NULL,
  privilege_applies boolean NOT NULL,
  privilege_citation text,
  privilege_summary text,
  minimum_training_hours integer NOT NULL CHECK (minimum_training_hours BETWEEN 0 AND 1000),
  max_consent_days integer NOT NULL CHECK (max_consent_days BETWEEN 1 AND 3660),
  confirmed boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- A data key per jurisdiction, stored only wrapped by the master key (envelope encryption).
CREATE TABLE jurisdiction_keys (
  jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
  version integer NOT NULL,
  wrapped_key text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (jurisdiction_id, version)
);

CREATE TABLE caseworker_qualifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
  user_id uuid NOT NULL REFERENCES users (id),
  basis text NOT NULL CHECK (basis IN ('training', 'degree_and_experience')),
  training_hours integer NOT NULL CHECK (training_hours BETWEEN 0 AND 10000),
  supervisor text,
  completed_on date NOT NULL,
  recorded_by_user_id uuid REFERENCES users (id),
  recorded_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE UNIQUE INDEX caseworker_qualifications_current ON caseworker_qualifications (user_id)
  WHERE revoked_at IS NULL;

CREATE TABLE youth (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
  case_number text NOT NULL,
  given_name text,
  family_name text,
  alias text,
  birth_date date,
  estimated_birth_year integer CHECK (estimated_birth_year BETWEEN 1900 AND 2200),
  gender_identity text,
  languages text[] NOT NULL DEFAULT '{}',
  created_by_user_id uuid NOT NULL REFERENCES users (id),
  created_by_organization_id uuid NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (jurisdiction_id, case_number),
  UNIQUE (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, created_by_organization_id)
    REFERENCES organizations (jurisdiction_id, id)
);
-- Fuzzy name search for the duplicate check and staff search (pg_trgm).
CREATE INDEX youth_names_trgm ON youth USING gin (
  (lower(coalesce(given_name, '') || ' ' || coalesce(family_name, '') || ' ' || coalesce(alias, '')))
  gin_trgm_ops);

-- People around a youth: guardians, relatives, and anyone flagged as a suspected exploiter.
CREATE TABLE youth_people (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL,
  youth_id uuid NOT NULL,
  name text NOT NULL,
  relationship text NOT NULL,
  suspected_exploiter boolean NOT NULL DEFAULT false,
  recorded_by_user_id uuid NOT NULL REFERENCES users (id),
  recorded_by_organization_id uuid NOT NULL REFERENCES organizations (id),
  created_at timestamptz NOT NULL,
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id)
);
CREATE INDEX youth_people_youth_idx ON youth_people (youth_id);

CREATE TABLE case_team_members (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL,
  youth_id uuid NOT NULL,
  organization_id uuid NOT NULL,
  user_id uuid REFERENCES users (id),
  role text NOT NULL,
  added_by_user_id uuid REFERENCES users (id),
  added_at timestamptz NOT NULL,
  removed_at timestamptz,
  removed_by_user_id uuid REFERENCES users (id),
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, organization_id) REFERENCES organizations (jurisdiction_id, id)
);
CREATE UNIQUE INDEX case_team_current ON case_team_members
  (youth_id, organization_id, coalesce(user_id, '00000000-0000-0000-0000-000000000000'))
  WHERE removed_at IS NULL;
CREATE INDEX case_team_organization_idx ON case_team_members (organization_id)
  WHERE removed_at IS NULL;

CREATE TABLE consents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL,
  youth_id uuid NOT NULL,
  recipient_organization_ids uuid[] NOT NULL CHECK (cardinality(recipient_organization_ids) > 0),
  categories text[] NOT NULL CHECK (cardinality(categories) > 0 AND categories ${CATEGORY_CHECK}),
  purpose text NOT NULL,
  given_by_kind text NOT NULL CHECK (given_by_kind IN ('youth', 'guardian')),
  given_by_person_id uuid REFERENCES youth_people (id),
  explained_by_user_id uuid NOT NULL REFERENCES users (id),
  explanation_method text NOT NULL,
  explanation_language text NOT NULL,
  signed_on date NOT NULL,
  expires_on date NOT NULL,
  recorded_by_user_id uuid NOT NULL REFERENCES users (id),
  recorded_by_organization_id uuid NOT NULL REFERENCES organizations (id),
  created_at timestamptz NOT NULL,
  revoked_at timestamptz,
  revoked_by_user_id uuid REFERENCES users (id),
  revocation_reason text,
  CHECK (expires_on > signed_on),
  CHECK ((given_by_kind = 'guardian') = (given_by_person_id IS NOT NULL)),
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id)
);
CREATE INDEX consents_youth_idx ON consents (youth_id);

CREATE TABLE legal_bases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL,
  youth_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('court_order', 'mandated_report', 'statutory_duty')),
  recipient_organization_ids uuid[] NOT NULL CHECK (cardinality(recipient_organization_ids) > 0),
  categories text[] NOT NULL CHECK (cardinality(categories) > 0 AND categories ${CATEGORY_CHECK}),
  description text NOT NULL,
  court text,
  order_date date,
  citation text,
  effective_on date NOT NULL,
  expires_on date,
  recorded_by_user_id uuid NOT NULL REFERENCES users (id),
  recorded_by_organization_id uuid NOT NULL REFERENCES organizations (id),
  created_at timestamptz NOT NULL,
  ended_at timestamptz,
  ended_by_user_id uuid REFERENCES users (id),
  CHECK (kind <> 'court_order' OR (court IS NOT NULL AND order_date IS NOT NULL AND expires_on IS NOT NULL)),
  CHECK (expires_on IS NULL OR expires_on >= effective_on),
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id)
);
CREATE INDEX legal_bases_youth_idx ON legal_bases (youth_id);

CREATE TABLE case_notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL,
  youth_id uuid NOT NULL,
  category text NOT NULL CHECK (ARRAY[category] ${CATEGORY_CHECK}),
  body text NOT NULL,
  author_user_id uuid NOT NULL REFERENCES users (id),
  author_organization_id uuid NOT NULL REFERENCES organizations (id),
  created_at timestamptz NOT NULL,
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id)
);
CREATE INDEX case_notes_youth_idx ON case_notes (youth_id, created_at);

-- Privileged communications: only ciphertext under the jurisdiction's data key.
CREATE TABLE privileged_notes (
  id uuid PRIMARY KEY,
  jurisdiction_id uuid NOT NULL,
  youth_id uuid NOT NULL,
  body_sealed text NOT NULL,
  key_version integer NOT NULL,
  author_user_id uuid NOT NULL REFERENCES users (id),
  author_organization_id uuid NOT NULL REFERENCES organizations (id),
  written_on date NOT NULL,
  created_at timestamptz NOT NULL,
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, key_version) REFERENCES jurisdiction_keys (jurisdiction_id, version)
);
CREATE INDEX privileged_notes_youth_idx ON privileged_notes (youth_id, created_at);

-- A waiver by the youth or a court order that discloses some of one organization's notes.
CREATE TABLE privilege_disclosures (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL,
  youth_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('waiver', 'court_order')),
  author_organization_id uuid NOT NULL REFERENCES organizations (id),
  recipient_organization_ids uuid[] NOT NULL CHECK (cardinality(recipient_organization_ids) > 0),
  note_ids uuid[],
  period_from date,
  period_to date,
  expires_on date NOT NULL,
  court text,
  order_date date,
  signed_on date NOT NULL,
  recorded_by_user_id uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL,
  revoked_at timestamptz,
  CHECK ((note_ids IS NOT NULL) <> (period_from IS NOT NULL AND period_to IS NOT NULL)),
  CHECK (kind <> 'court_order' OR (court IS NOT NULL AND order_date IS NOT NULL)),
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id)
);
CREATE INDEX privilege_disclosures_youth_idx ON privilege_disclosures (youth_id);

CREATE TABLE mandated_reports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL,
  youth_id uuid NOT NULL,
  source_note_id uuid REFERENCES privileged_notes (id),
  kind text NOT NULL CHECK (kind IN ('child_abuse_or_neglect', 'danger_to_self_or_others')),
  reported_to text NOT NULL,
  reported_at timestamptz NOT NULL,
  content text NOT NULL,
  filed_by_user_id uuid NOT NULL REFERENCES users (id),
  filed_by_organization_id uuid NOT NULL REFERENCES organizations (id),
  created_at timestamptz NOT NULL,
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id)
);
CREATE INDEX mandated_reports_youth_idx ON mandated_reports (youth_id);

CREATE TABLE break_glass_grants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL,
  youth_id uuid NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id),
  organization_id uuid NOT NULL REFERENCES organizations (id),
  category text NOT NULL CHECK (ARRAY[category] ${CATEGORY_CHECK}),
  reason text NOT NULL,
  opened_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  CHECK (expires_at > opened_at),
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id)
);
CREATE INDEX break_glass_youth_idx ON break_glass_grants (youth_id, expires_at);

-- What a person is told. Messages name case numbers and organizations, never youth data.
CREATE TABLE notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
  recipient_organization_id uuid NOT NULL REFERENCES organizations (id),
  recipient_role text NOT NULL,
  kind text NOT NULL,
  youth_id uuid,
  case_number text,
  message text NOT NULL,
  created_at timestamptz NOT NULL,
  read_at timestamptz
);
CREATE INDEX notifications_recipient_idx ON notifications (recipient_organization_id, created_at);
`;
