// Screening's routes (docs/SCREENING.md): a youth's screenings, the county's instruments and its
// re-screen schedule. `POST /api/youth/{id}/screenings` is contract for county systems.
import { z } from 'zod';
import type { AppServices } from '../context.js';
import { ErrorBody, IdParams } from '../http/schemas.js';
import {
  AnswersRefused,
  InstrumentBody,
  InstrumentRefused,
  InstrumentView,
  ScheduleBody,
  ScheduleView,
  ScreeningBody,
  ScreeningList,
  ScreeningResult,
} from '../http/screening-schemas.js';
import type { App } from '../http/types.js';
import { importInstrument, listInstruments } from '../services/screening/instruments.js';
import { readScreeningSchedule, saveSchedule } from '../services/screening/schedule.js';
import { administerScreening, listScreeningsFor } from '../services/screening/screenings.js';

const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export function screeningRoutes(app: App, services: AppServices) {
  app.post('/api/youth/:id/screenings', {
    schema: {
      tags: ['screenings'],
      summary: 'Record a screening administered to the youth; it closes open screening tasks',
      description:
        'The county’s current version of the instrument scores the answers (every item, each of its type; 400 invalid_answers names each item and why). Who may administer: a role the instrument names, on the case team (403 role_cannot_administer); a youth at or above its minimum age (400 below_minimum_age; an unknown age is not refused); a language it is written in (400 wrong_language). administeredAt never in the future (400 in_the_future). The result is screening data of the caller’s organization; a screening_result event (positive or not) fires the county’s rules.',
      params: IdParams,
      body: ScreeningBody,
      response: { 201: ScreeningResult, 400: AnswersRefused, ...errors },
    },
    handler: async (request, reply) => {
      const result = await administerScreening(
        services,
        request.context,
        request.params.id,
        request.body,
      );
      return reply.status(201).send(result);
    },
  });
  app.get('/api/youth/:id/screenings', {
    schema: {
      tags: ['screenings'],
      summary: 'The screenings the caller may read, and the instruments they may administer here',
      params: IdParams,
      response: { 200: ScreeningList, 400: ErrorBody, ...errors },
    },
    handler: (request) => listScreeningsFor(services, request.context, request.params.id),
  });
  app.get('/api/jurisdictions/:id/screening-instruments', {
    schema: {
      tags: ['screenings'],
      summary: 'The county’s screening instruments, every version, Lantern’s own first',
      params: IdParams,
      response: { 200: z.array(InstrumentView), 400: ErrorBody, ...errors },
    },
    handler: (request) => listInstruments(services, request.context, request.params.id),
  });
  app.post('/api/jurisdictions/:id/screening-instruments', {
    schema: {
      tags: ['screenings'],
      summary: 'Import an instrument the county licenses, as its key’s next version (coordinator)',
      description:
        'A malformed definition is refused with 400 and error.problems (path, itemId, code, message for each), and nothing is written.',
      params: IdParams,
      body: InstrumentBody,
      response: { 201: InstrumentView, 400: InstrumentRefused, ...errors },
    },
    handler: async (request, reply) => {
      const view = await importInstrument(
        services,
        request.context,
        request.params.id,
        request.body.definition,
      );
      return reply.status(201).send(view);
    },
  });
  app.get('/api/jurisdictions/:id/screening-schedule', {
    schema: {
      tags: ['screenings'],
      summary: 'The county’s re-screen schedule',
      params: IdParams,
      response: { 200: ScheduleView, 400: ErrorBody, ...errors },
    },
    handler: (request) => readScreeningSchedule(services, request.context, request.params.id),
  });
  app.put('/api/jurisdictions/:id/screening-schedule', {
    schema: {
      tags: ['screenings'],
      summary: 'Replace the county’s re-screen schedule (coordinator)',
      params: IdParams,
      body: ScheduleBody,
      response: { 200: ScheduleView, 400: ErrorBody, ...errors },
    },
    handler: (request) => saveSchedule(services, request.context, request.params.id, request.body),
  });
}
