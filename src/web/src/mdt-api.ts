// MDT meetings' calls and shapes (docs/LEGAL-AND-MDT.md, MDT meetings). The shapes are derived from
// the server's schemas, so a changed field cannot drift.
import type { z } from 'zod';
import type { MeetingView } from '../../domain/mdt.js';
import type {
  DecisionBody,
  MeetingSummary as SummarySchema,
  MeetingView as ViewSchema,
  MinutesBody,
} from '../../server/http/mdt-schemas.js';
import { path, request } from './api';
import type { Wire } from './wire';

export type MeetingSummary = Wire<z.output<typeof SummarySchema>>;
export type Meeting = Wire<z.output<typeof ViewSchema>>;
export type AgendaCase = Meeting['agenda'][number];
export type NewDecision = z.input<typeof DecisionBody>;
export type NewMinutes = z.input<typeof MinutesBody>;

export async function listMeetings(): Promise<MeetingSummary[]> {
  return (await request('GET', '/api/mdt-meetings')) as MeetingSummary[];
}

export async function scheduleMeeting(body: {
  title?: string;
  startsAt: string;
  attendeeOrganizationIds: string[];
}): Promise<Meeting> {
  return (await request('POST', '/api/mdt-meetings', { body })) as Meeting;
}

export async function getMeeting(id: string, view: MeetingView): Promise<Meeting> {
  return (await request('GET', `${path('/api/mdt-meetings', id)}?view=${view}`)) as Meeting;
}

export async function editAgenda(id: string, caseNumbers: string[]): Promise<Meeting> {
  const url = `${path('/api/mdt-meetings', id)}/agenda`;
  return (await request('PATCH', url, { body: { caseNumbers } })) as Meeting;
}

export async function recordAttendance(
  id: string,
  attendance: { organizationId: string; present: boolean }[],
): Promise<void> {
  await request('POST', `${path('/api/mdt-meetings', id)}/attendance`, { body: { attendance } });
}

export async function recordDecision(id: string, body: NewDecision): Promise<void> {
  await request('POST', `${path('/api/mdt-meetings', id)}/decisions`, { body });
}

export async function writeMinutes(id: string, body: NewMinutes): Promise<void> {
  await request('POST', `${path('/api/mdt-meetings', id)}/minutes`, { body });
}

export async function markReviewed(id: string, youthId: string): Promise<void> {
  await request('POST', `${path('/api/mdt-meetings', id)}/reviewed`, { body: { youthId } });
}

/** The printable agenda (no names), opened by the browser, in the reader's language. */
export const agendaPdfUrl = (id: string, language: string) =>
  `${path('/api/mdt-meetings', id)}/agenda.pdf?language=${language.startsWith('es') ? 'es' : 'en'}`;
