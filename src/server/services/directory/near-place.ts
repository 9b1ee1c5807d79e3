// "Near" in a staff search: a point, a ZIP code or a city, turned into a point by the rule in
// src/domain/directory-places.ts over the Census centroids shipped in src/hsds/zip-centroids.ts
// (and the demo's invented places), then, for a city that list does not hold, over the cities of
// the directory's own public addresses (src/db/repositories/directory-cities.ts), each placed
// like the shipped ones, at the mean of its ZIP codes' points. A place it does not know is a
// clear 400, never a search from nowhere.
import type { Queryable } from '../../../db/database.js';
import { directoryCities } from '../../../db/repositories/directory-cities.js';
import {
  cityLetters,
  findNearPlace,
  type NearPlace,
  type PlaceTable,
} from '../../../domain/directory-places.js';
import {
  CITY_CENTROIDS,
  DEMO_CITY_CENTROIDS,
  DEMO_ZIP_CENTROIDS,
  zipCentroid,
  type CityCentroid,
  type Point,
} from '../../../hsds/zip-centroids.js';
import { badRequest } from '../../errors.js';

const PLACES: PlaceTable = {
  // An invented demo ZIP first: it never shadows a real one (no ZCTA is 94700). The country's
  // table is read the first time a ZIP is looked up (zipCentroid).
  zip: (code) => DEMO_ZIP_CENTROIDS[code] ?? zipCentroid(code),
  cities: [...CITY_CENTROIDS, ...DEMO_CITY_CENTROIDS],
};

/**
 * The directory's cities that may be the one typed, each at the mean of its known ZIP codes'
 * points (none known: left out).
 */
async function directoryPlaces(db: Queryable, typed: string): Promise<CityCentroid[]> {
  const letters = cityLetters(typed);
  if (letters === '') return [];
  const places: CityCentroid[] = [];
  for (const city of await directoryCities(db, letters)) {
    const points = city.zips
      .map((zip) => zipCentroid(zip))
      .filter((point): point is Point => point !== undefined);
    if (points.length === 0) continue;
    const mean = (axis: 0 | 1) =>
      Math.round((points.reduce((sum, point) => sum + point[axis], 0) / points.length) * 1e6) / 1e6;
    places.push({ name: city.name, state: city.state, point: [mean(0), mean(1)] });
  }
  return places;
}

export async function nearPoint(
  db: Queryable,
  near: string,
): Promise<{ latitude: number; longitude: number }> {
  let place: NearPlace = findNearPlace(near, PLACES);
  if (place.kind === 'unknown') {
    place = findNearPlace(near, { ...PLACES, cities: await directoryPlaces(db, near) });
  }
  switch (place.kind) {
    case 'point':
      return { latitude: place.latitude, longitude: place.longitude };
    case 'off_the_map':
      throw badRequest(
        'invalid_point',
        'near is off the map: a latitude from -90 to 90 and a longitude from -180 to 180.',
      );
    case 'ambiguous':
      throw badRequest(
        'ambiguous_place',
        `More than one city has that name: add its state, for example "${near.trim()}, ${place.states[0] ?? 'CA'}".`,
      );
    case 'unknown':
      throw badRequest(
        'unknown_place',
        'That ZIP code or city is not in Lantern’s list of places. Try a nearby ZIP code, or a latitude and longitude.',
      );
  }
}
