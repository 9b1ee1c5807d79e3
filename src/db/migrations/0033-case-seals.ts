// A case sealed by court order (docs/CONFIDENTIALITY.md, "Sealed cases"): one row per sealing,
// lifted by a later order in the same row (`unsealed_*`), so the history stays and at most one
// seal is in force per case. The order's number is a juvenile court case number, which names the
// youth to anyone who can look it up: it is sealed with AES-256-GCM under the county's data key,
// bound to the seal and its county, with the key's version beside it. Its date names no one and
// is kept plain, because a lifting order must not be dated before it.
export const name = '0033-case-seals';

export const up = /* sql */ `
CREATE TABLE case_seals (
  id uuid PRIMARY KEY,
  jurisdiction_id uuid NOT NULL,
  youth_id uuid NOT NULL,
  -- The court that ordered the seal; its roles named here are the only readers left.
  court_organization_id uuid NOT NULL,
  roles_allowed text[] NOT NULL CHECK (
    cardinality(roles_allowed) > 0 AND roles_allowed <@ ARRAY['judge', 'court_clerk']::text[]),
  order_number_sealed text NOT NULL,
  order_key_version integer NOT NULL,
  order_date date NOT NULL,
  sealed_by_user_id uuid NOT NULL REFERENCES users (id),
  sealed_at timestamptz NOT NULL,
  unseal_order_number_sealed text,
  unseal_key_version integer,
  unseal_order_date date,
  unsealed_by_user_id uuid REFERENCES users (id),
  unsealed_at timestamptz,
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, court_organization_id) REFERENCES organizations (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, order_key_version) REFERENCES jurisdiction_keys (jurisdiction_id, version),
  FOREIGN KEY (jurisdiction_id, unseal_key_version) REFERENCES jurisdiction_keys (jurisdiction_id, version),
  CHECK ((unsealed_at IS NULL) = (unsealed_by_user_id IS NULL)),
  CHECK ((unsealed_at IS NULL) = (unseal_order_number_sealed IS NULL)),
  CHECK ((unsealed_at IS NULL) = (unseal_order_date IS NULL)),
  CHECK ((unsealed_at IS NULL) = (unseal_key_version IS NULL)),
  CHECK (unseal_order_date IS NULL OR unseal_order_date >= order_date)
);
-- One seal in force per case; every list asks this index whether a case is sealed.
CREATE UNIQUE INDEX case_seals_in_force_idx ON case_seals (youth_id) WHERE unsealed_at IS NULL;
`;
