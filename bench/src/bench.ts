import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GATEWAY_NODE_FLAGS, SUBGRAPH_MANIFESTS } from '@kumkm/gateway';
import { issueToken, Role } from '@kumkm/subgraph-kit';
import { benchSubgraphs, BenchProcess, hiveGatewayInstalled, startHiveGateway, supergraphFor, documentIdBody, documentIdOf, embeddedDatabaseEnv, freePortBlock, postBody, postQuery, queryBody, ROOT, startSubgraphs, statementsSent, waitForHttp, type SubgraphPorts } from './bench-stack';
import { drive, failures } from './load-driver';
import { QUERY_MIX, REGENCY_TABLES, type BenchQuery } from './query-mix';
import { planWaves, SubgraphRecorder, type SubgraphFetch } from './subgraph-recorder';

/**
 * `npm run bench [-- --seconds 15 --connections 10,50 --targets this,apollo,hive,floor --gateway-workers 1 --rounds 1]`
 *
 * Starts the subgraphs on the databases the environment names (as `npm start` would: embedded
 * files by default, or COOPERATIVES_DATABASE_URL etc.; seed them first with `npm run seed`), then
 * drives the query mix through each gateway in turn with autocannon and prints one table.
 * `--smoke` runs a few seconds on fresh embedded databases (CI runs that, so the bench cannot rot).
 */
