import { parseArgs } from 'node:util';
import { RegionDirectory, Role } from '@kumkm/subgraph-kit';
import { postBody, startBenchGraph } from './bench-stack';
import { drive, failures } from './load-driver';
import { SUPPLIER_SEARCH } from './query-mix';

/**
 * `npm run bench:suppliers [-- --seconds 10 --connections 10,50]`: the supplier search of
 * Bela Pengadaan through the gateway, on the configured databases (seed the national data first:
 * `npm run seed -- --scale national`). Each request draws its words and province at random, so no
 * cache or in-flight sharing answers it: one caller at a time for p50/p95, then autocannon at each
 * connection level. Ends with a table of every scenario.
 */
const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '10,50' } } });
const seconds = Number(values.seconds);
const connectionLevels = values.connections!.split(',').map(Number);

/** Words buyers type, as the offers of the seeded kinds of business write them. */
const WORDS = ['keripik', 'sambal', 'batik', 'katering', 'kopi', 'ikan', 'bambu', 'sayur', 'kue', 'pala', 'rumput', 'seragam', 'nasi', 'bakso', 'lele', 'cabai', 'suvenir', 'sembako', 'kemeja', 'abon'];
const PROVINCES = RegionDirectory.load().provinces().map((province) => province.code);

interface Scenario {
  name: string;
  target?: string;
  variables: () => { search: string; filter?: { region: string } };
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)];
const prefixOf = (word: string) => word.slice(0, 3 + Math.floor(Math.random() * 2));

const SCENARIOS: Scenario[] = [
  { name: 'word + province', target: 'p50 < 50 ms', variables: () => ({ search: pick(WORDS), filter: { region: pick(PROVINCES) } }) },
  { name: 'prefix + province (type-ahead)', target: 'p50 < 30 ms', variables: () => ({ search: prefixOf(pick(WORDS)), filter: { region: pick(PROVINCES) } }) },
  { name: 'word, whole country', variables: () => ({ search: pick(WORDS) }) },
  { name: 'prefix, whole country', variables: () => ({ search: prefixOf(pick(WORDS)) }) },
];

const bodyOf = (scenario: Scenario) => JSON.stringify({ query: SUPPLIER_SEARCH, variables: scenario.variables() });

function percentile(sorted: number[], share: number): number {
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] * 10) / 10;
}

/** One caller, one request at a time, a fresh draw each time: p50, p95 and what the answers held. */
async function oneCaller(url: string, token: string, scenario: Scenario) {
  const times: number[] = [];
  let failed = 0;
  let suppliers = 0;
  let incomplete = 0;
  const deadline = performance.now() + seconds * 1000;
  while (performance.now() < deadline) {
    const started = performance.now();
    const answer = await postBody(url, token, bodyOf(scenario));
    const body = (await answer.json()) as { data?: { suppliers: { totalCount: number; complete: boolean } }; errors?: unknown };
    times.push(performance.now() - started);
    if (answer.status !== 200 || body.errors || !body.data) failed += 1;
    else {
      suppliers += body.data.suppliers.totalCount;
      if (!body.data.suppliers.complete) incomplete += 1;
    }
  }
  times.sort((a, b) => a - b);
  return { requests: times.length, p50: percentile(times, 0.5), p95: percentile(times, 0.95), failed, suppliersPerAnswer: Math.round(suppliers / Math.max(1, times.length - failed)), incompleteShare: `${Math.round((incomplete / times.length) * 100)}%` };
}

async function main() {
  // One bench token asks far more than one person may: the rate limit is not what is measured.
  const graph = await startBenchGraph({ RATE_LIMIT_PER_MINUTE: '1000000000' });
  const rows: Array<Record<string, string | number>> = [];
  try {
    const url = `${graph.url}/graphql`;
    const token = await graph.tokenFor(Role.ANALYST, 'bench-suppliers');
    // Warm-up: plans cached, connections open, the engines' index pages read once.
    await drive({ url, connections: 4, seconds: 3, requests: () => bodyOf(pick(SCENARIOS)) }, token);
    for (const scenario of SCENARIOS) {
      const single = await oneCaller(url, token, scenario);
      rows.push({ scenario: scenario.name, connections: 1, 'req/s': Math.round(single.requests / seconds), 'p50 ms': single.p50, 'p95/p99 ms': single.p95, errors: single.failed, 'suppliers per answer': single.suppliersPerAnswer, 'answers past the 200 cap': single.incompleteShare, target: scenario.target ?? '' });
      console.log(`  ${scenario.name}, 1 connection: p50 ${single.p50} ms, p95 ${single.p95} ms, ${single.failed} failed`);
      if (single.failed) throw new Error(`${scenario.name}: ${single.failed} of ${single.requests} answers failed; the figures would not be the search's`);
      for (const connections of connectionLevels) {
        const { result, graphqlErrors } = await drive({ url, connections, seconds, requests: () => bodyOf(scenario) }, token);
        rows.push({ scenario: scenario.name, connections, 'req/s': Math.round(result.requests.average), 'p50 ms': result.latency.p50, 'p95/p99 ms': result.latency.p99, errors: failures(result, graphqlErrors), 'suppliers per answer': '', 'answers past the 200 cap': '', target: '' });
        console.log(`  ${scenario.name}, ${connections} connections: ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms`);
      }
    }
    console.table(rows);
    console.log('(1 connection: p95; more connections: p99, from autocannon in whole milliseconds)');
  } finally {
    await graph.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
