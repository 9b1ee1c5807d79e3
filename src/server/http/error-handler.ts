import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
} from 'fastify-type-provider-zod';
import { isDatabaseUnavailable } from '../../db/unavailable.js';
import { AppError } from '../errors.js';

interface ErrorBody {
  error: { code: string; message: string } & Record<string, unknown>;
}

const FASTIFY_CODES: Readonly<Record<string, { status: number; code: string; message: string }>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'malformed_json',
    message: 'The request body is not valid JSON.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'malformed_json',
    message: 'The request body is empty; send a JSON object.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'body_too_large',
    message: 'The request body is too large.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'unsupported_media_type',
    message: 'Send the body as application/json.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'bad_request',
    message: 'The content length does not match the body.',
  },
  FST_ERR_VALIDATION: { status: 400, code: 'invalid_input', message: 'The request is not valid.' },
};

/** Seconds a client waits before trying again when the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Describes what is wrong with the input by field, without echoing the values sent. */
function describeIssues(error: FastifyError): string {
  if (!hasZodFastifySchemaValidationErrors(error)) return 'The request is not valid.';
  const where = error.validationContext ?? 'body';
  const issues = error.validation as readonly { instancePath: string; message?: string }[];
  return issues
    .map((issue) => {
      const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
      return `${where}${path ? `.${path}` : ''}: ${issue.message ?? 'is not valid'}`;
    })
    .join('; ');
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  let status = 500;
  let body: ErrorBody = {
    error: { code: 'internal_error', message: 'Something went wrong. It has been logged.' },
  };
  if (error instanceof AppError) {
    status = error.status;
    body = { error: { ...error.details, code: error.code, message: error.message } };
    void reply.headers(error.headers);
  } else if (hasZodFastifySchemaValidationErrors(error)) {
    status = 400;
    body = { error: { code: 'invalid_input', message: describeIssues(error) } };
  } else if (error.code && error.code in FASTIFY_CODES) {
    const known = FASTIFY_CODES[error.code] as { status: number; code: string; message: string };
    status = known.status;
    body = { error: { code: known.code, message: known.message } };
  } else if (error.statusCode === 429) {
    status = 429;
    body = {
      error: { code: 'rate_limited', message: 'Too many requests. Wait a moment and try again.' },
    };
  } else if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    status = error.statusCode;
    body = { error: { code: 'bad_request', message: 'The request could not be handled as sent.' } };
  } else if (isDatabaseUnavailable(error)) {
    // Not this request's fault: say so, and when to try again (docs/ARCHITECTURE.md, src/server/http/).
    status = 503;
    body = {
      error: {
        code: 'database_unavailable',
        message: 'The database is not answering right now. Try again in a moment.',
      },
    };
    void reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
    // The driver's code only: an outage would otherwise fill the log with the same stack.
    request.log.warn({ code: error.code }, 'database unavailable');
  }
  if (
    (status >= 500 && body.error.code !== 'database_unavailable') ||
    isResponseSerializationError(error)
  ) {
    // The message and stack go to the log only; never the body, and never to the client.
    request.log.error({ err: error }, 'request failed');
  }
  return reply.status(status).type('application/json').send(body);
}
