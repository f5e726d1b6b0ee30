import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GATEWAY_NODE_FLAGS, SUBGRAPH_MANIFESTS } from '@kumkm/gateway';
import { issueToken, Role } from '@kumkm/subgraph-kit';
import { benchSubgraphs, BenchProcess, embeddedDatabaseEnv, freePortBlock, postBody, processTree, queryBody, ROOT, startSubgraphs, waitForHttp } from './bench-stack';
import { drive, failures } from './load-driver';
import { QUERY_MIX, type BenchQuery } from './query-mix';

/**
 * `npm run bench:replicas [-- --seconds 10 --connections 1,10,50 --rounds 3]`
 *
 * The gateway as one process, as two workers (GATEWAY_WORKERS=2), and as two processes sharing
 * Redis behind HAProxy (Debian's `haproxy`), each driven with the query mix at each connection
 * level, summary cache off and the mix varied (every request does the gateway's whole work). Alongside throughput it
 * reads every process's CPU time from /proc, so that the table says how much CPU one request
 * costs in the gateway and in each subgraph: the basis of the projection to more cores.
 * Subgraphs read the databases the environment names, as `npm run bench` does.
 */
const { values: options } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '1,10,50' },
    /** Each shape is measured this many times, in rotated order; the table shows the median run. */
    rounds: { type: 'string', default: '3' },
    /** Redis the two-process shape shares (started separately, like the one .ci/run starts). */
    redis: { type: 'string', default: 'redis://127.0.0.1:6379' },
  },
});
const seconds = Number(options.seconds);
const connectionLevels = options.connections!.split(',').map(Number);
const rounds = Number(options.rounds);
const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

interface Shape {
  name: string;
  /** Starts the gateway side of the shape; resolves to the URL to load and the processes that make it up. */
  start(env: NodeJS.ProcessEnv, dir: string): Promise<{ url: string; gateways: BenchProcess[]; balancer?: ChildProcess }>;
}

async function startGateway(name: string, env: NodeJS.ProcessEnv, extra: Record<string, string>): Promise<{ process: BenchProcess; port: number }> {
  const port = await freePortBlock(1);
  const gateway = BenchProcess.start(name, [...GATEWAY_NODE_FLAGS, path.join(ROOT, 'gateway/dist/main.js')], { ...env, GATEWAY_PORT: String(port), ...extra });
  await gateway.until(waitForHttp(`http://127.0.0.1:${port}/ready`));
  return { process: gateway, port };
}

/** HAProxy in front of the gateways, round robin, as deploy/haproxy.cfg balances the compose replicas. */
async function startBalancer(ports: number[], dir: string): Promise<{ port: number; child: ChildProcess }> {
  const port = await freePortBlock(1);
  const config = path.join(dir, 'haproxy.cfg');
  writeFileSync(
    config,
    [
      'global',
      '  maxconn 4096',
      'defaults',
      '  mode http',
      '  timeout connect 5s',
      '  timeout client 60s',
      '  timeout server 60s',
      'frontend graph',
      `  bind 127.0.0.1:${port}`,
      '  default_backend gateways',
      'backend gateways',
      '  balance roundrobin',
      '  http-reuse always',
      ...ports.map((gatewayPort, index) => `  server gateway${index} 127.0.0.1:${gatewayPort}`),
      '',
    ].join('\n'),
  );
  const child = spawn('haproxy', ['-f', config, '-db'], { stdio: 'ignore' });
  await waitForHttp(`http://127.0.0.1:${port}/health`, 10_000);
  return { port, child };
}

/** `query` with each `from` replaced by its `to`; the mix must contain every `from`, or the variants would silently all be one. */
function rewritten(query: BenchQuery, replacements: Array<[string, string]>): BenchQuery {
  let text = query.query;
  for (const [from, to] of replacements) {
    if (!text.includes(from)) throw new Error(`${query.name} no longer contains ${from}`);
    text = text.replace(from, to);
  }
  return { ...query, query: text };
}

const range = (from: number, count: number) => Array.from({ length: count }, (_, index) => from + index);
const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)];

