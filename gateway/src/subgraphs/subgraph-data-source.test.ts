import type { Fetcher, FetcherRequestInit } from '@apollo/utils.fetcher';
import { createLogger } from '@kumkm/subgraph-kit';
import { Response } from 'node-fetch';
import { Registry } from 'prom-client';
import { DEFAULT_LIMITS } from '../limits';
import { SubgraphMetrics } from './fetch-metrics';
import { DEFAULT_FAULT_TOLERANCE, SubgraphDataSource } from './subgraph-data-source';
import { subgraphRequest } from './subgraph-request.fixture';

/** The transport under every other step: records what reached it and answers after a tick. */
function recordingTransport(answer: () => Promise<{ status: number; body: unknown }>) {
  const sent: Array<{ url: string; init?: FetcherRequestInit }> = [];
  const fetch: Fetcher = async (url, init) => {
    sent.push({ url, init });
    const { status, body } = await answer();
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, sent };
}

function dataSource(transport: Fetcher) {
  return new SubgraphDataSource({
    name: 'cooperatives',
    url: 'http://cooperatives.internal/graphql',
    faults: DEFAULT_FAULT_TOLERANCE,
    logger: createLogger('test', 'silent'),
    metrics: new SubgraphMetrics(new Registry()),
    limits: DEFAULT_LIMITS,
    transport,
  });
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
const context = { authorization: 'Bearer abc', requestId: 'req-7', viewerScope: 'ANALYST:' };

describe('subgraph data source (the steps together)', () => {
  it("sends 20 identical concurrent queries once, with the caller's headers", async () => {
    const transport = recordingTransport(async () => (await tick(), { status: 200, body: { data: { cooperatives: { totalCount: 3 } } } }));
    const source = dataSource(transport.fetch);
    const answers = await Promise.all(Array.from({ length: 20 }, () => source.process(subgraphRequest({ context }))));
    expect(transport.sent).toHaveLength(1);
    expect(answers.every((answer) => answer.data?.cooperatives.totalCount === 3)).toBe(true);
    expect(transport.sent[0].url).toBe('http://cooperatives.internal/graphql');
    expect(transport.sent[0].init?.headers).toMatchObject({ authorization: 'Bearer abc', 'x-request-id': 'req-7' });
  });

  it("keeps a subgraph's client error and its code", async () => {
    const transport = recordingTransport(async () => ({ status: 400, body: { errors: [{ message: 'first must be at most 100', extensions: { code: 'BAD_USER_INPUT' } }] } }));
    await expect(dataSource(transport.fetch).process(subgraphRequest({ context }))).rejects.toMatchObject({
      message: 'first must be at most 100',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('turns a subgraph answering 502 into SUBGRAPH_UNAVAILABLE, and stops calling it once the breaker opens', async () => {
    const transport = recordingTransport(async () => ({ status: 502, body: 'Bad Gateway' }));
    const source = dataSource(transport.fetch);
    for (let attempt = 0; attempt < 5; attempt++) {
      await expect(source.process(subgraphRequest({ context }))).rejects.toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
    }
    expect(transport.sent).toHaveLength(3);
  });

  it('turns a failing transport into SUBGRAPH_UNAVAILABLE, and stops calling it once the breaker opens', async () => {
    const transport = recordingTransport(async () => {
      throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    });
    const source = dataSource(transport.fetch);
    for (let attempt = 0; attempt < 5; attempt++) {
      await expect(source.process(subgraphRequest({ operation: 'mutation', context }))).rejects.toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
    }
    expect(transport.sent).toHaveLength(3);
  });
});
