// Closed-loop referrals and the service plan matching reads. A referral belongs to a case (so
// to its jurisdiction) and names the directory service it went to and the agency answering
// for it; every step is kept as an event.
export const name = '0004-referrals';

export const up = /* sql */ `
-- What a youth needs and must be kept from, recorded by one organization (category
-- needs_services): matching reads it.
CREATE TABLE case_service_plans (
  jurisdiction_id uuid NOT NULL,
  youth_id uuid NOT NULL,
  needs text[] NOT NULL,
  history text NOT NULL CHECK (history IN ('at_risk', 'exploited')),
  -- Directory (HSDS) organizations never to refer to, e.g. where the youth was recruited.
  excluded_organization_ids text[] NOT NULL DEFAULT '{}',
  recorded_by_organization_id uuid NOT NULL,
  recorded_by_user_id uuid NOT NULL REFERENCES users (id),
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (jurisdiction_id, youth_id),
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, recorded_by_organization_id)
    REFERENCES organizations (jurisdiction_id, id)
);

CREATE TABLE referrals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL,
  youth_id uuid NOT NULL,
  -- The directory service, and its name as it was when the referral was made.
  service_id text NOT NULL,
  service_name text NOT NULL,
  sender_organization_id uuid NOT NULL,
  sender_user_id uuid NOT NULL REFERENCES users (id),
  -- The sender's role, so a clock that runs out tells the right people.
  sender_role text NOT NULL,
  receiver_organization_id uuid NOT NULL,
  needs text[] NOT NULL,
  -- The sender's note; it travels to the receiver.
  note text,
  status text NOT NULL CHECK (status IN ('draft', 'sent', 'accepted', 'declined',
    'info_requested', 'enrolled', 'completed', 'ended', 'withdrawn')),
  automatic boolean NOT NULL DEFAULT false,
  response_business_days integer NOT NULL CHECK (response_business_days BETWEEN 0 AND 30),
  sent_at timestamptz,
  due_at timestamptz,
  overdue_notified_at timestamptz,
  first_response_at timestamptz,
  closed_at timestamptz,
  outcome text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, sender_organization_id)
    REFERENCES organizations (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, receiver_organization_id)
    REFERENCES organizations (jurisdiction_id, id)
);
CREATE INDEX referrals_receiver ON referrals (receiver_organization_id, status);
CREATE INDEX referrals_sender ON referrals (sender_organization_id, status);
CREATE INDEX referrals_youth ON referrals (jurisdiction_id, youth_id);
CREATE INDEX referrals_service ON referrals (service_id);
CREATE INDEX referrals_due ON referrals (due_at) WHERE status = 'sent' AND overdue_notified_at IS NULL;

-- Every step: when, by whom, from what to what, why. The clock writes 'overdue' steps with no
-- person.
CREATE TABLE referral_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Steps in the order they were taken, even within one instant.
  seq bigint GENERATED ALWAYS AS IDENTITY,
  jurisdiction_id uuid NOT NULL,
  referral_id uuid NOT NULL,
  from_status text,
  to_status text NOT NULL,
  reason text,
  note text,
  by_user_id uuid REFERENCES users (id),
  by_organization_id uuid,
  at timestamptz NOT NULL,
  FOREIGN KEY (jurisdiction_id, referral_id) REFERENCES referrals (jurisdiction_id, id)
);
CREATE INDEX referral_events_referral ON referral_events (referral_id, seq);
`;
