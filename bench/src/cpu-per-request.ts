import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Role } from '@kumkm/subgraph-kit';
import { processTree, queryBody, startBenchGraph } from './bench-stack';
import { drive } from './load-driver';
import { QUERY_MIX } from './query-mix';

/**
 * `npm run bench:cpu [-- --connections 1,10 --seconds 10]`: the query mix through this gateway with
 * the summary cache off, and the CPU time each process (the gateway, every subgraph, MariaDB when
 * it runs here) spent per request, read from /proc. It shows where the machine's cores go, and how
 * much more the same requests cost when they come one at a time (every process waking for each)
 * than under load.
 */
const { values: options } = parseArgs({ options: { connections: { type: 'string', default: '1,10' }, seconds: { type: 'string', default: '10' } } });

/** /proc counts CPU time in clock ticks of 1/100 s (USER_HZ on Linux). */
const MS_PER_TICK = 10;

/** CPU time (user and system) of a process and its children so far, in milliseconds. */
function cpuMs(pids: number[]): number {
  return pids.reduce((sum, pid) => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return sum + (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
    } catch {
      return sum;
    }
  }, 0);
}

function mariadbPid(): number[] {
  try {
    return [Number(execFileSync('pgrep', ['-x', 'mariadbd']).toString().trim().split('\n')[0])];
  } catch {
    return [];
  }
}

async function main() {
  const graph = await startBenchGraph({ SUMMARY_CACHE_TTL_SECONDS: '0', GATEWAY_WORKERS: '1', RATE_LIMIT_PER_MINUTE: '1000000000' });
  try {
    const token = await graph.tokenFor(Role.ANALYST, 'bench-cpu');
    const processes: Record<string, number[]> = Object.fromEntries(graph.processes.map((process) => [process.name, processTree(process.child.pid!)]));
    const database = mariadbPid();
    if (database.length) processes.mariadb = database;
    const requests = QUERY_MIX.map((query) => ({ body: queryBody(query) }));
    const url = `${graph.url}/graphql`;
    const rows = [];
    for (const connections of options.connections!.split(',').map(Number)) {
      await drive({ url, connections, seconds: 3, requests }, token);
      const before = Object.fromEntries(Object.entries(processes).map(([name, pids]) => [name, cpuMs(pids)]));
      const { result } = await drive({ url, connections, seconds: Number(options.seconds), requests }, token);
      const total = result.requests.total;
      const perRequest = Object.fromEntries(Object.entries(processes).map(([name, pids]) => [name, Number(((cpuMs(pids) - before[name]) / total).toFixed(2))]));
      rows.push({ connections, 'req/s': Math.round(result.requests.average), ...perRequest });
      console.log(`${connections} connections: ${total} requests`);
    }
    console.log('CPU milliseconds per request of the cache-off mix, by process:');
    console.table(rows);
  } finally {
    await graph.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
