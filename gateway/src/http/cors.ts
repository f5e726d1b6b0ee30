import cors from 'cors';
import type { RequestHandler } from 'express';

/** Browsers may call from these origins only (none: same origin only); preflights end here. */
export function corsPolicy(origins: string[]): RequestHandler {
  return cors({
    origin: origins,
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-request-id'],
    exposedHeaders: ['x-request-id', 'retry-after'],
    maxAge: 600,
  });
}
