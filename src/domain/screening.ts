// Screening instruments as data, and scoring a screening (docs/SCREENING.md). An instrument is a
// versioned definition a county loads (the one it licenses) or Lantern ships (its own indicator
// screen); a result is `screening` data of the organization that administered it. Pure: the
// services load the instrument and the youth, ask here, and write what comes back.
import { z } from 'zod';
import type { Actor } from './actor.js';
import { ROLES, roleSeesYouthData, type Role } from './vocabulary.js';

export const ANSWER_TYPES = ['yes_no_unsure', 'choice', 'number'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

export const SCORING_METHODS = ['sum', 'count_positive'] as const;
export type ScoringMethod = (typeof SCORING_METHODS)[number];

/** A language tag as a county writes it: `en`, `es`, `pt-BR`. */
const language = z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'a language code such as en or es');
const text = z.string().trim().min(1).max(1000);
/** Text in each of the instrument's languages. */
const wording = z.record(language, text);
const points = z.int().min(0).max(100);

const yesNoUnsure = z.strictObject({
  type: z.literal('yes_no_unsure'),
  /** Points for each answer; by default a yes is one indicator and the rest none. */
  points: z
    .strictObject({ yes: points, no: points, unsure: points })
    .default({ yes: 1, no: 0, unsure: 0 }),
});
const choice = z.strictObject({
  type: z.literal('choice'),
  options: z
    .array(
      z.strictObject({
        value: z.string().regex(/^[a-z0-9_]{1,40}$/, 'letters, digits and _'),
        label: wording,
        points,
      }),
    )
    .min(2)
    .max(20),
});
const number = z.strictObject({
  type: z.literal('number'),
  min: z.number().min(-1_000_000).max(1_000_000),
  max: z.number().min(-1_000_000).max(1_000_000),
  /** Points from the highest band the answer reaches (`atLeast`); below every band, none. */
  bands: z
    .array(z.strictObject({ atLeast: z.number(), points }))
    .max(20)
    .default([]),
});

export const itemSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]{1,40}$/, 'letters, digits and _, at most 40'),
  text: wording,
  answer: z.discriminatedUnion('type', [yesNoUnsure, choice, number]),
});
export type ScreeningItem = z.output<typeof itemSchema>;

/** What a county imports; Lantern gives it its version. */
export const instrumentDefinitionSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9][a-z0-9-]{1,59}$/, 'lowercase letters, digits and -'),
  name: wording,
  languages: z.array(language).min(1).max(10),
  items: z.array(itemSchema).min(1).max(200),
  scoring: z.strictObject({
    method: z.enum(SCORING_METHODS),
    /** Positive when the score reaches this (the county's decision, never Lantern's). */
    threshold: z.int().min(1).max(10_000),
  }),
  administeredBy: z.array(z.enum(ROLES)).min(1),
  minimumAge: z.int().min(0).max(25),
  /** Where the instrument comes from and under which licence the county uses it. */
  source: text,
});
export type InstrumentDefinition = z.output<typeof instrumentDefinitionSchema>;

export interface Instrument extends InstrumentDefinition {
  readonly version: number;
}

export interface InstrumentProblem {
  readonly path: string;
  /** The item the problem is in, when it is in one. */
  readonly itemId?: string;
  readonly code: string;
  readonly message: string;
}

export const INSTRUMENT_PROBLEM_CODES = [
  'invalid_instrument',
  'unknown_answer_type',
  'duplicate_item',
  'duplicate_option',
  'duplicate_language',
  'missing_text',
  'unknown_language',
  'threshold_out_of_range',
  'role_cannot_administer',
  'wrong_range',
] as const;

/** The highest points an item can give. */
export function itemMaxPoints(item: ScreeningItem): number {
  switch (item.answer.type) {
    case 'yes_no_unsure':
      return Math.max(item.answer.points.yes, item.answer.points.no, item.answer.points.unsure);
    case 'choice':
      return Math.max(...item.answer.options.map((o) => o.points));
    case 'number':
      return Math.max(0, ...item.answer.bands.map((b) => b.points));
  }
}

/** The highest score the instrument can give: the threshold must be reachable. */
export function maxScore(instrument: Pick<InstrumentDefinition, 'items' | 'scoring'>): number {
  return instrument.items.reduce(
    (sum, item) =>
      sum +
      (instrument.scoring.method === 'sum' ? itemMaxPoints(item) : itemMaxPoints(item) > 0 ? 1 : 0),
    0,
  );
}

const pathOf = (path: readonly PropertyKey[]) => path.map(String).join('.');

