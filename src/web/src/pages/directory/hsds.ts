// Reading the parts of an HSDS 3.0 service object the service page shows: phones, hours, costs,
// documents. The object comes from imported data, so every field is checked, never assumed.
import type { DirectoryServiceDetail } from '../../types';
import { dateTimeFormat } from '../../intl';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const records = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isRecord) : []);

/** A non-empty string field, trimmed, or null. */
export function text(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** The service's own places and those of its locations. */
function places(hsds: Json): { where: string | null; record: Json }[] {
  return records(hsds.service_at_locations).flatMap((at) => {
    const location = isRecord(at.location) ? at.location : null;
    const where = location ? text(location.name) : null;
    return [{ where, record: at }, ...(location ? [{ where, record: location }] : [])];
  });
}

export interface Phone {
  number: string;
  extension: string | null;
  description: string | null;
}

/** Every phone number for the service, its organization and its locations, once each. */
export function phonesOf(service: DirectoryServiceDetail): Phone[] {
  const { hsds } = service;
  const organization = isRecord(hsds.organization) ? hsds.organization : {};
  const found: Phone[] = [];
  const add = (number: string | null, extension: string | null, description: string | null) => {
    if (number === null || found.some((phone) => phone.number === number)) return;
    found.push({ number, extension, description });
  };
  add(service.phone, null, null);
  for (const phone of [
    ...records(hsds.phones),
    ...records(organization.phones),
    ...places(hsds).flatMap(({ record }) => records(record.phones)),
  ]) {
    add(text(phone.number), text(phone.extension), text(phone.description));
  }
  return found;
}

export interface Hours {
  where: string | null;
  description: string | null;
  /** HSDS byday codes (MO, TU…), in order. */
  days: string[];
  opensAt: string | null;
  closesAt: string | null;
  notes: string | null;
}

const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

function readSchedule(schedule: Json, where: string | null): Hours | null {
  const days = (text(schedule.byday) ?? '')
    .split(',')
    .map((day) => day.trim().toUpperCase().slice(-2))
    .filter((day) => DAY_CODES.some((code) => code === day));
  const hours: Hours = {
    where,
    description: text(schedule.description),
    days,
    opensAt: text(schedule.opens_at),
    closesAt: text(schedule.closes_at),
    notes: text(schedule.notes),
  };
  const empty = !hours.description && !hours.opensAt && !hours.closesAt && !hours.notes;
  return empty && days.length === 0 ? null : hours;
}

/** The service's schedules, then each location's, labelled with the location's name. */
export function hoursOf(hsds: Json): Hours[] {
  return [
    ...records(hsds.schedules).map((s) => readSchedule(s, null)),
    ...places(hsds).flatMap(({ where, record }) =>
      records(record.schedules).map((s) => readSchedule(s, where)),
    ),
  ].filter((hours): hours is Hours => hours !== null);
}

/** A weekday's name in the reader's language (1 January 2024 was a Monday). */
export function dayName(code: string, language: string): string {
  const index = DAY_CODES.findIndex((day) => day === code);
  if (index < 0) return code;
  const date = new Date(Date.UTC(2024, 0, 1 + index));
  return dateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(date);
}

/** "09:00" or "09:00:00" as the reader's clock shows it. */
export function clockTime(value: string, language: string): string {
  const match = /^(\d{1,2}):(\d{2})/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(2024, 0, 1, Number(match[1]), Number(match[2])));
  return dateTimeFormat(language, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(date);
}

export function costsOf(hsds: Json): string[] {
  const options = records(hsds.cost_options).map((cost) => {
    const amount = typeof cost.amount === 'number' ? cost.amount : null;
    const currency = text(cost.currency);
    const price = amount === null ? null : `${currency ? `${currency} ` : ''}${amount}`;
    return [text(cost.option), price, text(cost.amount_description)].filter(Boolean).join(' — ');
  });
  const fees = text(hsds.fees_description);
  return [...(fees ? [fees] : []), ...options].filter((line) => line !== '');
}

export function documentsOf(hsds: Json): { document: string; uri: string | null }[] {
  return records(hsds.required_documents).flatMap((doc) => {
    const document = text(doc.document);
    return document ? [{ document, uri: webAddress(doc.uri) }] : [];
  });
}

/** An http(s) address fit for a link; anything else (javascript:, data:) is not linked. */
export function webAddress(value: unknown): string | null {
  const candidate = text(value);
  if (!candidate) return null;
  try {
    const url = new URL(candidate);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
