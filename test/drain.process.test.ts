import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '@kumkm/bench/bench-stack';
import { issueToken, Role, type AuthConfig } from '@kumkm/subgraph-kit';

const SLOW_MS = 1500;

/**
 * A test-only subgraph process: the kit's own process runner (the one every subgraph's main.ts
 * uses, with its SIGTERM handling) serving one field that takes SLOW_MS to resolve.
 */
function slowSubgraphScript(databaseUrl: string, auth: AuthConfig): string {
  return `
    const { createLogger, runSubgraphProcess } = require('@kumkm/subgraph-kit');
    const { GraphQLObjectType, GraphQLSchema, GraphQLString } = require('graphql');
    const schema = new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: {
      slow: { type: GraphQLString, resolve: () => new Promise((resolve) => setTimeout(() => resolve('finished'), ${SLOW_MS})) },
    } }) });
    runSubgraphProcess(
      {
        manifest: { name: 'slow', envPrefix: 'SLOW', defaultPort: 0, packageName: 'none', entryPoint: 'none', ownedEntities: [] },
        database: { entities: [], migrations: { mysql: [], sqlite: [] } },
        buildSchema: async () => schema,
        seed: async () => [],
        seedNational: async () => [],
        importKinds: {},
      },
      { databaseUrl: ${JSON.stringify(databaseUrl)}, port: 0, seed: false, logger: createLogger('slow', 'info'), auth: ${JSON.stringify(auth)} },
    );`;
}

/** Resolves with the subgraph's URL from its "listening" log line. */
function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/"url":"(http:\/\/[^"]+)"/);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`exited (${code}) before listening:\n${output}`)));
  });
}

describe('SIGTERM drain', () => {
  it('lets a request in flight finish, refuses new ones, then exits 0', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kumkm-drain-'));
    const auth: AuthConfig = { secret: randomBytes(32).toString('hex'), issuer: 'kumkm-graph', audience: 'kumkm-graph', publicKeyAlgorithm: 'RS256' };
    const token = await issueToken(auth, { subject: 'drain-test', role: Role.ANALYST });
    const child = spawn(process.execPath, ['-e', slowSubgraphScript(`sqlite:${dir}/slow.sqlite`, auth)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const url = await listeningUrl(child);
      const ask = () =>
        fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: '{"query":"{ slow }"}' }).then((response) => response.json());
      const started = Date.now();
      const inFlight = ask();
      await new Promise((resolve) => setTimeout(resolve, 300));
      child.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 200));
      await expect(ask()).rejects.toThrow();
      expect(await inFlight).toEqual({ data: { slow: 'finished' } });
      expect(Date.now() - started).toBeGreaterThanOrEqual(SLOW_MS);
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
