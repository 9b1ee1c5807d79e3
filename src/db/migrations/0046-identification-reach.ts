// The three durations from an identification (time to advocate, to specialized services, to
// health evaluation; docs/REPORTS.md, "Measures") kept beside the records: one row per
// identification event with the instants it was reached, so that a quarter's durations read the
// quarter's rows by date instead of looking up, for each identification, the tasks and referrals
// that followed it (3.8 s a measure at 2 million events; docs/performance.md, "The dashboards").
//
// The rows are kept equal to the records by the database itself, whatever writes them: triggers
// on case_events, tasks, referrals and organizations recompute the rows a change can move, in the
// same transaction, with the functions below, which are the measures' definitions:
// - advocate_at, health_at: the first completion of a task of the identification done by an
//   organization of type advocacy (medical);
// - services_at: the first referral sent for the youth, in the county, at or after the
//   identification.
// Inserts run once per statement over all the rows inserted (a bulk load writes thousands in
// one): a task done or a referral sent only adds an instant, so it lowers the rows it can, and an
// identification is inserted before any task can name it. An update or a delete (one row at a
// time in the application) recomputes the rows it can move.
//
// Two transactions writing for one youth at once (an identification and a referral, two tasks
// done) must not each compute from a reading without the other's write: every trigger first
// takes a transaction lock for the youth's bucket (lantern_reach_lock: one of 256, so a bulk load
// takes at most 256 locks), then computes in a statement of its own, which, under READ
// COMMITTED, reads what the transaction it waited for committed. Nothing here names a youth to a
// reader: the table is read only by the measures' statements (src/db/repositories/reports.ts),
// which return counts and durations.
export const name = '0046-identification-reach';

