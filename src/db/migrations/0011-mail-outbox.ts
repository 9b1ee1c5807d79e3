// Email notices (issue 10): an outbox written in the transaction of the work that causes a
// notice, so an email is queued exactly when that work commits and is never lost; delivery
// reads it later (src/server/mail/outbox.ts). Emails carry no youth data (docs/ARCHITECTURE.md).
export const name = '0011-mail-outbox';

export const up = /* sql */ `
CREATE TABLE email_outbox (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The county the notice is for; null for an installation's own mail (a test email).
  jurisdiction_id uuid REFERENCES jurisdictions (id),
  to_address text NOT NULL,
  subject text NOT NULL,
  body_text text NOT NULL,
  created_at timestamptz NOT NULL,
  next_attempt_at timestamptz NOT NULL,
  -- Attempts begun: counted when a row is claimed, so a send that never reports back counts too.
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  -- A delivery holds a row until then; past it, another delivery may take the row again.
  claimed_until timestamptz,
  sent_at timestamptz,
  -- Given up after the last attempt.
  failed_at timestamptz,
  -- The SMTP error of the last failed attempt: the message only, never the body.
  last_error text,
  CHECK (sent_at IS NULL OR failed_at IS NULL)
);
CREATE INDEX email_outbox_due_idx ON email_outbox (next_attempt_at)
  WHERE sent_at IS NULL AND failed_at IS NULL;
`;