const { values: options } = parseArgs({
  options: {
    seconds: { type: 'string', default: '15' },
    connections: { type: 'string', default: '10,50' },
    targets: { type: 'string', default: 'this,this-uncached,apollo,hive,floor' },
    smoke: { type: 'boolean', default: false },
    /** First of four consecutive ports (gateway, then the subgraphs); `auto` finds free ones. */
    'base-port': { type: 'string', default: 'auto' },
    /** This gateway's GATEWAY_WORKERS; 1 by default, like for like with the one-process peers. */
    'gateway-workers': { type: 'string', default: '1' },
    /** Writes a CPU profile of each gateway into this folder (open it in Chrome DevTools). */
    profile: { type: 'string' },
    /**
     * Measures every target this many times in turn (A, B, C, A, B, C…) and reports the medians:
     * this machine drifts by 10-40% over minutes, which one pass per target reads as a difference.
     */
    rounds: { type: 'string', default: '1' },
  },
});
const smoke = options.smoke!;
const seconds = smoke ? 2 : Number(options.seconds);
const connectionLevels = (smoke ? '4' : options.connections!).split(',').map(Number);
const latencySeconds = smoke ? 1 : Math.max(3, Math.round(seconds / 3));
const rounds = smoke ? 1 : Number(options.rounds);
const profileArgs = options.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(options.profile)}`] : [];
const GATEWAY_TARGETS = ['this', 'this-uncached', 'apollo', 'hive'] as const;
type GatewayTarget = (typeof GATEWAY_TARGETS)[number];
const LABEL: Record<GatewayTarget | 'floor', string> = {
  this: 'this gateway',
  // The mix's Rakor query is served from the summary cache in 1 ms; without it every query does
  // the gateway's whole work, which is what the peers are compared on.
  'this-uncached': 'this gateway, cache off',
  apollo: '@apollo/gateway, untuned',
  hive: 'Hive Gateway',
  floor: 'floor (subgraphs direct)',
};
/** The floor's second reading: each query's subgraph requests replayed in the gateway's order. */
const PLAN_ORDER_FLOOR = 'floor, plan order';

interface Measured {
  target: string;
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  peakRssMb: number | null;
  sqlPerRequest: number | null;
}

/** The middle of some timings, which it sorts. */
function median(times: number[]): number {
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Per-query medians of each target, round after round. */
class RoundTimings {
  private readonly byTarget = new Map<string, Map<string, number[]>>();

  add(target: string, perQuery: Record<string, number>): void {
    const queries = this.byTarget.get(target) ?? new Map<string, number[]>();
    for (const [query, time] of Object.entries(perQuery)) queries.set(query, [...(queries.get(query) ?? []), time]);
    this.byTarget.set(target, queries);
  }

  /** Each target's median per query over the rounds. */
  medians(): Record<string, Record<string, number>> {
    return Object.fromEntries([...this.byTarget].map(([target, queries]) => [target, Object.fromEntries([...queries].map(([query, times]) => [query, median(times)]))]));
  }
}

/** Rows with the same key, in groups, in first-seen order. */
function groupsOf<T>(rows: readonly T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  return [...groups.values()];
}

/** Rows of the same target and level over the rounds, as one: medians, the errors summed, the peak memory's maximum. */
function medianMix(rows: Measured[]): Measured[] {
  return groupsOf(rows, (row) => `${row.target}|${row.connections}`).map((group) => ({
    ...group[0],
    requestsPerSecond: median(group.map((row) => row.requestsPerSecond)),
    p50: median(group.map((row) => row.p50)),
    p99: median(group.map((row) => row.p99)),
    errors: group.reduce((sum, row) => sum + row.errors, 0),
    peakRssMb: group[0].peakRssMb === null ? null : Math.max(...group.map((row) => row.peakRssMb!)),
  }));
}

/** Regency tables of the same target over the rounds, as one. */
function medianWide(rows: WideTiming[]): WideTiming[] {
  return groupsOf(rows, (row) => `${row.target}|${row.query}`).map((group) => ({
    ...group[0],
    requests: group.reduce((sum, row) => sum + row.requests, 0),
    fastestMs: Math.min(...group.map((row) => row.fastestMs)),
    medianMs: median(group.map((row) => row.medianMs)),
    slowestMs: Math.max(...group.map((row) => row.slowestMs)),
    errors: group.reduce((sum, row) => sum + row.errors, 0),
  }));
}

/**
 * One caller asking one query again and again for `seconds`: the median wait in tenths of a
 * millisecond (autocannon rounds to whole milliseconds, too coarse for a gap of one or two).
 * Every answer is read whole and counted as a failure if it is not a 200 without errors.
 */
async function medianLatency(url: string, body: string, token: string, seconds: number): Promise<{ median: number; failures: number }> {
  const times: number[] = [];
  let failed = 0;
  const deadline = performance.now() + seconds * 1000;
  while (performance.now() < deadline) {
    const started = performance.now();
    const answer = await postBody(url, token, body);
    const text = await answer.text();
    times.push(performance.now() - started);
    if (answer.status !== 200 || text.includes('"errors"')) failed += 1;
  }
  return { median: Math.round(median(times) * 10) / 10, failures: failed };
}

/**
 * One caller replaying a query's subgraph requests as a gateway makes them (waves one after the
 * other, the requests of a wave at once), again and again: the median in tenths of a millisecond.
 * Unlike the floor's sum of requests each timed in a loop of its own, every subgraph waits between
 * its turns here, as it does behind a gateway.
 */
async function medianPlanReplay(fetches: SubgraphFetch[], token: string, seconds: number): Promise<number> {
  const waves = planWaves(fetches);
  const times: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  while (performance.now() < deadline) {
    const started = performance.now();
    for (const wave of waves) await Promise.all(wave.map(async (fetch) => (await postBody(fetch.url, token, fetch.body)).text()));
    times.push(performance.now() - started);
  }
  return Math.round(median(times) * 10) / 10;
}

async function checkAnswers(url: string, token: string): Promise<void> {
  for (const query of QUERY_MIX) {
    const answer = await postQuery(url, token, query);
    const json = (await answer.json()) as { data?: unknown; errors?: unknown[] };
    if (answer.status !== 200 || json.errors || !json.data) throw new Error(`${url}: ${query.name} answered ${answer.status}: ${JSON.stringify(json).slice(0, 500)}`);
  }
}

const isThisGateway = (target: GatewayTarget) => target === 'this' || target === 'this-uncached';

/** The mix as registered operations (a trusted-documents manifest), for this gateway to take by id. */
function benchManifest(dir: string): string {
  const file = path.join(dir, 'bench-documents.json');
  writeFileSync(file, JSON.stringify(Object.fromEntries(QUERY_MIX.map((query) => [documentIdOf(query), query.query]))));
  return file;
}

function startGateway(target: GatewayTarget, port: number, subgraphs: SubgraphPorts[], supergraphPath: string, env: NodeJS.ProcessEnv): BenchProcess {
  if (isThisGateway(target)) {
    const urls = Object.fromEntries(subgraphs.map((subgraph) => [subgraph.urlVariable, subgraph.url]));
    const cache = target === 'this-uncached' ? { SUMMARY_CACHE_TTL_SECONDS: '0' } : {};
    return BenchProcess.start(LABEL[target], [...GATEWAY_NODE_FLAGS, ...profileArgs, path.join(ROOT, 'gateway/dist/main.js')], {
      ...env,
      ...urls,
      ...cache,
      GATEWAY_PORT: String(port),
      GATEWAY_WORKERS: options['gateway-workers'],
      RATE_LIMIT_PER_MINUTE: '1000000000',
      TRUSTED_DOCUMENTS_MANIFESTS: benchManifest(path.dirname(supergraphPath)),
    });
  }
  if (target === 'apollo') {
    return BenchProcess.start(LABEL.apollo, [...profileArgs, path.join(ROOT, 'bench/dist/untuned-gateway.js')], { ...env, PORT: String(port), SUPERGRAPH_PATH: supergraphPath });
  }
  return startHiveGateway(LABEL.hive, port, supergraphPath, env, profileArgs);
}

interface WideTiming {
  target: string;
  query: string;
  requests: number;
  regions: number;
  fastestMs: number;
  medianMs: number;
  slowestMs: number;
  sqlPerRequest: number;
  /** Requests answered with an error: counted and printed, not timed (a peer's failure does not end the run). */
  errors: number;
}

/** A regency table, one request at a time after one warm-up, every answer checked for errors. */
async function timeRegencyTable(target: GatewayTarget, table: BenchQuery, url: string, token: string, subgraphUrls: string[]): Promise<WideTiming> {
  let errors = 0;
  const ask = async () => {
    const started = performance.now();
    const answer = await postQuery(url, token, table);
    const json = (await answer.json()) as { data?: { regions: Array<{ children: unknown[] }> }; errors?: unknown[] };
    const elapsed = performance.now() - started;
    if (answer.status === 200 && !json.errors && json.data) return { elapsed, regions: json.data.regions.reduce((sum, province) => sum + province.children.length, 0) };
    errors += 1;
    console.log(`  ${url}: ${table.name} answered ${answer.status}: ${JSON.stringify(json).slice(0, 300)}`);
    return undefined;
  };
  const regions = (await ask())?.regions ?? 0;
  const requests = smoke ? 2 : 7;
  const before = await statementsSent(subgraphUrls);
  const times: number[] = [];
  for (let i = 0; i < requests; i += 1) {
    const timed = await ask();
    if (timed) times.push(timed.elapsed);
  }
  const statements = (await statementsSent(subgraphUrls)) - before;
  const medianMs = times.length ? Math.round(median(times)) : NaN;
  return { target: LABEL[target], query: table.name, requests, regions, fastestMs: Math.round(times[0]), medianMs, slowestMs: Math.round(times.at(-1)!), sqlPerRequest: statements / requests, errors };
}

/** Each query of the mix sent by `body`, one at a time: its median latency. */
async function medianPerQuery(url: string, token: string, body: (query: BenchQuery) => string): Promise<Record<string, number>> {
  const perQuery: Record<string, number> = {};
  for (const query of QUERY_MIX) {
    const { median, failures: failed } = await medianLatency(url, body(query), token, latencySeconds);
    if (failed) throw new Error(`${url}: ${query.name} failed ${failed} times at one connection`);
    perQuery[query.name] = median;
  }
  return perQuery;
}

async function measureGateway(target: GatewayTarget, gateway: BenchProcess, url: string, token: string, subgraphUrls: string[]): Promise<{ mix: Measured[]; perQuery: Record<string, number>; perQueryById?: Record<string, number>; wide: WideTiming[] }> {
  await checkAnswers(url, token);
  // Warm-up: plans cached, connections open, JIT warm, as in a running system.
  await drive({ url, connections: 4, seconds: smoke ? 1 : 3, requests: QUERY_MIX.map((query) => ({ body: queryBody(query) })) }, token);
  const perQuery = await medianPerQuery(url, token, queryBody);
  // The same mix as registered operations, sent by id (trusted documents): no document to read or hash.
  const perQueryById = isThisGateway(target) ? await medianPerQuery(url, token, documentIdBody) : undefined;
  const mix: Measured[] = [];
  for (const connections of connectionLevels) {
    let peak = gateway.rssMb();
    const sampler = setInterval(() => (peak = Math.max(peak, gateway.rssMb())), 250);
    const before = await statementsSent(subgraphUrls);
    const { result, graphqlErrors } = await drive({ url, connections, seconds, requests: QUERY_MIX.map((query) => ({ body: queryBody(query) })) }, token);
    clearInterval(sampler);
    const statements = (await statementsSent(subgraphUrls)) - before;
    mix.push({
      target: LABEL[target],
      connections,
      requestsPerSecond: Math.round(result.requests.average),
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: failures(result, graphqlErrors),
      peakRssMb: Math.max(peak, gateway.rssMb()),
      sqlPerRequest: result.requests.total ? Number((statements / result.requests.total).toFixed(1)) : null,
    });
    console.log(`  ${LABEL[target]}, ${connections} connections: ${mix.at(-1)!.requestsPerSecond} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
  }
  const wide: WideTiming[] = [];
  for (const table of REGENCY_TABLES) {
    wide.push(await timeRegencyTable(target, table, url, token, subgraphUrls));
    console.log(`  ${LABEL[target]}, ${table.name} (${wide.at(-1)!.regions} regencies): median ${wide.at(-1)!.medianMs} ms`);
  }
  return { mix, perQuery, perQueryById, wide };
}

