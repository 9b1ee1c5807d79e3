// The snapshot measures (docs/REPORTS.md, "Measures"): capacity against need and funding per
// service type, counted in SQL when the report is read (the directory keeps only today's places,
// a plan its current needs). Counts only, never a youth. Definitions: src/domain/measures.ts.
import type { Queryable } from '../database.js';
import type { CountRow } from './reports.js';

// The county's active directory services with their service types (Lantern's needs).
const COUNTY_SERVICES = `
  SELECT s.id AS service_id, s.data ->> 'organization_id' AS organization_id, p.needs,
    p.capacity_available
  FROM hsds_records s JOIN directory_service_profiles p ON p.service_id = s.id
  WHERE s.kind = 'service' AND s.owner_jurisdiction_id = $1
    AND coalesce(s.data ->> 'status', 'active') = 'active'`;

/** Per need: open places (column open_places) and youth waiting for it (youth_waiting). */
export async function capacityAgainstNeed(
  db: Queryable,
  jurisdictionId: string,
): Promise<CountRow[]> {
  return db.query<CountRow>(
    `WITH services AS (${COUNTY_SERVICES})
     SELECT need AS "rowKey", 'open_places' AS part, sum(s.capacity_available)::int AS n
     FROM services s CROSS JOIN LATERAL unnest(s.needs) AS need
     WHERE s.capacity_available IS NOT NULL
     GROUP BY need
     UNION ALL
     SELECT need, 'youth_waiting', count(DISTINCT plan.youth_id)::int
     FROM case_service_plans plan
     JOIN youth y ON y.jurisdiction_id = plan.jurisdiction_id AND y.id = plan.youth_id
     CROSS JOIN LATERAL unnest(plan.needs) AS need
     WHERE plan.jurisdiction_id = $1 AND y.status = 'open'
       AND NOT EXISTS (
         SELECT 1 FROM referrals r
         WHERE r.jurisdiction_id = plan.jurisdiction_id AND r.youth_id = plan.youth_id
           AND need = ANY (r.needs) AND r.status IN ('accepted', 'enrolled'))
     GROUP BY need`,
    [jurisdictionId],
  );
}

// A funding source of a service: its own HSDS funding records, or its organization's.
const SOURCES = `
  SELECT DISTINCT btrim(f.data ->> 'source') AS source FROM hsds_records f
  WHERE f.kind = 'funding' AND btrim(coalesce(f.data ->> 'source', '')) <> ''
    AND (f.data ->> 'service_id' = s.service_id
      OR f.data ->> 'organization_id' = s.organization_id)`;

/** Per need: the services (column services) and those listing a funding source (with_funding). */
export async function serviceFunding(db: Queryable, jurisdictionId: string): Promise<CountRow[]> {
  return db.query<CountRow>(
    `WITH services AS (${COUNTY_SERVICES})
     SELECT need AS "rowKey", x.part, count(*)::int AS n
     FROM services s CROSS JOIN LATERAL unnest(s.needs) AS need
     CROSS JOIN LATERAL (VALUES ('services'), ('with_funding')) AS x(part)
     WHERE x.part = 'services' OR EXISTS (${SOURCES})
     GROUP BY need, x.part`,
    [jurisdictionId],
  );
}

/** Per need, the funding sources the county's services list (public directory text). */
export async function fundingSources(
  db: Queryable,
  jurisdictionId: string,
): Promise<{ serviceType: string; sources: string[] }[]> {
  return db.query(
    `WITH services AS (${COUNTY_SERVICES})
     SELECT need AS "serviceType", array_agg(DISTINCT src.source ORDER BY src.source) AS sources
     FROM services s CROSS JOIN LATERAL unnest(s.needs) AS need
     CROSS JOIN LATERAL (${SOURCES}) AS src
     GROUP BY need ORDER BY need`,
    [jurisdictionId],
  );
}
