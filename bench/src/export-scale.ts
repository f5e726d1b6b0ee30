import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GATEWAY_NODE_FLAGS, SUBGRAPH_MANIFESTS } from '@kumkm/gateway';
import { issueToken, Role } from '@kumkm/subgraph-kit';
import { benchSubgraphs, BenchProcess, freePortBlock, ROOT, startSubgraphs, waitForHttp } from './bench-stack';

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
  const secret = randomBytes(32).toString('hex');
  const basePort = await freePortBlock(SUBGRAPH_MANIFESTS.length + 1);
  const subgraphs = benchSubgraphs(basePort);
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', AUTH_JWT_SECRET: secret, LOG_LEVEL: 'warn', SEED: 'none' };
  const processes = await startSubgraphs(subgraphs, env);
  const urls = Object.fromEntries(subgraphs.map((subgraph) => [subgraph.urlVariable, subgraph.url]));
  const gateway = BenchProcess.start('gateway', [...GATEWAY_NODE_FLAGS, path.join(ROOT, 'gateway/dist/main.js')], { ...env, ...urls, GATEWAY_PORT: String(basePort) });
  processes.push(gateway);
  try {
    await gateway.until(waitForHttp(`http://127.0.0.1:${basePort}/ready`));
    const token = await issueToken({ secret, issuer: 'kumkm-graph', audience: 'kumkm-graph', publicKeyAlgorithm: 'RS256' }, { subject: 'bench-export', role: Role.ANALYST });
    const results: Measured[] = [];
    for (const exportPath of values.path!) {
      console.log(`exporting ${exportPath}`);
      results.push(await download(`http://127.0.0.1:${basePort}/exports/${exportPath}`, token, gateway));
    }
    console.table(results);
    console.log('(lines: CSV rows with the header; an XLSX counts the lines of its compressed bytes, not rows)');
  } finally {
    await Promise.all(processes.map((child) => child.stop()));
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
