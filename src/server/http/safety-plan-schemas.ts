// Safety plans' API shapes. The body of each type is the domain's own schema, so the edge and the
// service check a plan by one definition; it imports only zod and the domain, so the web app
// derives its types from here.
import { z } from 'zod';
import { SAFETY_PLAN_OBJECTS, SAFETY_PLAN_TYPES } from '../../domain/safety-plans.js';
import { DATA_CATEGORIES } from '../../domain/vocabulary.js';
import { unstorableTextFields } from './error-schemas.js';

const startFrom = {
  startFrom: z
    .uuid()
    .optional()
    .describe('An earlier plan of this type to copy sections from (those left empty here)'),
};

export const SafetyPlanCreateBody = z.discriminatedUnion('type', [
  SAFETY_PLAN_OBJECTS.general.extend(startFrom),
  SAFETY_PLAN_OBJECTS.release_from_custody.extend(startFrom),
  SAFETY_PLAN_OBJECTS.testimony.extend(startFrom),
  SAFETY_PLAN_OBJECTS.placement.extend(startFrom),
  SAFETY_PLAN_OBJECTS.return_from_missing.extend(startFrom),
]);

const version = {
  version: z.number().int().min(1).describe('The version this save edits (409 if stale)'),
};

export const SafetyPlanSaveBody = z.discriminatedUnion('type', [
  SAFETY_PLAN_OBJECTS.general.extend(version),
  SAFETY_PLAN_OBJECTS.release_from_custody.extend(version),
  SAFETY_PLAN_OBJECTS.testimony.extend(version),
  SAFETY_PLAN_OBJECTS.placement.extend(version),
  SAFETY_PLAN_OBJECTS.return_from_missing.extend(version),
]);

export const SafetyPlanSummary = z.object({
  id: z.string(),
  youthId: z.string(),
  type: z.enum(SAFETY_PLAN_TYPES),
  category: z.enum(DATA_CATEGORIES),
  authorOrganizationId: z.string(),
  authorOrganizationName: z.string(),
  version: z.number(),
  savedByName: z.string(),
  savedAt: z.date(),
  createdAt: z.date(),
  startedFromPlanId: z.string().nullable(),
});

const Content = z.record(z.string(), z.unknown());

export const SafetyPlanView = SafetyPlanSummary.extend({
  content: Content,
  allowedActions: z.array(z.enum(['edit'])).readonly(),
});

export const SafetyPlanVersion = z.object({
  version: z.number(),
  content: Content,
  savedByName: z.string(),
  savedAt: z.date(),
});

/** 409 stale_version: the version sent, as sent, and the one saved meanwhile. */
export const SafetyPlanStale = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    ...unstorableTextFields,
    mine: z.object({ version: z.number(), content: Content }).optional(),
    current: z
      .object({
        version: z.number(),
        content: Content,
        savedByName: z.string(),
        savedAt: z.string(),
      })
      .nullable()
      .optional(),
  }),
});

export const SafetyPlanRefused = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    ...unstorableTextFields,
    problems: z
      .array(z.object({ code: z.string(), path: z.string(), message: z.string() }))
      .readonly()
      .optional(),
  }),
});
