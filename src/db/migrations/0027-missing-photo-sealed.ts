// The missing-youth profile's photo, sealed (docs/MISSING-AND-CUSTODY.md, "The photo"): `photo`
// now holds AES-256-GCM ciphertext under the jurisdiction's data key, bound to the youth, with
// its nonce, tag and key version beside it. A photo stored in plain by an earlier version cannot
// be sealed here (the key is not in the database): the app seals each one when it starts
// (src/server/runtime.ts) or first reads or saves it, so this constraint is NOT VALID for them
// and binds every photo written from now on.
export const name = '0027-missing-photo-sealed';

export const up = /* sql */ `
ALTER TABLE missing_profiles
  ADD COLUMN photo_nonce bytea,
  ADD COLUMN photo_tag bytea,
  ADD COLUMN photo_key_version integer,
  ADD CONSTRAINT missing_profiles_photo_seal_whole CHECK (
    (photo_nonce IS NULL) = (photo_tag IS NULL)
    AND (photo_nonce IS NULL) = (photo_key_version IS NULL)
    AND (photo_nonce IS NULL OR photo IS NOT NULL)),
  ADD CONSTRAINT missing_profiles_photo_key_fk FOREIGN KEY (jurisdiction_id, photo_key_version)
    REFERENCES jurisdiction_keys (jurisdiction_id, version);
ALTER TABLE missing_profiles ADD CONSTRAINT missing_profiles_photo_sealed
  CHECK (photo IS NULL OR photo_nonce IS NOT NULL) NOT VALID;
`;
