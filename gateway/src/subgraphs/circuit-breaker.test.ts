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
