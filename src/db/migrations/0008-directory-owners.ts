// Every directory record belongs to a jurisdiction, its owner, and only the owner changes it
// (docs/ARCHITECTURE.md, "The resource directory"). The owner is kept on the HSDS record;
// Lantern's fields beside a record (a service's profile and capacity, a location's
// confidential flag, an organization's provider link) are owned with the record they describe.
//
// Records already in the directory get an owner by this rule, in order:
//   1. an organization linked to a Lantern agency belongs to that agency's jurisdiction;
//   2. a record that hangs from an owned record (a service, location, program, phone, contact,
//      funding or identifier of an organization; a service_at_location, phone, schedule,
//      language, area, document or cost of a service; an address, schedule or accessibility of
//      a location; and so on down, and an attribute or metadata row by the record it is about)
//      belongs to that record's owner, repeated until nothing changes; a location nobody names
//      directly takes the owner of a service offered there;
//   3. everything else (taxonomies, unlinked providers) belongs to Demo County when the
//      database has it (the demo seeds its whole directory for Demo County), else to the
//      oldest jurisdiction, which is the only one on most installations.
// A database with directory records but no jurisdiction at all (imported before `lantern
// init`) cannot be given owners; the migration stops and says what to do.
export const name = '0008-directory-owners';

export const up = /* sql */ `
ALTER TABLE hsds_records ADD COLUMN owner_jurisdiction_id uuid REFERENCES jurisdictions (id);

UPDATE hsds_records r SET owner_jurisdiction_id = l.jurisdiction_id
  FROM directory_organization_links l
  WHERE r.kind = 'organization' AND r.id = l.hsds_organization_id;

DO $$
DECLARE
  changed integer;
  total integer;
  pass integer := 0;
BEGIN
  LOOP
    total := 0;
    UPDATE hsds_records r SET owner_jurisdiction_id = p.owner_jurisdiction_id
      FROM hsds_records p
      WHERE r.owner_jurisdiction_id IS NULL AND p.owner_jurisdiction_id IS NOT NULL
        AND r.data ? 'organization_id' AND p.kind = 'organization'
        AND p.id = r.data ->> 'organization_id';
    GET DIAGNOSTICS changed = ROW_COUNT;
    total := total + changed;
    UPDATE hsds_records r SET owner_jurisdiction_id = p.owner_jurisdiction_id
      FROM hsds_records p
      WHERE r.owner_jurisdiction_id IS NULL AND p.owner_jurisdiction_id IS NOT NULL
        AND r.data ? 'program_id' AND p.kind = 'program' AND p.id = r.data ->> 'program_id';
    GET DIAGNOSTICS changed = ROW_COUNT;
    total := total + changed;
    UPDATE hsds_records r SET owner_jurisdiction_id = p.owner_jurisdiction_id
      FROM hsds_records p
      WHERE r.owner_jurisdiction_id IS NULL AND p.owner_jurisdiction_id IS NOT NULL
        AND r.data ? 'service_id' AND p.kind = 'service' AND p.id = r.data ->> 'service_id';
    GET DIAGNOSTICS changed = ROW_COUNT;
    total := total + changed;
    UPDATE hsds_records r SET owner_jurisdiction_id = p.owner_jurisdiction_id
      FROM hsds_records p
      WHERE r.owner_jurisdiction_id IS NULL AND p.owner_jurisdiction_id IS NOT NULL
        AND r.data ? 'service_at_location_id' AND p.kind = 'service_at_location'
        AND p.id = r.data ->> 'service_at_location_id';
    GET DIAGNOSTICS changed = ROW_COUNT;
    total := total + changed;
    UPDATE hsds_records r SET owner_jurisdiction_id = p.owner_jurisdiction_id
      FROM hsds_records p
      WHERE r.owner_jurisdiction_id IS NULL AND p.owner_jurisdiction_id IS NOT NULL
        AND r.data ? 'location_id' AND p.kind = 'location' AND p.id = r.data ->> 'location_id';
    GET DIAGNOSTICS changed = ROW_COUNT;
    total := total + changed;
    UPDATE hsds_records r SET owner_jurisdiction_id = p.owner_jurisdiction_id
      FROM hsds_records p
      WHERE r.owner_jurisdiction_id IS NULL AND p.owner_jurisdiction_id IS NOT NULL
        AND r.data ? 'contact_id' AND p.kind = 'contact' AND p.id = r.data ->> 'contact_id';
    GET DIAGNOSTICS changed = ROW_COUNT;
    total := total + changed;
    UPDATE hsds_records r SET owner_jurisdiction_id = p.owner_jurisdiction_id
      FROM hsds_records p
      WHERE r.owner_jurisdiction_id IS NULL AND p.owner_jurisdiction_id IS NOT NULL
        AND r.data ? 'phone_id' AND p.kind = 'phone' AND p.id = r.data ->> 'phone_id';
    GET DIAGNOSTICS changed = ROW_COUNT;
    total := total + changed;
    UPDATE hsds_records r SET owner_jurisdiction_id = p.owner_jurisdiction_id
      FROM hsds_records p
      WHERE r.owner_jurisdiction_id IS NULL AND p.owner_jurisdiction_id IS NOT NULL
        AND r.kind = 'taxonomy_term' AND p.kind = 'taxonomy' AND p.id = r.data ->> 'taxonomy_id';
    GET DIAGNOSTICS changed = ROW_COUNT;
    total := total + changed;
    UPDATE hsds_records r SET owner_jurisdiction_id = p.owner_jurisdiction_id
      FROM hsds_records p
      WHERE r.owner_jurisdiction_id IS NULL AND p.owner_jurisdiction_id IS NOT NULL
        AND ((r.kind = 'attribute' AND p.id = r.data ->> 'link_id')
          OR (r.kind = 'metadata' AND p.id = r.data ->> 'resource_id'));
    GET DIAGNOSTICS changed = ROW_COUNT;
    total := total + changed;
    UPDATE hsds_records r SET owner_jurisdiction_id = (
        SELECT s.owner_jurisdiction_id FROM hsds_records s
        WHERE s.kind = 'service_at_location' AND s.data ->> 'location_id' = r.id
          AND s.owner_jurisdiction_id IS NOT NULL
        ORDER BY s.id LIMIT 1)
      WHERE r.kind = 'location' AND r.owner_jurisdiction_id IS NULL AND EXISTS (
        SELECT 1 FROM hsds_records s
        WHERE s.kind = 'service_at_location' AND s.data ->> 'location_id' = r.id
          AND s.owner_jurisdiction_id IS NOT NULL);
    GET DIAGNOSTICS changed = ROW_COUNT;
    total := total + changed;
    pass := pass + 1;
    EXIT WHEN total = 0 OR pass >= 20;
  END LOOP;

  IF EXISTS (SELECT 1 FROM hsds_records WHERE owner_jurisdiction_id IS NULL)
     AND NOT EXISTS (SELECT 1 FROM jurisdictions) THEN
    RAISE EXCEPTION 'The resource directory holds records but no jurisdiction exists to own them. Empty the directory (DELETE FROM directory_search, directory_words, directory_service_profiles, directory_location_profiles, directory_organization_links, hsds_records), migrate, run lantern init, then import it again with lantern import-hsds --jurisdiction.';
  END IF;

  UPDATE hsds_records SET owner_jurisdiction_id = (
      SELECT id FROM jurisdictions
      ORDER BY (name = 'Demo County') DESC, created_at, id LIMIT 1)
    WHERE owner_jurisdiction_id IS NULL;
END
$$;

ALTER TABLE hsds_records ALTER COLUMN owner_jurisdiction_id SET NOT NULL;
CREATE INDEX hsds_records_owner ON hsds_records (owner_jurisdiction_id);
-- Attributes and metadata name the record they are about by id alone.
CREATE INDEX hsds_records_id ON hsds_records (id);
`;
