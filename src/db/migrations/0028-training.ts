// Training and certification records (docs/TRAINING.md): the county's courses and each person's
// completions, with the day a completion lapses worked out once when it is recorded (completed
// on + the course's validity, src/domain/training.ts). A completion names a person of the same
// county; the service checks that, and the course's foreign key carries the jurisdiction.
// A notification may name one account (`recipient_user_id`): a training warning is about one
// person and is for that person and their supervisor, not for everyone holding their role.
export const name = '0028-training';

export const up = /* sql */ `
CREATE TABLE training_courses (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  topic text NOT NULL CHECK (length(topic) BETWEEN 1 AND 200),
  hours numeric(5, 1) NOT NULL CHECK (hours > 0),
  -- Null: the course does not expire.
  validity_months integer CHECK (validity_months IS NULL OR validity_months BETWEEN 1 AND 120),
  created_by_user_id uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL,
  UNIQUE (jurisdiction_id, title),
  UNIQUE (jurisdiction_id, id)
);

CREATE TABLE training_completions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
  user_id uuid NOT NULL REFERENCES users (id),
  course_id uuid NOT NULL,
  completed_on date NOT NULL,
  -- The first day the completion is no longer in force; null when the course does not expire.
  lapses_on date CHECK (lapses_on IS NULL OR lapses_on > completed_on),
  evidence text NOT NULL CHECK (length(evidence) BETWEEN 1 AND 300),
  recorded_by_user_id uuid NOT NULL REFERENCES users (id),
  recorded_at timestamptz NOT NULL,
  -- Nobody records the basis of their own status (docs/TRAINING.md).
  CHECK (recorded_by_user_id <> user_id),
  FOREIGN KEY (jurisdiction_id, course_id) REFERENCES training_courses (jurisdiction_id, id)
);
CREATE INDEX training_completions_user_idx ON training_completions (user_id, course_id, completed_on);
CREATE INDEX training_completions_jurisdiction_idx ON training_completions (jurisdiction_id);

ALTER TABLE notifications ADD COLUMN recipient_user_id uuid REFERENCES users (id);
`;
