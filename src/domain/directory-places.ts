// What "near" means in a directory search: a latitude and longitude as before, or a ZIP code
// or a city a person types, found in a table of centroids (src/hsds/zip-centroids.ts). A city
// is matched without case or accents, with or without its state ("Oakland", "oakland, ca");
// one named in several states needs its state.

/** Latitude and longitude, in that order. */
export type PlacePoint = readonly [number, number];

export interface PlaceTable {
  /** A five-digit ZIP's point, or undefined for one the table does not have. */
  readonly zip: (code: string) => PlacePoint | undefined;
  readonly cities: readonly {
    readonly name: string;
    readonly state: string;
    readonly point: PlacePoint;
  }[];
}

export type NearPlace =
  | { readonly kind: 'point'; readonly latitude: number; readonly longitude: number }
  | { readonly kind: 'off_the_map' }
  | { readonly kind: 'unknown' }
  /** A city of that name in more than one state: the states to choose from. */
  | { readonly kind: 'ambiguous'; readonly states: readonly string[] };

const POINT = /^(-?\d{1,3}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)$/;
const ZIP = /^(\d{5})(?:-\d{4})?$/;
const CITY_STATE = /^(.+?)\s*,\s*([a-z]{2})$/;

/** Lowercase, no accents, one space between words: how a typed city is compared. */
export function placeKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function findNearPlace(typed: string, table: PlaceTable): NearPlace {
  const text = typed.trim();
  const point = POINT.exec(text);
  if (point) {
    const latitude = Number(point[1]);
    const longitude = Number(point[2]);
    return Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180
      ? { kind: 'point', latitude, longitude }
      : { kind: 'off_the_map' };
  }
  const zip = ZIP.exec(text);
  if (zip) {
    const found = table.zip(zip[1] ?? '');
    return found ? at(found) : { kind: 'unknown' };
  }
  const key = placeKey(text);
  const withState = CITY_STATE.exec(key);
  const name = withState ? (withState[1] ?? '') : key;
  const state = withState ? (withState[2] ?? '').toUpperCase() : null;
  const cities = table.cities.filter(
    (city) => placeKey(city.name) === name && (state === null || city.state === state),
  );
  const [first] = cities;
  if (!first) return { kind: 'unknown' };
  const states = [...new Set(cities.map((c) => c.state))].sort();
  // Two places of one name in one state (a city and a census-designated place): the first.
  return states.length > 1 ? { kind: 'ambiguous', states } : at(first.point);
}

/**
 * The letters a to z of the city a person typed, its state left off ("San José, CA": "sanjose"):
 * what the database indexes the directory's cities by (migration 0047, `lantern_place_letters`),
 * to fetch the few that may be the one typed; placeKey then decides among them.
 */
export function cityLetters(typed: string): string {
  const key = placeKey(typed);
  return (CITY_STATE.exec(key)?.[1] ?? key).replace(/[^a-z]/g, '');
}

const at = ([latitude, longitude]: PlacePoint): NearPlace => ({
  kind: 'point',
  latitude,
  longitude,
});
