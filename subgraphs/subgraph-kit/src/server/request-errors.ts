import type { ErrorRequestHandler } from 'express';

/**
 * Errors raised before GraphQL runs (a body over the size limit, JSON that does not parse) as a
 * GraphQL-shaped JSON answer with a stable code, instead of Express's HTML page with a stack trace.
 */
export const requestErrorHandler: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  const message =
    error?.type === 'entity.too.large'
      ? `The request body is larger than the ${error.limit} bytes allowed`
      : error?.type === 'entity.parse.failed'
        ? 'The request body is not valid JSON'
        : status < 500
          ? 'The request could not be read'
          : 'Internal server error';
  res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
};
