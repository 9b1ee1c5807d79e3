// The missing-youth and custody-notice API calls, their shapes derived from the server's schemas
// (src/server/http/missing-schemas.ts) so they cannot drift.
import type { z } from 'zod';
import type {
  AlertPacketView,
  CustodyNoticesView,
  MissingProfileBody,
  MissingProfileView,
} from '../../server/http/missing-schemas.js';
import { request } from './api';

/** Dates arrive as ISO strings. */
type Json<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Json<U>[]
    : T extends object
      ? { [K in keyof T]: Json<T[K]> }
      : T;

export type AlertPacket = Json<z.output<typeof AlertPacketView>>;
export type MissingProfile = Json<z.output<typeof MissingProfileView>>;
export type MissingProfileInput = z.input<typeof MissingProfileBody>;
export type CustodyNotices = Json<z.output<typeof CustodyNoticesView>>;

const youthPath = (youthId: string, rest: string) =>
  `/api/youth/${encodeURIComponent(youthId)}/${rest}`;

export async function getAlertPacket(youthId: string): Promise<AlertPacket> {
  return (await request('GET', youthPath(youthId, 'alert-packet'))) as AlertPacket;
}

/** The printed packet in the reader's language (Spanish or English, the server's two). */
export const alertPacketPdfUrl = (youthId: string, language: string) =>
  `${youthPath(youthId, 'alert-packet.pdf')}?language=${language.startsWith('es') ? 'es' : 'en'}`;

export async function getMissingProfile(youthId: string): Promise<MissingProfile> {
  return (await request('GET', youthPath(youthId, 'missing-profile'))) as MissingProfile;
}

export async function saveMissingProfile(
  youthId: string,
  body: MissingProfileInput,
): Promise<MissingProfile> {
  return (await request('PUT', youthPath(youthId, 'missing-profile'), { body })) as MissingProfile;
}

export async function getCustodyNotices(caseNumber: string): Promise<CustodyNotices> {
  return (await request(
    'GET',
    `/api/custody-notices?caseNumber=${encodeURIComponent(caseNumber)}`,
  )) as CustodyNotices;
}
