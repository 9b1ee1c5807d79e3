// The measures of one event type over a period (identifications, the three durations from an
// identification, placement changes, identified-victim custody) read the county's events by date
// and kept one in two to one in twenty of them: at 2 million events a quarter's identifications
// read 540,000 events, 59,000 pages of the table, to keep 225,000 (docs/performance.md, "The
// dashboards"). By type, and with the columns those measures read kept in the index (the youth,
// the recording organization, the event's id to find its tasks), they are read from the index
// alone once the table's pages are marked all-visible (vacuum, which autovacuum runs as events
// are added): 3,000 pages. Screenings due read every task of the county for the few of one kind.
export const name = '0045-report-indexes';

export const up = /* sql */ `
CREATE INDEX case_events_type_idx ON case_events (jurisdiction_id, type, occurred_at)
  INCLUDE (youth_id, recorded_by_organization_id, id);
CREATE INDEX tasks_kind_due_idx ON tasks (jurisdiction_id, kind, due_at);
`;
