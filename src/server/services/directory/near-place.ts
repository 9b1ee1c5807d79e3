// "Near" in a staff search: a point, a ZIP code or a city, turned into a point by the rule in
// src/domain/directory-places.ts over the Census centroids shipped in src/hsds/zip-centroids.ts
// (and the demo's invented places). A place it does not know is a clear 400, never a search
// from nowhere.
import { findNearPlace, type PlaceTable } from '../../../domain/directory-places.js';
import {
  CITY_CENTROIDS,
  DEMO_CITY_CENTROIDS,
  DEMO_ZIP_CENTROIDS,
  zipCentroid,
} from '../../../hsds/zip-centroids.js';
import { badRequest } from '../../errors.js';

const PLACES: PlaceTable = {
  // An invented demo ZIP first: it never shadows a real one (no ZCTA is 94700). The country's
  // table is read the first time a ZIP is looked up (zipCentroid).
  zip: (code) => DEMO_ZIP_CENTROIDS[code] ?? zipCentroid(code),
  cities: [...CITY_CENTROIDS, ...DEMO_CITY_CENTROIDS],
};

export function nearPoint(near: string): { latitude: number; longitude: number } {
  const place = findNearPlace(near, PLACES);
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
