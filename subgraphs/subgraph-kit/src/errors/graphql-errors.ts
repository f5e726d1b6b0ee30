import { GraphQLError } from 'graphql';

/** The stable `extensions.code` values clients may branch on. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** The answer would exceed a bound of the graph; `extensions.limit` names it, `extensions.max` gives it. */
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

function domainError(code: ErrorCode, message: string, details?: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}

export const badUserInput = (message: string, details?: Record<string, unknown>) =>
  domainError(ErrorCode.BAD_USER_INPUT, message, details);
export const notFound = (message: string, details?: Record<string, unknown>) =>
  domainError(ErrorCode.NOT_FOUND, message, details);
export const conflict = (message: string, details?: Record<string, unknown>) =>
  domainError(ErrorCode.CONFLICT, message, details);
export const forbidden = (message: string, details?: Record<string, unknown>) => domainError(ErrorCode.FORBIDDEN, message, details);
/** 401: no token, or one that does not verify. */
export const unauthenticated = (message: string) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
/** A request refused because its answer would exceed `limit` (named in the README's limits table). */
export const responseTooLarge = (message: string, limit: string, max: number) =>
  domainError(ErrorCode.RESPONSE_TOO_LARGE, message, { limit, max });
