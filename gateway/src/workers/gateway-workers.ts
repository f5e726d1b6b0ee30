import cluster, { type Worker } from 'node:cluster';
import { stopOnSignals, type Logger } from '@kumkm/subgraph-kit';
import { AggregatorRegistry, type Registry } from 'prom-client';
import { RateLimiterClusterMaster } from 'rate-limiter-flexible';

/** Messages between the workers and the primary (Node's IPC channel). */
const INVALIDATE = 'kumkm:summaries:invalidate';
const METRICS_REQUEST = 'kumkm:metrics:request';
const METRICS_REPLY = 'kumkm:metrics:reply';

/** A primary that asks its workers for their metrics waits this long (prom-client's own limit is 5 s). */
const METRICS_TIMEOUT_MS = 6_000;
/** A worker that must be replaced is started after this, doubled while replacements die young. */
const FIRST_RESTART_DELAY_MS = 100;
const LONGEST_RESTART_DELAY_MS = 10_000;
/** A worker that lived this long before dying was healthy: its replacement starts without delay growth. */
const HEALTHY_LIFETIME_MS = 30_000;
/** Workers in a row that die before they listen: the start is broken, not the worker. */
const FAILED_STARTS_TO_GIVE_UP = 3;
/** How long stopping waits for the workers to drain before it kills them. */
const STOP_GRACE_MS = 20_000;

interface WorkerMessage {
  type?: string;
  id?: number;
  text?: string;
  error?: string;
}

/**
 * What one worker shares with its siblings on this machine, through the primary: summary
 * invalidations (when no Redis carries them) and the metrics of all workers, so that a scrape of
 * /metrics, which lands on any one worker, counts the whole gateway.
 */
export interface WorkerSiblings {
  tellInvalidation(): void;
  onInvalidation(listener: () => void): void;
  shareMetrics(registry: Registry): void;
  clusterMetrics(): Promise<string>;
}

/**
 * The primary of GATEWAY_WORKERS: starts `count` workers on one port, starts again any that dies
 * once it served, relays invalidations among them, keeps their shared rate limits when there is no
 * Redis, and stops them all on a stop signal. Accepting is left to the kernel (SCHED_NONE): a
 * connection waits in the listening socket until a live worker takes it, so a killed worker loses
 * only what it had accepted; round-robin in the primary can hand a connection to a worker that has
 * just died, and that connection hangs. The socket closes when no worker is left listening (Node
 * releases it with the last one), so the port refuses while every worker is down at once.
 */
export function superviseWorkers(count: number, logger: Logger): void {
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  new RateLimiterClusterMaster();
  const aggregator = new AggregatorRegistry();
  const startedAt = new Map<number, number>();
  const served = new Set<number>();
  let restartDelay = FIRST_RESTART_DELAY_MS;
  let failedStarts = 0;
  let stopping = false;

  const fork = () => {
    if (stopping) return;
    const worker = cluster.fork();
    startedAt.set(worker.id, Date.now());
  };
  cluster.on('listening', (worker) => {
    served.add(worker.id);
    failedStarts = 0;
  });
  cluster.on('message', (worker, message: WorkerMessage) => {
    if (message?.type === INVALIDATE) relayInvalidation(worker, message);
    if (message?.type === METRICS_REQUEST) {
      aggregator.clusterMetrics().then(
        (text) => worker.send({ type: METRICS_REPLY, id: message.id, text }),
        (error: Error) => worker.send({ type: METRICS_REPLY, id: message.id, error: error.message }),
      );
    }
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    const lived = Date.now() - (startedAt.get(worker.id) ?? 0);
    startedAt.delete(worker.id);
    if (!served.delete(worker.id)) failedStarts += 1;
    if (failedStarts >= FAILED_STARTS_TO_GIVE_UP) {
      // Workers die before they serve, again and again: the start itself fails (unreadable
      // supergraph, port taken), and starting more would only fail again. Stop, and let the
      // supervisor above say why.
      logger.fatal({ pid: worker.process.pid, code, signal }, `${failedStarts} gateway workers in a row died before they served; stopping the gateway`);
      stopping = true;
      void stopWorkers().then(() => process.exit(1));
      return;
    }
    restartDelay = lived >= HEALTHY_LIFETIME_MS ? FIRST_RESTART_DELAY_MS : Math.min(restartDelay * 2, LONGEST_RESTART_DELAY_MS);
    logger.error({ pid: worker.process.pid, code, signal, restartInMs: restartDelay }, 'a gateway worker died; starting another');
    setTimeout(fork, restartDelay);
  });

  for (let i = 0; i < count; i += 1) fork();
  logger.info({ workers: count }, `gateway primary ${process.pid}: ${count} workers`);
  stopOnSignals(logger, 'gateway', async () => {
    stopping = true;
    await stopWorkers();
  });
}

function relayInvalidation(from: Worker, message: WorkerMessage): void {
  for (const sibling of Object.values(cluster.workers ?? {})) {
    if (sibling && sibling !== from && sibling.isConnected()) sibling.send(message);
  }
}

/** Asks every worker to drain and stop (SIGTERM, as a supervisor would), and kills what is left after the grace. */
async function stopWorkers(): Promise<void> {
  const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined);
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve) => {
          if (worker.isDead()) return resolve();
          const kill = setTimeout(() => worker.process.kill('SIGKILL'), STOP_GRACE_MS);
          worker.once('exit', () => {
            clearTimeout(kill);
            resolve();
          });
          worker.process.kill('SIGTERM');
        }),
    ),
  );
}

/** The sibling link of a worker process; only valid under `superviseWorkers`. */
function workerSiblings(): WorkerSiblings {
  const listeners: Array<() => void> = [];
  const pending = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  process.on('message', (message: WorkerMessage) => {
    if (message?.type === INVALIDATE) for (const listener of listeners) listener();
    if (message?.type === METRICS_REPLY && message.id !== undefined) {
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.error !== undefined) waiting?.reject(new Error(message.error));
      else waiting?.resolve(message.text ?? '');
    }
  });
  return {
    tellInvalidation: () => process.send?.({ type: INVALIDATE }),
    onInvalidation: (listener) => listeners.push(listener),
    shareMetrics: (registry) => {
      AggregatorRegistry.setRegistries([registry]);
      // Constructing one installs prom-client's answer to the primary's request for this worker's metrics.
      new AggregatorRegistry();
    },
    clusterMetrics: () =>
      new Promise<string>((resolve, reject) => {
        const id = nextId++;
        const timeout = setTimeout(() => {
          pending.delete(id);
          reject(new Error('the gateway primary did not gather the workers\' metrics in time'));
        }, METRICS_TIMEOUT_MS);
        pending.set(id, {
          resolve: (text) => {
            clearTimeout(timeout);
            resolve(text);
          },
          reject: (error) => {
            clearTimeout(timeout);
            reject(error);
          },
        });
        process.send?.({ type: METRICS_REQUEST, id });
      }),
  };
}

/** Whether this process is the primary that should supervise workers rather than serve. */
export function supervisesWorkers(count: number): boolean {
  return count > 1 && cluster.isPrimary;
}

/** The sibling link when this process is a worker of `superviseWorkers`; undefined when it serves alone. */
export function siblingsIfWorker(): WorkerSiblings | undefined {
  return cluster.isWorker ? workerSiblings() : undefined;
}
