import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { benchSubgraphs, embeddedDatabaseEnv, freePortBlock, processTree, ROOT, subgraphPortEnv, waitForHttp } from '@kumkm/bench/bench-stack';
import { SUBGRAPH_MANIFESTS } from '@kumkm/gateway';

/** The process below `pid` whose command line contains `fragment`. */
function descendant(pid: number, fragment: string): number | undefined {
  return processTree(pid).find((child) => child !== pid && readFileSync(`/proc/${child}/cmdline`, 'utf8').includes(fragment));
}

describe('npm start (the local stack launcher)', () => {
  it('starts a process that died again, says so, and keeps the others serving', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kumkm-stack-'));
    const base = await freePortBlock(SUBGRAPH_MANIFESTS.length + 1);
    const subgraphs = benchSubgraphs(base);
    const env = {
      ...process.env,
      AUTH_JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
      GATEWAY_PORT: String(base),
      ...subgraphPortEnv(subgraphs),
      ...embeddedDatabaseEnv(dir),
    };
    const stack = spawn(process.execPath, [path.join(ROOT, 'commands/dist/local-stack.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    stack.stdout.on('data', (chunk) => (output += chunk));
    stack.stderr.on('data', (chunk) => (output += chunk));
    const health = `http://127.0.0.1:${base}/health`;
    try {
      await waitForHttp(`http://127.0.0.1:${base}/ready`, 120_000);
      const gateway = descendant(stack.pid!, 'gateway/dist/main.js');
      expect(gateway).toBeDefined();
      process.kill(gateway!, 'SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 200));
      await expect(fetch(health)).rejects.toThrow();
      await waitForHttp(health, 30_000);
      expect((await fetch(health)).status).toBe(200);
      expect(descendant(stack.pid!, 'gateway/dist/main.js')).not.toBe(gateway);
      expect(output).toMatch(/\[gateway\] .*gateway\/dist\/main\.js exited with code SIGKILL/);
      expect(output).toMatch(/\[gateway\] .*gateway\/dist\/main\.js restarted/);
      for (const subgraph of subgraphs) expect((await fetch(subgraph.url.replace(/graphql$/, 'health'))).status).toBe(200);
      expect(stack.exitCode).toBeNull();
    } finally {
      const exited = new Promise((resolve) => stack.once('exit', resolve));
      stack.kill('SIGINT');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
