import type { Fetcher } from '@apollo/utils.fetcher';
import type { Logger } from '@kumkm/subgraph-kit';
import CircuitBreaker from 'opossum';

export enum BreakerState {
  CLOSED = 0,
  HALF_OPEN = 1,
  OPEN = 2,
}

export interface BreakerOptions {
  subgraph: string;
  /** After the breaker opens, how long before one trial fetch may pass again. */
  resetMs: number;
  logger: Logger;
  onStateChange?: (state: BreakerState) => void;
}

/** A subgraph's answer with HTTP 5xx (an overloaded subgraph, or a proxy's 502/503): a failure. */
export class SubgraphServerError extends Error {
  constructor(readonly status: number) {
    super(`The subgraph answered HTTP ${status}`);
  }
}

/** What opossum rejects with while open: the fetch was never sent. */
export function isOpenBreakerRefusal(error: unknown): boolean {
  return (error as { code?: string } | undefined)?.code === 'EOPENBREAKER';
}

/**
 * Stops calling a subgraph that keeps failing: once half of at least 3 fetches
 * in 10 s have failed, fetches are refused at once (EOPENBREAKER) until `resetMs` has passed and
 * one trial fetch succeeds. A failure is a fetch that rejects (network error, timeout) or an
 * answer with HTTP 5xx, which rejects here as SubgraphServerError.
 */
export function withCircuitBreaker(fetch: Fetcher, options: BreakerOptions): Fetcher {
  const failOnServerError: Fetcher = async (url, init) => {
    const response = await fetch(url, init);
    if (response.status >= 500) throw new SubgraphServerError(response.status);
    return response;
  };
  const breaker = new CircuitBreaker(failOnServerError, {
    timeout: false,
    resetTimeout: options.resetMs,
    errorThresholdPercentage: 50,
    volumeThreshold: 3,
    rollingCountTimeout: 10_000,
  });
  const { subgraph, logger, onStateChange = () => undefined } = options;
  onStateChange(BreakerState.CLOSED);
  breaker.on('open', () => {
    onStateChange(BreakerState.OPEN);
    logger.warn({ subgraph }, 'circuit breaker opened: subgraph failing');
  });
  breaker.on('halfOpen', () => onStateChange(BreakerState.HALF_OPEN));
  breaker.on('close', () => {
    onStateChange(BreakerState.CLOSED);
    logger.info({ subgraph }, 'circuit breaker closed: subgraph answering again');
  });
  return (url, init) => breaker.fire(url, init);
}
