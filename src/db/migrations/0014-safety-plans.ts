// Safety plans (docs/CONFIDENTIALITY.md, "Safety plans"): a plan of a type on a case, held by the
// organization that wrote it, and every saved version of it. A save names the version it edits;
// the unique key makes two saves of one version impossible, so one of two concurrent edits is
// refused. Steps given to another organization as its task are remembered by step key.
export const name = '0014-safety-plans';

export const up = /* sql */ `
CREATE TABLE safety_plans (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
  youth_id uuid NOT NULL,
  type text NOT NULL CHECK (type IN ('general', 'release_from_custody', 'testimony', 'placement',
    'return_from_missing')),
  -- The data category the plan is shared as: who reads it follows the access module.
  category text NOT NULL,
  author_organization_id uuid NOT NULL,
  -- The plan it started from, when it copied an earlier one's sections.
  started_from_plan_id uuid REFERENCES safety_plans (id),
  current_version integer NOT NULL CHECK (current_version >= 1),
  created_at timestamptz NOT NULL,
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, author_organization_id)
    REFERENCES organizations (jurisdiction_id, id)
);
CREATE INDEX safety_plans_youth_idx ON safety_plans (youth_id, type, created_at);

CREATE TABLE safety_plan_versions (
  plan_id uuid NOT NULL REFERENCES safety_plans (id),
  version integer NOT NULL CHECK (version >= 1),
  content jsonb NOT NULL,
  saved_by_user_id uuid NOT NULL REFERENCES users (id),
  saved_at timestamptz NOT NULL,
  PRIMARY KEY (plan_id, version)
);

CREATE TABLE safety_plan_step_tasks (
  plan_id uuid NOT NULL REFERENCES safety_plans (id),
  step_key uuid NOT NULL,
  task_id uuid NOT NULL REFERENCES tasks (id),
  PRIMARY KEY (plan_id, step_key)
);
`;
