// The protocol engine's routes: case events, tasks, and the county's protocol (rules, settings,
// holidays, dry run, the printable protocol).
import { z } from 'zod';
import type { AppServices } from '../context.js';
import {
  AdoptedPackView,
  AdoptPackBody,
  CancelTaskBody,
  DryRunBody,
  DryRunView,
  EventBody,
  EventView,
  HolidaysBody,
  PackUpdatesView,
  ProtocolView,
  RecordedEvent,
  RuleBody,
  RuleKeyParams,
  RuleRefused,
  RuleView,
  SettingsBody,
  SettingsView,
  TasksQuery,
  TaskView,
} from '../http/protocol-schemas.js';
import { ErrorBody, IdParams, PrintLanguageQuery } from '../http/schemas.js';
import type { App } from '../http/types.js';
import { listEventsFor, recordEvent } from '../services/protocol/events.js';
import {
  dryRun,
  readProtocol,
  readRuleVersions,
  saveHolidays,
  saveRule,
  saveSettings,
} from '../services/protocol/rules.js';
import { adoptPackRules, readPackUpdates } from '../services/protocol/pack-updates.js';
import { actOnTask, listTasksFor, readTask } from '../services/protocol/tasks.js';
import { buildPrintedProtocol, protocolPdf } from '../services/protocol/protocol-pdf.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export function protocolRoutes(app: App, services: AppServices) {
  app.post('/api/youth/:id/events', {
    schema: {
      tags: ['events'],
      summary: 'Record what happened to the youth; the county protocol fires in the same step',
      description:
        'Types: identification, protective_custody, arrest_attempt, detention, release, placement_change, missing, returned, disclosure, subpoena, hearing, transfer. occurredAt may be in the past, never in the future (400 in_the_future). Who may record each type follows their role (403 role_cannot_record). The answer lists the rules that fired, the tasks they gave, and for an identification by police or an arrest attempt of a minor, the legal statement and whom to call now.',
      params: IdParams,
      body: EventBody,
      response: { 201: RecordedEvent, ...errors },
    },
    handler: async (request, reply) => {
      const { type, occurredAt, details } = request.body;
      const recorded = await recordEvent(services, request.context, request.params.id, {
        type,
        occurredAt,
        details: details ?? {},
      });
      return reply.status(201).send(recorded);
    },
  });
  app.get('/api/youth/:id/events', {
    schema: {
      tags: ['events'],
      summary: 'The events of the case the caller may read (each by its data category)',
      params: IdParams,
      response: { 200: z.array(EventView), ...errors },
    },
    handler: (request) => listEventsFor(services, request.context, request.params.id),
  });

  // --- tasks ---
  app.get('/api/tasks', {
    schema: {
      tags: ['tasks'],
      summary:
        'My work: tasks of mine or my organization; the coordinator: every task of the county',
      description:
        'scope=mine (default): tasks the caller took and their organization’s untaken ones; organization: all of the organization’s; county: every task of the county (coordinator only). status: open (default), done, cancelled, all. Open tasks come by due time, overdue first.',
      querystring: TasksQuery,
      response: { 200: z.array(TaskView), ...errors },
    },
    handler: (request) => listTasksFor(services, request.context, request.query),
  });
  app.get('/api/tasks/:id', {
    schema: {
      tags: ['tasks'],
      summary: 'One task: the minimal packet (case number, what, by when, where, whom to call)',
      description:
        'Its organization, or the county coordinator. 404 as for an unknown id: a task of another county, of another organization, or of a case a court has sealed (even to the court roles the order names, unless the task is their own organization’s); the same for taking, completing and cancelling it.',
      params: IdParams,
      response: { 200: TaskView, ...errors },
    },
    handler: (request) => readTask(services, request.context, request.params.id),
  });
  for (const action of ['take', 'complete'] as const) {
    app.post(`/api/tasks/:id/${action}`, {
      schema: {
        tags: ['tasks'],
        summary: action === 'take' ? 'Take the task (it becomes yours)' : 'Mark the task done',
        params: IdParams,
        response: { 200: TaskView, ...errors },
      },
      handler: (request) => actOnTask(services, request.context, request.params.id, action),
    });
  }
  app.post('/api/tasks/:id/cancel', {
    schema: {
      tags: ['tasks'],
      summary: 'Cancel the task, saying why (its organization, or the county coordinator)',
      params: IdParams,
      body: CancelTaskBody,
      response: { 200: TaskView, ...errors },
    },
    handler: (request) =>
      actOnTask(services, request.context, request.params.id, 'cancel', request.body),
  });

  // --- the county protocol ---
  app.get('/api/jurisdictions/:id/protocol', {
    schema: {
      tags: ['protocol'],
      summary: 'The county protocol: rules in force, the county’s protocol decisions, holidays',
      params: IdParams,
      response: { 200: ProtocolView, ...errors },
    },
    handler: (request) => readProtocol(services, request.context, request.params.id),
  });
  app.get('/api/jurisdictions/:id/protocol.pdf', {
    schema: {
      tags: ['protocol'],
      summary: 'The county’s multi-agency protocol as a PDF to sign (anyone of the county)',
      description:
        'For each agency type the duties and clocks the rules in force put on it, each with its source; the county’s protocol decisions; a signature block per agency. No youth data. `language=es` prints Lantern’s own words in Spanish (the pack’s task titles and notices among them; a county’s own words as written); 400 for another language.',
      params: IdParams,
      querystring: PrintLanguageQuery,
      produces: ['application/pdf'],
    },
    handler: async (request, reply) => {
      const { language } = request.query;
      const printed = await buildPrintedProtocol(
        services,
        request.context,
        request.params.id,
        language,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="county-protocol-${language}.pdf"`)
        .send(await protocolPdf(printed));
    },
  });
  app.get('/api/jurisdictions/:id/protocol/rules/:key', {
    schema: {
      tags: ['protocol'],
      summary: 'Every version of one rule, newest first',
      params: RuleKeyParams,
      response: { 200: z.array(RuleView), ...errors },
    },
    handler: (request) =>
      readRuleVersions(services, request.context, request.params.id, request.params.key),
  });
  app.put('/api/jurisdictions/:id/protocol/rules/:key', {
    schema: {
      tags: ['protocol'],
      summary: 'Save a rule as its next version (coordinator); what fired before is unchanged',
      description:
        'A rule naming an unknown event type, organization type or point-person function, a detail its trigger lacks, or a date it does not name is refused with 400 and error.problems listing each (code, path, message).',
      params: RuleKeyParams,
      body: RuleBody,
      response: { 200: RuleView, ...errors, 400: RuleRefused },
    },
    handler: (request) =>
      saveRule(services, request.context, request.params.id, request.params.key, request.body),
  });
  app.get('/api/jurisdictions/:id/protocol/pack', {
    schema: {
      tags: ['protocol'],
      summary: 'Rules of Lantern’s default pack the county does not have (anyone of the county)',
      description:
        'A county set up before a rule joined the default pack lacks it. Listed: each pack rule whose key the county has never held in any version; a rule the county edited or switched off is its own and is not listed.',
      params: IdParams,
      response: { 200: PackUpdatesView, ...errors },
    },
    handler: (request) => readPackUpdates(services, request.context, request.params.id),
  });
  app.post('/api/jurisdictions/:id/protocol/pack', {
    schema: {
      tags: ['protocol'],
      summary: 'Adopt default-pack rules the county lacks (coordinator)',
      description:
        'Each key becomes version 1 of a county default, in force at once, audited. A key the county already holds in any version is left exactly as it is and listed in alreadyInCounty (never overwritten). A key outside the pack: 400 unknown_pack_rule, nothing written.',
      params: IdParams,
      body: AdoptPackBody,
      response: { 200: AdoptedPackView, ...errors },
    },
    handler: (request) =>
      adoptPackRules(services, request.context, request.params.id, request.body.keys),
  });
  app.put('/api/jurisdictions/:id/protocol/settings', {
    schema: {
      tags: ['protocol'],
      summary: 'The county’s own protocol decisions the rules read (coordinator)',
      params: IdParams,
      body: SettingsBody,
      response: { 200: SettingsView, ...errors },
    },
    handler: (request) => saveSettings(services, request.context, request.params.id, request.body),
  });
  app.put('/api/jurisdictions/:id/protocol/holidays', {
    schema: {
      tags: ['protocol'],
      summary: 'The county’s holiday calendar, for business-day clocks (coordinator)',
      params: IdParams,
      body: HolidaysBody,
      response: { 200: z.array(z.object({ day: z.string(), name: z.string() })), ...errors },
    },
    handler: (request) =>
      saveHolidays(services, request.context, request.params.id, request.body.holidays),
  });
  app.post('/api/jurisdictions/:id/protocol/dry-run', {
    schema: {
      tags: ['protocol'],
      summary: 'Which rules would fire for this event on this case, with their due times',
      description:
        'Writes nothing. With a draft rule, the draft stands in for the rule of its key; a draft the vocabulary refuses is answered like a rule being saved (400 with error.problems).',
      params: IdParams,
      body: DryRunBody,
      response: { 200: DryRunView, ...errors, 400: RuleRefused },
    },
    handler: (request) => dryRun(services, request.context, request.params.id, request.body),
  });
}
