// Structured contact, placement and education entries (docs/CONFIDENTIALITY.md, "Structured
// contact, placement and education"). The shapes are derived from the server's schemas, so a
// changed field cannot drift.
import type { z } from 'zod';
import type {
  ContactLocationList,
  EducationList,
  PlacementList,
} from '../../server/http/structured-schemas.js';
import type { StructuredCategory, StructuredEntry } from '../../domain/structured-records.js';
import { path, request } from './api';
import type { Wire } from './wire';

export type StructuredList =
  | Wire<z.output<typeof ContactLocationList>>
  | Wire<z.output<typeof PlacementList>>
  | Wire<z.output<typeof EducationList>>;
export type StructuredEntryView = StructuredList['entries'][number];
export type { StructuredCategory, StructuredEntry };

/** Each category's address under a youth. */
export const STRUCTURED_PATHS: Readonly<Record<StructuredCategory, string>> = {
  contact_location: 'contact-locations',
  placement: 'placements',
  education: 'education',
};

const url = (youthId: string, category: StructuredCategory) =>
  `${path('/api/youth', youthId)}/${STRUCTURED_PATHS[category]}`;

export async function listStructured(
  youthId: string,
  category: StructuredCategory,
): Promise<StructuredList> {
  return (await request('GET', url(youthId, category))) as StructuredList;
}

export async function recordStructured(
  youthId: string,
  category: StructuredCategory,
  entry: StructuredEntry,
): Promise<{ id: string }> {
  return (await request('POST', url(youthId, category), { body: entry })) as { id: string };
}

export async function correctStructured(
  youthId: string,
  category: StructuredCategory,
  entryId: string,
  entry: StructuredEntry & { correctionReason: string },
): Promise<{ id: string }> {
  return (await request('PUT', path(url(youthId, category), entryId), { body: entry })) as {
    id: string;
  };
}
