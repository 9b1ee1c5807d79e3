// Training and certification records (docs/TRAINING.md): the county's courses, completions
// recorded by a supervisor or the coordinator, each person's standing, and compliance per
// organization for the oversight analyst, aggregated and suppressed like the reports.
import type { AppServices } from '../context.js';
import { ErrorBody, IdParams } from '../http/schemas.js';
import {
  PersonTraining,
  TrainingCompletionBody,
  TrainingCompliance,
  TrainingCourse,
  TrainingCourseBody,
  TrainingCourseChangeBody,
  TrainingPeople,
} from '../http/training-schemas.js';
import type { App } from '../http/types.js';
import { recordCompletion, readTrainingPeople } from '../services/training/completions.js';
import { readCompliance } from '../services/training/compliance.js';
import {
  createCourse,
  deleteCourse,
  editCourse,
  readCourses,
  retireCourse,
} from '../services/training/courses.js';
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
  app.patch('/api/training/courses/:id', {
    schema: {
      tags: ['training'],
      summary: 'Edit a training course (the coordinator)',
      description:
        'Title, topic, hours, validity; what is not given stays. A recorded completion keeps the hours and lapse day it was recorded with. 404 for a course of another county; 409 course_exists for a title the county already has.',
      params: IdParams,
      body: TrainingCourseChangeBody,
      response: { 200: TrainingCourse, ...errors },
    },
    handler: (request) => editCourse(services, request.context, request.params.id, request.body),
  });
  app.post('/api/training/courses/:id/retire', {
    schema: {
      tags: ['training'],
      summary: 'Retire a training course (the coordinator)',
      description:
        'A retired course takes no new completion (409 course_retired); the recorded ones stay in force until they lapse.',
      params: IdParams,
      response: { 200: TrainingCourse, ...errors },
    },
    handler: (request) => retireCourse(services, request.context, request.params.id),
  });
  app.delete('/api/training/courses/:id', {
    schema: {
      tags: ['training'],
      summary: 'Delete a training course no completion names (the coordinator)',
      description: '409 course_has_completions: retire it instead.',
      params: IdParams,
      response: { 204: z.null().describe('Deleted'), ...errors },
    },
    handler: async (request, reply) => {
      await deleteCourse(services, request.context, request.params.id);
      return reply.status(204).send(null);
    },
  });
  app.post('/api/training/completions', {
    schema: {
      tags: ['training'],
      summary:
        'Record a completion (the person’s own organization’s supervisor or the coordinator)',
      description:
        'Answers 201 with the person’s training. A newer completion of a course renews it; it counts the course’s hours of the day it is recorded. Refusals: 403 own_training (nobody records their own), not_a_supervisor; 404 for a person of another county or none; 400 unknown_course, completed_in_future, invalid_input; 409 course_retired. The person and their supervisor are warned 30 days before it lapses.',
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
