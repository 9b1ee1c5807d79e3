// Fields every error body may carry. This module imports only zod, so the schemas the web app
// imports at run time (safety-plan-schemas.ts, for one) can use it without the rest of the API.
import { z } from 'zod';

/**
 * On 400 invalid_text (http/storable-text.ts): where the message says the refused character is,
 * as values, for a screen to word in its reader's language. Every error body may carry them.
 */
export const unstorableTextFields = {
  part: z
    .enum(['params', 'query', 'body'])
    .optional()
    .describe('invalid_text: a path parameter, a query parameter or the body'),
  field: z
    .string()
    .nullable()
    .optional()
    .describe('invalid_text: the parameter, or the body field as people[0].givenName'),
  inKey: z.boolean().optional().describe('invalid_text: in a name (a key), not a value'),
  codePoint: z.string().optional().describe('invalid_text: the character as U+XXXX'),
  kind: z.enum(['nul', 'lone_surrogate']).optional(),
  line: z
    .number()
    .int()
    .nullable()
    .optional()
    .describe('invalid_text: its line in a text of several lines (a CSV file), else null'),
};
