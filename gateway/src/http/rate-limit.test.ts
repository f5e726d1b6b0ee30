import { Role } from '@kumkm/subgraph-kit';
import type { RequestHandler } from 'express';
import { serveStep } from './http-step.fixture';
import { rateLimit } from './rate-limit';

/** Stands in for authentication: the subject comes from a test header. */
const viewerFromHeader: RequestHandler = (req, res, next) => {
  res.locals.viewer = { subject: String(req.headers['x-subject']), role: Role.ANALYST };
  next();
};

describe('rate limit', () => {
  it('lets exactly the budget through per subject, then answers 429 RATE_LIMITED with Retry-After', async () => {
    const step = await serveStep(viewerFromHeader, rateLimit(3));
    try {
      const statuses = [];
      for (let index = 0; index < 5; index++) statuses.push((await step.post({ 'x-subject': 'a' })).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const refused = await step.post({ 'x-subject': 'a' });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
      expect((await refused.json()).errors[0].extensions.code).toBe('RATE_LIMITED');
      expect((await step.post({ 'x-subject': 'b' })).status).toBe(200);
      expect(step.passed()).toBe(4);
    } finally {
      await step.close();
    }
  });
});
