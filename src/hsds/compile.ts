// Building the nested objects of the HSDS compiled schemas (service, organization,
// service_at_location) from flat records. Pure: the records come in a RecordGraph that the
// caller filled; locations the caller hides (confidential) are simply not in it, and whatever
// hangs off them through the location is left out with them.
import type { HsdsKind, HsdsRecord } from './tables.js';

/** How each kind's children are found: the output property, the child kind, the link field. */
const NESTED: Partial<Record<HsdsKind, readonly [string, HsdsKind, string][]>> = {
  service: [
    ['phones', 'phone', 'service_id'],
    ['schedules', 'schedule', 'service_id'],
    ['service_areas', 'service_area', 'service_id'],
    ['languages', 'language', 'service_id'],
    ['funding', 'funding', 'service_id'],
    ['cost_options', 'cost_option', 'service_id'],
    ['required_documents', 'required_document', 'service_id'],
    ['contacts', 'contact', 'service_id'],
  ],
  organization: [
    ['funding', 'funding', 'organization_id'],
    ['contacts', 'contact', 'organization_id'],
    ['phones', 'phone', 'organization_id'],
    ['locations', 'location', 'organization_id'],
    ['programs', 'program', 'organization_id'],
    ['organization_identifiers', 'organization_identifier', 'organization_id'],
  ],
  location: [
    ['languages', 'language', 'location_id'],
    ['addresses', 'address', 'location_id'],
    ['contacts', 'contact', 'location_id'],
    ['accessibility', 'accessibility', 'location_id'],
    ['phones', 'phone', 'location_id'],
    ['schedules', 'schedule', 'location_id'],
  ],
  service_at_location: [
    ['contacts', 'contact', 'service_at_location_id'],
    ['phones', 'phone', 'service_at_location_id'],
    ['schedules', 'schedule', 'service_at_location_id'],
  ],
  phone: [['languages', 'language', 'phone_id']],
  contact: [['phones', 'phone', 'contact_id']],
};

/** The link field a kind's own children use to point at it. */
export const OWN_LINK: Partial<Record<HsdsKind, string>> = {
  service: 'service_id',
  organization: 'organization_id',
  location: 'location_id',
  service_at_location: 'service_at_location_id',
  phone: 'phone_id',
  contact: 'contact_id',
};

/** Which kinds are found through each link field: the nested children, and the records the
 * compiled objects list beside them (a service's locations, an organization's services). */
export const CHILD_KINDS: Readonly<Record<string, ReadonlySet<HsdsKind>>> = (() => {
  const map: Record<string, Set<HsdsKind>> = {
    service_id: new Set(['service_at_location']),
    organization_id: new Set(['service']),
    link_id: new Set(['attribute']),
    resource_id: new Set(['metadata']),
  };
  for (const children of Object.values(NESTED)) {
    for (const [, kind, field] of children) (map[field] ??= new Set()).add(kind);
  }
  return map;
})();

/** Kinds that carry attributes and metadata arrays in the compiled schemas. */
const WITHOUT_ATTRIBUTES: ReadonlySet<HsdsKind> = new Set([
  'attribute',
  'metadata',
  'taxonomy_term',
  'taxonomy',
]);

export class RecordGraph {
  private readonly byId = new Map<string, HsdsRecord>();
  private readonly children = new Map<string, { kind: HsdsKind; record: HsdsRecord }[]>();
  private readonly seen = new Set<string>();

  constructor(private readonly hiddenLocations: ReadonlySet<string> = new Set()) {}

  isHidden(locationId: unknown): boolean {
    return typeof locationId === 'string' && this.hiddenLocations.has(locationId);
  }

