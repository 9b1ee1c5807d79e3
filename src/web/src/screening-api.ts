// Screening's API calls and shapes, derived from the server's schemas so they cannot drift
// (src/server/http/screening-schemas.ts). Dates travel as ISO strings.
import type { z } from 'zod';
import type {
  InstrumentView,
  ScheduleView,
  ScreeningList,
  ScreeningResult,
} from '../../server/http/screening-schemas.js';
import { request } from './api';

/** A server shape as it arrives over JSON: its dates are strings. */
type Wire<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;

export type Instrument = Wire<z.output<typeof InstrumentView>>;
export type InstrumentItem = Instrument['items'][number];
export type Screenings = Wire<z.output<typeof ScreeningList>>;
export type Screening = Screenings['screenings'][number];
export type ScreeningOutcome = Wire<z.output<typeof ScreeningResult>>;
export type ScreeningSchedule = Wire<z.output<typeof ScheduleView>>;
export type AnswerValue = string | number;

const youthPath = (youthId: string) => `/api/youth/${encodeURIComponent(youthId)}/screenings`;
const countyPath = (jurisdictionId: string, what: string) =>
  `/api/jurisdictions/${encodeURIComponent(jurisdictionId)}/${what}`;

export async function listScreenings(youthId: string): Promise<Screenings> {
  return (await request('GET', youthPath(youthId))) as Screenings;
}

export async function recordScreening(
  youthId: string,
  body: {
    instrumentKey: string;
    answers: Record<string, AnswerValue>;
    language: string;
    administeredAt?: string;
  },
): Promise<ScreeningOutcome> {
  return (await request('POST', youthPath(youthId), { body })) as ScreeningOutcome;
}

export async function listInstruments(jurisdictionId: string): Promise<Instrument[]> {
  return (await request(
    'GET',
    countyPath(jurisdictionId, 'screening-instruments'),
  )) as Instrument[];
}

export async function importInstrument(
  jurisdictionId: string,
  definition: unknown,
): Promise<Instrument> {
  return (await request('POST', countyPath(jurisdictionId, 'screening-instruments'), {
    body: { definition },
  })) as Instrument;
}

export async function getScreeningSchedule(jurisdictionId: string): Promise<ScreeningSchedule> {
  return (await request(
    'GET',
    countyPath(jurisdictionId, 'screening-schedule'),
  )) as ScreeningSchedule;
}

export async function saveScreeningSchedule(
  jurisdictionId: string,
  schedule: ScreeningSchedule,
): Promise<ScreeningSchedule> {
  return (await request('PUT', countyPath(jurisdictionId, 'screening-schedule'), {
    body: schedule,
  })) as ScreeningSchedule;
}

/** The text of an instrument in the worker's language, else its first. */
export function inLanguage(words: Readonly<Record<string, string>>, language: string): string {
  return words[language] ?? Object.values(words)[0] ?? '';
}
