import { REQUEST_ID_HEADER, requestIdOf } from '@kumkm/subgraph-kit';
import type { RequestHandler } from 'express';

/**
 * Every request gets an id (the caller's `x-request-id` when it is a plain token, else a
 * new one), answered back in the same header and carried to every subgraph and log line.
 */
export const assignRequestId: RequestHandler = (req, res, next) => {
  res.locals.requestId = requestIdOf(req);
  res.setHeader(REQUEST_ID_HEADER, res.locals.requestId);
  next();
};
