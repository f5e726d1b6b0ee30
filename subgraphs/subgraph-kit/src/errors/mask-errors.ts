import type { GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from '../database/connection-errors';
import { ErrorCode } from './graphql-errors';

/** Codes whose messages were written for clients; anything else may carry SQL or internals. */
const CLIENT_SAFE_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.CONFLICT,
  ErrorCode.FORBIDDEN,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.RESPONSE_TOO_LARGE,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  // The gateway's code for a request its query planner rejects, e.g. an unknown operationName.
  'INVALID_GRAPHQL',
  'BAD_REQUEST',
  // A referenced record's owning subgraph did not answer; nothing was written.
  'SUBGRAPH_UNAVAILABLE',
  'DATABASE_UNAVAILABLE',
]);

/** Whether an error with this code was written for the client (else it is internal). */
export function isClientSafeCode(code: unknown): boolean {
  return typeof code === 'string' && CLIENT_SAFE_CODES.has(code);
}

/**
 * Apollo `formatError` hook: client errors pass through, everything else becomes a generic
 * INTERNAL_SERVER_ERROR so that SQL, stack traces and addresses never leave the process. The
 * originals are logged once per request by the observability plugin, not here once per error.
 */
export function maskInternalErrors(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError {
  if (isClientSafeCode(formatted.extensions?.code)) {
    const { stacktrace: _omitted, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (isDatabaseUnavailable(original)) {
    // A transaction cut off by the outage is rolled back by the database: nothing was written.
    return {
      message: 'The database is unavailable right now; nothing was written. Try again shortly.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    };
  }
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
