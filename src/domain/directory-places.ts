// What "near" means in a directory search: a latitude and longitude as before, or a ZIP code
// or a city a person types, found in a table of centroids (src/hsds/zip-centroids.ts, and every
// U.S. place name in src/hsds/city-centroids.ts). A city is matched without case or accents,
// with or without its state ("Oakland", "oakland, ca"), "St." / "Ft." / "Mt." also as "Saint",
// "Fort", "Mount" (how the U.S. list writes them). A name of several states needs its state,
// unless one of them is the state of the searcher's county: "Oakland" in a California county is
// Oakland, CA; elsewhere it asks which of the sixteen.

/** Latitude and longitude, in that order. */
export type PlacePoint = readonly [number, number];

export interface PlaceCity {
  readonly name: string;
  /** Two-letter USPS state code. */
  readonly state: string;
  readonly point: PlacePoint;
}

export interface PlaceTable {
  /** A five-digit ZIP's point, or undefined for one the table does not have. */
  readonly zip: (code: string) => PlacePoint | undefined;
  /** The cities whose name has this placeKey, in the table's order (none: empty). */
  readonly cities: (key: string) => readonly PlaceCity[];
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

/** "st louis" is also "saint louis": the short forms of a name's first word, spelled out. */
const SPELLED_OUT: Readonly<Record<string, string>> = { st: 'saint', ft: 'fort', mt: 'mount' };

/** The keys a typed city name is looked up by: itself, and with its first word spelled out. */
function keysOf(name: string): string[] {
  const [first = '', ...rest] = name.split(' ');
  const long = SPELLED_OUT[first];
  return long && rest.length > 0 ? [name, [long, ...rest].join(' ')] : [name];
}

/**
 * What a person typed as "near", found in the table. homeState is the two-letter state of the
 * searcher's county (or null): a city named in several states, typed without one, is that
 * state's when it is one of them, and otherwise ambiguous.
 */
export function findNearPlace(
  typed: string,
  table: PlaceTable,
  homeState: string | null = null,
): NearPlace {
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
  if (name === '') return { kind: 'unknown' };
  const cities = keysOf(name)
    .flatMap((k) => table.cities(k))
    .filter((city) => state === null || city.state === state);
  const [first] = cities;
  if (!first) return { kind: 'unknown' };
  const states = [...new Set(cities.map((c) => c.state))].sort();
  // Two places of one name in one state (a city and a census-designated place): the first.
  if (states.length === 1) return at(first.point);
  const home = cities.find((c) => c.state === homeState);
  return home ? at(home.point) : { kind: 'ambiguous', states };
}

/** A table's cities from a short list (the demo's, the directory's): by placeKey, in order. */
export function citiesByKey(cities: readonly PlaceCity[]): (key: string) => readonly PlaceCity[] {
  const byKey = new Map<string, PlaceCity[]>();
  for (const city of cities) {
    const key = placeKey(city.name);
    byKey.set(key, [...(byKey.get(key) ?? []), city]);
  }
  return (key) => byKey.get(key) ?? [];
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
