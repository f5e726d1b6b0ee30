import { randomUUID } from 'node:crypto';
import type { Logger } from '../server/logger';
import Redis from 'ioredis';
import { Gauge, type Registry } from 'prom-client';

/** How long a command may wait for Redis before the caller takes its fallback. */
const COMMAND_TIMEOUT_MS = 250;
/** How long a transfer of up to 32 MB (an import's errors file) may take before it gives up. */
const BULK_TIMEOUT_MS = 30_000;

/**
 * A process's link to Redis, the state its replicas share: the gateway's rate limits and summary
 * invalidations, the subgraphs' import jobs. Commands fail at once while Redis is away (no offline
 * queue, one try), so a request never waits on it: callers fall back (the in-memory limiter, the
 * cache's time to live, the local job file) and the link reconnects by itself. Subscriptions need
 * a connection of their own, opened on first use.
 */
export class RedisLink {
  /** This process, so that it can tell its own invalidations from its peers'. */
  readonly origin = randomUUID();
  readonly commands: Redis;
  private subscription?: Redis;
  private bulkConnection?: Redis;
  private readonly options = { lazyConnect: false, enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy: (attempt: number) => Math.min(attempt * 200, 2000) };
  private wasUp = true;

  private constructor(
    private readonly url: string,
    private readonly logger: Logger,
  ) {
    // A Redis that hangs (overloaded, paused) must not hold a request either: its commands give up.
    this.commands = this.watch(new Redis(url, { ...this.options, commandTimeout: COMMAND_TIMEOUT_MS }));
  }

  /** The connection subscriptions are made on. */
  get subscriber(): Redis {
    // It queues its SUBSCRIBE until connected, and resubscribes after a reconnect. No ready check
    // and no client info: ioredis writes SUBSCRIBE while connecting, and the INFO or CLIENT that
    // follow it are refused in subscriber mode; a refused ready check drops the connection, and
    // what was published until it resubscribed was lost.
    this.subscription ??= quiet(new Redis(this.url, { ...this.options, enableOfflineQueue: true, maxRetriesPerRequest: null, enableReadyCheck: false, disableClientInfo: true }));
    return this.subscription;
  }

  /**
   * The connection large values (import errors files) travel on, opened on first use: the
   * request path's 250 ms would cut a 32 MB transfer short, and one such transfer would hold up
   * the small commands queued behind it.
   */
  get bulk(): Redis {
    // Queued while it first connects (it opens on first use); a Redis away still fails it after one retry.
    this.bulkConnection ??= quiet(new Redis(this.url, { ...this.options, enableOfflineQueue: true, commandTimeout: BULK_TIMEOUT_MS }));
    return this.bulkConnection;
  }

  /** Logs each change of `up`; only the commands connection decides it, so the others' connecting and closing say nothing. */
  private watch(client: Redis): Redis {
    const report = () => {
      const up = this.up;
      if (up === this.wasUp) return;
      this.wasUp = up;
      if (up) this.logger.info({ redis: 'up' }, 'Redis is back: shared state resumes');
      else this.logger.warn({ redis: 'down' }, 'Redis is unavailable: this process falls back to its own state (rate limits, cache time to live, local job files)');
    };
    client.on('ready', report);
    client.on('close', report);
    return quiet(client);
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
    this.subscription?.disconnect();
    this.bulkConnection?.disconnect();
  }
}

/** ioredis reports connection errors as events; the link's state is logged once per change instead. */
function quiet(client: Redis): Redis {
  client.on('error', () => undefined);
  return client;
}
