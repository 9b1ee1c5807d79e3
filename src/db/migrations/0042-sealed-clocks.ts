// Two things of issue 13 (docs/CONFIDENTIALITY.md, "Sealed cases"; docs/performance.md, "The
// dashboards"). A job of a sealed case's clock (a task falling due or escalating, a referral's
// answer clock, a periodic screening, a compensation reminder) is held rather than run: marked
// done with the case it waits for, so the runner does not claim it again; lifting the seal clears
// both and the runner runs it. And the measures that time an identification to the first task it
// gave (time to advocate, to health evaluation) find those tasks by the event, which no index
// served: at 2 million events each identification read every task.
export const name = '0042-sealed-clocks';

export const up = /* sql */ `
ALTER TABLE protocol_jobs ADD COLUMN held_for_youth_id uuid;
CREATE INDEX protocol_jobs_held_idx ON protocol_jobs (held_for_youth_id)
  WHERE held_for_youth_id IS NOT NULL;

CREATE INDEX tasks_event_idx ON tasks (event_id) WHERE event_id IS NOT NULL;
`;
