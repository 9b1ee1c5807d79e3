// Verified contacts' API calls and their shapes, derived from the server's schemas so they cannot
// drift (src/server/http/contact-schemas.ts).
import type { z } from 'zod';
import type {
  ContactBody,
  ContactChangeBody,
  ContactCheckAnswer,
  ContactList,
} from '../../server/http/contact-schemas.js';
import { request } from './api';

export type Contacts = z.output<typeof ContactList>;
export type Contact = Contacts['contacts'][number];
export type NewContact = z.input<typeof ContactBody>;
export type ContactChange = z.input<typeof ContactChangeBody>;
export type CheckAnswer = z.output<typeof ContactCheckAnswer>;

export async function listContacts(youthId: string): Promise<Contacts> {
  return (await request('GET', `/api/youth/${encodeURIComponent(youthId)}/contacts`)) as Contacts;
}

export async function addContact(youthId: string, body: NewContact): Promise<{ id: string }> {
  return (await request('POST', `/api/youth/${encodeURIComponent(youthId)}/contacts`, {
    body,
  })) as { id: string };
}

export async function changeContact(id: string, body: ContactChange): Promise<{ id: string }> {
  return (await request('PATCH', `/api/contacts/${encodeURIComponent(id)}`, { body })) as {
    id: string;
  };
}

export async function checkName(caseNumber: string, name: string): Promise<CheckAnswer> {
  return (await request('POST', '/api/verified-contacts/check', {
    body: { caseNumber, name },
  })) as CheckAnswer;
}