/**
 * The mix with its literals turned into variables (page sizes, regions, dates, NIBs), each
 * request drawing its values at random: the operation texts stay five, as a client's do, so plans
 * are cached, but at 50 connections the same subgraph request is rarely in flight twice, and the
 * gateway's sharing of identical subgraph queries in flight does not stand in for the work.
 */
function variedMix(nibs: string[]): () => string {
  const [rakor, drillDown, listing, programmes, lookup] = ['Rakor', 'DrillDown', 'Listing', 'Programmes', 'Lookup'].map((name) => QUERY_MIX.find((query) => query.name === name)!);
  const day = (offset: number) => new Date(Date.UTC(2022, 0, 1 + offset)).toISOString().slice(0, 10);
  const regions = ['81', '36.74', '31.72'];
  const draws: Array<{ query: BenchQuery; variables: () => Record<string, unknown> }> = [
    { query: rewritten(rakor, [['query Rakor {', 'query Rakor($from: LocalDate!) {'], ['from: "2022-01-01"', 'from: $from']]), variables: () => ({ from: day(pick(range(0, 365))) }) },
    {
      query: rewritten(drillDown, [['query DrillDown {', 'query DrillDown($region: String!, $first: Int!, $members: Int!) {'], ['region: "36.74"', 'region: $region'], ['first: 20', 'first: $first'], ['members(first: 10)', 'members(first: $members)']]),
      variables: () => ({ region: pick(regions), first: pick(range(10, 20)), members: pick(range(5, 10)) }),
    },
    {
      query: rewritten(listing, [['query Listing {', 'query Listing($first: Int!, $region: String!, $scale: BusinessScale!) {'], ['first: 25', 'first: $first'], ['region: "36.74"', 'region: $region'], ['scale: MIKRO', 'scale: $scale']]),
      variables: () => ({ first: pick(range(10, 50)), region: pick(regions), scale: pick(['MIKRO', 'KECIL']) }),
    },
    {
      query: rewritten(programmes, [['query Programmes {', 'query Programmes($first: Int!, $region: String!) {'], ['first: 20', 'first: $first'], ['region: "81"', 'region: $region']]),
      variables: () => ({ first: pick(range(5, 20)), region: pick(regions) }),
    },
    { query: lookup, variables: () => ({ nib: pick(nibs) }) },
  ];
  return () => {
    const draw = pick(draws);
    return JSON.stringify({ query: draw.query.query, variables: draw.variables() });
  };
}

/** NIBs of the business actors in the data, for lookups that find someone. */
async function someNibs(url: string, token: string): Promise<string[]> {
  const answer = await postBody(url, token, JSON.stringify({ query: '{ umkmActors(first: 100, filter: { region: "36.74" }) { edges { node { nib } } } }' }));
  const body = (await answer.json()) as { data?: { umkmActors: { edges: Array<{ node: { nib: string | null } }> } } };
  const nibs = (body.data?.umkmActors.edges ?? []).map((edge) => edge.node.nib).filter((nib): nib is string => Boolean(nib));
  if (nibs.length === 0) throw new Error(`no NIBs to look up: ${JSON.stringify(body).slice(0, 300)}`);
  return nibs;
}

const SHAPES: Shape[] = [
  {
    name: 'one process',
    start: async (env) => {
      const gateway = await startGateway('gateway', env, { GATEWAY_WORKERS: '1' });
      return { url: `http://127.0.0.1:${gateway.port}/graphql`, gateways: [gateway.process] };
    },
  },
  {
    name: 'two workers',
    start: async (env) => {
      const gateway = await startGateway('gateway', env, { GATEWAY_WORKERS: '2' });
      return { url: `http://127.0.0.1:${gateway.port}/graphql`, gateways: [gateway.process] };
    },
  },
  {
    name: 'two processes + Redis, HAProxy',
    start: async (env, dir) => {
      const extra = { GATEWAY_WORKERS: '1', REDIS_URL: options.redis! };
      const gateways = await Promise.all([startGateway('gateway A', env, extra), startGateway('gateway B', env, extra)]);
      const balancer = await startBalancer(gateways.map((gateway) => gateway.port), dir);
      return { url: `http://127.0.0.1:${balancer.port}/graphql`, gateways: gateways.map((gateway) => gateway.process), balancer: balancer.child };
    },
  },
];

