// The written reason of an emergency ("break-glass") opening, sealed (docs/CONFIDENTIALITY.md,
// "Break-glass and its review"): it may hold what the youth said, so `reason_sealed` holds
// AES-256-GCM ciphertext under the jurisdiction's data key, bound to the opening and its county,
// with the key's version beside it, and the plain `reason` is emptied. A reason stored plain by
// an earlier version cannot be sealed here (the key is not in the database): the app seals each
// one when it starts (src/server/runtime.ts) or when the coordinator first reads it, so the check
// that no plain reason stays is NOT VALID for them and binds every row written from now on.
export const name = '0032-break-glass-reason-sealed';

export const up = /* sql */ `
ALTER TABLE break_glass_grants
  ALTER COLUMN reason DROP NOT NULL,
  ADD COLUMN reason_sealed text,
  ADD COLUMN reason_key_version integer,
  ADD CONSTRAINT break_glass_grants_reason_seal_whole
    CHECK ((reason_sealed IS NULL) = (reason_key_version IS NULL)),
  ADD CONSTRAINT break_glass_grants_reason_once CHECK ((reason IS NULL) <> (reason_sealed IS NULL)),
  ADD CONSTRAINT break_glass_grants_reason_key_fk FOREIGN KEY (jurisdiction_id, reason_key_version)
    REFERENCES jurisdiction_keys (jurisdiction_id, version);
ALTER TABLE break_glass_grants ADD CONSTRAINT break_glass_grants_reason_sealed
  CHECK (reason IS NULL) NOT VALID;
-- The start's "any plain left?" reads this index, empty once every reason is sealed.
CREATE INDEX break_glass_grants_plain_reason_idx ON break_glass_grants (id) WHERE reason IS NOT NULL;
`;