/**
 * Every problem of a definition as imported, each with where it is and why: the shape first
 * (an answer type Lantern does not know is named as such), then what the shape cannot say
 * (duplicates, a language without an item's text, a threshold no answers can reach).
 */
export function instrumentProblems(input: unknown): InstrumentProblem[] {
  const parsed = instrumentDefinitionSchema.safeParse(input);
  const items = (input as { items?: unknown } | null)?.items;
  const itemIdAt = (path: readonly PropertyKey[]) => {
    if (path[0] !== 'items' || typeof path[1] !== 'number' || !Array.isArray(items)) return {};
    const id = (items[path[1]] as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? { itemId: id } : {};
  };
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => {
      // zod names a discriminator it does not know at the answer or at its type.
      const unknownType =
        issue.code === 'invalid_union' &&
        issue.path[0] === 'items' &&
        issue.path[2] === 'answer' &&
        (issue.path.length === 3 || issue.path[3] === 'type');
      return {
        path: unknownType
          ? `items.${String(issue.path[1])}.answer.type`
          : pathOf(issue.path) || '(definition)',
        ...itemIdAt(issue.path),
        code: unknownType ? 'unknown_answer_type' : 'invalid_instrument',
        message: unknownType
          ? `The answer type must be one of ${ANSWER_TYPES.join(', ')}.`
          : issue.message,
      };
    });
  }
  const definition = parsed.data;
  const problems: InstrumentProblem[] = [];
  const languages = new Set(definition.languages);
  if (languages.size !== definition.languages.length) {
    problems.push({
      path: 'languages',
      code: 'duplicate_language',
      message: 'A language is listed twice.',
    });
  }
  const checkWording = (words: Record<string, string>, path: string, itemId?: string) => {
    for (const lang of languages) {
      if (!words[lang]) {
        problems.push({
          path: `${path}.${lang}`,
          ...(itemId ? { itemId } : {}),
          code: 'missing_text',
          message: `The text in ${lang} is missing.`,
        });
      }
    }
    for (const lang of Object.keys(words)) {
      if (!languages.has(lang)) {
        problems.push({
          path: `${path}.${lang}`,
          ...(itemId ? { itemId } : {}),
          code: 'unknown_language',
          message: `${lang} is not one of the instrument's languages.`,
        });
      }
    }
  };
  checkWording(definition.name, 'name');
  const seen = new Set<string>();
  definition.items.forEach((item, index) => {
    const at = `items.${String(index)}`;
    if (seen.has(item.id)) {
      problems.push({
        path: `${at}.id`,
        itemId: item.id,
        code: 'duplicate_item',
        message: `Two items have the id ${item.id}.`,
      });
    }
    seen.add(item.id);
    checkWording(item.text, `${at}.text`, item.id);
    if (item.answer.type === 'choice') {
      const values = new Set<string>();
      item.answer.options.forEach((option, o) => {
        if (values.has(option.value)) {
          problems.push({
            path: `${at}.answer.options.${String(o)}.value`,
            itemId: item.id,
            code: 'duplicate_option',
            message: `Two options have the value ${option.value}.`,
          });
        }
        values.add(option.value);
        checkWording(option.label, `${at}.answer.options.${String(o)}.label`, item.id);
      });
    }
    if (item.answer.type === 'number' && item.answer.min > item.answer.max) {
      problems.push({
        path: `${at}.answer.min`,
        itemId: item.id,
        code: 'wrong_range',
        message: 'The lowest answer is above the highest.',
      });
    }
  });
  const reachable = maxScore(definition);
  if (definition.scoring.threshold > reachable) {
    problems.push({
      path: 'scoring.threshold',
      code: 'threshold_out_of_range',
      message: `The threshold ${String(definition.scoring.threshold)} is above the highest score the items can give (${String(reachable)}).`,
    });
  }
  definition.administeredBy.forEach((role, index) => {
    if (!roleSeesYouthData(role)) {
      problems.push({
        path: `administeredBy.${String(index)}`,
        code: 'role_cannot_administer',
        message: `${role} never works with a youth's record, so cannot administer a screening.`,
      });
    }
  });
  return problems;
}

// --- scoring ---

export type Answers = Readonly<Record<string, unknown>>;

export interface AnswerProblem {
  readonly itemId: string;
  readonly code: 'missing_answer' | 'unknown_item' | 'wrong_answer';
  readonly message: string;
}

