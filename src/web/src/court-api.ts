// Protective orders, hearings and the court calendar: API calls and shapes, derived from the
// server's schemas so they cannot drift (src/server/http/court-schemas.ts).
import type { z } from 'zod';
import type {
  CourtCalendar as CourtCalendarSchema,
  HearingBody,
  HearingCreated,
  HearingList,
  ProtectiveOrderBody,
  ProtectiveOrderList,
} from '../../server/http/court-schemas.js';
import { request } from './api';

export type ProtectiveOrders = z.output<typeof ProtectiveOrderList>;
export type ProtectiveOrder = ProtectiveOrders['orders'][number];
export type NewProtectiveOrder = z.input<typeof ProtectiveOrderBody>;
export type Hearings = z.output<typeof HearingList>;
export type Hearing = Hearings['hearings'][number];
export type NewHearing = z.input<typeof HearingBody>;
export type RecordedHearing = z.output<typeof HearingCreated>;
export type CourtCalendar = z.output<typeof CourtCalendarSchema>;

const youthPath = (youthId: string, rest: string) =>
  `/api/youth/${encodeURIComponent(youthId)}/${rest}`;

export async function listProtectiveOrders(youthId: string): Promise<ProtectiveOrders> {
  return (await request('GET', youthPath(youthId, 'protective-orders'))) as ProtectiveOrders;
}

export async function recordProtectiveOrder(
  youthId: string,
  body: NewProtectiveOrder,
): Promise<{ id: string }> {
  return (await request('POST', youthPath(youthId, 'protective-orders'), { body })) as {
    id: string;
  };
}

export async function listHearings(youthId: string): Promise<Hearings> {
  return (await request('GET', youthPath(youthId, 'hearings'))) as Hearings;
}

export async function recordHearing(youthId: string, body: NewHearing): Promise<RecordedHearing> {
  return (await request('POST', youthPath(youthId, 'hearings'), { body })) as RecordedHearing;
}

/** Without `from` and `to`, the server's default window: this day in the county and six more. */
export async function readCourtCalendar(
  window: { from?: string; to?: string } = {},
): Promise<CourtCalendar> {
  const query = new URLSearchParams(window);
  const search = query.size > 0 ? `?${query.toString()}` : '';
  return (await request('GET', `/api/court-calendar${search}`)) as CourtCalendar;
}
