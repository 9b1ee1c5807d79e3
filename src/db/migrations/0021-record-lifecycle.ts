// Records corrected, closed and merged (docs/CONFIDENTIALITY.md, "Records corrected, closed and
// merged"). Nothing is overwritten without a trace:
// - an identity correction keeps the values it replaced, sealed under the jurisdiction's data key
//   (like privileged notes) and bound to the correction and the case, with who, when, which
//   fields and why;
// - a case note's correction is a new note linked to the one it corrects (`corrects_note_id`);
// - a case's status is a column for the lists and a row per change for the history;
// - a merge leaves the duplicate as a tombstone pointing to the survivor, and a row saying who
//   merged what and what moved.
export const name = '0021-record-lifecycle';

export const up = /* sql */ `
ALTER TABLE youth ADD COLUMN status text NOT NULL DEFAULT 'open'
  CHECK (status IN ('open', 'closed', 'merged'));
ALTER TABLE youth ADD COLUMN merged_into_youth_id uuid;
ALTER TABLE youth ADD CONSTRAINT youth_merged_into_fk
  FOREIGN KEY (jurisdiction_id, merged_into_youth_id) REFERENCES youth (jurisdiction_id, id);
ALTER TABLE youth ADD CONSTRAINT youth_merged_has_survivor
  CHECK ((status = 'merged') = (merged_into_youth_id IS NOT NULL));

CREATE TABLE youth_identity_corrections (
  id uuid PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  jurisdiction_id uuid NOT NULL,
  youth_id uuid NOT NULL,
  fields text[] NOT NULL,
  -- The earlier values of those fields and the reason, as JSON, sealed (AES-256-GCM).
  sealed text NOT NULL,
  key_version integer NOT NULL,
  corrected_by_user_id uuid NOT NULL REFERENCES users (id),
  corrected_by_organization_id uuid NOT NULL,
  corrected_at timestamptz NOT NULL,
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, corrected_by_organization_id)
    REFERENCES organizations (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, key_version) REFERENCES jurisdiction_keys (jurisdiction_id, version)
);
CREATE INDEX youth_identity_corrections_youth_idx ON youth_identity_corrections (youth_id, seq);

ALTER TABLE case_notes ADD COLUMN corrects_note_id uuid REFERENCES case_notes (id);
ALTER TABLE case_notes ADD COLUMN correction_reason text;
CREATE UNIQUE INDEX case_notes_one_correction ON case_notes (corrects_note_id)
  WHERE corrects_note_id IS NOT NULL;

CREATE TABLE youth_status_changes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq bigint GENERATED ALWAYS AS IDENTITY,
  jurisdiction_id uuid NOT NULL,
  youth_id uuid NOT NULL,
  status text NOT NULL CHECK (status IN ('closed', 'reopened', 'merged')),
  reason_code text,
  reason_text text NOT NULL,
  changed_by_user_id uuid NOT NULL REFERENCES users (id),
  changed_by_organization_id uuid NOT NULL,
  changed_at timestamptz NOT NULL,
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, changed_by_organization_id)
    REFERENCES organizations (jurisdiction_id, id),
  CHECK ((status = 'closed') = (reason_code IS NOT NULL))
);
CREATE INDEX youth_status_changes_youth_idx ON youth_status_changes (youth_id, seq);

CREATE TABLE youth_merges (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL,
  survivor_youth_id uuid NOT NULL,
  duplicate_youth_id uuid NOT NULL UNIQUE,
  reason text NOT NULL,
  -- Counts of what moved, by kind; never what any of it says.
  moved jsonb NOT NULL,
  merged_by_user_id uuid NOT NULL REFERENCES users (id),
  merged_by_organization_id uuid NOT NULL,
  merged_at timestamptz NOT NULL,
  FOREIGN KEY (jurisdiction_id, survivor_youth_id) REFERENCES youth (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, duplicate_youth_id) REFERENCES youth (jurisdiction_id, id),
  CHECK (survivor_youth_id <> duplicate_youth_id)
);
CREATE INDEX youth_merges_survivor_idx ON youth_merges (survivor_youth_id);
`;
