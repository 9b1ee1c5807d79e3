// Structured entries beside a category's notes (docs/CONFIDENTIALITY.md, "Structured contact,
// placement and education"): addresses and phones (contact_location), placements and education,
// one row per version. Each is data of its category held by the organization that recorded it,
// read like a note of that category. What names a place or a person (the address, the number
// and whose it is, the school, the reasons, a correction's why) is AES-256-GCM ciphertext under
// the county's data key, bound to the entry and its county, with the key's version beside it;
// the codes and days (`details`) are plain. A correction is a new row superseding the one it
// corrects, once (`structured_records_one_correction`); the earlier row stays, read by the same
// readers.
export const name = '0036-structured-records';

export const up = /* sql */ `
CREATE TABLE structured_records (
  id uuid PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  jurisdiction_id uuid NOT NULL,
  youth_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('address', 'phone', 'placement', 'education')),
  category text NOT NULL CHECK (category = CASE kind
    WHEN 'placement' THEN 'placement' WHEN 'education' THEN 'education'
    ELSE 'contact_location' END),
  details jsonb NOT NULL CHECK (jsonb_typeof(details) = 'object'),
  identifying_sealed text NOT NULL,
  key_version integer NOT NULL,
  author_user_id uuid NOT NULL REFERENCES users (id),
  author_organization_id uuid NOT NULL,
  created_at timestamptz NOT NULL,
  supersedes_id uuid,
  UNIQUE (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, author_organization_id) REFERENCES organizations (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, key_version) REFERENCES jurisdiction_keys (jurisdiction_id, version),
  FOREIGN KEY (jurisdiction_id, supersedes_id) REFERENCES structured_records (jurisdiction_id, id),
  CHECK (supersedes_id IS NULL OR supersedes_id <> id)
);
CREATE UNIQUE INDEX structured_records_one_correction ON structured_records (supersedes_id)
  WHERE supersedes_id IS NOT NULL;
CREATE INDEX structured_records_youth_idx ON structured_records (youth_id, category, seq);
`;
