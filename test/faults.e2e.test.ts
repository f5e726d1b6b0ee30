import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createLogger } from '@kumkm/subgraph-kit';
import { testDrivers } from '@kumkm/subgraph-kit/testing';
import { startGateway } from '@kumkm/gateway';
import { errorCodes, postGraphQL, startGraphStack, type GraphStack } from './support/graph-stack';

const RAKOR = `{ regions(codes: ["81", "31.72", "36.74"]) { code name
  cooperativeSummary { active } umkmSummary { total } trainingSummary { programs } } }`;
const COOPERATIVES_ONLY = '{ cooperatives(first: 5, filter: { region: "36.74" }) { totalCount edges { node { name } } } }';
const TIMEOUT_MS = 1500;
const BREAKER_RESET_MS = 1000;

type Outcome = 'answered' | 'partial' | 'failed';

function outcomeOf(response: Awaited<ReturnType<GraphStack['query']>>): Outcome {
  if (response.status >= 500 || !response.body.data) return 'failed';
  return response.body.errors?.length ? 'partial' : 'answered';
}

describe.each(testDrivers())('when a subgraph fails (%s)', (driver) => {
  let stack: GraphStack;

  beforeAll(async () => {
    stack = await startGraphStack({ driver, faults: { timeoutMs: TIMEOUT_MS, breakerResetMs: BREAKER_RESET_MS } });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('keeps answering with the other subgraphs\' data while one is down, and recovers by itself', async () => {
    const outcomes: Outcome[] = [];
    const stream = async (count: number) => {
      for (let i = 0; i < count; i++) outcomes.push(outcomeOf(await stack.query(RAKOR)));
    };
    await stream(10);
    expect(outcomes.every((outcome) => outcome === 'answered')).toBe(true);

    await stack.stopSubgraph('training');
    const started = Date.now();
    const during = await stack.query<{ regions: Array<{ cooperativeSummary: { active: number } | null; umkmSummary: { total: number } | null; trainingSummary: unknown }> }>(RAKOR);
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 1000);
    expect(during.status).toBeLessThan(500);
    expect(during.body.data!.regions).toHaveLength(3);
    for (const region of during.body.data!.regions) {
      expect(region.cooperativeSummary?.active).toBeGreaterThan(0);
      expect(region.umkmSummary?.total).toBeGreaterThan(0);
      expect(region.trainingSummary).toBeNull();
    }
    expect(errorCodes(during)).toContain('SUBGRAPH_UNAVAILABLE');
    expect(JSON.stringify(during.body.errors)).toMatch(/training subgraph is unavailable/);
    expect(JSON.stringify(during.body.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);

    // A query that does not need the training subgraph is unaffected.
    const unaffected = await stack.query(COOPERATIVES_ONLY);
    expect(unaffected.body.errors).toBeUndefined();

    await stream(20);
    await stack.restartSubgraph('training');
    const deadline = Date.now() + BREAKER_RESET_MS * 5 + 2000;
    let recovered = false;
    while (!recovered && Date.now() < deadline) {
      const response = await stack.query(RAKOR);
      outcomes.push(outcomeOf(response));
      recovered = outcomeOf(response) === 'answered';
      if (!recovered) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(recovered).toBe(true);
    const tally = { answered: 0, partial: 0, failed: 0 };
    for (const outcome of outcomes) tally[outcome]++;
    // Counted over the stream: before, during and after the outage.
    expect(tally.failed).toBe(0);
    expect(tally.partial).toBeGreaterThanOrEqual(20);
    expect(tally.answered).toBeGreaterThanOrEqual(11);
  });

  it('answers within the timeout when a subgraph accepts connections but never answers', async () => {
    const hanging: Server = createServer(() => undefined);
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const gateway = await startGateway({
      supergraphSdl: readFileSync(path.resolve(__dirname, '../schema/supergraph.graphql'), 'utf8'),
      subgraphUrls: {
        cooperatives: stack.subgraphs.cooperatives.server.url,
        umkm: `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/graphql`,
        training: stack.subgraphs.training.server.url,
      },
      port: 0,
      logger: createLogger('test', 'silent'),
      auth: stack.auth,
      faults: { timeoutMs: TIMEOUT_MS, breakerResetMs: BREAKER_RESET_MS },
    });
    try {
      const started = Date.now();
      const response = await postGraphQL<{ regions: Array<{ umkmSummary: unknown; cooperativeSummary: { active: number } }> }>(gateway.url, RAKOR, undefined, stack.adminToken);
      const elapsed = Date.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 100);
      expect(elapsed).toBeLessThan(TIMEOUT_MS + 1500);
      expect(response.body.data!.regions.every((region) => region.umkmSummary === null && region.cooperativeSummary.active > 0)).toBe(true);
      expect(JSON.stringify(response.body.errors)).toMatch(/umkm subgraph is unavailable \(no answer within 1500 ms\)/);
    } finally {
      await gateway.stop();
      hanging.closeAllConnections();
      await new Promise((resolve) => hanging.close(resolve));
    }
  });
});
