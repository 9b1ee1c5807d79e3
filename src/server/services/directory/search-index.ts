// The search table is derived: rebuilt from the HSDS records and Lantern's fields after every
// import, so staff search and the public filters never read half-written data. Confidential
// locations give no point and no postcode.
import type { Queryable } from '../../../db/database.js';
import {
  confidentialLocationIds,
  findServiceProfiles,
  listRecords,
  listRecordsWithTimes,
  rebuildVocabulary,
  replaceSearchRows,
  type SearchRow,
} from '../../../db/repositories/directory.js';
import { NEED_LABELS, type Need } from '../../../domain/matching.js';
import type { HsdsKind, HsdsRecord } from '../../../hsds/tables.js';

/** The words of a text as search knows them: lowercase, no accents, letters and digits. */
export function searchWords(text: string): string[] {
  return [
    ...new Set(
      searchable(text)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 0),
    ),
  ];
}

/** Lowercase without accents, so "refugio" finds "Refugio" and "salud mental" finds "Salúd". */
export function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function group(records: readonly HsdsRecord[], field: string): Map<string, HsdsRecord[]> {
  const map = new Map<string, HsdsRecord[]>();
  for (const r of records) {
    const key = r[field];
    if (typeof key !== 'string') continue;
    const list = map.get(key) ?? [];
    list.push(r);
    map.set(key, list);
  }
  return map;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' ? v : null);

export async function rebuildSearch(tx: Queryable): Promise<number> {
  const load = (kind: HsdsKind) => listRecords(tx, kind);
  const withTimes = await listRecordsWithTimes(tx, 'service');
  const organizations = await load('organization');
  const attributes = await load('attribute');
  const terms = await load('taxonomy_term');
  const languages = await load('language');
  const areas = await load('service_area');
  const sals = await load('service_at_location');
  const locations = await load('location');
  const addresses = await load('address');
  const profiles = await findServiceProfiles(tx, 'all');
  const confidential = await confidentialLocationIds(tx);
  const organizationsById = new Map(organizations.map((o) => [o.id, o]));
  const termsById = new Map(terms.map((t) => [t.id, t]));
  const locationsById = new Map(locations.map((l) => [l.id, l]));
  const attributesByLink = group(attributes, 'link_id');
  const languagesByService = group(languages, 'service_id');
  const areasByService = group(areas, 'service_id');
  const salsByService = group(sals, 'service_id');
  const addressesByLocation = group(addresses, 'location_id');

  const rows: SearchRow[] = withTimes.map(({ data: service, updatedAt }) => {
    const organization = organizationsById.get(str(service.organization_id));
    const serviceTerms = (attributesByLink.get(service.id) ?? [])
      .map((a) => termsById.get(str(a.taxonomy_term_id)))
      .filter((t): t is HsdsRecord => t !== undefined);
    const serviceLanguages = languagesByService.get(service.id) ?? [];
    const serviceAreas = areasByService.get(service.id) ?? [];
    const publicLocations = (salsByService.get(service.id) ?? [])
      .map((sal) => locationsById.get(str(sal.location_id)))
      .filter((l): l is HsdsRecord => l !== undefined && !confidential.has(l.id));
    const publicAddresses = publicLocations.flatMap((l) => addressesByLocation.get(l.id) ?? []);
    const located = publicLocations.find(
      (l) => num(l.latitude) !== null && num(l.longitude) !== null,
    );
    const profile = profiles.get(service.id);
    const needs = (profile?.needs ?? []) as Need[];
    const text = [
      service.name,
      service.alternate_name,
      service.description,
      organization?.name,
      organization?.alternate_name,
      ...serviceTerms.map((t) => t.name),
      ...serviceLanguages.flatMap((l) => [l.name, l.code]),
      ...serviceAreas.map((a) => a.name),
      ...publicAddresses.map((a) => a.city),
      ...needs.flatMap((n) => (NEED_LABELS[n] ? [NEED_LABELS[n].en, NEED_LABELS[n].es] : [])),
      // The owner's mark, as a word: "trafficking" and "trata" find CSEC-specialized services
      // through the synonym table (src/domain/directory-synonyms.ts).
      profile?.csecSpecialized ? 'CSEC' : '',
    ]
      .map(str)
      .join(' ');
    return {
      serviceId: service.id,
      organizationId: str(service.organization_id) || null,
      name: str(service.name),
      organizationName: organization ? str(organization.name) : null,
      status: str(service.status),
      searchText: searchable(text),
      searchWords: searchWords(text),
      nameWords: searchWords(str(service.name)),
      minimumAge: num(service.minimum_age),
      maximumAge: num(service.maximum_age),
      languages: [
        ...new Set(serviceLanguages.flatMap((l) => [str(l.code), str(l.name)].filter(Boolean))),
      ].map((l) => l.toLowerCase()),
      serviceAreas: [...new Set(serviceAreas.map((a) => searchable(str(a.name))).filter(Boolean))],
      taxonomyTermIds: [...new Set(serviceTerms.map((t) => t.id))],
      taxonomyIds: [...new Set(serviceTerms.map((t) => str(t.taxonomy_id)).filter(Boolean))],
      postalCodes: [
        ...new Set(publicAddresses.map((a) => str(a.postal_code).trim()).filter(Boolean)),
      ],
      latitude: located ? num(located.latitude) : null,
      longitude: located ? num(located.longitude) : null,
      modifiedAt: updatedAt,
    };
  });
  await tx.query('DELETE FROM directory_search');
  await replaceSearchRows(tx, rows);
  await rebuildVocabulary(tx);
  return rows.length;
}
