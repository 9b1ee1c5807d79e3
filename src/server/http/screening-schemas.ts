// Screening's API shapes (docs/SCREENING.md): instruments, screenings, the re-screen schedule.
// An instrument import is checked by the domain's own schema and problems, so the answer names
// each item and reason; the body here only says it is a definition.
import { z } from 'zod';
import { INSTRUMENT_PROBLEM_CODES, instrumentDefinitionSchema } from '../../domain/screening.js';
import { screeningScheduleSchema } from '../../domain/screening-schedule.js';
import { unstorableTextFields } from './error-schemas.js';

const Instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

export const InstrumentBody = z.strictObject({
  definition: z
    .record(z.string(), z.unknown())
    .describe(
      'An instrument definition: key, name and item texts per language, languages, items (id, text, answer: yes_no_unsure with points, choice with options and points, number with min, max and bands), scoring {method: sum | count_positive, threshold}, administeredBy (roles), minimumAge, source (its licence)',
    ),
});

export const InstrumentView = instrumentDefinitionSchema.extend({
  version: z.number(),
  builtIn: z.boolean(),
  current: z.boolean(),
  importedAt: z.date().nullable(),
  importedByName: z.string().nullable(),
});

/** 400 for a malformed instrument: every problem with its path, item and code; nothing written. */
export const InstrumentRefused = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    ...unstorableTextFields,
    problems: z
      .array(
        z.object({
          path: z.string(),
          itemId: z.string().optional(),
          code: z.enum([...INSTRUMENT_PROBLEM_CODES, 'reserved_key']),
          message: z.string(),
        }),
      )
      .readonly()
      .optional(),
  }),
});

export const ScreeningBody = z.strictObject({
  instrumentKey: z.string().min(1).max(60),
  answers: z
    .record(z.string().max(40), z.union([z.string().max(40), z.number(), z.null()]))
    .describe('One answer per item id: yes | no | unsure, a choice value, or a number'),
  administeredAt: Instant.optional().describe(
    'When it was administered (now unless given; never in the future)',
  ),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/)
    .describe('The language the items were asked in'),
});

export const ScreeningView = z.object({
  id: z.string(),
  instrumentKey: z.string(),
  instrumentVersion: z.number(),
  language: z.string(),
  answers: z.record(z.string(), z.unknown()),
  score: z.number(),
  threshold: z.number(),
  positive: z.boolean(),
  administeredAt: z.date(),
  recordedAt: z.date(),
  administeredByName: z.string(),
  administeredByOrganizationId: z.string(),
  administeredByOrganizationName: z.string(),
});

export const ScreeningResult = z.object({
  screening: ScreeningView,
  tasksClosed: z.number(),
  rulesFired: z.array(z.string()).readonly(),
});

/** 400 for answers that do not fit the instrument: each item and why, never the answers. */
export const AnswersRefused = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    ...unstorableTextFields,
    problems: z
      .array(
        z.object({
          itemId: z.string(),
          code: z.enum(['missing_answer', 'unknown_item', 'wrong_answer']),
          message: z.string(),
        }),
      )
      .readonly()
      .optional(),
  }),
});

export const ScreeningList = z.object({
  screenings: z.array(ScreeningView),
  mayAdminister: z.array(InstrumentView),
});

export const ScheduleBody = screeningScheduleSchema;
export const ScheduleView = z.object({
  atCaseOpeningHours: z.number().nullable(),
  onSuspicionHours: z.number().nullable(),
  periodicDays: z.number().nullable(),
  assigneeOrganizationType: z.string(),
});
