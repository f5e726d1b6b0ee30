import { Role } from '@kumkm/subgraph-kit';
import type { RequestHandler } from 'express';
import { serveStep } from '../http/http-step.fixture';
import { SummaryCache } from './summary-cache';
import { summaryInvalidation } from './summary-invalidation';

const as = (role: Role): RequestHandler => (_req, res, next) => {
  res.locals.viewer = { subject: 'someone', role, region: role === Role.ADMIN || role === Role.ANALYST ? undefined : '81.71' };
  next();
};

describe('summaryInvalidation', () => {
  it('empties the cache, and the peers\', for each officer or admin that asks', async () => {
    let peers = 0;
    const cache = new SummaryCache({ ttlSeconds: 60, maxEntries: 10 }, () => (peers += 1));
    cache.set('rakor', '{}', cache.generation);
    for (const role of [Role.OFFICER, Role.ADMIN]) {
      const step = await serveStep(as(role), summaryInvalidation(cache));
      expect((await step.post()).status).toBe(204);
      await step.close();
    }
    expect(cache.get('rakor')).toBeUndefined();
    expect(cache.generation).toBe(2);
    expect(peers).toBe(2);
  });

  it('refuses roles that write nothing, and keeps the cache', async () => {
    const cache = new SummaryCache({ ttlSeconds: 60, maxEntries: 10 });
    cache.set('rakor', '{}', cache.generation);
    for (const role of [Role.ANALYST, Role.COORDINATOR]) {
      const step = await serveStep(as(role), summaryInvalidation(cache));
      const response = await step.post();
      expect(response.status).toBe(403);
      expect((await response.json()).errors[0].extensions.code).toBe('FORBIDDEN');
      expect(step.passed()).toBe(0);
      await step.close();
    }
    expect(cache.get('rakor')).toBe('{}');
    expect(cache.generation).toBe(0);
  });
});
