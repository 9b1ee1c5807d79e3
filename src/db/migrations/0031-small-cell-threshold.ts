// Each county's small-cell threshold (docs/REPORTS.md, "Small numbers are hidden"): counts from 1
// to the threshold minus one are hidden from every published table. 11 unless the county records
// another; never under 10, the lowest the public-health rules in use go.
export const name = '0031-small-cell-threshold';

export const up = /* sql */ `
ALTER TABLE legal_profiles
  ADD COLUMN small_cell_threshold integer NOT NULL DEFAULT 11
    CHECK (small_cell_threshold BETWEEN 10 AND 100);
`;