export const up = /* sql */ `
CREATE TABLE identification_reach (
  jurisdiction_id uuid NOT NULL,
  event_id uuid NOT NULL,
  youth_id uuid NOT NULL,
  occurred_at timestamptz NOT NULL,
  recorded_by_organization_id uuid NOT NULL,
  advocate_at timestamptz,
  health_at timestamptz,
  services_at timestamptz,
  PRIMARY KEY (jurisdiction_id, event_id),
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id)
) WITH (fillfactor = 80);
-- The instants are in no index and pages keep a fifth free, so that setting one rewrites the row
-- in its page (a HOT update) without touching the indexes.
CREATE INDEX identification_reach_period_idx ON identification_reach (jurisdiction_id, occurred_at);
CREATE INDEX identification_reach_youth_idx ON identification_reach (jurisdiction_id, youth_id);

CREATE FUNCTION lantern_first_task_done(event uuid, organization_type text)
  RETURNS timestamptz LANGUAGE sql STABLE AS $$
  SELECT min(t.completed_at) FROM tasks t
  JOIN organizations o ON o.id = t.assignee_organization_id
  WHERE t.event_id = event AND o.type = organization_type AND t.status = 'done'
    AND t.completed_at IS NOT NULL
$$;

CREATE FUNCTION lantern_first_referral_sent(jurisdiction uuid, youth uuid, since timestamptz)
  RETURNS timestamptz LANGUAGE sql STABLE AS $$
  SELECT min(r.sent_at) FROM referrals r
  WHERE r.jurisdiction_id = jurisdiction AND r.youth_id = youth AND r.sent_at >= since
$$;

-- The locks for the youth given, each bucket once, in one order (no two writers deadlock).
CREATE FUNCTION lantern_reach_lock(youth uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(46, b.bucket)
  FROM (SELECT DISTINCT hashtext(y::text) & 255 AS bucket FROM unnest(youth) AS y
        WHERE y IS NOT NULL ORDER BY 1) b;
END
$$;

CREATE FUNCTION lantern_reach_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- NEW is null for a delete: its youth is left out of the locks.
  PERFORM lantern_reach_lock(ARRAY[OLD.youth_id, NEW.youth_id]);
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM identification_reach
    WHERE jurisdiction_id = OLD.jurisdiction_id AND event_id = OLD.id;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.type = 'identification' THEN
    INSERT INTO identification_reach (jurisdiction_id, event_id, youth_id, occurred_at,
      recorded_by_organization_id, advocate_at, health_at, services_at)
    VALUES (NEW.jurisdiction_id, NEW.id, NEW.youth_id, NEW.occurred_at,
      NEW.recorded_by_organization_id, lantern_first_task_done(NEW.id, 'advocacy'),
      lantern_first_task_done(NEW.id, 'medical'),
      lantern_first_referral_sent(NEW.jurisdiction_id, NEW.youth_id, NEW.occurred_at));
  END IF;
  RETURN NULL;
END
$$;
-- Inserts, once per statement (a bulk load writes thousands of rows in one): no task can name an
-- event before it exists (the foreign key of tasks), so only the referrals are looked up.
CREATE FUNCTION lantern_reach_events_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lantern_reach_lock(ARRAY(
    SELECT n.youth_id FROM inserted n WHERE n.type = 'identification'));
  INSERT INTO identification_reach (jurisdiction_id, event_id, youth_id, occurred_at,
    recorded_by_organization_id, services_at)
  SELECT n.jurisdiction_id, n.id, n.youth_id, n.occurred_at, n.recorded_by_organization_id,
    lantern_first_referral_sent(n.jurisdiction_id, n.youth_id, n.occurred_at)
  FROM inserted n WHERE n.type = 'identification';
  RETURN NULL;
END
$$;
CREATE TRIGGER case_events_reach_inserted AFTER INSERT ON case_events
  REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION lantern_reach_events_inserted();
CREATE TRIGGER case_events_reach_updated
  AFTER UPDATE OF type, occurred_at, youth_id, recorded_by_organization_id, jurisdiction_id
  ON case_events
  FOR EACH ROW WHEN (OLD.type = 'identification' OR NEW.type = 'identification')
  EXECUTE FUNCTION lantern_reach_events();
CREATE TRIGGER case_events_reach_deleted AFTER DELETE ON case_events
  FOR EACH ROW WHEN (OLD.type = 'identification') EXECUTE FUNCTION lantern_reach_events();

CREATE FUNCTION lantern_reach_tasks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- The youth of the identifications the task names (a task's own youth_id is not the key).
  PERFORM lantern_reach_lock(ARRAY(
    SELECT x.youth_id FROM identification_reach x
    WHERE (TG_OP <> 'INSERT' AND x.jurisdiction_id = OLD.jurisdiction_id
        AND x.event_id = OLD.event_id)
      OR (TG_OP <> 'DELETE' AND x.jurisdiction_id = NEW.jurisdiction_id
        AND x.event_id = NEW.event_id)));
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.event_id IS NOT NULL THEN
    UPDATE identification_reach
    SET advocate_at = lantern_first_task_done(event_id, 'advocacy'),
      health_at = lantern_first_task_done(event_id, 'medical')
    WHERE jurisdiction_id = OLD.jurisdiction_id AND event_id = OLD.event_id;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.event_id IS NOT NULL
    AND (NEW.event_id IS DISTINCT FROM OLD.event_id
      OR NEW.jurisdiction_id IS DISTINCT FROM OLD.jurisdiction_id) THEN
    UPDATE identification_reach
    SET advocate_at = lantern_first_task_done(event_id, 'advocacy'),
      health_at = lantern_first_task_done(event_id, 'medical')
    WHERE jurisdiction_id = NEW.jurisdiction_id AND event_id = NEW.event_id;
  END IF;
  RETURN NULL;
END
$$;
-- Tasks inserted (once per statement) only add instants: each row keeps the earlier of its own
-- and the new tasks' first completion (least() passes over nulls). The same definition as
-- lantern_first_task_done, for a set of tasks at once.
CREATE FUNCTION lantern_reach_tasks_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lantern_reach_lock(ARRAY(
    SELECT x.youth_id FROM inserted n JOIN identification_reach x
      ON x.jurisdiction_id = n.jurisdiction_id AND x.event_id = n.event_id
    WHERE n.status = 'done'));
  UPDATE identification_reach x
  SET advocate_at = least(x.advocate_at, m.advocate_at),
    health_at = least(x.health_at, m.health_at)
  FROM (SELECT n.jurisdiction_id, n.event_id,
      min(n.completed_at) FILTER (WHERE o.type = 'advocacy') AS advocate_at,
      min(n.completed_at) FILTER (WHERE o.type = 'medical') AS health_at
    FROM inserted n JOIN organizations o ON o.id = n.assignee_organization_id
    WHERE n.event_id IS NOT NULL AND n.status = 'done' AND n.completed_at IS NOT NULL
      AND o.type IN ('advocacy', 'medical')
    GROUP BY n.jurisdiction_id, n.event_id) m
  WHERE x.jurisdiction_id = m.jurisdiction_id AND x.event_id = m.event_id;
  RETURN NULL;
END
$$;
CREATE TRIGGER tasks_reach_inserted AFTER INSERT ON tasks
  REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION lantern_reach_tasks_inserted();
CREATE TRIGGER tasks_reach_updated
  AFTER UPDATE OF event_id, status, completed_at, assignee_organization_id, jurisdiction_id
  ON tasks
  FOR EACH ROW WHEN ((OLD.event_id IS NOT NULL OR NEW.event_id IS NOT NULL)
    AND (OLD.event_id, OLD.status, OLD.completed_at, OLD.assignee_organization_id,
      OLD.jurisdiction_id)
    IS DISTINCT FROM (NEW.event_id, NEW.status, NEW.completed_at,
      NEW.assignee_organization_id, NEW.jurisdiction_id))
  EXECUTE FUNCTION lantern_reach_tasks();
CREATE TRIGGER tasks_reach_deleted AFTER DELETE ON tasks
  FOR EACH ROW WHEN (OLD.event_id IS NOT NULL AND OLD.status = 'done')
  EXECUTE FUNCTION lantern_reach_tasks();

CREATE FUNCTION lantern_reach_referrals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- NEW is null for a delete: its youth is left out of the locks.
  PERFORM lantern_reach_lock(ARRAY[OLD.youth_id, NEW.youth_id]);
  -- Sent for the first time, for the same youth: an earlier instant for the identifications it
  -- follows, and nothing else moves.
  IF TG_OP = 'UPDATE' AND OLD.sent_at IS NULL
      AND NEW.youth_id = OLD.youth_id AND NEW.jurisdiction_id = OLD.jurisdiction_id THEN
    UPDATE identification_reach
    SET services_at = NEW.sent_at
    WHERE jurisdiction_id = NEW.jurisdiction_id AND youth_id = NEW.youth_id
      AND occurred_at <= NEW.sent_at AND (services_at IS NULL OR services_at > NEW.sent_at);
    RETURN NULL;
  END IF;
  UPDATE identification_reach
  SET services_at = lantern_first_referral_sent(jurisdiction_id, youth_id, occurred_at)
  WHERE jurisdiction_id = OLD.jurisdiction_id AND youth_id = OLD.youth_id;
  IF TG_OP = 'UPDATE' AND (NEW.youth_id, NEW.jurisdiction_id)
      IS DISTINCT FROM (OLD.youth_id, OLD.jurisdiction_id) THEN
    UPDATE identification_reach
    SET services_at = lantern_first_referral_sent(jurisdiction_id, youth_id, occurred_at)
    WHERE jurisdiction_id = NEW.jurisdiction_id AND youth_id = NEW.youth_id;
  END IF;
  RETURN NULL;
END
$$;
-- Referrals inserted (once per statement) only add instants, like tasks.
CREATE FUNCTION lantern_reach_referrals_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lantern_reach_lock(ARRAY(
    SELECT n.youth_id FROM inserted n WHERE n.sent_at IS NOT NULL));
  UPDATE identification_reach x
  SET services_at = m.sent_at
  FROM (SELECT r.jurisdiction_id, r.event_id, min(n.sent_at) AS sent_at
    FROM inserted n JOIN identification_reach r ON r.jurisdiction_id = n.jurisdiction_id
      AND r.youth_id = n.youth_id AND r.occurred_at <= n.sent_at
    WHERE n.sent_at IS NOT NULL
    GROUP BY r.jurisdiction_id, r.event_id) m
  WHERE x.jurisdiction_id = m.jurisdiction_id AND x.event_id = m.event_id
    AND (x.services_at IS NULL OR x.services_at > m.sent_at);
  RETURN NULL;
END
$$;
CREATE TRIGGER referrals_reach_inserted AFTER INSERT ON referrals
  REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION lantern_reach_referrals_inserted();
CREATE TRIGGER referrals_reach_updated
  AFTER UPDATE OF sent_at, youth_id, jurisdiction_id ON referrals
  FOR EACH ROW WHEN ((OLD.sent_at IS NOT NULL OR NEW.sent_at IS NOT NULL)
    AND (OLD.sent_at, OLD.youth_id, OLD.jurisdiction_id)
    IS DISTINCT FROM (NEW.sent_at, NEW.youth_id, NEW.jurisdiction_id))
  EXECUTE FUNCTION lantern_reach_referrals();
CREATE TRIGGER referrals_reach_deleted AFTER DELETE ON referrals
  FOR EACH ROW WHEN (OLD.sent_at IS NOT NULL) EXECUTE FUNCTION lantern_reach_referrals();

-- An organization's type decides whose tasks reach the youth (the application does not change
-- it; a change made by hand still moves the rows).
CREATE FUNCTION lantern_reach_organizations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lantern_reach_lock(ARRAY(
    SELECT x.youth_id FROM identification_reach x
    WHERE x.jurisdiction_id = NEW.jurisdiction_id AND x.event_id IN (SELECT t.event_id FROM tasks t
      WHERE t.assignee_organization_id = NEW.id AND t.event_id IS NOT NULL)));
  UPDATE identification_reach
  SET advocate_at = lantern_first_task_done(event_id, 'advocacy'),
    health_at = lantern_first_task_done(event_id, 'medical')
  WHERE jurisdiction_id = NEW.jurisdiction_id AND event_id IN (SELECT t.event_id FROM tasks t
    WHERE t.assignee_organization_id = NEW.id AND t.event_id IS NOT NULL);
  RETURN NULL;
END
$$;
CREATE TRIGGER organizations_reach_updated AFTER UPDATE OF type ON organizations
  FOR EACH ROW WHEN (OLD.type IS DISTINCT FROM NEW.type)
  EXECUTE FUNCTION lantern_reach_organizations();

INSERT INTO identification_reach (jurisdiction_id, event_id, youth_id, occurred_at,
  recorded_by_organization_id, advocate_at, health_at, services_at)
SELECT e.jurisdiction_id, e.id, e.youth_id, e.occurred_at, e.recorded_by_organization_id,
  lantern_first_task_done(e.id, 'advocacy'), lantern_first_task_done(e.id, 'medical'),
  lantern_first_referral_sent(e.jurisdiction_id, e.youth_id, e.occurred_at)
FROM case_events e WHERE e.type = 'identification';
`;
