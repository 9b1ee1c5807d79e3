// The protocol engine (issue 10): case events, the county's rules as versioned data, what each
// firing did, tasks on clocks with their escalations, and the durable jobs that keep time
// (docs/PROTOCOL.md).
export const name = '0010-protocol';

export const up = /* sql */ `
ALTER TABLE legal_profiles ADD COLUMN non_criminalization_statement text;
ALTER TABLE legal_profiles ADD COLUMN non_criminalization_citation text;

CREATE TABLE case_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
  youth_id uuid NOT NULL,
  type text NOT NULL CHECK (type IN ('identification', 'protective_custody', 'arrest_attempt',
    'detention', 'release', 'placement_change', 'missing', 'returned', 'disclosure', 'subpoena',
    'hearing', 'transfer')),
  -- The data category the event's details belong to: who reads it follows the access module.
  category text NOT NULL,
  occurred_at timestamptz NOT NULL,
  recorded_at timestamptz NOT NULL,
  details jsonb NOT NULL,
  recorded_by_user_id uuid NOT NULL REFERENCES users (id),
  recorded_by_organization_id uuid NOT NULL,
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, recorded_by_organization_id)
    REFERENCES organizations (jurisdiction_id, id)
);
CREATE INDEX case_events_youth_idx ON case_events (youth_id, occurred_at);
CREATE INDEX case_events_jurisdiction_idx ON case_events (jurisdiction_id, occurred_at);

-- One row per version of a rule. An edit inserts the next version and retires the one before;
-- a firing names the version it used, so the past never changes.
CREATE TABLE protocol_rules (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
  rule_key text NOT NULL CHECK (rule_key ~ '^[a-z0-9-]{1,80}$'),
  version integer NOT NULL CHECK (version >= 1),
  name text NOT NULL,
  trigger text NOT NULL,
  conditions jsonb NOT NULL,
  actions jsonb NOT NULL,
  source text NOT NULL,
  active boolean NOT NULL,
  county_default boolean NOT NULL,
  created_at timestamptz NOT NULL,
  created_by_user_id uuid REFERENCES users (id),
  retired_at timestamptz,
  UNIQUE (jurisdiction_id, rule_key, version)
);
CREATE UNIQUE INDEX protocol_rules_current_idx ON protocol_rules (jurisdiction_id, rule_key)
  WHERE retired_at IS NULL;

CREATE TABLE protocol_settings (
  jurisdiction_id uuid PRIMARY KEY REFERENCES jurisdictions (id),
  settings jsonb NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by_user_id uuid REFERENCES users (id)
);

CREATE TABLE jurisdiction_holidays (
  jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
  day date NOT NULL,
  name text NOT NULL,
  PRIMARY KEY (jurisdiction_id, day)
);

-- A rule fires once per event: the unique key makes a second firing impossible.
CREATE TABLE protocol_firings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
  youth_id uuid NOT NULL,
  event_id uuid NOT NULL REFERENCES case_events (id),
  rule_id uuid NOT NULL REFERENCES protocol_rules (id),
  rule_key text NOT NULL,
  rule_version integer NOT NULL,
  fired_at timestamptz NOT NULL,
  -- What each action did (a task made, a notice sent, a referral or why none could be made).
  outcomes jsonb NOT NULL,
  UNIQUE (event_id, rule_id)
);
CREATE INDEX protocol_firings_youth_idx ON protocol_firings (youth_id);

CREATE TABLE tasks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
  youth_id uuid NOT NULL,
  event_id uuid REFERENCES case_events (id),
  firing_id uuid REFERENCES protocol_firings (id),
  action_index integer,
  kind text NOT NULL CHECK (kind IN ('action', 'report', 'safety_plan', 'screening',
    'mdt_review', 'debrief')),
  plan_type text,
  title text NOT NULL,
  -- Why: the rule's name as it was when it fired.
  reason text NOT NULL,
  assignee_organization_id uuid NOT NULL,
  assignee_user_id uuid REFERENCES users (id),
  -- The minimal packet: where to go and whom to call; never the youth's record.
  where_text text,
  call_point_person_id uuid REFERENCES point_persons (id),
  due_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
  created_at timestamptz NOT NULL,
  taken_at timestamptz,
  completed_at timestamptz,
  completed_by_user_id uuid REFERENCES users (id),
  cancelled_at timestamptz,
  cancelled_by_user_id uuid REFERENCES users (id),
  cancel_reason text,
  -- Set when the due time passed with the task still open.
  overdue_at timestamptz,
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, assignee_organization_id)
    REFERENCES organizations (jurisdiction_id, id),
  UNIQUE (firing_id, action_index)
);
CREATE INDEX tasks_assignee_idx ON tasks (assignee_organization_id, status, due_at);
CREATE INDEX tasks_jurisdiction_idx ON tasks (jurisdiction_id, status, due_at);
CREATE INDEX tasks_youth_idx ON tasks (youth_id);

CREATE TABLE task_escalations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
  task_id uuid NOT NULL REFERENCES tasks (id),
  step integer NOT NULL,
  due_at timestamptz NOT NULL,
  recipient jsonb NOT NULL,
  happened_at timestamptz,
  notified_organization_id uuid,
  -- Skipped: the task was done or cancelled first.
  skipped_at timestamptz,
  UNIQUE (task_id, step)
);

-- Durable jobs: what must happen at a time, claimed with SKIP LOCKED and done in the same
-- transaction as its effect, so it happens once even with several app processes.
CREATE TABLE protocol_jobs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid REFERENCES jurisdictions (id),
  kind text NOT NULL CHECK (kind IN ('task.due', 'task.escalate', 'referral.due')),
  target_id uuid NOT NULL,
  step integer NOT NULL DEFAULT 0,
  run_at timestamptz NOT NULL,
  done_at timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  UNIQUE (kind, target_id, step)
);
CREATE INDEX protocol_jobs_due_idx ON protocol_jobs (run_at) WHERE done_at IS NULL;

-- The answer clock of referrals already sent moves onto the jobs.
INSERT INTO protocol_jobs (jurisdiction_id, kind, target_id, run_at)
  SELECT jurisdiction_id, 'referral.due', id, due_at FROM referrals
  WHERE status = 'sent' AND due_at IS NOT NULL;
`;
