import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { issueToken, Role } from '@kumkm/subgraph-kit';
import { GATEWAY_NODE_FLAGS, SUBGRAPH_MANIFESTS } from '@kumkm/gateway';
import { ROOT, waitForHttp } from './bench-stack';

/**
 * `npm run soak [-- --seconds 60 --connections 20]`: the whole graph as separate processes on fresh
 * embedded databases, driven at a fixed concurrency with the coordination query mix. Prints
 * progress every 5 s and a summary: requests, errors, latency, and the gateway's memory over time.
 */
const { values } = parseArgs({ options: { seconds: { type: 'string', default: '60' }, connections: { type: 'string', default: '20' } } });
const seconds = Number(values.seconds);
const connections = Number(values.connections);

const QUERIES = [
  `query Rakor { regions(codes: ["81", "31.72", "36.74"]) { code name cooperativeSummary { active byType { type count } members withoutRecentRat }
    umkmSummary { total byScale { scale count } bySector { sector count } halalCertified } trainingSummary(from: "2022-01-01") { programs participants certified } } }`,
  `query DrillDown { cooperatives(filter: { region: "36.74", type: SIMPAN_PINJAM }, first: 50) { edges { node { name memberCount
    members(first: 10) { edges { node { businessName scale trainings { program { title startsOn } status } } } } trainings { program { title } status } } } } }`,
  `query Listing { umkmActors(first: 25, filter: { region: "36.74", scale: MIKRO }) { totalCount edges { node { businessName sector annualSales } } } }`,
  `query Programmes { trainingPrograms(first: 20, filter: { region: "81" }) { edges { node { title startsOn participantCount waves { number enrolled } } } } }`,
];

async function gatewayRssMb(base: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const match = text.match(/^process_resident_memory_bytes\{[^}]*\} (\d+)/m);
  return match ? Math.round(Number(match[1]) / 1024 / 1024) : NaN;
}

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kumkm-soak-'));
  const secret = `soak-${Date.now()}-${'x'.repeat(32)}`;
  const env = {
    ...process.env,
    AUTH_JWT_SECRET: secret,
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '10000000',
    COOPERATIVES_PORT: '4101',
    UMKM_PORT: '4102',
    TRAINING_PORT: '4103',
    GATEWAY_PORT: '4100',
    COOPERATIVES_URL: 'http://127.0.0.1:4101/graphql',
    UMKM_URL: 'http://127.0.0.1:4102/graphql',
    TRAINING_URL: 'http://127.0.0.1:4103/graphql',
    COOPERATIVES_DATABASE_URL: `sqlite:${dataDir}/cooperatives.sqlite`,
    UMKM_DATABASE_URL: `sqlite:${dataDir}/umkm.sqlite`,
    TRAINING_DATABASE_URL: `sqlite:${dataDir}/training.sqlite`,
  };
  const children: ChildProcess[] = [];
  const launch = (script: string, flags: string[] = []) => children.push(spawn(process.execPath, [...flags, path.join(ROOT, script)], { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] }));
  try {
    for (const entry of SUBGRAPH_MANIFESTS) launch(entry.entryPoint);
    launch('gateway/dist/main.js', GATEWAY_NODE_FLAGS);
    const base = 'http://127.0.0.1:4100';
    await waitForHttp(`${base}/ready`);
    const token = await issueToken({ secret, issuer: 'kumkm-graph', audience: 'kumkm-graph', publicKeyAlgorithm: 'RS256' }, { subject: 'soak', role: Role.ANALYST });

    console.log(`soak: ${connections} connections for ${seconds} s against ${base}/graphql (queries: ${QUERIES.length} in rotation)`);
    const memory: Array<[number, number]> = [[0, await gatewayRssMb(base)]];
    const sampler = setInterval(async () => {
      const elapsed = Math.round((Date.now() - started) / 1000);
      const rss = await gatewayRssMb(base).catch(() => NaN);
      memory.push([elapsed, rss]);
      console.log(`  ${String(elapsed).padStart(3)} s  gateway RSS ${rss} MB`);
    }, 5000);
    const started = Date.now();
    const result = await autocannon({
      url: `${base}/graphql`,
      connections,
      duration: seconds,
      requests: QUERIES.map((query) => ({
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      })),
    });
    clearInterval(sampler);
    memory.push([seconds, await gatewayRssMb(base)]);

    const steady = memory.filter(([t]) => t >= 10).map(([, rss]) => rss);
    const growth = steady.length > 1 ? steady[steady.length - 1] - steady[0] : NaN;
    console.table({
      requests: result.requests.total,
      'requests/s (mean)': Math.round(result.requests.average),
      'non-2xx': result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      'latency p50 ms': result.latency.p50,
      'latency p99 ms': result.latency.p99,
      'gateway RSS start MB': memory[0][1],
      'gateway RSS peak MB': Math.max(...memory.map(([, rss]) => rss)),
      'gateway RSS growth after 10 s, MB': growth,
    });
    const ok = result.non2xx === 0 && result.errors === 0 && result.timeouts === 0;
    console.log(ok ? 'soak: zero errors' : 'soak: ERRORS (see the table)');
    process.exitCode = ok ? 0 : 1;
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
