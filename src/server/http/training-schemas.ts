// Training and certification records as the API shows them (docs/TRAINING.md). Only zod, the
// domain and the reports' cell shape are imported, so the web app derives its types from these.
import { z } from 'zod';
import { COURSE_STANDINGS, MAX_VALIDITY_MONTHS } from '../../domain/training.js';
import { MeasureCell } from './report-schemas.js';

const Id = z.uuid();
const CalendarDate = z.iso.date().describe('YYYY-MM-DD, a day of the county’s calendar');
const Timestamp = z.date().transform((d) => d.toISOString());
const Standing = z
  .enum(COURSE_STANDINGS)
  .describe('current; due: lapses within 30 days; lapsed: no longer in force');

export const TrainingCourse = z.object({
  id: Id,
  title: z.string(),
  topic: z.string(),
  hours: z.number(),
  validityMonths: z.number().int().nullable().describe('Null: the course does not expire'),
  retiredAt: Timestamp.nullable().describe(
    'When it was retired: no new completion; recorded ones stay in force until they lapse',
  ),
});

export const TrainingCourseBody = z.strictObject({
  title: z.string().trim().min(1).max(200),
  topic: z.string().trim().min(1).max(200),
  hours: z
    .number()
    .positive()
    .max(1000)
    .refine((h) => Number.isInteger(h * 10), 'hours have at most one decimal'),
  validityMonths: z
    .number()
    .int()
    .min(1)
    .max(MAX_VALIDITY_MONTHS)
    .nullable()
    .describe('Months a completion stays in force; null when it does not expire'),
});

export const TrainingCourseChangeBody = TrainingCourseBody.partial().refine(
  (body) => Object.keys(body).length > 0,
  'give at least one of title, topic, hours, validityMonths',
);

export const TrainingCompletionBody = z.strictObject({
  userId: Id.describe('The person who completed it: an account of your county'),
  courseId: Id.describe('A course of your county (GET /api/training/courses)'),
  completedOn: CalendarDate.describe('The day it was completed; never after today'),
  evidence: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .describe('Certificate number or where the paper is kept (no file)'),
});

export const TrainingCompletion = z.object({
  id: Id,
  courseId: Id,
  courseTitle: z.string(),
  hours: z.number(),
  completedOn: z.string(),
  lapsesOn: z
    .string()
    .nullable()
    .describe('The first day it no longer counts (completed on + validity); null: never'),
  evidence: z.string(),
  recordedByName: z.string(),
  recordedAt: Timestamp,
  standing: z
    .enum([...COURSE_STANDINGS, 'renewed'])
    .describe('renewed: a newer completion of the same course counts instead'),
});

export const PersonTraining = z.object({
  userId: Id,
  name: z.string(),
  organizationId: Id,
  organizationName: z.string(),
  standing: Standing.nullable().describe('The worst of their courses; null: none recorded'),
  hoursInForce: z.number().describe('Hours of completions in force today, each course once'),
  mayRecord: z.boolean().describe('Whether the caller may record a completion for this person'),
  completions: z.array(TrainingCompletion).readonly(),
});

export const TrainingPeople = z.object({
  today: z.string(),
  minimumTrainingHours: z.number(),
  people: z.array(PersonTraining).readonly(),
});

export const TrainingCompliance = z.object({
  today: z.string(),
  threshold: z.number().int(),
  columns: z.array(Standing).readonly(),
  rows: z
    .array(
      z.object({
        organizationId: Id,
        organizationName: z.string(),
        cells: z.array(MeasureCell).readonly(),
        total: MeasureCell,
      }),
    )
    .readonly(),
  totals: z.array(MeasureCell).readonly(),
  grandTotal: MeasureCell,
});
