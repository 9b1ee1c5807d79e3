// The public Open Referral HSDS 3.0 API (vendor/hsds-3.0/schema/openapi.json): no sign-in,
// rate limited per client address, the directory only.
import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppServices } from '../context.js';
import { flag } from '../http/directory-schemas.js';
import { ErrorBody, IdParams } from '../http/schemas.js';
import type { App } from '../http/types.js';
import {
  getOrganization,
  getService,
  getServiceAtLocation,
  getTaxonomy,
  getTaxonomyTerm,
  listOrganizations,
  listServiceAtLocations,
  listServices,
  listTaxonomies,
  listTaxonomyTerms,
  type HsdsPage as Page,
  type Paging,
  type ServiceFilters,
} from '../services/directory/hsds-api.js';
import { buildGuide, guidePdf } from '../services/directory/guide.js';
import { listJurisdictions } from '../../db/repositories/jurisdictions.js';
import { lanternVersion } from './system.js';

const HsdsObject = z.record(z.string(), z.unknown());
const HsdsPage = z.object({
  total_items: z.number().int(),
  total_pages: z.number().int(),
  page_number: z.number().int(),
  size: z.number().int(),
  first_page: z.boolean(),
  last_page: z.boolean(),
  empty: z.boolean(),
  contents: z.array(HsdsObject),
});

const paging = {
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  per_page: z.coerce.number().int().min(1).max(200).default(50),
  format: z
    .enum(['json', 'ndjson'])
    .optional()
    .describe(
      'json (the default): one page of results, with page and per_page. ndjson: every result, one JSON object a line (application/x-ndjson), without paging; page and per_page are ignored.',
    ),
};

/** How many records `format=ndjson` reads at a time while it writes them all. */
const NDJSON_BATCH = 200;

/**
 * `format=ndjson` (the HSDA reference's "stream all the results without pagination"): the
 * list read a batch at a time, each record written as one line as soon as its batch is read.
 */
async function sendNdjson<T>(
  reply: FastifyReply,
  list: (paging: Paging) => Promise<Page<T>>,
): Promise<void> {
  async function* lines() {
    for (let page = 1; ; page += 1) {
      const batch = await list({ page, perPage: NDJSON_BATCH });
      for (const record of batch.contents) yield `${JSON.stringify(record)}\n`;
      if (batch.last_page || batch.empty) return;
    }
  }
  // Waited for until the last line is written: a handler that returned before would let
  // Fastify answer again, with nothing.
  await reply.type('application/x-ndjson; charset=utf-8').send(Readable.from(lines()));
}
const searchText = z.string().trim().max(200).optional();
const hsdsId = z.uuid().optional();
const serviceFilters = {
  search: searchText,
  taxonomy_term_id: hsdsId,
  taxonomy_id: hsdsId,
  organization_id: hsdsId,
  modified_after: z
    .union([z.iso.datetime({ offset: true }), z.iso.date()])
    .transform((v) => new Date(v))
    .optional(),
  full: flag,
};
const location = {
  postcode: z.string().trim().min(1).max(20).optional(),
  proximity: z.coerce
    .number()
    .positive()
    .max(1_000_000)
    .optional()
    .describe('Meters from the centroid of the postcode'),
};

const errors = { 400: ErrorBody, 404: ErrorBody, 429: ErrorBody };

/** The reference's filter parameters, as the service names them. */
function filtersOf(q: {
  search?: string | undefined;
  taxonomy_term_id?: string | undefined;
  taxonomy_id?: string | undefined;
  organization_id?: string | undefined;
  modified_after?: Date | undefined;
  postcode?: string | undefined;
  proximity?: number | undefined;
}): ServiceFilters {
  return {
    search: q.search,
    taxonomyTermId: q.taxonomy_term_id,
    taxonomyId: q.taxonomy_id,
    organizationId: q.organization_id,
    modifiedAfter: q.modified_after,
    postcode: q.postcode,
    proximity: q.proximity,
  };
}

