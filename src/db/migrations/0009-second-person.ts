// No one alone gives a youth-data role (issue 9): requests that wait for a second person, and
// who approved each caseworker qualification.
//
// users.roles holds only roles in effect, that is approved ones; a role asked for waits in its
// approval request until approved. So an account opened with youth-data roles holds none until
// then, and the old "at least one role" check gives way. Existing accounts keep their roles:
// everything already in users and caseworker_qualifications counts as approved (a
// qualification recorded before approvals existed is approved as of its recording, by nobody
// named).
export const name = '0009-second-person';

export const up = /* sql */ `
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_roles_check;

ALTER TABLE caseworker_qualifications ADD COLUMN approved_by_user_id uuid REFERENCES users (id);
ALTER TABLE caseworker_qualifications ADD COLUMN approved_at timestamptz;
UPDATE caseworker_qualifications SET approved_at = recorded_at;
ALTER TABLE caseworker_qualifications ALTER COLUMN approved_at SET NOT NULL;

CREATE TABLE approval_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
  -- The organization of the account the request is about, whose approvers decide.
  organization_id uuid NOT NULL,
  subject_user_id uuid NOT NULL REFERENCES users (id),
  kind text NOT NULL CHECK (kind IN ('account.create', 'account.roles', 'account.enable',
    'password.reset', 'mfa.reset', 'qualification.record')),
  -- account.create and account.roles: the whole set of roles asked for.
  roles text[],
  -- qualification.record: basis, trainingHours, supervisor, completedOn.
  qualification jsonb,
  -- The first half of a one-time password, sealed with the master key, until the decision.
  password_half_sealed text,
  requested_by_user_id uuid NOT NULL REFERENCES users (id),
  requested_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'approved', 'declined', 'withdrawn')),
  decided_by_user_id uuid REFERENCES users (id),
  decided_at timestamptz,
  decline_reason text,
  CHECK ((status = 'pending') = (decided_at IS NULL)),
  CHECK (status <> 'declined' OR decline_reason IS NOT NULL),
  CHECK (status = 'pending' OR password_half_sealed IS NULL),
  FOREIGN KEY (jurisdiction_id, organization_id) REFERENCES organizations (jurisdiction_id, id)
);
-- One waiting request per account and thing it changes; a newer one withdraws the older.
CREATE UNIQUE INDEX approval_requests_one_pending ON approval_requests (subject_user_id,
  (CASE WHEN kind = 'account.create' THEN 'account.roles' ELSE kind END))
  WHERE status = 'pending';
CREATE INDEX approval_requests_jurisdiction_idx ON approval_requests (jurisdiction_id, status);
CREATE INDEX approval_requests_requester_idx ON approval_requests (requested_by_user_id);
`;
