// The first tables keyed the way a Citus cluster distributes by jurisdiction (docs/scaling.md):
// a primary key that a row's parent already ties to one jurisdiction now names the jurisdiction
// too. Nothing else changes: each table's rows already carry the same jurisdiction_id as their
// meeting, agreement or youth (their foreign keys include it), no foreign key points at these
// keys, and no statement names them in ON CONFLICT. The schema test
// (test/service/distribution-schema.test.ts) lists the tables still to do and why.
export const name = '0044-distribution-keys';

export const up = /* sql */ `
ALTER TABLE mdt_meeting_attendees DROP CONSTRAINT mdt_meeting_attendees_pkey,
  ADD PRIMARY KEY (jurisdiction_id, meeting_id, organization_id);
ALTER TABLE mdt_agenda_items DROP CONSTRAINT mdt_agenda_items_pkey,
  ADD PRIMARY KEY (jurisdiction_id, meeting_id, youth_id);
ALTER TABLE mou_parties DROP CONSTRAINT mou_parties_pkey,
  ADD PRIMARY KEY (jurisdiction_id, mou_id, organization_id);
ALTER TABLE retention_purges DROP CONSTRAINT retention_purges_pkey,
  ADD PRIMARY KEY (jurisdiction_id, youth_id, category);
`;
