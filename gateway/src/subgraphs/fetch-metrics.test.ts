import type { FetcherResponse } from '@apollo/utils.fetcher';
import { Registry } from 'prom-client';
import { BreakerState } from './circuit-breaker';
import { SubgraphMetrics } from './fetch-metrics';

async function samples(registry: Registry, name: string) {
  const metric = (await registry.getMetricsAsJSON()).find((candidate) => candidate.name === name);
  return (metric?.values ?? []) as Array<{ labels: Record<string, string>; value: number; metricName?: string }>;
}

describe('subgraph fetch metrics', () => {
  it('counts each fetch once, by outcome: 2xx ok; other answers and failures error', async () => {
    const registry = new Registry();
    const metrics = new SubgraphMetrics(registry);
    const statuses = [200, 200, 503];
    const timed = metrics.timed('umkm', async () => {
      const status = statuses.shift();
      if (status === undefined) throw new Error('ECONNREFUSED');
      return { status, ok: status < 300 } as FetcherResponse;
    });
    for (let index = 0; index < 4; index++) await timed('http://umkm/graphql').catch(() => undefined);
    const counts = (await samples(registry, 'subgraph_fetch_duration_seconds')).filter((sample) => sample.metricName === 'subgraph_fetch_duration_seconds_count');
    expect(counts.map((sample) => [sample.labels.outcome, sample.value]).sort()).toEqual([
      ['error', 2],
      ['ok', 2],
    ]);
  });

  it('shows each breaker state per subgraph', async () => {
    const registry = new Registry();
    const metrics = new SubgraphMetrics(registry);
    metrics.breakerChanged('umkm', BreakerState.OPEN);
    metrics.breakerChanged('training', BreakerState.CLOSED);
    const states = await samples(registry, 'subgraph_circuit_breaker_state');
    expect(Object.fromEntries(states.map((sample) => [sample.labels.subgraph, sample.value]))).toEqual({ umkm: 2, training: 0 });
  });
});
