// The public Open Referral HSDS 3.0 API: no sign-in, the directory only, never a confidential
// location. Lists page as the reference's Page object; filters follow its parameters.
import type { Queryable } from '../../../db/database.js';
import {
  confidentialLocationIds,
  findRecords,
  vocabularyFor,
} from '../../../db/repositories/directory.js';
import {
  compileOrganization,
  compileService,
  compileServiceAtLocation,
  compileTaxonomy,
  compileTaxonomyTerm,
  serviceOneToOne,
} from '../../../hsds/compile.js';
import type { HsdsKind, HsdsRecord } from '../../../hsds/tables.js';
import type { AppServices } from '../../context.js';
import { badRequest, notFound } from '../../errors.js';
import { loadGraph } from './graph.js';
import { searchable, searchWords } from './search-index.js';

export interface Paging {
  readonly page: number;
  readonly perPage: number;
}

export interface HsdsPage<T> {
  readonly total_items: number;
  readonly total_pages: number;
  readonly page_number: number;
  readonly size: number;
  readonly first_page: boolean;
  readonly last_page: boolean;
  readonly empty: boolean;
  readonly contents: T[];
}

export function page<T>(contents: T[], total: number, paging: Paging): HsdsPage<T> {
  const totalPages = Math.max(1, Math.ceil(total / paging.perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: paging.page,
    size: contents.length,
    first_page: paging.page === 1,
    last_page: paging.page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

type Json = Record<string, unknown>;

/** SQL pieces for a WHERE clause, with their parameters numbered in order. */
export class Where {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];
  add(sql: (p: (value: unknown) => string) => string): void {
    this.parts.push(
      sql((value) => {
        this.params.push(value);
        return `$${this.params.length}`;
      }),
    );
  }
  get sql(): string {
    return this.parts.length === 0 ? 'TRUE' : this.parts.join(' AND ');
  }
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }
}

/** Words of a search: each must match, as typed or within a typo (pg_trgm word similarity). */
export function addTextSearch(
  where: Where,
  column: string,
  search: string,
  /** A column (the name) whose matches count double in the ranking. */
  boost?: string,
): string {
  const words = searchable(search)
    .split(' ')
    .filter((w) => w.length > 0)
    .slice(0, 8);
  const scores: string[] = [];
  for (const word of words) {
    const like = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    if (word.length < 3) {
      where.add((p) => `${column} LIKE ${p(like)}`);
    } else {
      const w = where.param(word);
      where.add((p) => `(${column} LIKE ${p(like)} OR ${w} <% ${column})`);
      scores.push(`word_similarity(${w}, ${column})`);
      if (boost) scores.push(`word_similarity(${w}, lower(${boost}))`);
    }
  }
  return scores.length === 0 ? '0::real' : scores.join(' + ');
}

/**
 * Search in the directory's services, word by word: each typed word is looked up in the
 * vocabulary (itself, words it begins, words within a typo), and a service must hold one of
 * those words for every typed word. Ranked: the word in the name, then in the text, then a
 * near match. Uses the GIN index on search_words; fast on tens of thousands of services.
 */
export async function addWordSearch(
  db: Queryable,
  where: Where,
  search: string,
  alias: string,
): Promise<string> {
  const scores: string[] = [];
  for (const word of searchWords(search).slice(0, 8)) {
    const score = addWordMatch(where, alias, await vocabularyFor(db, word));
    if (score === null) return '0::real';
    scores.push(score);
  }
  return scores.length === 0 ? '0::real' : scores.join(' + ');
}

/**
 * One part of a search: a service must hold one of the words. The close ones (the word typed,
 * or words it begins) rank above typos. No word at all: nothing can match, and null is returned.
 */
export function addWordMatch(
  where: Where,
  alias: string,
  words: { readonly exact: readonly string[]; readonly similar: readonly string[] },
): string | null {
  if (words.exact.length === 0 && words.similar.length === 0) {
    where.add(() => 'FALSE');
    return null;
  }
  const any = where.param([...words.exact, ...words.similar]);
  const close = where.param(words.exact);
  // (The close words are among the others; naming them here keeps the count query's
  // parameters the same as the ranked one's.)
  where.add(() => `${alias}.search_words && (${any}::text[] || ${close}::text[])`);
  return `(CASE WHEN ${alias}.name_words && ${close}::text[] THEN 4
      WHEN ${alias}.search_words && ${close}::text[] THEN 2
      WHEN ${alias}.name_words && ${any}::text[] THEN 1.5 ELSE 1 END)`;
}

export const distanceSql = (lat1: string, lon1: string, lat2: string, lon2: string) =>
  `(12742000 * asin(sqrt(power(sin(radians(${lat2} - ${lat1}) / 2), 2) +
     cos(radians(${lat1})) * cos(radians(${lat2})) * power(sin(radians(${lon2} - ${lon1}) / 2), 2))))`;

export interface ServiceFilters {
  readonly search?: string | undefined;
  readonly taxonomyTermId?: string | undefined;
  readonly taxonomyId?: string | undefined;
  readonly organizationId?: string | undefined;
  readonly modifiedAfter?: Date | undefined;
  readonly postcode?: string | undefined;
  /** Meters from the postcode's centroid. */
  readonly proximity?: number | undefined;
}

/** The centroid of a postcode: the mean point of the directory's public locations there. */
async function postcodeCentroid(
  db: Queryable,
  postcode: string,
): Promise<{ lat: number; lon: number } | null> {
  const [row] = await db.query<{ lat: number | null; lon: number | null }>(
    `SELECT avg(latitude) AS lat, avg(longitude) AS lon FROM directory_search
     WHERE $1 = ANY(postal_codes) AND latitude IS NOT NULL`,
    [postcode.trim()],
  );
  return row && row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon } : null;
}

