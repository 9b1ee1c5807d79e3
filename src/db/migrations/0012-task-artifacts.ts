// A task the protocol "requires" (a safety plan of a type, a screening) is closed by the artifact
// itself when it is written, and says which one closed it. Job kinds become a code list
// (src/db/repositories/jobs.ts) checked by shape here, so features can add their own clocks
// (a periodic re-screen, a reminder before an order expires) without rewriting this constraint.
export const name = '0012-task-artifacts';

export const up = `
ALTER TABLE tasks ADD COLUMN closed_by_artifact_type text
  CHECK (closed_by_artifact_type IS NULL OR closed_by_artifact_type ~ '^[a-z_]+$');
ALTER TABLE tasks ADD COLUMN closed_by_artifact_id uuid;
ALTER TABLE tasks ADD CONSTRAINT tasks_artifact_pair
  CHECK ((closed_by_artifact_type IS NULL) = (closed_by_artifact_id IS NULL));

ALTER TABLE protocol_jobs DROP CONSTRAINT protocol_jobs_kind_check;
ALTER TABLE protocol_jobs ADD CONSTRAINT protocol_jobs_kind_check
  CHECK (kind ~ '^[a-z_]+\\.[a-z_]+$');
`;
