import { randomUUID } from 'node:crypto';
import { createLogger, Role } from '@kumkm/subgraph-kit';
import type { RequestHandler } from 'express';
import { Registry } from 'prom-client';
import { serveStep } from '../http/http-step.fixture';
import { rateLimit } from '../http/rate-limit';
import { SummaryCache } from '../operations/summary-cache';
import { describeWithRedis, openTestRedisLink as openLink } from '@kumkm/subgraph-kit/testing';
import type { RedisLink } from '@kumkm/subgraph-kit';
import { INVALIDATION_CHANNEL, shareSummaryInvalidations } from './summary-invalidations';

/** Stands in for authentication: one subject per test, so runs never share a budget. */
const asSubject = (subject: string): RequestHandler => (_req, res, next) => {
  res.locals.viewer = { subject, role: Role.ANALYST };
  next();
};

describeWithRedis('Shared-state tests')('state shared by gateway replicas through Redis', () => {
  const links: RedisLink[] = [];
  const link = async (url?: string) => {
    const opened = await openLink(url);
    links.push(opened);
    return opened;
  };

  afterAll(async () => {
    await Promise.all(links.map((opened) => opened.close()));
  });

  it('holds one rate limit across two replicas: the budget is spent wherever a request lands', async () => {
    const subject = `analyst-${randomUUID()}`;
    const replicas = [await serveStep(asSubject(subject), rateLimit(3, { redis: await link() })), await serveStep(asSubject(subject), rateLimit(3, { redis: await link() }))];
    try {
      const statuses = [];
      for (let index = 0; index < 6; index += 1) statuses.push((await replicas[index % 2].post()).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
      expect(replicas[0].passed() + replicas[1].passed()).toBe(3);
    } finally {
      await Promise.all(replicas.map((replica) => replica.close()));
    }
  });

  it('falls back to each process\'s own limit while Redis is away, answers meanwhile, and shows it in /metrics', async () => {
    const away = await link('redis://127.0.0.1:1');
    expect(away.up).toBe(false);
    const registry = new Registry();
    away.registerMetrics(registry);
    expect(await registry.getSingleMetricAsString('gateway_redis_up')).toMatch(/^gateway_redis_up 0$/m);
    const present = new Registry();
    (await link()).registerMetrics(present);
    expect(await present.getSingleMetricAsString('gateway_redis_up')).toMatch(/^gateway_redis_up 1$/m);
    const step = await serveStep(asSubject(`analyst-${randomUUID()}`), rateLimit(3, { redis: away }));
    try {
      const statuses = [];
      for (let index = 0; index < 5; index += 1) statuses.push((await step.post()).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      expect(step.passed()).toBe(3);
    } finally {
      await step.close();
    }
  });

  it('empties every replica\'s summary cache when a write lands on one, within 100 ms', async () => {
    const logger = createLogger('test', 'silent');
    const caches = [];
    for (let replica = 0; replica < 3; replica += 1) {
      const shared = shareSummaryInvalidations(await link(), logger);
      const cache = new SummaryCache({ ttlSeconds: 600, maxEntries: 10 });
      cache.shareWith(shared.publish);
      await shared.subscribe(cache);
      cache.set('rakor', '{"data":{}}', cache.generation);
      caches.push(cache);
    }
    // Every replica's subscription is in place on the server before the write.
    const probe = await link();
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const [, subscribers] = (await probe.commands.pubsub('NUMSUB', INVALIDATION_CHANNEL)) as [string, number];
      if (subscribers >= 3) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const started = performance.now();
    caches[0].invalidate();
    while (caches.some((cache) => cache.get('rakor') !== undefined) && performance.now() - started < 1000) await new Promise((resolve) => setTimeout(resolve, 2));
    const elapsed = performance.now() - started;
    expect(caches.map((cache) => cache.get('rakor'))).toEqual([undefined, undefined, undefined]);
    expect(elapsed).toBeLessThan(100);
    // The replica that wrote emptied its cache once; its own message is not a second invalidation.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(caches.map((cache) => cache.generation)).toEqual([1, 1, 1]);
  });
});