async function serviceWhere(db: Queryable, filters: ServiceFilters, alias = 'ds') {
  const where = new Where();
  let score = '0::real';
  if (filters.search) score = await addWordSearch(db, where, filters.search, alias);
  if (filters.taxonomyTermId) {
    where.add((p) => `${p(filters.taxonomyTermId)} = ANY(${alias}.taxonomy_term_ids)`);
  }
  if (filters.taxonomyId) {
    where.add((p) => `${p(filters.taxonomyId)} = ANY(${alias}.taxonomy_ids)`);
  }
  if (filters.organizationId) {
    where.add((p) => `${alias}.organization_id = ${p(filters.organizationId)}`);
  }
  if (filters.modifiedAfter) {
    where.add((p) => `${alias}.modified_at >= ${p(filters.modifiedAfter)}`);
  }
  if (filters.proximity !== undefined) {
    if (!filters.postcode) throw badRequest('postcode_required', 'proximity needs a postcode.');
    const centre = await postcodeCentroid(db, filters.postcode);
    if (!centre) {
      throw badRequest(
        'unknown_postcode',
        'No public location in the directory has that postcode, so there is no point to measure from.',
      );
    }
    where.add(
      (p) =>
        `${alias}.latitude IS NOT NULL AND ${distanceSql(p(centre.lat), p(centre.lon), `${alias}.latitude`, `${alias}.longitude`)} <= ${p(filters.proximity)}`,
    );
  } else if (filters.postcode) {
    const code = filters.postcode.trim();
    where.add(
      (p) =>
        `(${p(code)} = ANY(${alias}.postal_codes) OR ${p(searchable(code))} = ANY(${alias}.service_areas))`,
    );
  }
  return { where, score };
}

const offset = (paging: Paging) => (paging.page - 1) * paging.perPage;

async function hiddenLocations(app: AppServices): Promise<Set<string>> {
  return confidentialLocationIds(app.db);
}

