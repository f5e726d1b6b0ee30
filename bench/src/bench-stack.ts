import { createHash, randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { GATEWAY_NODE_FLAGS } from '@kumkm/gateway';
import { SUBGRAPH_MANIFESTS } from '@kumkm/gateway/subgraph-manifests';
import { defaultSubgraphUrl, issueToken, subgraphUrlVariable, type Role } from '@kumkm/subgraph-kit';
import type { BenchQuery } from './query-mix';

export const ROOT = path.resolve(__dirname, '../..');

/** A process of the benchmark (subgraph or gateway), stopped with SIGTERM at the end. */
export class BenchProcess {
  private constructor(readonly name: string, readonly child: ChildProcess) {}

  static start(name: string, args: string[], env: NodeJS.ProcessEnv, cwd = ROOT): BenchProcess {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.once('exit', (code, signal) => {
      if (code && !signal) console.error(`${name} exited with ${code}:\n${stderr}`);
    });
    return new BenchProcess(name, child);
  }

  /** Rejects when the process ends before `ready` settles, so a crash is reported at once. */
  async until<T>(ready: Promise<T>): Promise<T> {
    const exited = new Promise<never>((_, reject) => this.child.once('exit', (code) => reject(new Error(`${this.name} exited (${code}) before it was ready`))));
    return Promise.race([ready, exited]);
  }

  /** Resident memory of the process and every process it started (cluster workers, forks), in MB. */
  rssMb(): number {
    return Math.round(processTree(this.child.pid!).reduce((sum, pid) => sum + rssKb(pid), 0) / 1024);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
}

/** A process and its descendants; one that has just exited counts as none. */
export function processTree(pid: number): number[] {
  try {
    const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
    return [pid, ...children.flatMap(processTree)];
  } catch {
    return [];
  }
}

function rssKb(pid: number): number {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** The GraphQL-over-HTTP body of a benchmark query. */
export const queryBody = (query: BenchQuery) => JSON.stringify({ query: query.query, variables: query.variables ?? {} });

/** The id a registered operation is sent by: the SHA-256 of its document, as codegen's manifest keys it. */
export const documentIdOf = (query: BenchQuery) => `sha256:${createHash('sha256').update(query.query).digest('hex')}`;
/** The query sent as a registered operation: its id, no document. */
export const documentIdBody = (query: BenchQuery) => JSON.stringify({ documentId: documentIdOf(query), variables: query.variables ?? {} });

/** Sends a GraphQL-over-HTTP body as a caller with this token would. */
export async function postBody(url: string, token: string, body: string): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
}

/** Sends one benchmark query as a caller with this token would. */
export async function postQuery(url: string, token: string, query: BenchQuery): Promise<Response> {
  return postBody(url, token, queryBody(query));
}

export async function waitForHttp(url: string, deadlineMs = 180_000, init?: RequestInit): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, init)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${deadlineMs / 1000} s`);
}

/** SQL statements each subgraph has sent since it started (its db_statements_total). */
export async function statementsSent(subgraphUrls: string[]): Promise<number> {
  const counts = await Promise.all(
    subgraphUrls.map(async (url) => {
      const text = await (await fetch(url.replace(/\/graphql$/, '/metrics'))).text();
      const match = text.match(/^db_statements_total(?:\{[^}]*\})? (\d+)/m);
      return match ? Number(match[1]) : 0;
    }),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}

export interface SubgraphPorts {
  name: string;
  envPrefix: string;
  urlVariable: string;
  port: number;
  url: string;
  entryPoint: string;
}

/** The subgraphs on the benchmark's ports (base + 1, + 2, …). */
export function benchSubgraphs(basePort: number): SubgraphPorts[] {
  return SUBGRAPH_MANIFESTS.map((entry, index) => ({
    name: entry.name,
    envPrefix: entry.envPrefix,
    urlVariable: subgraphUrlVariable(entry),
    port: basePort + 1 + index,
    url: `http://127.0.0.1:${basePort + 1 + index}/graphql`,
    entryPoint: entry.entryPoint,
  }));
}

/** Where each subgraph listens and where the others reach it, as the processes read it. */
export function subgraphPortEnv(subgraphs: SubgraphPorts[]): Record<string, string> {
  return Object.fromEntries(subgraphs.flatMap((subgraph) => [[`${subgraph.envPrefix}_PORT`, String(subgraph.port)], [subgraph.urlVariable, subgraph.url]]));
}

/** Every subgraph on an embedded database file of its own under `dir`. */
export function embeddedDatabaseEnv(dir: string): Record<string, string> {
  return Object.fromEntries(SUBGRAPH_MANIFESTS.map((manifest) => [`${manifest.envPrefix}_DATABASE_URL`, `sqlite:${dir}/${manifest.name}.sqlite`]));
}

