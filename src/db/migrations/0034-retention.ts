// Retention and purge (docs/RETENTION.md):
// - each county's retention per data category, in its legal profile (null: the default of
//   src/domain/retention.ts, seven years after closure and until the youth is 28);
// - the birth day the reports count a purged youth by (`report_birth_date`), once her own is
//   gone: her year, moved only as far as keeps every fact's age band (reportBirthDay);
// - what was purged of which case, category by category, with counts per table and never
//   anything of what the rows held, so a purge runs once and its day can be shown.
export const name = '0034-retention';

export const up = /* sql */ `
ALTER TABLE legal_profiles ADD COLUMN retention jsonb
  CHECK (retention IS NULL OR jsonb_typeof(retention) = 'object');

ALTER TABLE youth ADD COLUMN report_birth_date date;

CREATE TABLE retention_purges (
  jurisdiction_id uuid NOT NULL,
  youth_id uuid NOT NULL,
  category text NOT NULL CHECK (category ~ '^[a-z_]+$'),
  purge_on date NOT NULL,
  purged_at timestamptz NOT NULL,
  counts jsonb NOT NULL CHECK (jsonb_typeof(counts) = 'object'),
  PRIMARY KEY (youth_id, category),
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id)
);
CREATE INDEX retention_purges_jurisdiction_idx ON retention_purges (jurisdiction_id, purged_at);
`;