/** CPU seconds (user + system) a process and its descendants have used so far. */
function cpuSeconds(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // exited meanwhile
    }
  }
  return ticks / TICKS_PER_SECOND;
}

const treeOf = (processes: Array<{ child: ChildProcess }>) => processes.flatMap((entry) => processTree(entry.child.pid!));

interface Row {
  shape: string;
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  gatewayCpuMsPerRequest: number;
  subgraphCpuMsPerRequest: Record<string, number>;
  balancerCpuMsPerRequest: number | null;
  /** autocannon, in this process: on this machine it takes the same cores. */
  loaderCpuMsPerRequest: number;
}

/** One load at one connection level, with every process's CPU time over it. */
async function measure(shape: string, connections: number, running: { url: string; gateways: BenchProcess[]; balancer?: ChildProcess }, subgraphs: BenchProcess[], requests: () => string, token: string): Promise<Row> {
  const before = { gateway: cpuSeconds(treeOf(running.gateways)), subgraphs: subgraphs.map((subgraph) => cpuSeconds(treeOf([subgraph]))), balancer: running.balancer ? cpuSeconds([running.balancer.pid!]) : 0 };
  const loaderBefore = process.cpuUsage();
  const { result, graphqlErrors, errorSamples } = await drive({ url: running.url, connections, seconds, requests }, token);
  const loader = process.cpuUsage(loaderBefore);
  for (const sample of errorSamples) console.log(`    failed: ${sample}`);
  if (result.errors + result.timeouts > 0) console.log(`    failed: ${result.errors} transport errors, ${result.timeouts} timeouts`);
  const answered = Math.max(1, result.requests.total);
  const perRequest = (cpu: number) => Math.round(((cpu * 1000) / answered) * 100) / 100;
  return {
    shape,
    connections,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: failures(result, graphqlErrors),
    gatewayCpuMsPerRequest: perRequest(cpuSeconds(treeOf(running.gateways)) - before.gateway),
    subgraphCpuMsPerRequest: Object.fromEntries(subgraphs.map((subgraph, index) => [subgraph.name, perRequest(cpuSeconds(treeOf([subgraph])) - before.subgraphs[index])])),
    balancerCpuMsPerRequest: running.balancer ? perRequest(cpuSeconds([running.balancer.pid!]) - before.balancer) : null,
    loaderCpuMsPerRequest: perRequest((loader.user + loader.system) / 1e6),
  };
}

