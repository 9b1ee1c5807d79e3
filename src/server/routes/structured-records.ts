// Structured contact, placement and education entries beside a category's notes
// (docs/CONFIDENTIALITY.md, "Structured contact, placement and education"). Thin: schema in, one
// service call, schema out. Each category has a list, an add, and a correction by entry id.
import type { z } from 'zod';
import type { AppServices } from '../context.js';
import { Created } from '../http/case-schemas.js';
import { ErrorBody, IdParams } from '../http/schemas.js';
import {
  ContactLocationList,
  CorrectContactLocation,
  CorrectEducation,
  CorrectPlacement,
  EducationList,
  EntryParams,
  PlacementList,
} from '../http/structured-schemas.js';
import type { App } from '../http/types.js';
import {
  ENTRY_BY_CATEGORY,
  type StructuredCategory,
  type StructuredEntry,
} from '../../domain/structured-records.js';
import {
  correctStructured,
  listStructured,
  recordStructured,
} from '../services/cases/structured-records.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['youth'];

const READ =
  'Each entry is data of its category held by the organization that recorded it, read exactly like a note of that category (consent, legal basis, break-glass); what the caller may not read is left out, and the record names its holders. Audited as youth.read. A sealed case, or another county’s, answers 404.';
const WRITE =
  'An organization on the team whose work the category records, as for a note (403 not_category_writer). 400 date_in_future, end_before_start, school_required, grade_contradicts_enrolment; 409 record_merged. Audited as structured_record.create, with the kind only.';
const CORRECT =
  'A new version superseding the entry, with why (correctionReason); the earlier one stays, read by the same readers. Only the organization that recorded it (403 not_the_writer). 404 for an entry not of this case and category; 400 kind_changed and the rules of an entry; 409 already_corrected when a newer version exists. Audited as structured_record.correct.';

type Entry = z.ZodType<StructuredEntry>;
type Correction = z.ZodType<StructuredEntry & { correctionReason: string }>;

function categoryRoutes(
  app: App,
  services: AppServices,
  paths: {
    readonly path: string;
    readonly category: StructuredCategory;
    readonly what: string;
    readonly list: z.ZodType;
    readonly entry: Entry;
    readonly correction: Correction;
  },
) {
  const { path, category, what } = paths;
  app.get(`/api/youth/:id/${path}`, {
    schema: {
      tags,
      summary: `The youth's ${what}, as far as the caller may read them`,
      description: READ,
      params: IdParams,
      response: { 200: paths.list, ...errors },
    },
    handler: (request) => listStructured(services, request.context, request.params.id, category),
  });

  app.post(`/api/youth/:id/${path}`, {
    schema: {
      tags,
      summary: `Add one of the youth's ${what}`,
      description: WRITE,
      params: IdParams,
      body: paths.entry,
      response: { 201: Created, ...errors },
    },
    handler: async (request, reply) => {
      const { id } = request.params;
      const created = await recordStructured(services, request.context, id, request.body);
      return reply.status(201).send(created);
    },
  });

  app.put(`/api/youth/:id/${path}/:entryId`, {
    schema: {
      tags,
      summary: `Correct one of the youth's ${what} (ending a placement is one)`,
      description: CORRECT,
      params: EntryParams,
      body: paths.correction,
      response: { 201: Created, ...errors },
    },
    handler: async (request, reply) => {
      const { id, entryId } = request.params;
      const body = request.body;
      const created = await correctStructured(
        services,
        request.context,
        id,
        category,
        entryId,
        body,
      );
      return reply.status(201).send(created);
    },
  });
}

export function structuredRecordRoutes(app: App, services: AppServices) {
  categoryRoutes(app, services, {
    path: 'contact-locations',
    category: 'contact_location',
    what: 'addresses (kind: current, last_known, school, other) and phones with who may be called (mayCall: yes, youth_only, no)',
    list: ContactLocationList,
    entry: ENTRY_BY_CATEGORY.contact_location,
    correction: CorrectContactLocation,
  });
  categoryRoutes(app, services, {
    path: 'placements',
    category: 'placement',
    what: 'placements: type, start, end, reason',
    list: PlacementList,
    entry: ENTRY_BY_CATEGORY.placement,
    correction: CorrectPlacement,
  });
  categoryRoutes(app, services, {
    path: 'education',
    category: 'education',
    what: 'school, grade (K-12, ged, college, not_enrolled), enrolment and since when',
    list: EducationList,
    entry: ENTRY_BY_CATEGORY.education,
    correction: CorrectEducation,
  });
}