/**
 * The floor: each query's subgraph requests (as this gateway sent them) replayed against the
 * subgraphs directly; a query needing several subgraph requests costs the sum of their times.
 */
async function measureFloor(recorded: Map<string, SubgraphFetch[]>, token: string): Promise<{ mix: Measured[]; perQuery: Record<string, number>; perQueryInPlanOrder: Record<string, number> }> {
  const timeOf = async (fetches: SubgraphFetch[], connections: number, duration: number) => {
    const sums = { p50: 0, p99: 0, mean: 0, errors: 0 };
    for (const fetch of fetches) {
      const { result, graphqlErrors } = await drive({ url: fetch.url, connections, seconds: duration, requests: [{ body: fetch.body }] }, token);
      sums.p50 += result.latency.p50;
      sums.p99 += result.latency.p99;
      sums.mean += result.latency.mean;
      sums.errors += failures(result, graphqlErrors);
    }
    return sums;
  };
  const perQuery: Record<string, number> = {};
  for (const query of QUERY_MIX) {
    let sum = 0;
    for (const fetch of recorded.get(query.name)!) sum += (await medianLatency(fetch.url, fetch.body, token, latencySeconds)).median;
    perQuery[query.name] = Math.round(sum * 10) / 10;
  }
  const perQueryInPlanOrder: Record<string, number> = {};
  for (const query of QUERY_MIX) perQueryInPlanOrder[query.name] = await medianPlanReplay(recorded.get(query.name)!, token, latencySeconds);
  const mix: Measured[] = [];
  for (const connections of connectionLevels) {
    const times: Array<{ p50: number; p99: number; mean: number; errors: number }> = [];
    for (const query of QUERY_MIX) times.push(await timeOf(recorded.get(query.name)!, connections, Math.max(1, Math.round(seconds / 3))));
    const meanOfMix = times.reduce((sum, time) => sum + time.mean, 0) / times.length;
    const sorted = (key: 'p50' | 'p99') => times.map((time) => time[key]).sort((a, b) => a - b);
    mix.push({
      target: LABEL.floor,
      connections,
      requestsPerSecond: Math.round((connections * 1000) / meanOfMix),
      p50: sorted('p50')[Math.floor(times.length / 2)],
      p99: sorted('p99').at(-1)!,
      errors: times.reduce((sum, time) => sum + time.errors, 0),
      peakRssMb: null,
      sqlPerRequest: null,
    });
  }
  return { mix, perQuery, perQueryInPlanOrder };
}

