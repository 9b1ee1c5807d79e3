// Agreements between organizations of neighboring counties (docs/CONFIDENTIALITY.md, Agreements
// across counties): an agreement of one county names an organization of another as a party. The
// agreement's county proposes; only the other county answers, so nobody creates the basis of
// their own county's participation alone. The row records the arrangement and opens nothing of
// any case: every read across counties is refused before any agreement is looked at.
export const name = '0018-neighbor-parties';

export const up = /* sql */ `
CREATE TABLE mou_neighbor_parties (
  mou_id uuid NOT NULL,
  mou_jurisdiction_id uuid NOT NULL,
  organization_id uuid NOT NULL,
  organization_jurisdiction_id uuid NOT NULL,
  status text NOT NULL DEFAULT 'proposed'
    CHECK (status IN ('proposed', 'accepted', 'declined')),
  proposed_at timestamptz NOT NULL,
  proposed_by_user_id uuid NOT NULL REFERENCES users (id),
  answered_at timestamptz,
  answered_by_user_id uuid REFERENCES users (id),
  PRIMARY KEY (mou_id, organization_id),
  FOREIGN KEY (mou_jurisdiction_id, mou_id) REFERENCES mous (jurisdiction_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organization_jurisdiction_id, organization_id)
    REFERENCES organizations (jurisdiction_id, id),
  -- A party of the agreement's own county is an ordinary party (mou_parties).
  CHECK (organization_jurisdiction_id <> mou_jurisdiction_id),
  -- Answered exactly when no longer proposed.
  CHECK ((status = 'proposed') = (answered_at IS NULL)),
  CHECK ((answered_at IS NULL) = (answered_by_user_id IS NULL))
);
-- GET /api/mous of the organization's county lists the agreements it is proposed to or part of.
CREATE INDEX mou_neighbor_parties_county_idx
  ON mou_neighbor_parties (organization_jurisdiction_id, status);
`;
