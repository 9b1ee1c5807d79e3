// Errors a person or a county system can act on. Each has a stable code and an HTTP status;
// messages never carry youth data, secrets or privileged text.

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
    /** More the caller can act on, sent beside code and message (e.g. the refused records). */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badRequest = (code: string, message: string) => new AppError(400, code, message);
export const unauthenticated = (code: string, message: string) => new AppError(401, code, message);
export const forbidden = (code: string, message: string) => new AppError(403, code, message);
export const notFound = (what: string) => new AppError(404, 'not_found', `${what} was not found`);
export const conflict = (code: string, message: string) => new AppError(409, code, message);
export const tooManyAttempts = (code: string, message: string, retryAfterSeconds: number) =>
  new AppError(429, code, message, { 'retry-after': String(retryAfterSeconds) });

/** PostgreSQL's unique-violation code, the same on both engines. */
export function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505'
  );
}
