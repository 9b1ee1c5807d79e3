// Notifications get a column for the parameters the screens word them from
// (docs/ARCHITECTURE.md, "Notifications"). Before it, a notice worded from a code kept its
// parameters inside `message` as JSON {"text": ..., "params": {...}}; those rows are taken apart
// here: `message` back to the English text (the contract older clients read), the parameters into
// the column. Anything else in `message`, JSON-looking or not, is left as the text it was. A row
// whose JSON does not parse is skipped one by one (PostgreSQL 15 has no `IS JSON`), so one odd
// row cannot stop the upgrade.
export const name = '0022-notification-params';

export const up = /* sql */ `
ALTER TABLE notifications ADD COLUMN params jsonb
  CHECK (params IS NULL OR jsonb_typeof(params) = 'object');

DO $$
DECLARE
  notice record;
  stored jsonb;
BEGIN
  FOR notice IN SELECT id, message FROM notifications WHERE message LIKE '{"text":%' LOOP
    BEGIN
      stored := notice.message::jsonb;
    EXCEPTION WHEN others THEN
      CONTINUE;
    END;
    IF jsonb_typeof(stored -> 'text') = 'string' AND jsonb_typeof(stored -> 'params') = 'object'
    THEN
      UPDATE notifications SET message = stored ->> 'text', params = stored -> 'params'
        WHERE id = notice.id;
    END IF;
  END LOOP;
END
$$;
`;
