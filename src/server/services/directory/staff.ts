// The directory as staff use it: search with filters and distance, a service's page with its
// Lantern fields and referral figures, and the provider's one-action capacity update (the
// provider's staff, or the coordinator or an administrator of the county that owns the service).
// The owner's mark of an alternative to detention is service-profile.ts.
import type { Queryable } from '../../../db/database.js';
import {
  confidentialLocationIds,
  findRecords,
  findServiceProfiles,
  listOrganizationLinks,
  updateCapacity,
  type ServiceProfile,
} from '../../../db/repositories/directory.js';
import type { Actor } from '../../../domain/actor.js';
import { recordOwners } from '../../../db/repositories/directory-owners.js';
import {
  decideConfidentialLocation,
  decideDirectoryChange,
  type ProviderLink,
} from '../../../domain/directory.js';
import { isOpen24Hours } from '../../../domain/directory-hours.js';
import type { Need, ServiceLevel } from '../../../domain/matching.js';
import { compileService, type RecordGraph } from '../../../hsds/compile.js';
import type { HsdsRecord } from '../../../hsds/tables.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest, notFound } from '../../errors.js';
import { enforce, requireActor } from '../authorize.js';
import { loadGraph } from './graph.js';
import { languagesOf } from './languages.js';
import { distanceSql, Where } from './hsds-api.js';
import { nearPoint } from './near-place.js';
import { searchable } from './search-index.js';
import { addSynonymSearch } from './synonym-search.js';

export interface DirectorySearch {
  readonly q?: string | undefined;
  readonly need?: Need | undefined;
  readonly taxonomyTermId?: string | undefined;
  readonly age?: number | undefined;
  readonly language?: string | undefined;
  readonly area?: string | undefined;
  readonly csecSpecialized?: boolean | undefined;
  readonly level?: ServiceLevel | undefined;
  readonly openCapacity?: boolean | undefined;
  readonly alternativeToDetention?: boolean | undefined;
  /** "latitude,longitude", a ZIP code or a city: nearPoint in near-place.ts. */
  readonly near?: string | undefined;
  readonly withinKm?: number | undefined;
  readonly sort?: 'relevance' | 'distance' | 'name' | undefined;
  readonly includeInactive?: boolean | undefined;
  readonly page: number;
  readonly perPage: number;
}

export interface ServiceLocation {
  readonly confidential: boolean;
  readonly name: string | null;
  /** One line: street, city, postcode. Null for a confidential location the caller may not see. */
  readonly address: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
}

export interface DirectoryService {
  readonly id: string;
  readonly name: string;
  readonly organizationId: string | null;
  readonly organizationName: string | null;
  readonly description: string | null;
  readonly status: string;
  readonly phone: string | null;
  readonly needs: readonly string[];
  readonly csecSpecialized: boolean;
  readonly csecTraining: string | null;
  readonly level: ServiceLevel;
  readonly groupSetting: boolean;
  readonly cohortRule: string;
  readonly minimumAge: number | null;
  readonly maximumAge: number | null;
  readonly genders: readonly string[] | null;
  readonly lgbtqAffirming: boolean;
  readonly alternativeToDetention: boolean;
  readonly languages: readonly string[];
  /** The ISO 639 code of each of `languages`, one for one; null where the record has none. */
  readonly languageCodes: readonly (string | null)[];
  readonly serviceAreas: readonly string[];
  readonly capacity: {
    readonly available: number;
    readonly maximum: number | null;
    readonly updatedAt: Date | null;
  } | null;
  readonly responseBusinessDays: number;
  /** A schedule of the service or its places says every day, midnight to midnight. */
  readonly open24Hours: boolean;
  readonly locations: readonly ServiceLocation[];
  readonly distanceKm: number | null;
  /** A Lantern agency answers for it, so referrals can be sent here. */
  readonly acceptsReferrals: boolean;
}

export interface DirectoryPage {
  readonly items: DirectoryService[];
  readonly total: number;
  readonly page: number;
  readonly perPage: number;
  /** The point distances were measured from, when the search was near somewhere. */
  readonly near: { readonly latitude: number; readonly longitude: number } | null;
}

