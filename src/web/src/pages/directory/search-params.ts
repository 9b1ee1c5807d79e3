// The directory search lives in the address (?q=&need=&near=…), so Back, reload and a shared
// link all show the same results. Anything unreadable in the address is ignored.
import { NEEDS, SERVICE_LEVELS } from '../../../../domain/matching.js';
import type { Need, ServiceLevel } from '../../../../domain/matching.js';
import type { DirectorySearch } from '../../api';

export const DISTANCE_LIMITS_KM = [2, 5, 10, 25, 50] as const;
export const SORTS = ['relevance', 'distance', 'name'] as const;
export type Sort = (typeof SORTS)[number];
export const PER_PAGE = 20;

export interface DirectoryQuery {
  q: string;
  need: Need | null;
  age: number | null;
  language: string;
  area: string;
  level: ServiceLevel | null;
  csecSpecialized: boolean;
  openCapacity: boolean;
  alternativeToDetention: boolean;
  near: { latitude: number; longitude: number } | null;
  /** A ZIP code or a city typed instead of a point; the server finds where it is. */
  place: string;
  withinKm: number | null;
  sort: Sort;
  page: number;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  values.find((v) => v === value) ?? null;

function wholeNumber(value: string | null, min: number, max: number): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const number = Number(value);
  return number >= min && number <= max ? number : null;
}

export function parsePoint(
  latitude: string,
  longitude: string,
): { latitude: number; longitude: number } | null {
  const lat = Number(latitude.trim());
  const lng = Number(longitude.trim());
  if (latitude.trim() === '' || longitude.trim() === '') return null;
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  return { latitude: lat, longitude: lng };
}

export function readQuery(params: URLSearchParams): DirectoryQuery {
  const nearText = (params.get('near') ?? '').trim();
  const [latitude = '', longitude = ''] = nearText.split(',');
  const near = parsePoint(latitude, longitude);
  const place = near === null ? nearText.slice(0, 100) : '';
  const within = wholeNumber(params.get('within'), 1, 1000);
  return {
    q: params.get('q') ?? '',
    need: oneOf(NEEDS, params.get('need')),
    age: wholeNumber(params.get('age'), 0, 120),
    language: params.get('language') ?? '',
    area: params.get('area') ?? '',
    level: oneOf(SERVICE_LEVELS, params.get('level')),
    csecSpecialized: params.get('csec') === '1',
    openCapacity: params.get('open') === '1',
    alternativeToDetention: params.get('atd') === '1',
    near,
    place,
    withinKm: DISTANCE_LIMITS_KM.find((km) => km === within) ?? null,
    sort: oneOf(SORTS, params.get('sort')) ?? (near || place ? 'distance' : 'relevance'),
    page: wholeNumber(params.get('page'), 1, 10000) ?? 1,
  };
}

/** The address for a query; defaults are left out so links stay short. */
export function writeQuery(query: DirectoryQuery, view: 'list' | 'map'): URLSearchParams {
  const params = new URLSearchParams();
  const set = (name: string, value: string | null) => {
    if (value !== null && value !== '') params.set(name, value);
  };
  set('q', query.q.trim());
  set('need', query.need);
  set('age', query.age === null ? null : String(query.age));
  set('language', query.language.trim());
  set('area', query.area.trim());
  set('level', query.level);
  set('csec', query.csecSpecialized ? '1' : null);
  set('open', query.openCapacity ? '1' : null);
  set('atd', query.alternativeToDetention ? '1' : null);
  const somewhere = query.near !== null || query.place.trim() !== '';
  set('near', query.near ? `${query.near.latitude},${query.near.longitude}` : query.place.trim());
  set('within', somewhere && query.withinKm !== null ? String(query.withinKm) : null);
  set('sort', query.sort === (somewhere ? 'distance' : 'relevance') ? null : query.sort);
  set('page', query.page > 1 ? String(query.page) : null);
  set('view', view === 'map' ? 'map' : null);
  return params;
}

/** Whether anything besides the words is narrowing the search (opens the filters). */
export function filtersOn(query: DirectoryQuery): boolean {
  return (
    query.need !== null ||
    query.age !== null ||
    query.language.trim() !== '' ||
    query.area.trim() !== '' ||
    query.level !== null ||
    query.csecSpecialized ||
    query.openCapacity ||
    query.alternativeToDetention ||
    query.near !== null ||
    query.place.trim() !== ''
  );
}

export function toSearch(query: DirectoryQuery): DirectorySearch {
  return {
    ...(query.q.trim() ? { q: query.q } : {}),
    ...(query.need ? { need: query.need } : {}),
    ...(query.age === null ? {} : { age: query.age }),
    ...(query.language.trim() ? { language: query.language } : {}),
    ...(query.area.trim() ? { area: query.area } : {}),
    ...(query.level ? { level: query.level } : {}),
    ...(query.csecSpecialized ? { csecSpecialized: true } : {}),
    ...(query.openCapacity ? { openCapacity: true } : {}),
    ...(query.alternativeToDetention ? { alternativeToDetention: true } : {}),
    ...(query.near || query.place.trim()
      ? {
          near: query.near ?? query.place.trim(),
          // No limit unless one is chosen: a service with no point (a confidential safe house)
          // then still shows, after those with a distance, where a limit would drop it.
          ...(query.withinKm === null ? {} : { withinKm: query.withinKm }),
        }
      : {}),
    sort: query.sort,
    page: query.page,
    perPage: PER_PAGE,
  };
}
