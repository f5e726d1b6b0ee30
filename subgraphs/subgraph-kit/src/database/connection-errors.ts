const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_SERVER_SHUTDOWN',
  'ER_CON_COUNT_ERROR',
  'ER_CONNECTION_KILLED',
  'SQLITE_BUSY',
]);
const UNAVAILABLE_MESSAGES = /Pool is closed|Connection lost|connection is in closed state|Can't add new command/i;

/**
 * True when an error (or anything it wraps) says the database could not be reached or went away,
 * as opposed to a bug or bad data: the client may simply try again.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const candidate = error as { code?: unknown; message?: unknown; driverError?: unknown; originalError?: unknown; cause?: unknown; thrownValue?: unknown };
  if (typeof candidate.code === 'string' && UNAVAILABLE_CODES.has(candidate.code)) return true;
  if (typeof candidate.message === 'string' && UNAVAILABLE_MESSAGES.test(candidate.message)) return true;
  // thrownValue: graphql-js wraps a thrown non-Error (mysql2's pool throws plain objects) this way.
  return [candidate.driverError, candidate.originalError, candidate.cause, candidate.thrownValue].some((inner) => isDatabaseUnavailable(inner, depth + 1));
}
