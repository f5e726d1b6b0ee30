import { parseArgs } from 'node:util';
import { Role } from '@kumkm/subgraph-kit';
import { startBenchGraph, type BenchProcess } from './bench-stack';

/**
 * `npm run bench:export [-- --path "cooperatives.csv?status=ACTIVE"]`: starts the subgraphs on the
 * configured databases (seed the national data first) and the gateway, downloads each export
 * asked (default: every active cooperative, as CSV and XLSX), and prints the time, the rows and
 * bytes, and the gateway's peak RSS while it streamed.
 */
const { values } = parseArgs({ options: { path: { type: 'string', multiple: true, default: ['cooperatives.csv?status=ACTIVE', 'cooperatives.xlsx?status=ACTIVE'] } } });

interface Measured {
  export: string;
  status: number;
  seconds: number;
  megabytes: number;
  lines: number;
  'gateway RSS before MB': number;
  'gateway peak RSS MB': number;
}

async function download(url: string, token: string, gateway: BenchProcess): Promise<Measured> {
  const before = gateway.rssMb();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, gateway.rssMb())), 200);
  const started = performance.now();
  let bytes = 0;
  let lines = 0;
  let shown = 0;
  try {
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (const byte of chunk) if (byte === 10) lines += 1;
      if (bytes - shown > 4 * 2 ** 20) {
        shown = bytes;
        process.stdout.write(`\r  ${Math.round(bytes / 2 ** 20)} MB, ${Math.round((performance.now() - started) / 1000)} s, gateway RSS ${gateway.rssMb()} MB   `);
      }
    }
    process.stdout.write('\n');
    return { export: url.replace(/^.*\/exports\//, ''), status: response.status, seconds: Number(((performance.now() - started) / 1000).toFixed(1)), megabytes: Number((bytes / 2 ** 20).toFixed(1)), lines, 'gateway RSS before MB': before, 'gateway peak RSS MB': Math.max(peak, gateway.rssMb()) };
  } finally {
    clearInterval(sampler);
  }
}

async function main() {
  const graph = await startBenchGraph();
  try {
    const token = await graph.tokenFor(Role.ANALYST, 'bench-export');
    const results: Measured[] = [];
    for (const exportPath of values.path!) {
      console.log(`exporting ${exportPath}`);
      results.push(await download(`${graph.url}/exports/${exportPath}`, token, graph.gateway));
    }
    console.table(results);
    console.log('(lines: CSV rows with the header; an XLSX counts the lines of its compressed bytes, not rows)');
  } finally {
    await graph.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
