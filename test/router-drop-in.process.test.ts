import { readFileSync } from 'node:fs';
import path from 'node:path';
import { freePortBlock, hiveGatewayInstalled, startHiveGateway, supergraphFor, waitForHttp, type BenchProcess } from '@kumkm/bench/bench-stack';
import { analystToken, askOnce, startGatewayProcess, startSubgraphProcesses, type GatewayProcess, type SubgraphProcesses } from './support/gateway-processes';

const installed = hiveGatewayInstalled();
if (!installed && process.env.CI) throw new Error('Hive Gateway is missing: .ci/run installs it (npm ci --prefix bench/hive)');
if (!installed) console.warn('router drop-in test skipped: Hive Gateway is not installed (npm ci --prefix bench/hive)');
const describeWithHive = installed ? describe : describe.skip;

/** The README's GraphQL examples that run as written (not those with a placeholder such as "…"). */
const README_QUERIES = [...readFileSync(path.resolve(__dirname, '../README.md'), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)]
  .map((match) => match[1])
  .filter((query) => !query.includes('…'));

/**
 * The committed supergraph is what a Rust router (Hive Router, Apollo Router) loads instead of the
 * Node gateway. An independent implementation, Hive Gateway, loads it here over the same subgraphs
 * and must give the same answers as this gateway to the README's queries.
 */
describeWithHive('the committed supergraph under an independent gateway', () => {
  let subgraphs: SubgraphProcesses;
  let ours: GatewayProcess;
  let hive: BenchProcess;
  let hiveBase: string;
  let token: string;

  beforeAll(async () => {
    subgraphs = await startSubgraphProcesses();
    const hivePort = await freePortBlock(1);
    hiveBase = `http://127.0.0.1:${hivePort}`;
    hive = startHiveGateway('Hive Gateway', hivePort, supergraphFor(subgraphs.ports, subgraphs.dir), subgraphs.env);
    [ours] = await Promise.all([startGatewayProcess(subgraphs, { GATEWAY_WORKERS: '1' }), hive.until(waitForHttp(`${hiveBase}/healthcheck`, 120_000))]);
    token = await analystToken(subgraphs.secret);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([ours?.process.stop(), hive?.stop()]);
    await subgraphs?.stop();
  });

  it('has README queries to compare', () => {
    expect(README_QUERIES.length).toBeGreaterThanOrEqual(2);
  });

  it.each(README_QUERIES.map((query) => [query.split('\n')[0], query]))('answers %s as this gateway does', async (_name, query) => {
    const [mine, theirs] = await Promise.all([askOnce(ours.base, token, query), askOnce(hiveBase, token, query)]);
    expect(mine.body.errors).toBeUndefined();
    expect(theirs.body.errors).toBeUndefined();
    expect(JSON.stringify(mine.body.data).length).toBeGreaterThan(200);
    expect(theirs.body.data).toEqual(mine.body.data);
  });
});