/** The run of median throughput among the rounds of one shape and connection level; its errors are those of every round. */
function medianRun(runs: Row[]): Row {
  const sorted = [...runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  return { ...sorted[Math.floor(sorted.length / 2)], errors: runs.reduce((sum, run) => sum + run.errors, 0) };
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'kumkm-replicas-'));
  const secret = randomBytes(32).toString('hex');
  const subgraphPorts = benchSubgraphs(await freePortBlock(SUBGRAPH_MANIFESTS.length));
  const urls = Object.fromEntries(subgraphPorts.map((subgraph) => [subgraph.urlVariable, subgraph.url]));
  const embedded = !SUBGRAPH_MANIFESTS.some((manifest) => process.env[`${manifest.envPrefix}_DATABASE_URL`]);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    AUTH_JWT_SECRET: secret,
    LOG_LEVEL: 'warn',
    SUMMARY_CACHE_TTL_SECONDS: '0',
    RATE_LIMIT_PER_MINUTE: '1000000000',
    SEED: embedded ? 'regional' : 'none',
    ...(embedded ? embeddedDatabaseEnv(dir) : {}),
    ...urls,
  };
  const subgraphs = await startSubgraphs(subgraphPorts, env);
  const token = await issueToken({ secret, issuer: 'kumkm-graph', audience: 'kumkm-graph', publicKeyAlgorithm: 'RS256' }, { subject: 'bench', role: Role.ANALYST });
  const rows: Row[] = [];
  let requests: (() => string) | undefined;
  console.log(`bench:replicas: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${embedded ? 'embedded regional data' : 'databases from the environment'}; ${seconds} s per run at ${connectionLevels.join(', ')} connections; summary cache off, the mix varied so that identical queries are rarely in flight together`);
  try {
    for (let round = 0; round < rounds; round += 1) {
      // Each round starts with another shape, so that none always runs first (on colder caches).
      for (const shape of [...SHAPES.slice(round % SHAPES.length), ...SHAPES.slice(0, round % SHAPES.length)]) {
        const running = await shape.start(env, dir);
        try {
          requests ??= variedMix(await someNibs(running.url, token));
          await drive({ url: running.url, connections: 10, seconds: 3, requests }, token); // warm-up: plans, pools, JIT
          for (const connections of connectionLevels) {
            const row = await measure(shape.name, connections, running, subgraphs, requests, token);
            rows.push(row);
            console.log(`  round ${round + 1}, ${shape.name}, ${connections} connections: ${row.requestsPerSecond} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, ${row.errors} errors; CPU per request: gateway ${row.gatewayCpuMsPerRequest} ms`);
          }
        } finally {
          await Promise.all(running.gateways.map((gateway) => gateway.stop()));
          running.balancer?.kill('SIGTERM');
        }
      }
    }
  } finally {
    await Promise.all(subgraphs.map((subgraph) => subgraph.stop()));
    rmSync(dir, { recursive: true, force: true });
  }
  const medians = SHAPES.flatMap((shape) => connectionLevels.map((connections) => medianRun(rows.filter((row) => row.shape === shape.name && row.connections === connections))));
  console.log(`The median of ${rounds} rounds by throughput, per shape and connection level:`);
  console.table(medians.map((row) => ({ shape: row.shape, connections: row.connections, 'req/s': row.requestsPerSecond, 'p50 ms': row.p50, 'p99 ms': row.p99, errors: row.errors, 'gateway CPU ms/req': row.gatewayCpuMsPerRequest, ...Object.fromEntries(Object.entries(row.subgraphCpuMsPerRequest).map(([name, ms]) => [`${name} CPU ms/req`, ms])), 'HAProxy CPU ms/req': row.balancerCpuMsPerRequest ?? '', 'autocannon CPU ms/req': row.loaderCpuMsPerRequest })));
  printProjection(medians);
  const errors = medians.reduce((sum, row) => sum + row.errors, 0);
  console.log(errors === 0 ? 'bench:replicas: done, zero errors' : `bench:replicas: done, ${errors} ERRORS`);
  process.exitCode = errors === 0 ? 0 : 1;
}

/**
 * What the CPU per request says about 8 cores, read from the one-process run at the highest
 * connection level: with every part replicated to use the cores (gateway workers, subgraph
 * replicas), 8 cores answer at most 8 ÷ (the CPU of one request in all parts) a second; with only
 * the gateway in workers and each subgraph one process, the busiest subgraph stops the graph at
 * 1 ÷ (its CPU per request) on one core, whatever the gateway does.
 */
function printProjection(rows: Row[]): void {
  const basis = rows.find((row) => row.shape === 'one process' && row.connections === Math.max(...connectionLevels));
  if (!basis) return;
  const parts = { gateway: basis.gatewayCpuMsPerRequest, ...basis.subgraphCpuMsPerRequest };
  const total = Object.values(parts).reduce((sum, ms) => sum + ms, 0);
  const busiest = Object.entries(basis.subgraphCpuMsPerRequest).sort(([, a], [, b]) => b - a)[0];
  console.log(`CPU per request (one process, ${basis.connections} connections): ${Object.entries(parts).map(([name, ms]) => `${name} ${ms} ms`).join(', ')}; ${total.toFixed(2)} ms in all, the gateway ${Math.round((100 * basis.gatewayCpuMsPerRequest) / total)}%`);
  console.log(`Projection to 8 cores: every part replicated, at most ${Math.round(8000 / total)} req/s (2 cores: ${Math.round(2000 / total)}; measured ${basis.requestsPerSecond}); gateway workers alone, at most ${Math.round(1000 / busiest[1])} req/s (${busiest[0]} on one core)`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
