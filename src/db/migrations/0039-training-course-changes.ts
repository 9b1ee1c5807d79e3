// Training courses edited and retired (docs/TRAINING.md). A completion now keeps the hours its
// course had when it was recorded, as it already kept its lapse day: editing a course changes
// what future completions count, never what a recorded one did (a caseworker's privilege must
// not move because a course's hours were corrected later). Existing completions take their
// course's hours of today, the only hours known. A retired course takes no new completion; its
// recorded ones stay in force until they lapse.
export const name = '0039-training-course-changes';

export const up = /* sql */ `
ALTER TABLE training_courses
  ADD COLUMN retired_at timestamptz,
  ADD COLUMN retired_by_user_id uuid REFERENCES users (id),
  ADD CHECK ((retired_at IS NULL) = (retired_by_user_id IS NULL));

ALTER TABLE training_completions ADD COLUMN hours numeric(5, 1);
UPDATE training_completions t SET hours = c.hours FROM training_courses c WHERE c.id = t.course_id;
ALTER TABLE training_completions ALTER COLUMN hours SET NOT NULL;
ALTER TABLE training_completions ADD CHECK (hours > 0);
`;
