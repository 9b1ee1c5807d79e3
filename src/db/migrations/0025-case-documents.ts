// Documents on a case (docs/LEGAL-AND-MDT.md, "Documents"): files such as a signed consent
// scan, a court order, a certification form or a photo, each in one data category. The bytes
// are kept only as AES-256-GCM ciphertext under the jurisdiction's data key, with their nonce
// and tag; the title and the uploaded file name (youth data too: a scanner names files after
// the child) only sealed the same way. What stays readable is what the access rule and the
// download need without opening anything: category, privilege, type found in the content, size,
// the SHA-256 of the plaintext (checked on every download), who uploaded it and when.
export const name = '0025-case-documents';

const CATEGORY_CHECK = `IN ('identity', 'contact_location', 'screening', 'needs_services',
  'referrals', 'case_notes', 'medical', 'mental_health', 'legal', 'education', 'placement')`;

export const up = /* sql */ `
CREATE TABLE case_documents (
  id uuid PRIMARY KEY,
  jurisdiction_id uuid NOT NULL,
  youth_id uuid NOT NULL,
  category text NOT NULL CHECK (category ${CATEGORY_CHECK}),
  privileged boolean NOT NULL,
  content_type text NOT NULL
    CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg', 'image/webp')),
  size_bytes integer NOT NULL CHECK (size_bytes > 0),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  -- {"title", "fileName"} as JSON, sealed (v1.<iv>.<tag>.<ciphertext>) and bound to the document.
  label_sealed text NOT NULL,
  content_nonce bytea NOT NULL,
  content_tag bytea NOT NULL,
  content_sealed bytea NOT NULL,
  key_version integer NOT NULL,
  author_user_id uuid NOT NULL REFERENCES users (id),
  author_organization_id uuid NOT NULL,
  -- The county's calendar day of the upload: a privilege waiver for a period reaches it.
  written_on date NOT NULL,
  created_at timestamptz NOT NULL,
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, author_organization_id) REFERENCES organizations (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, key_version) REFERENCES jurisdiction_keys (jurisdiction_id, version)
);
CREATE INDEX case_documents_youth_idx ON case_documents (youth_id, created_at);
`;