export async function listServices(
  app: AppServices,
  filters: ServiceFilters,
  paging: Paging,
  options: { readonly full?: boolean; readonly minimal?: boolean } = {},
): Promise<HsdsPage<Json>> {
  const { where, score } = await serviceWhere(app.db, filters);
  const [{ total } = { total: 0 }] = await app.db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM directory_search ds WHERE ${where.sql}`,
    where.params,
  );
  const ids = (
    await app.db.query<{ service_id: string; modified_at: Date }>(
      `SELECT ds.service_id, ds.modified_at FROM directory_search ds WHERE ${where.sql}
       ORDER BY ${score} DESC, ds.name, ds.service_id
       LIMIT ${paging.perPage} OFFSET ${offset(paging)}`,
      where.params,
    )
  ).map((r) => r.service_id);
  const services = await inOrder(app.db, 'service', ids);
  if (options.minimal) {
    return page(
      services.map((s) => ({ id: s.id, name: s.name, status: s.status })),
      total,
      paging,
    );
  }
  const graph = await loadGraph(
    app.db,
    services.map((record) => ({ kind: 'service' as const, record })),
    await hiddenLocations(app),
  );
  return page(
    services.map((s) => (options.full ? compileService(s, graph) : serviceOneToOne(s, graph))),
    total,
    paging,
  );
}

async function inOrder(db: Queryable, kind: HsdsKind, ids: readonly string[]) {
  const byId = new Map((await findRecords(db, kind, ids)).map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is HsdsRecord => r !== undefined);
}

async function one(app: AppServices, kind: HsdsKind, id: string, what: string) {
  const [record] = await findRecords(app.db, kind, [id]);
  if (!record) throw notFound(what);
  return record;
}

export async function getService(app: AppServices, id: string): Promise<Json> {
  const service = await one(app, 'service', id, 'The service');
  const graph = await loadGraph(
    app.db,
    [{ kind: 'service', record: service }],
    await hiddenLocations(app),
  );
  return compileService(service, graph);
}

/** Organizations: search on the name, alternate name and description. */
export async function listOrganizations(
  app: AppServices,
  search: string | undefined,
  paging: Paging,
  options: { readonly full?: boolean; readonly fullService?: boolean } = {},
): Promise<HsdsPage<Json>> {
  const where = new Where();
  where.add(() => `kind = 'organization'`);
  const text = `lower(concat_ws(' ', data ->> 'name', data ->> 'alternate_name', data ->> 'description'))`;
  const score = search ? addTextSearch(where, text, search) : '0::real';
  const [{ total } = { total: 0 }] = await app.db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM hsds_records WHERE ${where.sql}`,
    where.params,
  );
  const rows = await app.db.query<{ data: HsdsRecord }>(
    `SELECT data FROM hsds_records WHERE ${where.sql}
     ORDER BY ${score} DESC, data ->> 'name', id LIMIT ${paging.perPage} OFFSET ${offset(paging)}`,
    where.params,
  );
  const organizations = rows.map((r) => r.data);
  if (!options.full && !options.fullService) {
    return page(
      organizations.map((o) => ({ ...o })),
      total,
      paging,
    );
  }
  const graph = await loadGraph(
    app.db,
    organizations.map((record) => ({ kind: 'organization' as const, record })),
    await hiddenLocations(app),
    { organizationServices: options.fullService === true },
  );
  return page(
    organizations.map((o) => compileOrganization(o, graph, options.fullService === true)),
    total,
    paging,
  );
}

export async function getOrganization(
  app: AppServices,
  id: string,
  fullService: boolean,
): Promise<Json> {
  const organization = await one(app, 'organization', id, 'The organization');
  const graph = await loadGraph(
    app.db,
    [{ kind: 'organization', record: organization }],
    await hiddenLocations(app),
    { organizationServices: fullService },
  );
  return compileOrganization(organization, graph, fullService);
}

export async function listServiceAtLocations(
  app: AppServices,
  filters: ServiceFilters,
  paging: Paging,
  options: { readonly full?: boolean } = {},
): Promise<HsdsPage<Json>> {
  // Service filters apply to the service; postcode and proximity to the location itself.
  const { postcode, proximity, ...serviceFilters } = filters;
  const { where, score } = await serviceWhere(app.db, serviceFilters);
  where.add(
    () => `NOT EXISTS (SELECT 1 FROM directory_location_profiles lp
      WHERE lp.location_id = sal.data ->> 'location_id' AND lp.confidential)`,
  );
  const locationJoin = `JOIN hsds_records loc ON loc.kind = 'location' AND loc.id = sal.data ->> 'location_id'`;
  if (proximity !== undefined || postcode) {
    const code = (postcode ?? '').trim();
    if (proximity !== undefined) {
      if (!code) throw badRequest('postcode_required', 'proximity needs a postcode.');
      const centre = await postcodeCentroid(app.db, code);
      if (!centre) {
        throw badRequest(
          'unknown_postcode',
          'No public location in the directory has that postcode, so there is no point to measure from.',
        );
      }
      where.add(
        (p) =>
          `jsonb_typeof(loc.data -> 'latitude') = 'number' AND ${distanceSql(p(centre.lat), p(centre.lon), `(loc.data ->> 'latitude')::float8`, `(loc.data ->> 'longitude')::float8`)} <= ${p(proximity)}`,
      );
    } else {
      where.add(
        (p) => `EXISTS (SELECT 1 FROM hsds_records a WHERE a.kind = 'address'
          AND a.data ->> 'location_id' = loc.id AND trim(a.data ->> 'postal_code') = ${p(code)})`,
      );
    }
  }
  const from = `hsds_records sal JOIN directory_search ds ON ds.service_id = sal.data ->> 'service_id' ${locationJoin}`;
  const base = `FROM ${from} WHERE sal.kind = 'service_at_location' AND ${where.sql}`;
  const [{ total } = { total: 0 }] = await app.db.query<{ total: number }>(
    `SELECT count(*)::int AS total ${base}`,
    where.params,
  );
  const rows = await app.db.query<{ data: HsdsRecord }>(
    `SELECT sal.data ${base} ORDER BY ${score} DESC, ds.name, sal.id
     LIMIT ${paging.perPage} OFFSET ${offset(paging)}`,
    where.params,
  );
  const sals = rows.map((r) => r.data);
  const graph = await loadGraph(
    app.db,
    sals.map((record) => ({ kind: 'service_at_location' as const, record })),
    await hiddenLocations(app),
  );
  const contents = sals
    .map((sal) =>
      options.full ? compileServiceAtLocation(sal, graph, true) : listServiceAtLocation(sal, graph),
    )
    .filter((s): s is Json => s !== null);
  return page(contents, total, paging);
}

