// Reading what the public page shows from a compiled HSDS service (GET /api/hsds/services):
// only what the public API returned, each field checked, since the data is imported. A
// confidential location is not in the object at all, so it cannot be shown by mistake.
import { isOpen24Hours } from '../../../../domain/directory-hours.js';
import type { HsdsObject } from '../../find-help-api';
import { hoursOf, text, webAddress, type Hours } from '../directory/hsds';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const records = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isRecord) : []);

export interface PublicService {
  id: string;
  name: string;
  organization: string | null;
  description: string | null;
  phones: string[];
  addresses: string[];
  open24Hours: boolean;
  hours: Hours[];
  website: string | null;
  eligibility: string | null;
  languages: string[];
  /** Its locations with their map positions, for the map; the API never lists a confidential one. */
  locations: PublicLocation[];
}

export interface PublicLocation {
  confidential: false;
  name: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** The service's locations, as the public API nested them. */
function locationsOf(hsds: HsdsObject): Json[] {
  return records(hsds.service_at_locations).flatMap((at) =>
    isRecord(at.location) ? [at.location] : [],
  );
}

/** "12 Main Street, Demo City, CA 94607": the parts there are, in the order mail uses. */
export function addressLine(address: Json): string | null {
  const region = [text(address.state_province), text(address.postal_code)]
    .filter(Boolean)
    .join(' ');
  const parts = [text(address.address_1), text(address.address_2), text(address.city), region];
  const line = parts.filter((part) => part !== null && part !== '').join(', ');
  return line === '' ? null : line;
}

function phoneNumbers(hsds: HsdsObject): string[] {
  const organization = isRecord(hsds.organization) ? hsds.organization : {};
  const at = records(hsds.service_at_locations);
  const numbers = [
    ...records(hsds.phones),
    ...at.flatMap((sal) => records(sal.phones)),
    ...locationsOf(hsds).flatMap((location) => records(location.phones)),
    ...records(organization.phones),
  ].flatMap((phone) => {
    const number = text(phone.number);
    const extension = text(phone.extension);
    return number ? [extension ? `${number} x${extension}` : number] : [];
  });
  return [...new Set(numbers)];
}

function schedulesOf(hsds: HsdsObject): Json[] {
  return [
    ...records(hsds.schedules),
    ...records(hsds.service_at_locations).flatMap((sal) => records(sal.schedules)),
    ...locationsOf(hsds).flatMap((location) => records(location.schedules)),
  ];
}

const coordinate = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

function publicLocations(hsds: HsdsObject): PublicLocation[] {
  return locationsOf(hsds).map((location) => ({
    confidential: false,
    name: text(location.name),
    address:
      records(location.addresses)
        .map(addressLine)
        .find((line) => line !== null) ?? null,
    latitude: coordinate(location.latitude),
    longitude: coordinate(location.longitude),
  }));
}

export function readPublicService(hsds: HsdsObject): PublicService | null {
  const id = text(hsds.id);
  const name = text(hsds.name);
  if (!id || !name) return null;
  const organization = isRecord(hsds.organization) ? text(hsds.organization.name) : null;
  const addresses = locationsOf(hsds)
    .flatMap((location) => records(location.addresses))
    .map(addressLine)
    .filter((line): line is string => line !== null);
  return {
    id,
    name,
    organization,
    description: text(hsds.description),
    phones: phoneNumbers(hsds),
    addresses: [...new Set(addresses)],
    open24Hours: isOpen24Hours(schedulesOf(hsds)),
    hours: hoursOf(hsds),
    website: webAddress(hsds.url),
    eligibility: text(hsds.eligibility_description),
    languages: [
      ...new Set(records(hsds.languages).flatMap((language) => text(language.name) ?? [])),
    ],
    locations: publicLocations(hsds),
  };
}

/** The first sentence or so: a list a person at a hard moment can scan. */
export function shortDescription(description: string | null, limit = 160): string | null {
  if (!description) return null;
  const sentence = /^.+?[.!?](\s|$)/.exec(description)?.[0]?.trim() ?? description;
  if (sentence.length <= limit) return sentence;
  const cut = sentence.slice(0, limit);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), limit / 2)).trimEnd()}…`;
}
