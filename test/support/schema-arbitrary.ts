// Values for the fuzzer (test/api/fuzz.test.ts), made from the JSON Schemas of the OpenAPI
// document the app serves: mostly what the schema describes, with its edges (the longest string,
// the smallest number, every enumerated value), and sometimes something hostile in its place
// (control characters, right-to-left overrides, unpaired surrogates, huge or deeply nested
// values, a value of another type). Objects sometimes carry keys no schema names, prototype
// pollution among them (`__proto__`, `constructor`), written into the JSON text itself.
import fc from 'fast-check';

export interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly format?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
}

/** Text a careless service would store, log or render as is. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'bell\u0007',
  'line\r\nInjected-Header: 1',
  '\u202Eevil\u202C',
  'e\u0301\u0301\u0301',
  '\uD800',
  '\uDFFF alone',
  '😀'.repeat(64),
  '<script>alert(1)</script>',
  "'; DROP TABLE youth; --",
  '${7*7}{{7*7}}',
  '../../../../etc/passwd',
  '=HYPERLINK("http://x")',
  '1e309',
  '-0',
  'null',
  'x'.repeat(70_000),
];

/** Keys no schema names; the first two pollute a prototype where a body is merged carelessly. */
export const HOSTILE_KEYS: readonly string[] = [
  '__proto__',
  'constructor',
  'prototype',
  '',
  '$where',
];

/** A value nested deeper than any body Lantern accepts. */
const deeplyNested = (depth: number): unknown =>
  depth === 0 ? 'bottom' : { nested: [deeplyNested(depth - 1)] };

/** Something of no particular type. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constantFrom(0, -1, 2 ** 53, -(2 ** 31), 1.5, 1e308, -1e308),
  fc.constantFrom(null, true, false, [], {}),
  fc.constant(deeplyNested(200)),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 }),
);

/** The text of a JSON body: the value's, with a hostile key in front of an object's own. */
export const bodyText = (value: unknown, key: string | null, keyValue: unknown): string => {
  const text = JSON.stringify(value) ?? 'null';
  if (key === null || !text.startsWith('{')) return text;
  const first = `${JSON.stringify(key)}:${JSON.stringify(keyValue) ?? 'null'}`;
  return text === '{}' ? `{${first}}` : `{${first},${text.slice(1)}`;
};

const ISO_DATE = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2100-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());

function stringFor(schema: JsonSchema, ids: readonly string[]): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid':
      return ids.length > 0 ? fc.oneof(fc.constantFrom(...ids), fc.uuid()) : fc.uuid();
    case 'date':
      return ISO_DATE.map((iso) => iso.slice(0, 10));
    case 'date-time':
      return ISO_DATE;
    case 'email':
      return fc.emailAddress();
  }
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 60, 60));
  const edges: string[] = [];
  if (schema.maxLength !== undefined) edges.push('ñ'.repeat(schema.maxLength));
  if (minLength > 0) edges.push('a'.repeat(minLength));
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength, maxLength }) },
    { weight: 1, arbitrary: edges.length > 0 ? fc.constantFrom(...edges) : fc.constant('a') },
  );
}

/** Mostly what `schema` describes (ids drawn from `ids` where a UUID is asked), now and then not. */
export function arbitraryFor(
  schema: JsonSchema,
  ids: readonly string[],
  depth = 0,
): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 5, arbitrary: validFor(schema, ids, depth) },
    { weight: 1, arbitrary: hostileValue },
  );
}

function validFor(
  schema: JsonSchema,
  ids: readonly string[],
  depth: number,
): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  const members = schema.anyOf ?? schema.oneOf;
  if (members && members.length > 0) {
    return fc.oneof(...members.map((m) => validFor(m, ids, depth)));
  }
  if (schema.allOf && schema.allOf.length > 0) return validFor(schema.allOf[0]!, ids, depth);
  const types = schema.type === undefined ? [] : [schema.type].flat();
  if (types.length > 1) {
    return fc.oneof(...types.map((type) => validFor({ ...schema, type }, ids, depth)));
  }
  switch (types[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer': {
      const min = schema.minimum ?? -1_000_000;
      const max = schema.maximum ?? 1_000_000;
      return fc.oneof(fc.integer({ min, max }), fc.constantFrom(min, max));
    }
    case 'number': {
      const min = schema.minimum ?? -1e6;
      const max = schema.maximum ?? 1e6;
      return fc.oneof(fc.double({ min, max, noNaN: true }), fc.constantFrom(min, max));
    }
    case 'string':
      return stringFor(schema, ids);
    case 'array': {
      if (depth > 4 || !schema.items) return fc.constant([]);
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? 3, 3));
      return fc.array(arbitraryFor(schema.items, ids, depth + 1), { minLength, maxLength });
    }
    case 'object':
    default: {
      if (depth > 4 || !schema.properties) return fc.constant({});
      const model = Object.fromEntries(
        Object.entries(schema.properties).map(([key, property]) => [
          key,
          arbitraryFor(property, ids, depth + 1),
        ]),
      );
      // Required keys most often present; now and then one is missing.
      const required = (schema.required ?? []).filter((key) => key in model);
      return fc.oneof(
        { weight: 4, arbitrary: fc.record(model, { requiredKeys: required }) },
        { weight: 1, arbitrary: fc.record(model, { requiredKeys: [] }) },
      );
    }
  }
}
