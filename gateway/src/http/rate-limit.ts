import type { Viewer } from '@kumkm/subgraph-kit';
import type { RequestHandler } from 'express';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RedisLink } from '@kumkm/subgraph-kit';
import { refuse } from '@kumkm/subgraph-kit';

/**
 * The budget: in Redis when replicas share one (REDIS_URL), so N replicas allow the limit, not N
 * times it; while Redis is away, this process's own memory takes over (the insurance limiter).
 */
function limiterOf(requestsPerMinute: number, redis?: RedisLink) {
  const inMemory = new RateLimiterMemory({ points: requestsPerMinute, duration: 60 });
  if (!redis) return inMemory;
  return new RateLimiterRedis({ storeClient: redis.commands, keyPrefix: 'kumkm:rate', points: requestsPerMinute, duration: 60, insuranceLimiter: inMemory });
}

/**
 * Spends one request from the authenticated token's budget (per subject, per minute);
 * over budget is 429 RATE_LIMITED with Retry-After. Runs after authentication: it needs the subject.
 */
export function rateLimit(requestsPerMinute: number, redis?: RedisLink): RequestHandler {
  const limiter = limiterOf(requestsPerMinute, redis);
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
