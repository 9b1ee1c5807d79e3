// Which database errors mean "the database is not there right now" rather than "this request
// went wrong": PostgreSQL stopped, restarting or unreachable, a connection cut, no connection
// free in time, or the disk under the database refusing writes. Such a request is answered
// 503 database_unavailable with Retry-After, never a 500, and Lantern serves again by itself
// once the database is back (the pool drops broken connections; see postgres.ts).

/** SQLSTATE classes and codes (both engines speak PostgreSQL's). */
const UNAVAILABLE_SQLSTATES: ReadonlySet<string> = new Set([
  '57P01', // admin_shutdown: the server is stopping
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or shutting down
  '53100', // disk_full
  '58030', // io_error: the disk refused a read or a write
]);

/** Node's socket errors when the server cannot be reached or the connection drops. */
const UNAVAILABLE_SOCKET_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * node-postgres reports a lost connection, and a pool that found no connection in time, by
 * message alone (no code). These are its words (pg and pg-pool 8).
 */
const UNAVAILABLE_MESSAGES: readonly RegExp[] = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect$/,
  /is not queryable$/,
  /^Client has encountered a connection error/,
];

function codeOf(error: object): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * True when the error says the database is unavailable: SQLSTATE class 08 (connection
 * exception) or one of the codes above, a socket error, or node-postgres's connection words.
 * Looks through `cause` and an AggregateError's `errors` (a refused connect to a host name
 * with two addresses), a few levels deep.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const code = codeOf(error);
  if (code !== undefined) {
    if (code.startsWith('08') && code.length === 5) return true;
    if (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code)) return true;
  }
  const message = (error as { message?: unknown }).message;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((words) => words.test(message)))
    return true;
  const nested = [
    (error as { cause?: unknown }).cause,
    ...(error instanceof AggregateError ? (error.errors as unknown[]) : []),
  ];
  return nested.some((inner) => isDatabaseUnavailable(inner, depth + 1));
}
