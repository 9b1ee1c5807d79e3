// The coordinator's review of an emergency ("break-glass") opening (docs/CONFIDENTIALITY.md,
// "Break-glass and its review"): one row per review, so a review marked `needs_follow_up` is
// followed by another and the history stays. The comment may repeat what the reason said, so
// it is read under the same rule as the reason (src/domain/break-glass-review.ts).
export const name = '0030-break-glass-reviews';

export const up = /* sql */ `
CREATE TABLE break_glass_reviews (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
  break_glass_id uuid NOT NULL REFERENCES break_glass_grants (id),
  outcome text NOT NULL CHECK (outcome IN ('appropriate', 'inappropriate', 'needs_follow_up')),
  comment text NOT NULL CHECK (length(comment) BETWEEN 1 AND 1000),
  reviewed_by_user_id uuid NOT NULL REFERENCES users (id),
  reviewed_at timestamptz NOT NULL
);
CREATE INDEX break_glass_reviews_opening_idx ON break_glass_reviews (break_glass_id, reviewed_at);
CREATE INDEX break_glass_grants_jurisdiction_idx ON break_glass_grants (jurisdiction_id, opened_at);
`;