function listServiceAtLocation(
  sal: HsdsRecord,
  graph: Awaited<ReturnType<typeof loadGraph>>,
): Json | null {
  const location = graph.get('location', sal.location_id);
  const service = graph.get('service', sal.service_id);
  if (!location) return null;
  return { ...sal, location: { ...location }, ...(service ? { service: { ...service } } : {}) };
}

export async function getServiceAtLocation(app: AppServices, id: string): Promise<Json> {
  const sal = await one(app, 'service_at_location', id, 'The service at location');
  const hidden = await hiddenLocations(app);
  if (typeof sal.location_id === 'string' && hidden.has(sal.location_id)) {
    throw notFound('The service at location');
  }
  const graph = await loadGraph(app.db, [{ kind: 'service_at_location', record: sal }], hidden);
  const compiled = compileServiceAtLocation(sal, graph, true);
  if (!compiled) throw notFound('The service at location');
  return compiled;
}

export async function listTaxonomies(
  app: AppServices,
  search: string | undefined,
  paging: Paging,
): Promise<HsdsPage<Json>> {
  return listSimple(app, 'taxonomy', search, paging, new Where());
}

export async function listTaxonomyTerms(
  app: AppServices,
  filters: {
    readonly search?: string | undefined;
    readonly taxonomyId?: string | undefined;
    readonly parentId?: string | undefined;
    readonly topOnly?: boolean | undefined;
  },
  paging: Paging,
): Promise<HsdsPage<Json>> {
  const where = new Where();
  if (filters.taxonomyId) where.add((p) => `data ->> 'taxonomy_id' = ${p(filters.taxonomyId)}`);
  if (filters.parentId) where.add((p) => `data ->> 'parent_id' = ${p(filters.parentId)}`);
  if (filters.topOnly) where.add(() => `NOT (data ? 'parent_id')`);
  return listSimple(app, 'taxonomy_term', filters.search, paging, where);
}

async function listSimple(
  app: AppServices,
  kind: 'taxonomy' | 'taxonomy_term',
  search: string | undefined,
  paging: Paging,
  where: Where,
): Promise<HsdsPage<Json>> {
  where.add((p) => `kind = ${p(kind)}`);
  const text = `lower(concat_ws(' ', data ->> 'name', data ->> 'code', data ->> 'description'))`;
  const score = search ? addTextSearch(where, text, search) : '0::real';
  const [{ total } = { total: 0 }] = await app.db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM hsds_records WHERE ${where.sql}`,
    where.params,
  );
  const rows = await app.db.query<{ data: HsdsRecord }>(
    `SELECT data FROM hsds_records WHERE ${where.sql}
     ORDER BY ${score} DESC, data ->> 'name', id LIMIT ${paging.perPage} OFFSET ${offset(paging)}`,
    where.params,
  );
  const graph = await loadGraph(
    app.db,
    rows.map((r) => ({ kind, record: r.data })),
    new Set(),
  );
  return page(
    rows.map((r) =>
      kind === 'taxonomy' ? compileTaxonomy(r.data, graph) : compileTaxonomyTerm(r.data, graph),
    ),
    total,
    paging,
  );
}

export async function getTaxonomy(app: AppServices, id: string): Promise<Json> {
  const taxonomy = await one(app, 'taxonomy', id, 'The taxonomy');
  const graph = await loadGraph(app.db, [{ kind: 'taxonomy', record: taxonomy }], new Set());
  return compileTaxonomy(taxonomy, graph);
}

export async function getTaxonomyTerm(app: AppServices, id: string): Promise<Json> {
  const term = await one(app, 'taxonomy_term', id, 'The taxonomy term');
  const graph = await loadGraph(app.db, [{ kind: 'taxonomy_term', record: term }], new Set());
  return compileTaxonomyTerm(term, graph);
}
