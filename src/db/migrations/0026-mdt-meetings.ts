// Multidisciplinary team meetings (docs/LEGAL-AND-MDT.md, "MDT meetings"): a meeting of one
// county, its attendee organizations (and who came), its agenda of cases with why each is on it,
// its minutes (general, or of one case naming the categories discussed) and its decisions, each
// given to its owner as a task on the protocol's task table. Every foreign key carries the
// jurisdiction, so a meeting cannot name another county's organization or youth.
export const name = '0026-mdt-meetings';

const CATEGORIES = `ARRAY['identity', 'contact_location', 'screening', 'needs_services',
  'referrals', 'case_notes', 'medical', 'mental_health', 'legal', 'education', 'placement']`;

export const up = /* sql */ `
CREATE TABLE mdt_meetings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
  title text NOT NULL,
  starts_at timestamptz NOT NULL,
  -- Where the agenda's "new identifications" started counting.
  agenda_since timestamptz NOT NULL,
  scheduled_by_user_id uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL,
  UNIQUE (jurisdiction_id, id)
);
CREATE INDEX mdt_meetings_jurisdiction_idx ON mdt_meetings (jurisdiction_id, starts_at);

CREATE TABLE mdt_meeting_attendees (
  jurisdiction_id uuid NOT NULL,
  meeting_id uuid NOT NULL,
  organization_id uuid NOT NULL,
  -- Null until attendance is recorded.
  present boolean,
  attendance_recorded_at timestamptz,
  PRIMARY KEY (meeting_id, organization_id),
  FOREIGN KEY (jurisdiction_id, meeting_id) REFERENCES mdt_meetings (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, organization_id) REFERENCES organizations (jurisdiction_id, id)
);
CREATE INDEX mdt_meeting_attendees_organization_idx ON mdt_meeting_attendees (organization_id);

CREATE TABLE mdt_agenda_items (
  jurisdiction_id uuid NOT NULL,
  meeting_id uuid NOT NULL,
  youth_id uuid NOT NULL,
  position integer NOT NULL CHECK (position >= 1),
  reasons text[] NOT NULL CHECK (cardinality(reasons) > 0),
  reviewed_at timestamptz,
  reviewed_by_user_id uuid REFERENCES users (id),
  PRIMARY KEY (meeting_id, youth_id),
  FOREIGN KEY (jurisdiction_id, meeting_id) REFERENCES mdt_meetings (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id)
);

-- A case's minutes name the categories discussed (who reads them follows from those); the
-- meeting's general minutes name no youth and no category.
CREATE TABLE mdt_minutes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL,
  meeting_id uuid NOT NULL,
  youth_id uuid,
  categories text[] NOT NULL CHECK (categories <@ ${CATEGORIES}),
  body text NOT NULL,
  author_organization_id uuid NOT NULL,
  written_by_user_id uuid NOT NULL REFERENCES users (id),
  written_at timestamptz NOT NULL,
  CHECK ((youth_id IS NULL) = (cardinality(categories) = 0)),
  FOREIGN KEY (jurisdiction_id, meeting_id) REFERENCES mdt_meetings (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, author_organization_id)
    REFERENCES organizations (jurisdiction_id, id)
);
CREATE INDEX mdt_minutes_meeting_idx ON mdt_minutes (meeting_id, written_at);

CREATE TABLE mdt_decisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL,
  meeting_id uuid NOT NULL,
  youth_id uuid NOT NULL,
  -- The decision's words are minutes of the case; its title is what the owner's task says.
  minutes_id uuid NOT NULL REFERENCES mdt_minutes (id),
  title text NOT NULL,
  owner_organization_id uuid NOT NULL,
  task_id uuid NOT NULL REFERENCES tasks (id),
  due_at timestamptz NOT NULL,
  decided_by_user_id uuid NOT NULL REFERENCES users (id),
  decided_at timestamptz NOT NULL,
  FOREIGN KEY (jurisdiction_id, meeting_id) REFERENCES mdt_meetings (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, youth_id) REFERENCES youth (jurisdiction_id, id),
  FOREIGN KEY (jurisdiction_id, owner_organization_id)
    REFERENCES organizations (jurisdiction_id, id)
);
CREATE INDEX mdt_decisions_meeting_idx ON mdt_decisions (meeting_id, decided_at);
`;