export function hsdsRoutes(app: App, services: AppServices) {
  // One allowance per client address for the whole public directory, not one per route.
  const limit = app.rateLimit({
    max: services.config.publicRateLimitPerMinute,
    timeWindow: '1 minute',
    // Its name in the shared store (src/server/http/rate-limit-store.ts).
    keyGenerator: (request) => `public directory ${request.ip}`,
  });
  const config = { access: 'public' as const };
  const tags = ['hsds'];
  const paged = (q: { page: number; per_page: number }) => ({ page: q.page, perPage: q.per_page });

  app.get('/api/hsds', {
    config,
    onRequest: limit,
    schema: {
      tags,
      summary: 'About this HSDS API',
      response: {
        200: z.object({
          version: z.string(),
          profile: z.string(),
          openapi_url: z.string(),
          lantern_version: z.string(),
        }),
        429: ErrorBody,
      },
    },
    handler: (request) => ({
      version: '3.0',
      profile: 'https://docs.openreferral.org/en/v3.0/',
      openapi_url: `${request.protocol}://${request.host}/api/openapi.json`,
      lantern_version: lanternVersion,
    }),
  });

  app.get('/api/hsds/services', {
    config,
    onRequest: limit,
    schema: {
      tags,
      summary: 'Services (one-to-one fields; full=true for fully nested)',
      querystring: z.strictObject({
        ...paging,
        ...serviceFilters,
        ...location,
        minimal: flag,
      }),
      response: { 200: HsdsPage, ...errors },
    },
    handler: async (request, reply) => {
      const q = request.query;
      const options = { full: q.full === true, minimal: q.minimal === true };
      const list = (paging: Paging) => listServices(services, filtersOf(q), paging, options);
      if (q.format !== 'ndjson') return list(paged(q));
      await sendNdjson(reply, list);
    },
  });

  app.get('/api/hsds/services/:id', {
    config,
    onRequest: limit,
    schema: {
      tags,
      summary: 'A fully nested service',
      params: IdParams,
      response: { 200: HsdsObject, ...errors },
    },
    handler: (request) => getService(services, request.params.id),
  });

  app.get('/api/hsds/organizations', {
    config,
    onRequest: limit,
    schema: {
      tags,
      summary: 'Organizations',
      querystring: z.strictObject({
        ...paging,
        search: searchText,
        full: flag,
        full_service: flag,
      }),
      response: { 200: HsdsPage, ...errors },
    },
    handler: async (request, reply) => {
      const q = request.query;
      const options = { full: q.full === true, fullService: q.full_service === true };
      const list = (paging: Paging) => listOrganizations(services, q.search, paging, options);
      if (q.format !== 'ndjson') return list(paged(q));
      await sendNdjson(reply, list);
    },
  });

  app.get('/api/hsds/organizations/:id', {
    config,
    onRequest: limit,
    schema: {
      tags,
      summary: 'A fully nested organization with its services',
      params: IdParams,
      querystring: z.strictObject({ full_service: flag }),
      response: { 200: HsdsObject, ...errors },
    },
    handler: (request) =>
      getOrganization(services, request.params.id, request.query.full_service === true),
  });

  app.get('/api/hsds/service_at_locations', {
    config,
    onRequest: limit,
    schema: {
      tags,
      summary: 'Services at their (public) locations',
      querystring: z.strictObject({ ...paging, ...serviceFilters, ...location }),
      response: { 200: HsdsPage, ...errors },
    },
    handler: async (request, reply) => {
      const q = request.query;
      const list = (paging: Paging) =>
        listServiceAtLocations(services, filtersOf(q), paging, { full: q.full === true });
      if (q.format !== 'ndjson') return list(paged(q));
      await sendNdjson(reply, list);
    },
  });

  app.get('/api/hsds/service_at_locations/:id', {
    config,
    onRequest: limit,
    schema: {
      tags,
      summary: 'A fully nested service at location',
      params: IdParams,
      response: { 200: HsdsObject, ...errors },
    },
    handler: (request) => getServiceAtLocation(services, request.params.id),
  });

  app.get('/api/hsds/taxonomies', {
    config,
    onRequest: limit,
    schema: {
      tags,
      summary: 'Taxonomies',
      querystring: z.strictObject({ ...paging, search: searchText }),
      response: { 200: HsdsPage, ...errors },
    },
    handler: async (request, reply) => {
      const q = request.query;
      const list = (paging: Paging) => listTaxonomies(services, q.search, paging);
      if (q.format !== 'ndjson') return list(paged(q));
      await sendNdjson(reply, list);
    },
  });

  app.get('/api/hsds/taxonomies/:id', {
    config,
    onRequest: limit,
    schema: {
      tags,
      summary: 'A taxonomy',
      params: IdParams,
      response: { 200: HsdsObject, ...errors },
    },
    handler: (request) => getTaxonomy(services, request.params.id),
  });

  app.get('/api/hsds/taxonomy_terms', {
    config,
    onRequest: limit,
    schema: {
      tags,
      summary: 'Taxonomy terms',
      querystring: z.strictObject({
        ...paging,
        search: searchText,
        taxonomy_id: hsdsId,
        parent_id: hsdsId,
        top_only: flag.describe('Only terms without a parent'),
      }),
      response: { 200: HsdsPage, ...errors },
    },
    handler: async (request, reply) => {
      const q = request.query;
      const filters = {
        search: q.search,
        taxonomyId: q.taxonomy_id,
        parentId: q.parent_id,
        topOnly: q.top_only,
      };
      const list = (paging: Paging) => listTaxonomyTerms(services, filters, paging);
      if (q.format !== 'ndjson') return list(paged(q));
      await sendNdjson(reply, list);
    },
  });

  app.get('/api/hsds/taxonomy_terms/:id', {
    config,
    onRequest: limit,
    schema: {
      tags,
      summary: 'A taxonomy term',
      params: IdParams,
      response: { 200: HsdsObject, ...errors },
    },
    handler: (request) => getTaxonomyTerm(services, request.params.id),
  });

  // The published resource guide, for agencies that work on paper.
  const GuideQuery = z.strictObject({ language: z.enum(['en', 'es']).default('en') });
  const GuideService = z.object({
    id: z.string(),
    name: z.string(),
    organizationName: z.string().nullable(),
    description: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
    confidential: z.boolean(),
    languages: z.array(z.string()).readonly(),
    languageCodes: z
      .array(z.string().nullable())
      .readonly()
      .describe('The ISO 639 code of each of `languages`, one for one; null where none'),
    minimumAge: z.number().nullable(),
    maximumAge: z.number().nullable(),
    url: z.string().nullable(),
    email: z.string().nullable(),
  });
  app.get('/api/guide', {
    config,
    onRequest: limit,
    schema: {
      tags: ['directory'],
      summary: 'The published resource guide by need (public)',
      querystring: GuideQuery,
      response: {
        200: z.object({
          generatedAt: z.date().transform((d) => d.toISOString()),
          language: z.enum(['en', 'es']),
          sections: z
            .array(
              z.object({
                need: z.string(),
                label: z.string(),
                services: z.array(GuideService).readonly(),
              }),
            )
            .readonly(),
          other: z.array(GuideService).readonly(),
        }),
        ...errors,
      },
    },
    handler: (request) => buildGuide(services, request.query.language),
  });
  app.get('/api/guide.pdf', {
    config,
    onRequest: limit,
    schema: {
      tags: ['directory'],
      summary: 'The published resource guide as a PDF (public)',
      querystring: GuideQuery,
      produces: ['application/pdf'],
    },
    handler: async (request, reply) => {
      const guide = await buildGuide(services, request.query.language);
      const counties = (await listJurisdictions(services.db)).map((j) => j.name).join(', ');
      const pdf = await guidePdf(guide, counties || 'Lantern');
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `inline; filename="resource-guide-${request.query.language}.pdf"`,
        )
        .send(pdf);
    },
  });
}
