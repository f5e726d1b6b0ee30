import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { benchSubgraphs, embeddedDatabaseEnv, freePortBlock, processTree, ROOT, subgraphPortEnv, waitForHttp } from '@kumkm/bench/bench-stack';
import { SUBGRAPH_MANIFESTS } from '@kumkm/gateway';
import { alive } from './support/processes';

/** The process below `pid` whose command line contains `fragment`. */
function descendant(pid: number, fragment: string): number | undefined {
  return processTree(pid).find((child) => child !== pid && readFileSync(`/proc/${child}/cmdline`, 'utf8').includes(fragment));
}


describe('npm start (the local stack launcher)', () => {
  it('starts a process that died again, says so, keeps the others serving, and stops them all on SIGTERM', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kumkm-stack-'));
    const base = await freePortBlock(SUBGRAPH_MANIFESTS.length + 1);
    const subgraphs = benchSubgraphs(base);
    const env = {
      ...process.env,
      // As a user's npm start runs: under jest's NODE_ENV=test, Apollo Server installs no signal handlers.
      NODE_ENV: 'development',
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

      // A supervisor's stop (systemd, docker, kill) is no crash: nothing may come back after it.
      const tree = processTree(stack.pid!);
      const stopOutput = output.length;
      const stopped = new Promise((resolve) => stack.once('exit', resolve));
      stack.kill('SIGTERM');
      expect(await stopped).toBe(0);
      const afterStop = output.slice(stopOutput);
      expect(afterStop.match(/exited with code 0/g)).toHaveLength(SUBGRAPH_MANIFESTS.length + 1);
      expect(afterStop).not.toMatch(/restarted/);
      expect(tree.filter(alive)).toEqual([]);
    } finally {
      if (stack.exitCode === null && stack.signalCode === null) {
        const exited = new Promise((resolve) => stack.once('exit', resolve));
        stack.kill('SIGINT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