/** The subgraph processes, reading their databases from the caller's environment (no seeding). */
export async function startSubgraphs(subgraphs: SubgraphPorts[], env: NodeJS.ProcessEnv): Promise<BenchProcess[]> {
  const portEnv = subgraphPortEnv(subgraphs);
  const processes = subgraphs.map((subgraph) => BenchProcess.start(subgraph.name, [path.join(ROOT, subgraph.entryPoint)], { ...env, ...portEnv }));
  try {
    await Promise.all(subgraphs.map((subgraph, index) => processes[index].until(waitForHttp(subgraph.url.replace(/\/graphql$/, '/ready')))));
  } catch (error) {
    await Promise.all(processes.map((child) => child.stop()));
    throw error;
  }
  return processes;
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A first port such that it and the next `count - 1` are free (the gateway and the subgraphs). */
export async function freePortBlock(count: number): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 30_000);
    const free = await Promise.all(Array.from({ length: count }, (_, offset) => portIsFree(base + offset)));
    if (free.every(Boolean)) return base;
  }
  throw new Error(`no ${count} consecutive free ports found`);
}

/** The committed supergraph with the subgraph URLs of this run, for gateways that read URLs from it. */
export function supergraphFor(subgraphs: SubgraphPorts[], dir: string): string {
  let sdl = readFileSync(path.join(ROOT, 'schema/supergraph.graphql'), 'utf8');
  for (const entry of SUBGRAPH_MANIFESTS) sdl = sdl.replaceAll(defaultSubgraphUrl(entry), subgraphs.find((subgraph) => subgraph.name === entry.name)!.url);
  const file = path.join(dir, 'supergraph.graphql');
  writeFileSync(file, sdl);
  return file;
}

/** Hive Gateway, kept out of the root workspaces (`npm ci --prefix bench/hive`). */
const HIVE_BIN = path.join(ROOT, 'bench/hive/node_modules/@graphql-hive/gateway/dist/bin.js');

export const hiveGatewayInstalled = () => existsSync(HIVE_BIN);

/** Hive Gateway over a supergraph file, with bench/hive/gateway.config.mjs (it passes the caller's token on). */
export function startHiveGateway(name: string, port: number, supergraphPath: string, env: NodeJS.ProcessEnv, nodeArgs: string[] = []): BenchProcess {
  return BenchProcess.start(name, [...nodeArgs, HIVE_BIN, 'supergraph', supergraphPath, '--port', String(port), '--host', '127.0.0.1', '-c', 'gateway.config.mjs'], env, path.join(ROOT, 'bench/hive'));
}

/** The subgraphs on the configured databases (no seeding) and this gateway in front, for a bench that drives one kind of request. */
export interface BenchGraph {
  /** The gateway's base URL, e.g. `http://127.0.0.1:4000`. */
  url: string;
  gateway: BenchProcess;
  /** The subgraphs and the gateway. */
  processes: BenchProcess[];
  /** A token of this run's secret. */
  tokenFor: (role: Role, subject: string) => Promise<string>;
  stop: () => Promise<void>;
}

export async function startBenchGraph(extraEnv: NodeJS.ProcessEnv = {}): Promise<BenchGraph> {
  const secret = randomBytes(32).toString('hex');
  const basePort = await freePortBlock(SUBGRAPH_MANIFESTS.length + 1);
  const subgraphs = benchSubgraphs(basePort);
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', AUTH_JWT_SECRET: secret, LOG_LEVEL: 'warn', SEED: 'none', ...extraEnv };
  const processes = await startSubgraphs(subgraphs, env);
  const urls = Object.fromEntries(subgraphs.map((subgraph) => [subgraph.urlVariable, subgraph.url]));
  const gateway = BenchProcess.start('gateway', [...GATEWAY_NODE_FLAGS, path.join(ROOT, 'gateway/dist/main.js')], { ...env, ...urls, GATEWAY_PORT: String(basePort) });
  processes.push(gateway);
  const stop = async () => {
    await Promise.all(processes.map((child) => child.stop()));
  };
  try {
    await gateway.until(waitForHttp(`http://127.0.0.1:${basePort}/ready`));
  } catch (error) {
    await stop();
    throw error;
  }
  const auth = { secret, issuer: 'kumkm-graph', audience: 'kumkm-graph', publicKeyAlgorithm: 'RS256' as const };
  return { url: `http://127.0.0.1:${basePort}`, gateway, processes, tokenFor: (role, subject) => issueToken(auth, { subject, role }), stop };
}
