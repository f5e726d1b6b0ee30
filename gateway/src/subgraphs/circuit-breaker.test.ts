import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { createLogger } from '@kumkm/subgraph-kit';
import { BreakerState, isOpenBreakerRefusal, withCircuitBreaker } from './circuit-breaker';

const RESET_MS = 100;

/** A subgraph whose fetches fail until `healthy` is set, counting every fetch that reached it. */
function flakySubgraph() {
  const state = { calls: 0, healthy: false };
  const fetch: Fetcher = async () => {
    state.calls += 1;
    if (!state.healthy) throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    return { ok: true, status: 200 } as FetcherResponse;
  };
  return { state, fetch };
}

describe('circuit breaker', () => {
  it('opens after 3 failures, refuses at once while open, and closes after a successful trial', async () => {
    const subgraph = flakySubgraph();
    const states: BreakerState[] = [];
    const guarded = withCircuitBreaker(subgraph.fetch, {
      subgraph: 'umkm',
      resetMs: RESET_MS,
      logger: createLogger('test', 'silent'),
      onStateChange: (state) => states.push(state),
    });

    for (let attempt = 0; attempt < 3; attempt++) await expect(guarded('http://umkm/graphql')).rejects.toThrow('ECONNREFUSED');
    expect(subgraph.state.calls).toBe(3);
    expect(states).toEqual([BreakerState.CLOSED, BreakerState.OPEN]);

    const refusals = await Promise.allSettled([1, 2, 3, 4, 5].map(() => guarded('http://umkm/graphql')));
    expect(refusals.every((result) => result.status === 'rejected' && isOpenBreakerRefusal(result.reason))).toBe(true);
    expect(subgraph.state.calls).toBe(3);

    await new Promise((resolve) => setTimeout(resolve, RESET_MS + 50));
    subgraph.state.healthy = true;
    await expect(guarded('http://umkm/graphql')).resolves.toMatchObject({ status: 200 });
    expect(subgraph.state.calls).toBe(4);
    expect(states).toEqual([BreakerState.CLOSED, BreakerState.OPEN, BreakerState.HALF_OPEN, BreakerState.CLOSED]);

    await guarded('http://umkm/graphql');
    expect(subgraph.state.calls).toBe(5);
  });

  it('opens again when the trial fails', async () => {
    const subgraph = flakySubgraph();
    const states: BreakerState[] = [];
    const guarded = withCircuitBreaker(subgraph.fetch, { subgraph: 'umkm', resetMs: RESET_MS, logger: createLogger('test', 'silent'), onStateChange: (state) => states.push(state) });
    for (let attempt = 0; attempt < 3; attempt++) await guarded('http://umkm/graphql').catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, RESET_MS + 50));
    await expect(guarded('http://umkm/graphql')).rejects.toThrow('ECONNREFUSED');
    expect(subgraph.state.calls).toBe(4);
    expect(states).toEqual([BreakerState.CLOSED, BreakerState.OPEN, BreakerState.HALF_OPEN, BreakerState.OPEN]);
    await expect(guarded('http://umkm/graphql')).rejects.toMatchObject({ code: 'EOPENBREAKER' });
    expect(subgraph.state.calls).toBe(4);
  });
});

describe('circuit breaker on HTTP 5xx answers', () => {
  it('counts a subgraph answering 503 as failing: opens after 3 answers, then refuses without calling it', async () => {
    let calls = 0;
    const overloaded: Fetcher = async () => {
      calls += 1;
      return { ok: false, status: 503 } as FetcherResponse;
    };
    const guarded = withCircuitBreaker(overloaded, { subgraph: 'training', resetMs: RESET_MS, logger: createLogger('test', 'silent') });
    for (let attempt = 0; attempt < 3; attempt++) await expect(guarded('http://training/graphql')).rejects.toMatchObject({ status: 503 });
    await expect(guarded('http://training/graphql')).rejects.toMatchObject({ code: 'EOPENBREAKER' });
    expect(calls).toBe(3);
  });

  it('passes a client error (4xx) through, uncounted', async () => {
    let calls = 0;
    const strict: Fetcher = async () => {
      calls += 1;
      return { ok: false, status: 400 } as FetcherResponse;
    };
    const guarded = withCircuitBreaker(strict, { subgraph: 'training', resetMs: RESET_MS, logger: createLogger('test', 'silent') });
    for (let attempt = 0; attempt < 6; attempt++) await expect(guarded('http://training/graphql')).resolves.toMatchObject({ status: 400 });
    expect(calls).toBe(6);
  });
});
