// Training and certification records (docs/TRAINING.md): the county's courses, completions
// recorded by a supervisor or the coordinator, each person's standing, and compliance per
// organization for the oversight analyst, aggregated and suppressed like the reports.
import type { AppServices } from '../context.js';
import { ErrorBody } from '../http/schemas.js';
import {
  PersonTraining,
  TrainingCompletionBody,
  TrainingCompliance,
  TrainingCourse,
  TrainingCourseBody,
  TrainingPeople,
} from '../http/training-schemas.js';
import type { App } from '../http/types.js';
import { recordCompletion, readTrainingPeople } from '../services/training/completions.js';
import { readCompliance } from '../services/training/compliance.js';
import { createCourse, readCourses } from '../services/training/courses.js';
import { z } from 'zod';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export function trainingRoutes(app: App, services: AppServices) {
  app.get('/api/training/courses', {
    schema: {
      tags: ['training'],
      summary: "The county's training courses (anyone of the county, oversight included)",
      response: { 200: z.array(TrainingCourse), ...errors },
    },
    handler: (request) => readCourses(services, request.context),
  });
  app.post('/api/training/courses', {
    schema: {
      tags: ['training'],
      summary: 'Add a training course (the coordinator)',
      description: '409 course_exists when the county has a course of that title.',
      body: TrainingCourseBody,
      response: { 201: TrainingCourse, ...errors },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await createCourse(services, request.context, request.body)),
  });
  app.post('/api/training/completions', {
    schema: {
      tags: ['training'],
      summary:
        'Record a completion (the person’s own organization’s supervisor or the coordinator)',
      description:
        'Answers 201 with the person’s training. A newer completion of a course renews it. Refusals: 403 own_training (nobody records their own), not_a_supervisor; 404 for a person of another county or none; 400 unknown_course, completed_in_future, invalid_input. The person and their supervisor are warned 30 days before it lapses.',
      body: TrainingCompletionBody,
      response: { 201: PersonTraining, ...errors },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await recordCompletion(services, request.context, request.body)),
  });
  app.get('/api/training/people', {
    schema: {
      tags: ['training'],
      summary:
        'Your training, and your people’s (a supervisor’s organization, the coordinator’s county)',
      response: { 200: TrainingPeople, ...errors },
    },
    handler: (request) => readTrainingPeople(services, request.context),
  });
  app.get('/api/training/compliance', {
    schema: {
      tags: ['training'],
      summary: 'People current, due within 30 days and lapsed, per organization (aggregated)',
      description:
        'Counts of people, never names; small counts hidden like the reports’ (null with suppressed: true). The oversight analyst and the coordinator only.',
      response: { 200: TrainingCompliance, ...errors },
    },
    handler: (request) => readCompliance(services, request.context),
  });
}
