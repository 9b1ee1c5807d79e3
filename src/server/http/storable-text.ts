// Refuses, for every route and before any service runs, text PostgreSQL cannot store: U+0000
// or a lone surrogate in a path parameter, a query parameter or anywhere in a JSON body (keys
// too; a directory upload's CSV files are strings of its body). The message says where, never
// what was sent; beside it the refusal carries the same facts as values (`part`, `field`,
// `inKey`, `codePoint`, `kind`, `line`), so a screen words it in its reader's language.
import type { preValidationHookHandler } from 'fastify';
import { fieldPath, findUnstorableText, type UnstorableText } from '../../domain/storable-text.js';
import { AppError } from '../errors.js';

function explain(found: UnstorableText): string {
  const what = found.kind === 'nul' ? found.codePoint : `${found.codePoint}, an unpaired surrogate`;
  return `contains a character that cannot be stored (${what})${
    found.line === null ? '' : ` on line ${String(found.line)}`
  }.`;
}

function where(found: UnstorableText, part: 'params' | 'query' | 'body'): string {
  const path = fieldPath(found.path);
  if (part === 'body') {
    if (found.inKey) return path ? `A field name in ${path}` : 'A field name in the request body';
    return path || 'The request body';
  }
  const kind = part === 'params' ? 'Path parameter' : 'Query parameter';
  if (found.inKey) return `A ${kind.toLowerCase()} name`;
  return `${kind} ${path}`;
}

/** A preValidation hook: runs after the body is parsed, before the route's schema and handler. */
export const refuseUnstorableText: preValidationHookHandler = (request, _reply, done) => {
  for (const part of ['params', 'query', 'body'] as const) {
    const found = findUnstorableText(request[part]);
    if (found) {
      const details = {
        part,
        field: fieldPath(found.path) || null,
        inKey: found.inKey,
        codePoint: found.codePoint,
        kind: found.kind,
        line: found.line,
      };
      const message = `${where(found, part)} ${explain(found)}`;
      done(new AppError(400, 'invalid_text', message, {}, details));
      return;
    }
  }
  done();
};
