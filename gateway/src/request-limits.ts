import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Viewer } from '@kumkm/subgraph-kit';
import cors from 'cors';
import type { RequestHandler } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** What one request may cost before the gateway refuses it. */
export interface RequestLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
  /** Requests per token (subject) per minute. */
  requestsPerMinute: number;
  /** Origins allowed to call from a browser; empty: same origin only. */
  corsOrigins: string[];
  /** Hide "Did you mean …?" field suggestions, which map the schema for an attacker (production). */
  hideSuggestions: boolean;
  bodyLimit: string;
}

export const DEFAULT_LIMITS: RequestLimits = {
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 10,
  // Armor's cost grows with depth, not page size: the DOMAIN drill-down (depth 9) scores about 92,000,
  // a page of 100 cooperatives with every nested list about 4 million.
  maxCost: 150_000,
  requestsPerMinute: 600,
  corsOrigins: [],
  hideSuggestions: false,
  bodyLimit: '256kb',
};

/** GraphQL Armor's validation rules and plugins for the gateway's Apollo Server. */
export function armorProtection(limits: RequestLimits) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    // Counted by graphql-js's own parser instead (Apollo parseOptions.maxTokens): Armor's parse-time
    // plugin makes Apollo answer HTTP 500 for a client error.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { maxCost: limits.maxCost },
    blockFieldSuggestion: { enabled: limits.hideSuggestions },
  }).protect();
}

export function corsPolicy(limits: RequestLimits): RequestHandler {
  return cors({
    origin: limits.corsOrigins,
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-request-id'],
    exposedHeaders: ['x-request-id', 'retry-after'],
    maxAge: 600,
  });
}

function graphqlError(status: number, code: string, message: string) {
  return { status, body: { errors: [{ message, extensions: { code } }] } };
}

/**
 * Verifies the bearer token, then spends one request from that token's budget. A request
 * without a valid token gets 401, one over budget 429 with Retry-After, before any GraphQL work.
 */
export function authenticateAndThrottle(verify: (authorization: string | undefined) => Promise<Viewer>, limits: RequestLimits): RequestHandler {
  const limiter = new RateLimiterMemory({ points: limits.requestsPerMinute, duration: 60 });
  return async (req, res, next) => {
    let viewer: Viewer;
    try {
      viewer = await verify(req.headers.authorization);
    } catch (error) {
      const refusal = graphqlError(401, 'UNAUTHENTICATED', (error as Error).message);
      res.status(refusal.status).json(refusal.body);
      return;
    }
    try {
      res.locals.viewer = viewer;
      await limiter.consume(viewer.subject);
    } catch (rejection) {
      const retryAfter = Math.ceil(((rejection as RateLimiterRes).msBeforeNext ?? 60_000) / 1000);
      const refusal = graphqlError(429, 'RATE_LIMITED', `Too many requests for this token: at most ${limits.requestsPerMinute} a minute; retry in ${retryAfter} s`);
      res.status(refusal.status).set('Retry-After', String(retryAfter)).json(refusal.body);
      return;
    }
    next();
  };
}
