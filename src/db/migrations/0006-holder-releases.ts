// Nobody grants themselves access (docs/CONFIDENTIALITY.md): a consent releases another holder's
// data only once that holder answers; a legal basis other than a court order stands on a duty
// the legal profile lists; a holder may accept releases in advance on an agreement; the profile
// names who may open break-glass.
export const name = '0006-holder-releases';

const CATEGORY_CHECK = `<@ ARRAY['identity', 'contact_location', 'screening', 'needs_services',
  'referrals', 'case_notes', 'medical', 'mental_health', 'legal', 'education', 'placement']`;

export const up = /* sql */ `
-- NULL means the default duties / break-glass roles of the code's default profile.
ALTER TABLE legal_profiles ADD COLUMN duties jsonb;
ALTER TABLE legal_profiles ADD COLUMN break_glass_roles text[];

ALTER TABLE legal_bases ADD COLUMN duty_code text;

-- A holder's answer to a consent releasing its data: one current answer per holder.
CREATE TABLE consent_releases (
  consent_id uuid NOT NULL REFERENCES consents (id),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
  holder_organization_id uuid NOT NULL,
  accepted boolean NOT NULL,
  reason text,
  decided_by_user_id uuid NOT NULL REFERENCES users (id),
  decided_at timestamptz NOT NULL,
  PRIMARY KEY (consent_id, holder_organization_id),
  CHECK (accepted OR reason IS NOT NULL),
  FOREIGN KEY (jurisdiction_id, holder_organization_id) REFERENCES organizations (jurisdiction_id, id)
);
CREATE INDEX consent_releases_holder_idx ON consent_releases (holder_organization_id);

-- A holder's acceptance in advance, on an agreement it is party to, of releases of its data.
CREATE TABLE mou_standing_acceptances (
  mou_id uuid NOT NULL,
  jurisdiction_id uuid NOT NULL,
  holder_organization_id uuid NOT NULL,
  recipient_organization_ids uuid[] NOT NULL CHECK (cardinality(recipient_organization_ids) > 0),
  categories text[] NOT NULL CHECK (cardinality(categories) > 0 AND categories ${CATEGORY_CHECK}),
  set_by_user_id uuid NOT NULL REFERENCES users (id),
  set_at timestamptz NOT NULL,
  PRIMARY KEY (mou_id, holder_organization_id),
  FOREIGN KEY (jurisdiction_id, mou_id) REFERENCES mous (jurisdiction_id, id) ON DELETE CASCADE,
  FOREIGN KEY (jurisdiction_id, holder_organization_id) REFERENCES organizations (jurisdiction_id, id)
);
`;
