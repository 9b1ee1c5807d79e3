// What a map of results plots, the same for the directory and the public Find help page: each
// result's public points, numbered as in the list. A confidential location is never a point,
// whoever is looking; a result with none is listed under the map with the reason.
import type { DirectoryService, ServiceLocation } from '../../types';
import { servicePath } from './ServiceSummary';

export interface MapPoint {
  latitude: number;
  longitude: number;
}

/** One result as a map sees it. */
export interface MapPlace {
  id: string;
  name: string;
  /** Where its marker and its line in the key lead. */
  href: string;
  /** Its number in the list beside the map. */
  number: number;
  /** Its locations: a confidential one is kept only to say why the result is not plotted. */
  locations: readonly Pick<
    ServiceLocation,
    'confidential' | 'name' | 'address' | 'latitude' | 'longitude'
  >[];
}

export interface MapMarker extends MapPoint {
  key: string;
  number: number;
  name: string;
  href: string;
  /** The location's address or name, to tell two markers of one result apart. */
  place: string;
}

export interface NotPlotted {
  id: string;
  name: string;
  href: string;
  number: number;
  why: 'confidential' | 'noCoordinates';
}

export function plotPlaces(places: readonly MapPlace[]): {
  markers: MapMarker[];
  notPlotted: NotPlotted[];
} {
  const markers: MapMarker[] = [];
  const notPlotted: NotPlotted[] = [];
  for (const place of places) {
    let plotted = false;
    let confidential = false;
    place.locations.forEach((location, at) => {
      if (location.confidential) {
        confidential = true;
        return;
      }
      if (!isCoordinate(location.latitude, 90) || !isCoordinate(location.longitude, 180)) return;
      plotted = true;
      markers.push({
        key: `${place.id}:${at}`,
        number: place.number,
        name: place.name,
        href: place.href,
        latitude: location.latitude,
        longitude: location.longitude,
        place: location.address ?? location.name ?? place.name,
      });
    });
    if (!plotted) {
      const { id, name, href, number } = place;
      notPlotted.push({
        id,
        name,
        href,
        number,
        why: confidential ? 'confidential' : 'noCoordinates',
      });
    }
  }
  return { markers, notPlotted };
}

/** Imported data may hold anything; a point off the globe is not plotted. */
function isCoordinate(value: number | null, limit: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit;
}

/** The directory's results, numbered from the first on this page. */
export function directoryPlaces(
  services: readonly DirectoryService[],
  firstNumber: number,
): MapPlace[] {
  return services.map((service, index) => ({
    id: service.id,
    name: service.name,
    href: servicePath(service.id),
    number: firstNumber + index,
    locations: service.locations,
  }));
}

/** Each marker once per result, for the key under the map. */
export function uniquePlaces(markers: readonly MapMarker[]): MapMarker[] {
  return markers.filter(
    (marker, index) => markers.findIndex((m) => m.href === marker.href) === index,
  );
}
