import type { Logger } from './logger';

/** The signals a supervisor (npm start, docker, systemd, a terminal) sends to stop a process. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Stops the process cleanly on the first stop signal: drains, then exits 0. A supervisor may send
 * the signal more than once (npm start's concurrently forwards it to the whole process tree);
 * a repeated signal during the drain is logged and ignored, where a once-only handler let the
 * default action kill the process mid-drain, which npm start then took for a crash and restarted.
 */
export function stopOnSignals(logger: Logger, name: string, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = async (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.info({ signal }, `${name} already stopping`);
      return;
    }
    stopping = true;
    logger.info({ signal }, `${name} stopping`);
    await stop();
    process.exit(0);
  };
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
}
