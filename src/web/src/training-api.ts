// Training and certification records' API calls and shapes (docs/TRAINING.md), derived from the
// server's schemas (src/server/http/training-schemas.ts) so they cannot drift. Dates travel as
// ISO strings.
import type { z } from 'zod';
import type {
  PersonTraining as PersonTrainingSchema,
  TrainingCompletionBody,
  TrainingCompliance as TrainingComplianceSchema,
  TrainingCourse as TrainingCourseSchema,
  TrainingCourseBody,
  TrainingCourseChangeBody,
  TrainingPeople as TrainingPeopleSchema,
} from '../../server/http/training-schemas.js';
import { request } from './api';

type Wire<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;

export type TrainingCourse = Wire<z.output<typeof TrainingCourseSchema>>;
export type TrainingPeople = Wire<z.output<typeof TrainingPeopleSchema>>;
export type PersonTraining = Wire<z.output<typeof PersonTrainingSchema>>;
export type TrainingCompliance = Wire<z.output<typeof TrainingComplianceSchema>>;
export type ComplianceCell = TrainingCompliance['grandTotal'];

export async function listTrainingCourses(): Promise<TrainingCourse[]> {
  return (await request('GET', '/api/training/courses')) as TrainingCourse[];
}

export async function addTrainingCourse(
  body: z.input<typeof TrainingCourseBody>,
): Promise<TrainingCourse> {
  return (await request('POST', '/api/training/courses', { body })) as TrainingCourse;
}

export async function editTrainingCourse(
  id: string,
  body: z.input<typeof TrainingCourseChangeBody>,
): Promise<TrainingCourse> {
  return (await request('PATCH', `/api/training/courses/${id}`, { body })) as TrainingCourse;
}

export async function retireTrainingCourse(id: string): Promise<TrainingCourse> {
  return (await request('POST', `/api/training/courses/${id}/retire`, {
    body: {},
  })) as TrainingCourse;
}

export async function readTrainingPeople(): Promise<TrainingPeople> {
  return (await request('GET', '/api/training/people')) as TrainingPeople;
}

export async function recordTrainingCompletion(
  body: z.input<typeof TrainingCompletionBody>,
): Promise<PersonTraining> {
  return (await request('POST', '/api/training/completions', { body })) as PersonTraining;
}

export async function readTrainingCompliance(): Promise<TrainingCompliance> {
  return (await request('GET', '/api/training/compliance')) as TrainingCompliance;
}