async function recordSubgraphFetches(port: number, subgraphs: SubgraphPorts[], supergraphPath: string, env: NodeJS.ProcessEnv, token: string): Promise<Map<string, SubgraphFetch[]>> {
  const recorder = new SubgraphRecorder();
  await recorder.start(subgraphs);
  const proxied = subgraphs.map((subgraph) => ({ ...subgraph, url: recorder.proxyUrls[subgraph.name] }));
  const gateway = startGateway('this', port, proxied, supergraphPath, env);
  const url = `http://127.0.0.1:${port}/graphql`;
  try {
    await waitForHttp(url.replace(/\/graphql$/, '/ready'));
    const recorded = new Map<string, SubgraphFetch[]>();
    for (const query of QUERY_MIX) {
      recorded.set(query.name, await recorder.during(async () => void (await (await postQuery(url, token, query)).text())));
    }
    return recorded;
  } finally {
    await gateway.stop();
    await recorder.stop();
  }
}

function printResults(mix: Measured[], perQuery: Record<string, Record<string, number>>, perQueryById: Record<string, Record<string, number>>, wide: WideTiming[]): void {
  console.log('\nQuery mix (Rakor, drill-down, listing, programmes, lookup in rotation):');
  console.table(
    mix.map((row) => ({
      target: row.target,
      connections: row.connections,
      'req/s': row.requestsPerSecond,
      'p50 ms': row.p50,
      'p99 ms': row.p99,
      errors: row.errors,
      'peak RSS MB': row.peakRssMb ?? '',
      'SQL/request': row.sqlPerRequest ?? '',
    })),
  );
  console.log('Median latency per query, one caller asking one request at a time (ms):');
  console.table(Object.fromEntries(QUERY_MIX.map((query) => [query.name, Object.fromEntries(Object.entries(perQuery).map(([target, times]) => [target, times[query.name]]))])));
  for (const [target, byId] of Object.entries(perQueryById)) {
    console.log(`Registered operations by documentId against full documents, ${target}, median at one connection (ms):`);
    console.table(Object.fromEntries(QUERY_MIX.map((query) => [query.name, { 'full document': perQuery[target][query.name], documentId: byId[query.name], 'by id ÷ full': Number((byId[query.name] / perQuery[target][query.name]).toFixed(2)) }])));
  }
  const ourLabels = [LABEL.this, LABEL['this-uncached']];
  const ratios = [];
  for (const row of mix.filter((candidate) => ourLabels.includes(candidate.target))) {
    for (const other of mix.filter((candidate) => !ourLabels.includes(candidate.target) && candidate.connections === row.connections)) {
      ratios.push({
        target: row.target,
        connections: row.connections,
        against: other.target,
        'throughput ×': Number((row.requestsPerSecond / other.requestsPerSecond).toFixed(2)),
        'p50 ×': Number((row.p50 / Math.max(other.p50, 0.001)).toFixed(2)),
        'p99 ×': Number((row.p99 / Math.max(other.p99, 0.001)).toFixed(2)),
      });
    }
  }
  if (ratios.length) {
    console.log('This gateway (cache on, and off) against the others (throughput: higher is better; latency: lower is better):');
    console.table(ratios);
  }
  console.log('Every regency and city with three summaries, one request at a time (ms):');
  console.table(wide);
  const gateways = Object.keys(perQuery).filter((target) => target !== LABEL.floor && target !== PLAN_ORDER_FLOOR);
  for (const floorLabel of [LABEL.floor, PLAN_ORDER_FLOOR]) {
    const floor = perQuery[floorLabel];
    if (!floor || gateways.length === 0) continue;
    console.log(`Gateway overhead, median at one connection ÷ ${floorLabel}:`);
    console.table(Object.fromEntries(QUERY_MIX.map((query) => [query.name, Object.fromEntries(gateways.map((target) => [target, Number((perQuery[target][query.name] / Math.max(floor[query.name], 0.001)).toFixed(2))]))])));
  }
}

