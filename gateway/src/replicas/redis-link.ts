import { randomUUID } from 'node:crypto';
import type { Logger } from '@kumkm/subgraph-kit';
import Redis from 'ioredis';
import { Gauge, type Registry } from 'prom-client';

/**
 * The gateway's link to Redis, the state its replicas share (rate limits, summary invalidations).
 * Commands fail at once while Redis is away (no offline queue, one try), so a request never waits
 * on it: callers fall back (the in-memory limiter, the cache's time to live) and the link
 * reconnects by itself. Subscriptions need a connection of their own.
 */
export class RedisLink {
  /** This process, so that it can tell its own invalidations from its peers'. */
  readonly origin = randomUUID();
  readonly commands: Redis;
  readonly subscriber: Redis;

  private constructor(url: string, logger: Logger) {
    const options = { lazyConnect: false, enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy: (attempt: number) => Math.min(attempt * 200, 2000) };
    this.commands = new Redis(url, options);
    // The subscriber queues its SUBSCRIBE until connected, and resubscribes after a reconnect. No
    // ready check and no client info: ioredis writes SUBSCRIBE while connecting, and the INFO or
    // CLIENT that follow it are refused in subscriber mode; a refused ready check drops the
    // connection, and invalidations published until it resubscribes were lost.
    this.subscriber = new Redis(url, { ...options, enableOfflineQueue: true, maxRetriesPerRequest: null, enableReadyCheck: false, disableClientInfo: true });
    let wasUp = true;
    const report = () => {
      const up = this.up;
      if (up === wasUp) return;
      wasUp = up;
      if (up) logger.info({ redis: 'up' }, 'Redis is back: shared rate limits and invalidations resume');
      else logger.warn({ redis: 'down' }, 'Redis is unavailable: rate limits fall back to this process, the summary cache to its time to live');
    };
    for (const client of [this.commands, this.subscriber]) {
      client.on('ready', report);
      client.on('close', report);
      // ioredis reports connection errors here; the state is logged once per change above.
      client.on('error', () => undefined);
    }
  }

  static open(url: string, logger: Logger): RedisLink {
    return new RedisLink(url, logger);
  }

  get up(): boolean {
    return this.commands.status === 'ready';
  }

  /** `gateway_redis_up` in /metrics: 1 while Redis answers, 0 while the gateway runs on its fallbacks. */
  registerMetrics(registry: Registry): void {
    const link = this;
    new Gauge({
      name: 'gateway_redis_up',
      help: 'Whether the Redis shared by the gateway replicas answers (1) or the gateway runs on per-process fallbacks (0)',
      registers: [registry],
      collect() {
        this.set(link.up ? 1 : 0);
      },
    });
  }

  async close(): Promise<void> {
    this.commands.disconnect();
    this.subscriber.disconnect();
  }
}
