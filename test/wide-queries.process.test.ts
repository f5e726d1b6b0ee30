import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BenchProcess, benchSubgraphs, embeddedDatabaseEnv, freePortBlock, ROOT, startSubgraphs, subgraphPortEnv, waitForHttp } from '@kumkm/bench/bench-stack';
import { GATEWAY_NODE_FLAGS, SUBGRAPH_MANIFESTS } from '@kumkm/gateway';
import { issueToken, RegionDirectory, Role } from '@kumkm/subgraph-kit';

const PROVINCES = RegionDirectory.load().provinces().map((province) => province.code);
const SUMMARIES = 'code cooperativeSummary { total active } umkmSummary { total halalCertified } trainingSummary { programs participants }';
const EVERY_VILLAGE = `query EveryVillage($provinces: [String!]!) { regions(codes: $provinces) { children { children { children { ${SUMMARIES} } } } } }`;
const EVERY_REGENCY = `query EveryRegency($provinces: [String!]!) { regions(codes: $provinces) { children { ${SUMMARIES} } } }`;

/**
 * The two wide questions a new analyst asked of `npm start` (issue 10), against the graph as it
 * runs: every subgraph and the gateway as their own processes, the gateway with its bounded heap.
 */
describe('wide national questions against the running processes', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kumkm-wide-'));
  const secret = randomBytes(32).toString('hex');
  let processes: BenchProcess[] = [];
  let gateway: BenchProcess;
  let url: string;
  let token: string;

  beforeAll(async () => {
    const base = await freePortBlock(SUBGRAPH_MANIFESTS.length + 1);
    const subgraphs = benchSubgraphs(base);
    const env = {
      ...process.env,
      AUTH_JWT_SECRET: secret,
      LOG_LEVEL: 'warn',
      ...embeddedDatabaseEnv(dir),
    };
    processes = await startSubgraphs(subgraphs, env);
    gateway = BenchProcess.start('gateway', [...GATEWAY_NODE_FLAGS, path.join(ROOT, 'gateway/dist/main.js')], {
      ...env,
      GATEWAY_PORT: String(base),
      // One process: the bound under test is the heap of one gateway process.
      GATEWAY_WORKERS: '1',
      ...subgraphPortEnv(subgraphs),
    });
    processes.push(gateway);
    url = `http://127.0.0.1:${base}/graphql`;
    await gateway.until(waitForHttp(`http://127.0.0.1:${base}/ready`));
    token = await issueToken({ secret, issuer: 'kumkm-graph', audience: 'kumkm-graph', publicKeyAlgorithm: 'RS256' }, { subject: 'analyst', role: Role.ANALYST });
  }, 180_000);

  afterAll(async () => {
    await Promise.all(processes.map((child) => child.stop()));
    rmSync(dir, { recursive: true, force: true });
  });

  const ask = async (query: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables: { provinces: PROVINCES } }),
    });
    return { status: response.status, body: await response.json() };
  };

  it('refuses every village of Indonesia with a limit that says how to ask instead, and stays up', async () => {
    const { status, body } = await ask(EVERY_VILLAGE);
    expect(status).toBe(200);
    const refusal = body.errors.find((error: { extensions?: { code?: string } }) => error.extensions?.code === 'RESPONSE_TOO_LARGE');
    expect(refusal.extensions).toMatchObject({ limit: 'regionsPerRequest', max: 1000 });
    expect(refusal.message).toMatch(/one province's regencies/);
    expect((await fetch(url.replace(/graphql$/, 'health'))).status).toBe(200);
  });

  it('answers every regency of Indonesia with its three summaries', async () => {
    const { status, body } = await ask(EVERY_REGENCY);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const regencies = body.data.regions.flatMap((province: { children: unknown[] }) => province.children);
    expect(regencies.length).toBeGreaterThanOrEqual(514);
  });

  it('keeps every process alive and the gateway under 300 MB', async () => {
    for (const child of processes) expect([child.name, child.child.exitCode]).toEqual([child.name, null]);
    expect(gateway.rssMb()).toBeLessThan(300);
  });
});
