// Verified contacts and the name check (docs/CONFIDENTIALITY.md, "Verified contacts").
import type { AppServices } from '../context.js';
import {
  ContactBody,
  ContactChangeBody,
  ContactCheckAnswer,
  ContactCheckBody,
  ContactList,
} from '../http/contact-schemas.js';
import { Created } from '../http/case-schemas.js';
import { ErrorBody, IdParams } from '../http/schemas.js';
import type { App } from '../http/types.js';
import { checkContact } from '../services/contacts/check.js';
import { changeContact, listContactsFor, recordContact } from '../services/contacts/contacts.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const tags = ['contacts'];

export function contactRoutes(app: App, services: AppServices) {
  app.get('/api/youth/:id/contacts', {
    schema: {
      tags,
      summary: 'People around the youth the team verified, did not, or must not release to',
      description:
        'Placement data of the organization that listed each person, shown where the access module allows; the reason for a do-not-release goes to those readers only.',
      params: IdParams,
      response: { 200: ContactList, ...errors },
    },
    handler: (request) => listContactsFor(services, request.context, request.params.id),
  });

  app.post('/api/youth/:id/contacts', {
    schema: {
      tags,
      summary:
        'List a person around the youth: verified (with how), not verified, or do not release',
      description: 'Advocates and child welfare workers of an organization on the case team.',
      params: IdParams,
      body: ContactBody,
      response: { 201: Created, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await recordContact(services, request.context, request.params.id, request.body)),
  });

  app.patch('/api/contacts/:id', {
    schema: {
      tags,
      summary: "Change a listed person's status (the old one stays in the history) or aliases",
      description:
        'Only the organization that listed the person, by an advocate or child welfare worker.',
      params: IdParams,
      body: ContactChangeBody,
      response: { 200: Created, ...errors },
    },
    handler: (request) => {
      const { status, method, note, reason, aliases } = request.body;
      return changeContact(services, request.context, request.params.id, {
        status: status ? { status, method, note, reason } : null,
        aliases: aliases ?? null,
      });
    },
  });

  app.post('/api/verified-contacts/check', {
    schema: {
      tags,
      summary: 'Check a name at the counter: verified, not verified, or do not release',
      description:
        'Court clerks on any case of their county; anyone else who works cases on the cases their organization is on. The answer is only {answer, pointPerson?}: a case number of another county or none at all answers not_verified, exactly like a case with no such person. At most LANTERN_CONTACT_CHECK_LIMIT names per person in LANTERN_CONTACT_CHECK_WINDOW_MINUTES (then 429, and the coordinator is told).',
      body: ContactCheckBody,
      response: { 200: ContactCheckAnswer, 429: ErrorBody, ...errors },
    },
    handler: (request) => checkContact(services, request.context, request.body),
  });
}
