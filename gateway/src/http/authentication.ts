import type { Viewer } from '@kumkm/subgraph-kit';
import type { RequestHandler } from 'express';
import { refuse } from '@kumkm/subgraph-kit';

export type VerifyToken = (authorization: string | undefined) => Promise<Viewer>;

/**
 * Verifies the bearer token before any GraphQL work, so a request without a valid token
 * never reaches a subgraph (401 UNAUTHENTICATED). The caller becomes `res.locals.viewer`.
 */
export function authenticate(verify: VerifyToken): RequestHandler {
  return async (req, res, next) => {
    try {
      res.locals.viewer = await verify(req.headers.authorization);
    } catch (error) {
      refuse(res, 401, 'UNAUTHENTICATED', (error as Error).message);
      return;
    }
    next();
  };
}
