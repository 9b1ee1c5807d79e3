// The non-criminalization measure (arrest attempts, charging steps and detentions of a youth
// identified as a victim at or before the event; migration 0017's view) asked, for every such
// event of the period, whether the youth had an identification before it, by reading her events
// in case_events: 0.45-0.8 s a quarter at 2 million events (docs/performance.md, "The
// dashboards"). The identifications are kept, one row each, in identification_reach (migration
// 0046): the view asks there, by an index that holds the instant, and carries the recording
// organization, so that the measure's statement joins case_events no second time. The definition
// is unchanged: identification_reach holds every identification event, kept by the database.
export const name = '0048-custody-reads-reach';

export const up = /* sql */ `
CREATE INDEX identification_reach_youth_time_idx
  ON identification_reach (jurisdiction_id, youth_id, occurred_at);
DROP INDEX identification_reach_youth_idx;
CREATE OR REPLACE VIEW identified_victim_custody_events AS
  SELECT e.id AS event_id, e.jurisdiction_id, e.youth_id, e.type, e.occurred_at,
    COALESCE((e.details ->> 'covered')::boolean, false) AS covered,
    e.recorded_by_organization_id
  FROM case_events e
  WHERE e.type IN ('arrest_attempt', 'charging', 'detention')
    AND EXISTS (SELECT 1 FROM identification_reach i
      WHERE i.jurisdiction_id = e.jurisdiction_id AND i.youth_id = e.youth_id
        AND i.occurred_at <= e.occurred_at);
`;
