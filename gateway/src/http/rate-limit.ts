import type { Viewer } from '@kumkm/subgraph-kit';
import type { RequestHandler } from 'express';
import { RateLimiterCluster, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RedisLink } from '@kumkm/subgraph-kit';
import { refuse } from '@kumkm/subgraph-kit';

/** Where the budget is kept when several processes share it. */
export type SharedBudget = { redis: RedisLink } | { workers: true };

/** A worker waits this long for the primary's count before it counts alone. */
const PRIMARY_TIMEOUT_MS = 1_000;

/**
 * The budget: in Redis when replicas share one (REDIS_URL), so N replicas allow the limit, not N
 * times it; without Redis, the workers of one machine (GATEWAY_WORKERS) share it in their primary.
 * When the shared store does not answer, this process's own memory takes over (the insurance limiter).
 */
function limiterOf(requestsPerMinute: number, shared?: SharedBudget): { consume(key: string): Promise<unknown> } {
  const inMemory = new RateLimiterMemory({ points: requestsPerMinute, duration: 60 });
  if (!shared) return inMemory;
  if ('redis' in shared) {
    return new RateLimiterRedis({ storeClient: shared.redis.commands, keyPrefix: 'kumkm:rate', points: requestsPerMinute, duration: 60, insuranceLimiter: inMemory });
  }
  const inPrimary = new RateLimiterCluster({ keyPrefix: 'kumkm:rate', points: requestsPerMinute, duration: 60, timeoutMs: PRIMARY_TIMEOUT_MS });
  return {
    consume: (key) =>
      inPrimary.consume(key).catch((rejection: unknown) => {
        if (rejection instanceof RateLimiterRes) throw rejection;
        return inMemory.consume(key);
      }),
  };
}

/**
 * Spends one request from the authenticated token's budget (per subject, per minute);
 * over budget is 429 RATE_LIMITED with Retry-After. Runs after authentication: it needs the subject.
 */
export function rateLimit(requestsPerMinute: number, shared?: SharedBudget): RequestHandler {
  const limiter = limiterOf(requestsPerMinute, shared);
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
