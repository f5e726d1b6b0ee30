import type { Viewer } from '@kumkm/subgraph-kit';
import type { RequestHandler } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { refuse } from '@kumkm/subgraph-kit';

/**
 * Spends one request from the authenticated token's budget (per subject, per minute);
 * over budget is 429 RATE_LIMITED with Retry-After. Runs after authentication: it needs the subject.
 */
export function rateLimit(requestsPerMinute: number): RequestHandler {
  const limiter = new RateLimiterMemory({ points: requestsPerMinute, duration: 60 });
  return async (_req, res, next) => {
    const viewer = res.locals.viewer as Viewer;
    try {
      await limiter.consume(viewer.subject);
    } catch (rejection) {
      const retryAfter = Math.ceil(((rejection as RateLimiterRes).msBeforeNext ?? 60_000) / 1000);
      res.set('Retry-After', String(retryAfter));
      refuse(res, 429, 'RATE_LIMITED', `Too many requests for this token: at most ${requestsPerMinute} a minute; retry in ${retryAfter} s`);
      return;
    }
    next();
  };
}