async function main() {
  const targets = options.targets!.split(',');
  const unknown = targets.filter((target) => ![...GATEWAY_TARGETS, 'floor'].includes(target as GatewayTarget));
  if (unknown.length) throw new Error(`unknown target ${unknown.join(', ')}: choose from ${[...GATEWAY_TARGETS, 'floor'].join(', ')}`);
  if (targets.includes('hive') && !hiveGatewayInstalled()) {
    console.log('Hive Gateway is not installed (npm ci --prefix bench/hive): skipping it');
    targets.splice(targets.indexOf('hive'), 1);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'kumkm-bench-'));
  const secret = randomBytes(32).toString('hex');
  const basePort = options['base-port'] === 'auto' ? await freePortBlock(SUBGRAPH_MANIFESTS.length + 1) : Number(options['base-port']);
  const subgraphs = benchSubgraphs(basePort);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    AUTH_JWT_SECRET: secret,
    LOG_LEVEL: 'warn',
    SEED: smoke ? 'regional' : 'none',
    ...(smoke ? embeddedDatabaseEnv(dir) : {}),
  };
  const processes: BenchProcess[] = [];
  try {
    console.log(`bench: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${seconds} s per run at ${connectionLevels.join(', ')} connections; targets ${targets.join(', ')}`);
    processes.push(...(await startSubgraphs(subgraphs, env)));
    const token = await issueToken({ secret, issuer: 'kumkm-graph', audience: 'kumkm-graph', publicKeyAlgorithm: 'RS256' }, { subject: 'bench', role: Role.ANALYST });
    const supergraphPath = supergraphFor(subgraphs, dir);
    const gatewayPort = basePort;
    const mix: Measured[] = [];
    const perQuery = new RoundTimings();
    const perQueryById = new RoundTimings();
    const wide: WideTiming[] = [];
    const recorded = targets.includes('floor') ? await recordSubgraphFetches(gatewayPort, subgraphs, supergraphPath, env, token) : undefined;
    for (let round = 1; round <= rounds; round += 1) {
      if (rounds > 1) console.log(`round ${round} of ${rounds}`);
      for (const target of GATEWAY_TARGETS.filter((candidate) => targets.includes(candidate))) {
        console.log(`${LABEL[target]}:`);
        const gateway = startGateway(target, gatewayPort, subgraphs, supergraphPath, env);
        try {
          await gateway.until(waitForHttp(`http://127.0.0.1:${gatewayPort}/graphql`, 180_000, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' }));
          const measured = await measureGateway(target, gateway, `http://127.0.0.1:${gatewayPort}/graphql`, token, subgraphs.map((subgraph) => subgraph.url));
          mix.push(...measured.mix);
          perQuery.add(LABEL[target], measured.perQuery);
          if (measured.perQueryById) perQueryById.add(LABEL[target], measured.perQueryById);
          wide.push(...measured.wide);
        } finally {
          await gateway.stop();
        }
      }
      if (recorded) {
        console.log(`${LABEL.floor}:`);
        const measured = await measureFloor(recorded, token);
        mix.push(...measured.mix);
        perQuery.add(LABEL.floor, measured.perQuery);
        perQuery.add(PLAN_ORDER_FLOOR, measured.perQueryInPlanOrder);
      }
    }
    printResults(medianMix(mix), perQuery.medians(), perQueryById.medians(), medianWide(wide));
    const errors = [...mix, ...wide].reduce((sum, row) => sum + row.errors, 0);
    console.log(errors === 0 ? 'bench: done, zero errors' : `bench: done, ${errors} ERRORS (see the table)`);
    process.exitCode = errors === 0 ? 0 : 1;
  } finally {
    await Promise.all(processes.map((child) => child.stop()));
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