export type ScreeningScore =
  | {
      readonly ok: true;
      readonly score: number;
      readonly positive: boolean;
      /** How many items gave points: the indicators present. */
      readonly indicators: number;
      readonly threshold: number;
    }
  | { readonly ok: false; readonly problems: readonly AnswerProblem[] };

function pointsFor(item: ScreeningItem, answer: unknown): number | null {
  switch (item.answer.type) {
    case 'yes_no_unsure':
      return answer === 'yes' || answer === 'no' || answer === 'unsure'
        ? item.answer.points[answer]
        : null;
    case 'choice':
      return item.answer.options.find((o) => o.value === answer)?.points ?? null;
    case 'number': {
      if (typeof answer !== 'number' || !Number.isFinite(answer)) return null;
      if (answer < item.answer.min || answer > item.answer.max) return null;
      const reached = item.answer.bands.filter((b) => answer >= b.atLeast);
      return Math.max(0, ...reached.map((b) => b.points));
    }
  }
}

/**
 * Scores a screening: every item answered with an answer of its type, no answer to an item the
 * instrument lacks. A sum adds the points; a count counts the items that gave any. Positive at
 * or above the threshold. Refused answers name each item and why.
 */
export function scoreScreening(
  instrument: Pick<InstrumentDefinition, 'items' | 'scoring'>,
  answers: Answers,
): ScreeningScore {
  const problems: AnswerProblem[] = [];
  const known = new Set(instrument.items.map((i) => i.id));
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) {
      problems.push({ itemId: id, code: 'unknown_item', message: `There is no item ${id}.` });
    }
  }
  let score = 0;
  let indicators = 0;
  for (const item of instrument.items) {
    if (!Object.hasOwn(answers, item.id) || answers[item.id] === null) {
      problems.push({
        itemId: item.id,
        code: 'missing_answer',
        message: `Item ${item.id} has no answer.`,
      });
      continue;
    }
    const got = pointsFor(item, answers[item.id]);
    if (got === null) {
      problems.push({
        itemId: item.id,
        code: 'wrong_answer',
        message: `Item ${item.id} takes ${describeAnswerType(item)}.`,
      });
      continue;
    }
    if (got > 0) indicators += 1;
    score += instrument.scoring.method === 'sum' ? got : got > 0 ? 1 : 0;
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    score,
    positive: score >= instrument.scoring.threshold,
    indicators,
    threshold: instrument.scoring.threshold,
  };
}

function describeAnswerType(item: ScreeningItem): string {
  switch (item.answer.type) {
    case 'yes_no_unsure':
      return 'yes, no or unsure';
    case 'choice':
      return `one of ${item.answer.options.map((o) => o.value).join(', ')}`;
    case 'number':
      return `a number from ${String(item.answer.min)} to ${String(item.answer.max)}`;
  }
}

// --- who administers, to whom ---

/**
 * The youth's age on a day, as far as the record tells it: from the birth date exactly; from an
 * estimated birth year, the age the youth turns that year (the estimate cannot say more); null
 * when neither is known.
 */
export function ageOn(
  youth: { readonly birthDate: string | null; readonly estimatedBirthYear: number | null },
  day: string,
): number | null {
  if (youth.birthDate) {
    const [by, bm, bd] = youth.birthDate.split('-').map(Number) as [number, number, number];
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  }
  if (youth.estimatedBirthYear !== null) return Number(day.slice(0, 4)) - youth.estimatedBirthYear;
  return null;
}

export type AdministerRefusal = 'role_cannot_administer' | 'below_minimum_age' | 'language';

/**
 * May this person administer this instrument to this youth, in this language? A role the
 * instrument names; a youth at or above its minimum age (an unknown age is not refused: many
 * youth arrive without papers, and the screener confirms the age); a language it is written in.
 * Being on the case team is decided before, by the access module, as for a note.
 */
export function decideAdminister(
  actor: Pick<Actor, 'roles'>,
  instrument: Pick<InstrumentDefinition, 'administeredBy' | 'minimumAge' | 'languages'>,
  input: { readonly age: number | null; readonly language: string },
): { readonly allowed: true } | { readonly allowed: false; readonly reason: AdministerRefusal } {
  if (!actor.roles.some((r: Role) => instrument.administeredBy.includes(r))) {
    return { allowed: false, reason: 'role_cannot_administer' };
  }
  if (input.age !== null && input.age < instrument.minimumAge) {
    return { allowed: false, reason: 'below_minimum_age' };
  }
  if (!instrument.languages.includes(input.language)) return { allowed: false, reason: 'language' };
  return { allowed: true };
}
