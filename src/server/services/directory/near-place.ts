// "Near" in a staff search: a point, a ZIP code or a city, turned into a point by the rule in
// src/domain/directory-places.ts over the Census ZIP points (src/hsds/zip-centroids.ts), every
// U.S. place name (src/hsds/city-centroids.ts, from GeoNames) and the demo's invented places,
// then, for a city that list does not hold, over the cities of the directory's own public
// addresses (src/db/repositories/directory-cities.ts). A city is placed at the mean of its ZIP
// codes' points. A city named in several states is the searcher's county's, if it is one of
// them. A place it does not know is a clear 400, never a search from nowhere.
import type { Queryable } from '../../../db/database.js';
import { directoryCities } from '../../../db/repositories/directory-cities.js';
import { findJurisdiction } from '../../../db/repositories/jurisdictions.js';
import {
  citiesByKey,
  cityLetters,
  findNearPlace,
  type NearPlace,
  type PlaceTable,
} from '../../../domain/directory-places.js';
import { usCitiesNamed } from '../../../hsds/city-centroids.js';
import {
  DEMO_CITY_CENTROIDS,
  DEMO_ZIP_CENTROIDS,
  zipCentroid,
  zipsCentroid,
  type CityCentroid,
} from '../../../hsds/zip-centroids.js';
import { badRequest } from '../../errors.js';

const demoCities = citiesByKey(DEMO_CITY_CENTROIDS);
const PLACES: PlaceTable = {
  // An invented demo ZIP first: it never shadows a real one (no ZCTA is 94700). The country's
  // ZIPs are read the first time a ZIP is looked up (zipCentroid), its place names the first
  // time a city is (usCitiesNamed); no real place has a demo city's name.
  zip: (code) => DEMO_ZIP_CENTROIDS[code] ?? zipCentroid(code),
  cities: (key) => [...usCitiesNamed(key), ...demoCities(key)],
};

async function directoryPlaces(db: Queryable, typed: string): Promise<CityCentroid[]> {
  const letters = cityLetters(typed);
  if (letters === '') return [];
  const places: CityCentroid[] = [];
  for (const city of await directoryCities(db, letters)) {
    const point = zipsCentroid(city.zips);
    if (point) places.push({ name: city.name, state: city.state, point });
  }
  return places;
}

/**
 * The place typed, in this table; a city of several states asks the searcher's county's state
 * (read only then) and is that state's if it is one of them.
 */
async function findIn(
  db: Queryable,
  jurisdictionId: string,
  near: string,
  table: PlaceTable,
): Promise<NearPlace> {
  const place = findNearPlace(near, table);
  if (place.kind !== 'ambiguous') return place;
  const home = await findJurisdiction(db, jurisdictionId);
  return findNearPlace(near, table, home?.stateCode ?? null);
}

/** Where to measure from: jurisdictionId is the searcher's county. */
export async function nearPoint(
  db: Queryable,
  jurisdictionId: string,
  near: string,
): Promise<{ latitude: number; longitude: number }> {
  let place = await findIn(db, jurisdictionId, near, PLACES);
  if (place.kind === 'unknown') {
    const cities = citiesByKey(await directoryPlaces(db, near));
    place = await findIn(db, jurisdictionId, near, { ...PLACES, cities });
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
        `More than one city has that name, in ${place.states.join(', ')}: add its state, for example "${near.trim()}, ${place.states[0] ?? 'CA'}".`,
      );
    case 'unknown':
      throw badRequest(
        'unknown_place',
        'That ZIP code or city is not in Lantern’s list of places. Try a nearby ZIP code, or a latitude and longitude.',
      );
  }
}
