import type { Fetcher } from '@apollo/utils.fetcher';
import { Gauge, Histogram, type Registry } from 'prom-client';
import type { BreakerState } from './circuit-breaker';

/** Subgraph fetch latency and outcome, and breaker state, for the gateway's /metrics. */
export class SubgraphMetrics {
  private readonly fetchDuration: Histogram<'subgraph' | 'outcome'>;
  private readonly breakerState: Gauge<'subgraph'>;

  constructor(registry: Registry) {
    this.fetchDuration = new Histogram({
      name: 'subgraph_fetch_duration_seconds',
      help: 'Gateway fetches to each subgraph by outcome (ok, error), in seconds.',
      labelNames: ['subgraph', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    });
    this.breakerState = new Gauge({
      name: 'subgraph_circuit_breaker_state',
      help: 'Circuit breaker of each subgraph: 0 closed (calls pass), 1 half-open (trial call), 2 open (calls refused).',
      labelNames: ['subgraph'],
      registers: [registry],
    });
  }

  breakerChanged(subgraph: string, state: BreakerState): void {
    this.breakerState.set({ subgraph }, state);
  }

  /**
   * Times every fetch to `subgraph`: `ok` for a 2xx answer, `error` for any other
   * answer and for a fetch that failed or was refused by the breaker.
   */
  timed(subgraph: string, fetch: Fetcher): Fetcher {
    return async (url, init) => {
      const done = this.fetchDuration.startTimer({ subgraph });
      try {
        const response = await fetch(url, init);
        done({ outcome: response.ok ? 'ok' : 'error' });
        return response;
      } catch (error) {
        done({ outcome: 'error' });
        throw error;
      }
    };
  }
}