interface SearchDbRow {
  service_id: string;
  distance_m: number | null;
}

const DEFAULT_PROFILE = {
  needs: [],
  csecSpecialized: false,
  csecTraining: null,
  level: 'both' as const,
  groupSetting: false,
  cohortRule: 'either' as const,
  genders: null,
  lgbtqAffirming: false,
  alternativeToDetention: false,
  capacityAvailable: null,
  capacityMaximum: null,
  capacityUpdatedAt: null,
  responseBusinessDays: 2,
};

export async function searchDirectory(
  app: AppServices,
  request: RequestContext,
  search: DirectorySearch,
): Promise<DirectoryPage> {
  const actor = requireActor(request);
  const where = new Where();
  let score = '0::real';
  if (search.q) score = await addSynonymSearch(app.db, where, search.q, 'ds');
  if (!search.includeInactive) where.add(() => `ds.status = 'active'`);
  if (search.need) where.add((p) => `${p(search.need)} = ANY(p.needs)`);
  if (search.taxonomyTermId) {
    where.add((p) => `${p(search.taxonomyTermId)} = ANY(ds.taxonomy_term_ids)`);
  }
  if (search.age !== undefined) {
    const age = where.param(search.age);
    where.add(
      () => `(ds.minimum_age IS NULL OR ds.minimum_age <= ${age})
        AND (ds.maximum_age IS NULL OR ds.maximum_age >= ${age})`,
    );
  }
  if (search.language) {
    where.add((p) => `${p(search.language?.trim().toLowerCase())} = ANY(ds.languages)`);
  }
  if (search.area) {
    where.add(
      (p) =>
        `(cardinality(ds.service_areas) = 0 OR ${p(searchable(search.area ?? ''))} = ANY(ds.service_areas))`,
    );
  }
  if (search.csecSpecialized) where.add(() => `p.csec_specialized`);
  if (search.level) where.add((p) => `p.level IN (${p(search.level)}, 'both')`);
  if (search.openCapacity) where.add(() => `p.capacity_available > 0`);
  if (search.alternativeToDetention) where.add(() => `p.alternative_to_detention`);
  let distance = 'NULL::float8';
  const near =
    search.near === undefined ? null : await nearPoint(app.db, actor.jurisdictionId, search.near);
  if (near) {
    // Numbers checked by nearPoint, written into the SQL as literals: the count query, which
    // has no distance, then takes the same parameters as the ranked one.
    distance = distanceSql(
      `${near.latitude}::float8`,
      `${near.longitude}::float8`,
      'ds.latitude',
      'ds.longitude',
    );
    const withinKm = search.withinKm;
    if (withinKm !== undefined) {
      where.add((p) => `ds.latitude IS NOT NULL AND ${distance} <= ${p(withinKm * 1000)}`);
    }
  }
  const order =
    search.sort === 'distance' && near
      ? `distance_m NULLS LAST, ds.name`
      : search.sort === 'name'
        ? 'ds.name'
        : `${score} DESC, ds.name`;
  const from = `directory_search ds
    LEFT JOIN directory_service_profiles p ON p.service_id = ds.service_id`;
  const [{ total } = { total: 0 }] = await app.db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM ${from} WHERE ${where.sql}`,
    where.params,
  );
  const rows = await app.db.query<SearchDbRow>(
    `SELECT ds.service_id, ${distance} AS distance_m FROM ${from} WHERE ${where.sql}
     ORDER BY ${order}, ds.service_id
     LIMIT ${search.perPage} OFFSET ${(search.page - 1) * search.perPage}`,
    where.params,
  );
  const items = await describeServices(
    app.db,
    actor,
    rows.map((r) => r.service_id),
    new Map(rows.map((r) => [r.service_id, r.distance_m])),
  );
  return { items, total, page: search.page, perPage: search.perPage, near };
}

/** Lantern agencies by directory organization id. */
export async function providerLinks(db: Queryable): Promise<Map<string, ProviderLink>> {
  return new Map(
    (await listOrganizationLinks(db)).map((l) => [
      l.hsdsOrganizationId,
      { organizationId: l.organizationId, jurisdictionId: l.jurisdictionId },
    ]),
  );
}

/** Services whose confidential location the actor may see through an accepted referral. */
async function acceptedReferralServices(db: Queryable, actor: Actor): Promise<Set<string>> {
  const rows = await db.query<{ service_id: string }>(
    `SELECT DISTINCT service_id FROM referrals
     WHERE sender_organization_id = $1 AND status IN ('accepted', 'enrolled')`,
    [actor.organizationId],
  );
  return new Set(rows.map((r) => r.service_id));
}

const str = (v: unknown) => (typeof v === 'string' ? v : null);
const num = (v: unknown) => (typeof v === 'number' ? v : null);

function locationsOf(
  service: HsdsRecord,
  graph: RecordGraph,
  confidential: ReadonlySet<string>,
  mayReveal: boolean,
): ServiceLocation[] {
  return graph
    .childrenOf('service_id', service.id, 'service_at_location')
    .map((sal) => graph.get('location', sal.location_id))
    .filter((l): l is HsdsRecord => l !== undefined)
    .map((location) => {
      const secret = confidential.has(location.id);
      if (secret && !mayReveal) {
        return { confidential: true, name: null, address: null, latitude: null, longitude: null };
      }
      const address = graph.childrenOf('location_id', location.id, 'address')[0];
      return {
        confidential: secret,
        name: str(location.name),
        address: address
          ? [address.address_1, address.address_2, address.city, address.postal_code]
              .filter((part) => typeof part === 'string' && part !== '')
              .join(', ')
          : null,
        latitude: num(location.latitude),
        longitude: num(location.longitude),
      };
    });
}

/** The service's own schedules, then those of its places (hours, not addresses). */
function schedulesOf(serviceId: string, graph: RecordGraph): HsdsRecord[] {
  return [
    ...graph.childrenOf('service_id', serviceId, 'schedule'),
    ...graph
      .childrenOf('service_id', serviceId, 'service_at_location')
      .flatMap((sal) => [
        ...graph.childrenOf('service_at_location_id', sal.id, 'schedule'),
        ...graph.childrenOf('location_id', str(sal.location_id) ?? '', 'schedule'),
      ]),
  ];
}

/** The first phone of each organization (a service without its own uses its provider's). */
export async function firstPhones(
  db: Queryable,
  organizationIds: readonly string[],
): Promise<Map<string, HsdsRecord>> {
  const phones = await db.query<{ data: HsdsRecord }>(
    `SELECT data FROM hsds_records
     WHERE kind = 'phone' AND data ? 'organization_id' AND data ->> 'organization_id' = ANY($1::text[])
     ORDER BY id`,
    [organizationIds],
  );
  const first = new Map<string, HsdsRecord>();
  for (const { data } of phones) {
    const organizationId = str(data.organization_id) ?? '';
    if (!first.has(organizationId)) first.set(organizationId, data);
  }
  return first;
}

/** The staff view of services, in the order given. */
export async function describeServices(
  db: Queryable,
  actor: Actor,
  serviceIds: readonly string[],
  distances: ReadonlyMap<string, number | null> = new Map(),
): Promise<DirectoryService[]> {
  if (serviceIds.length === 0) return [];
  const services = new Map((await findRecords(db, 'service', serviceIds)).map((s) => [s.id, s]));
  const profiles = await findServiceProfiles(db, serviceIds);
  const confidential = await confidentialLocationIds(db);
  const links = await providerLinks(db);
  const accepted = await acceptedReferralServices(db, actor);
  const organizationPhones = await firstPhones(db, [
    ...new Set([...services.values()].map((s) => str(s.organization_id) ?? '')),
  ]);
  // Load everything, confidential sites included; each is revealed below only if allowed.
  const graph = await loadGraph(
    db,
    [...services.values()].map((record) => ({ kind: 'service' as const, record })),
    new Set(),
  );
  return serviceIds.flatMap((id) => {
    const service = services.get(id);
    if (!service) return [];
    const profile: Omit<ServiceProfile, 'serviceId'> = profiles.get(id) ?? DEFAULT_PROFILE;
    const organization = graph.get('organization', service.organization_id);
    const link = links.get(str(service.organization_id) ?? '') ?? null;
    const mayReveal = decideConfidentialLocation(actor, link, accepted.has(id)).allowed;
    const phone =
      graph.childrenOf('service_id', id, 'phone')[0] ??
      organizationPhones.get(str(service.organization_id) ?? '');
    const distance = distances.get(id);
    return [
      {
        id,
        name: str(service.name) ?? '',
        organizationId: str(service.organization_id),
        organizationName: organization ? str(organization.name) : null,
        description: str(service.description),
        status: str(service.status) ?? 'active',
        phone: phone ? str(phone.number) : null,
        needs: profile.needs,
        csecSpecialized: profile.csecSpecialized,
        csecTraining: profile.csecTraining,
        level: profile.level,
        groupSetting: profile.groupSetting,
        cohortRule: profile.cohortRule,
        minimumAge: num(service.minimum_age),
        maximumAge: num(service.maximum_age),
        genders: profile.genders,
        lgbtqAffirming: profile.lgbtqAffirming,
        alternativeToDetention: profile.alternativeToDetention,
        ...languagesOf(graph.childrenOf('service_id', id, 'language')),
        serviceAreas: graph
          .childrenOf('service_id', id, 'service_area')
          .map((a) => str(a.name) ?? '')
          .filter(Boolean),
        capacity:
          profile.capacityAvailable === null
            ? null
            : {
                available: profile.capacityAvailable,
                maximum: profile.capacityMaximum,
                updatedAt: profile.capacityUpdatedAt,
              },
        responseBusinessDays: profile.responseBusinessDays,
        open24Hours: isOpen24Hours(schedulesOf(id, graph)),
        locations: locationsOf(service, graph, confidential, mayReveal),
        distanceKm:
          distance === null || distance === undefined ? null : Math.round(distance / 100) / 10,
        acceptsReferrals: link !== null && link.jurisdictionId === actor.jurisdictionId,
      },
    ];
  });
}

export interface ServiceStats {
  readonly received: number;
  readonly answered: number;
  readonly accepted: number;
  /** Of answered referrals, the share accepted; null before any answer. */
  readonly acceptanceRate: number | null;
  /** Median hours from sending to the provider's first answer. */
  readonly medianHoursToFirstResponse: number | null;
  readonly completed: number;
  readonly ended: number;
  /** Of closed referrals that were accepted, the share completed. */
  readonly completionRate: number | null;
  readonly overdueNow: number;
}

export async function serviceStats(db: Queryable, serviceId: string, now: Date) {
  const [row] = await db.query<{
    received: number;
    answered: number;
    accepted: number;
    completed: number;
    ended: number;
    median_hours: number | null;
    overdue: number;
  }>(
    `SELECT count(*) FILTER (WHERE sent_at IS NOT NULL)::int AS received,
       count(*) FILTER (WHERE first_response_at IS NOT NULL)::int AS answered,
       count(*) FILTER (WHERE status IN ('accepted', 'enrolled', 'completed')
         OR (status = 'ended' AND EXISTS (SELECT 1 FROM referral_events e
           WHERE e.referral_id = r.id AND e.to_status = 'accepted')))::int AS accepted,
       count(*) FILTER (WHERE status = 'completed')::int AS completed,
       count(*) FILTER (WHERE status = 'ended')::int AS ended,
       percentile_cont(0.5) WITHIN GROUP (
         ORDER BY extract(epoch FROM first_response_at - sent_at) / 3600)
         FILTER (WHERE first_response_at IS NOT NULL) AS median_hours,
       count(*) FILTER (WHERE status = 'sent' AND due_at <= $2)::int AS overdue
     FROM referrals r WHERE service_id = $1`,
    [serviceId, now],
  );
  const r = row ?? {
    received: 0,
    answered: 0,
    accepted: 0,
    completed: 0,
    ended: 0,
    median_hours: null,
    overdue: 0,
  };
  const closed = r.completed + r.ended;
  return {
    received: r.received,
    answered: r.answered,
    accepted: r.accepted,
    acceptanceRate: r.answered === 0 ? null : Math.round((r.accepted / r.answered) * 100) / 100,
    medianHoursToFirstResponse:
      r.median_hours === null ? null : Math.round(r.median_hours * 10) / 10,
    completed: r.completed,
    ended: r.ended,
    completionRate: closed === 0 ? null : Math.round((r.completed / closed) * 100) / 100,
    overdueNow: r.overdue,
  } satisfies ServiceStats;
}

export interface DirectoryServiceDetail extends DirectoryService {
  readonly stats: ServiceStats;
  readonly mayUpdateCapacity: boolean;
  /** The owner's coordinator or administrator changes Lantern's marks on the service. */
  readonly mayEditProfile: boolean;
  /** The full HSDS record as the public API gives it (confidential sites only if allowed). */
  readonly hsds: Record<string, unknown>;
}

export async function readDirectoryService(
  app: AppServices,
  request: RequestContext,
  id: string,
): Promise<DirectoryServiceDetail> {
  const actor = requireActor(request);
  const [summary] = await describeServices(app.db, actor, [id]);
  if (!summary) throw notFound('The service');
  const links = await providerLinks(app.db);
  const link = links.get(summary.organizationId ?? '') ?? null;
  const accepted = await acceptedReferralServices(app.db, actor);
  const reveal = decideConfidentialLocation(actor, link, accepted.has(id)).allowed;
  const [service] = await findRecords(app.db, 'service', [id]);
  if (!service) throw notFound('The service');
  const hidden = reveal ? new Set<string>() : await confidentialLocationIds(app.db);
  const graph = await loadGraph(app.db, [{ kind: 'service', record: service }], hidden);
  const owner = await serviceOwner(app.db, id);
  return {
    ...summary,
    stats: await serviceStats(app.db, id, app.clock.now()),
    mayUpdateCapacity: decideCapacity(actor, owner, link).allowed,
    mayEditProfile: decideDirectoryChange(
      { kind: 'staff', actor },
      { change: 'update', ownerJurisdictionId: owner },
    ).allowed,
    hsds: compileService(service, graph),
  };
}

export async function serviceOwner(db: Queryable, serviceId: string): Promise<string> {
  const owner = (await recordOwners(db, 'service', [serviceId])).get(serviceId);
  if (owner === undefined) throw notFound('The service');
  return owner;
}

/** Capacity is a change to the service: the provider's staff, or the owning county's managers. */
const decideCapacity = (actor: Actor, ownerJurisdictionId: string, link: ProviderLink | null) =>
  decideDirectoryChange(
    { kind: 'staff', actor },
    { change: 'capacity', ownerJurisdictionId, link },
  );

export async function changeCapacity(
  app: AppServices,
  request: RequestContext,
  id: string,
  capacity: { available: number; maximum: number | null },
): Promise<DirectoryServiceDetail> {
  const actor = requireActor(request);
  if (capacity.maximum !== null && capacity.available > capacity.maximum) {
    throw badRequest('capacity_over_maximum', 'Open places cannot be more than the maximum.');
  }
  const [service] = await findRecords(app.db, 'service', [id]);
  if (!service) throw notFound('The service');
  const link = (await providerLinks(app.db)).get(str(service.organization_id) ?? '') ?? null;
  const owner = await serviceOwner(app.db, id);
  await enforce(app, request, decideCapacity(actor, owner, link), {
    action: 'directory.capacity',
    targetType: 'directory_service',
    targetId: id,
  });
  await app.db.transaction(async (tx) => {
    await updateCapacity(tx, id, capacity, app.clock.now());
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'directory.capacity',
      outcome: 'allowed',
      targetType: 'directory_service',
      targetId: id,
      details: { available: capacity.available, maximum: capacity.maximum },
    });
  });
  return readDirectoryService(app, request, id);
}
