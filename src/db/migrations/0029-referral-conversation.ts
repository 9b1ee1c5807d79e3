// Referral urgency, the thread between a referral's two sides, and the place an accept took
// (docs/ARCHITECTURE.md, "Referrals"). An urgent referral's answer is due within the county's
// hours instead of the service's business days; every referral before this one was routine.
export const name = '0029-referral-conversation';

export const up = /* sql */ `
ALTER TABLE referrals
  ADD COLUMN urgency text NOT NULL DEFAULT 'routine' CHECK (urgency IN ('routine', 'urgent')),
  -- The receiver took one of the service's open places when it accepted; undoing the accept
  -- gives it back.
  ADD COLUMN place_taken boolean NOT NULL DEFAULT false;

-- What people of the sending and the receiving organization wrote to each other about one
-- referral. Read under the same rule as the referral itself (src/domain/referrals.ts).
CREATE TABLE referral_messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Messages in the order they were written, even within one instant.
  seq bigint GENERATED ALWAYS AS IDENTITY,
  jurisdiction_id uuid NOT NULL,
  referral_id uuid NOT NULL,
  side text NOT NULL CHECK (side IN ('sender', 'receiver')),
  by_user_id uuid NOT NULL REFERENCES users (id),
  by_organization_id uuid NOT NULL,
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
  at timestamptz NOT NULL,
  FOREIGN KEY (jurisdiction_id, referral_id) REFERENCES referrals (jurisdiction_id, id)
);
CREATE INDEX referral_messages_referral ON referral_messages (referral_id, seq);
`;