  /** Adds a record; false when it was already there or must stay hidden. */
  add(kind: HsdsKind, record: HsdsRecord): boolean {
    if (kind === 'location' && this.isHidden(record.id)) return false;
    const key = `${kind}:${record.id}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    this.byId.set(key, record);
    for (const field of [...Object.values(OWN_LINK), 'link_id', 'resource_id', 'taxonomy_id']) {
      const target = record[field];
      if (typeof target !== 'string') continue;
      const list = this.children.get(`${field}:${target}`) ?? [];
      list.push({ kind, record });
      this.children.set(`${field}:${target}`, list);
    }
    return true;
  }

  get(kind: HsdsKind, id: unknown): HsdsRecord | undefined {
    return typeof id === 'string' ? this.byId.get(`${kind}:${id}`) : undefined;
  }

  childrenOf(field: string, id: string, kind: HsdsKind): HsdsRecord[] {
    return (this.children.get(`${field}:${id}`) ?? [])
      .filter((c) => c.kind === kind)
      .map((c) => c.record)
      .sort((a, b) => a.id.localeCompare(b.id));
  }
}

type Json = Record<string, unknown>;

function common(kind: HsdsKind, record: HsdsRecord, graph: RecordGraph): Json {
  if (WITHOUT_ATTRIBUTES.has(kind)) return {};
  return {
    attributes: graph
      .childrenOf('link_id', record.id, 'attribute')
      .map((a) => compileAttribute(a, graph)),
    metadata: graph.childrenOf('resource_id', record.id, 'metadata').map((m) => ({ ...m })),
  };
}

function compileAttribute(attribute: HsdsRecord, graph: RecordGraph): Json {
  const term = graph.get('taxonomy_term', attribute.taxonomy_term_id);
  return {
    ...attribute,
    ...(term ? { taxonomy_term: compileTaxonomyTerm(term, graph) } : {}),
    metadata: graph.childrenOf('resource_id', attribute.id, 'metadata').map((m) => ({ ...m })),
  };
}

export function compileTaxonomyTerm(term: HsdsRecord, graph: RecordGraph): Json {
  const taxonomy = graph.get('taxonomy', term.taxonomy_id);
  return {
    ...term,
    ...(taxonomy ? { taxonomy_detail: compileTaxonomy(taxonomy, graph) } : {}),
    metadata: graph.childrenOf('resource_id', term.id, 'metadata').map((m) => ({ ...m })),
  };
}

export function compileTaxonomy(taxonomy: HsdsRecord, graph: RecordGraph): Json {
  return {
    ...taxonomy,
    metadata: graph.childrenOf('resource_id', taxonomy.id, 'metadata').map((m) => ({ ...m })),
  };
}

/** A record with every nested array the compiled schema gives its kind. */
export function compileNested(kind: HsdsKind, record: HsdsRecord, graph: RecordGraph): Json {
  const out: Json = { ...record };
  for (const [property, childKind, field] of NESTED[kind] ?? []) {
    out[property] = graph
      .childrenOf(field, record.id, childKind)
      .filter((child) => !(childKind !== 'location' && graph.isHidden(child.location_id)))
      .map((child) => compileNested(childKind, child, graph));
  }
  return { ...out, ...common(kind, record, graph) };
}

/** service_at_location with its location, as in compiled/service_at_location.json. */
export function compileServiceAtLocation(
  sal: HsdsRecord,
  graph: RecordGraph,
  withService: boolean,
): Json | null {
  const location = graph.get('location', sal.location_id);
  if (!location) return null;
  const service = graph.get('service', sal.service_id);
  return {
    ...compileNested('service_at_location', sal, graph),
    location: compileNested('location', location, graph),
    ...(withService && service ? { service: serviceOneToOne(service, graph) } : {}),
  };
}

function oneToOne(kind: HsdsKind, id: unknown, graph: RecordGraph): Json | undefined {
  const record = graph.get(kind, id);
  return record ? { ...record } : undefined;
}

/** A service with only its one-to-one relations (compiled/service_list.json). */
export function serviceOneToOne(service: HsdsRecord, graph: RecordGraph): Json {
  const organization = oneToOne('organization', service.organization_id, graph);
  const program = oneToOne('program', service.program_id, graph);
  return {
    ...service,
    ...(organization ? { organization } : {}),
    ...(program ? { program } : {}),
  };
}

/** A fully nested service (compiled/service.json). */
export function compileService(service: HsdsRecord, graph: RecordGraph): Json {
  const sals = graph
    .childrenOf('service_id', service.id, 'service_at_location')
    .filter((sal) => !graph.isHidden(sal.location_id))
    .map((sal) => compileServiceAtLocation(sal, graph, false))
    .filter((sal): sal is Json => sal !== null);
  const organization = graph.get('organization', service.organization_id);
  return {
    ...compileNested('service', service, graph),
    ...serviceOneToOne(service, graph),
    ...(organization ? { organization: organizationWithPhones(organization, graph) } : {}),
    service_at_locations: sals,
  };
}

/** The service's organization with its phones, as compiled/service.json nests them; a phone
 * of a hidden (confidential) location is left out, as on the organization's own page. */
function organizationWithPhones(organization: HsdsRecord, graph: RecordGraph): Json {
  const phones = graph
    .childrenOf('organization_id', organization.id, 'phone')
    .filter((phone) => !graph.isHidden(phone.location_id))
    .map((phone) => compileNested('phone', phone, graph));
  return { ...organization, phones };
}

/** A fully nested organization (compiled/organization.json) with its services. */
export function compileOrganization(
  organization: HsdsRecord,
  graph: RecordGraph,
  fullServices: boolean,
): Json {
  const services = graph
    .childrenOf('organization_id', organization.id, 'service')
    .map((s) => (fullServices ? compileService(s, graph) : { ...s }));
  return { ...compileNested('organization', organization, graph), services };
}
