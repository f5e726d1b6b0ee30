import { randomBytes } from 'node:crypto';
import { request, type IncomingHttpHeaders } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BenchProcess, benchSubgraphs, embeddedDatabaseEnv, freePortBlock, processTree, ROOT, startSubgraphs, subgraphPortEnv, waitForHttp, type SubgraphPorts } from '@kumkm/bench/bench-stack';
import { GATEWAY_NODE_FLAGS, SUBGRAPH_MANIFESTS } from '@kumkm/gateway';
import { issueToken, Role } from '@kumkm/subgraph-kit';

/** The subgraphs as their own processes on fresh embedded databases, for gateway processes to be started over. */
export interface SubgraphProcesses {
  secret: string;
  ports: SubgraphPorts[];
  /** A folder of this run, removed on stop. */
  dir: string;
  env: NodeJS.ProcessEnv;
  processes: BenchProcess[];
  stop(): Promise<void>;
}

export async function startSubgraphProcesses(): Promise<SubgraphProcesses> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kumkm-gateways-'));
  const secret = randomBytes(32).toString('hex');
  const subgraphs = benchSubgraphs(await freePortBlock(SUBGRAPH_MANIFESTS.length));
  const env = { ...process.env, AUTH_JWT_SECRET: secret, LOG_LEVEL: 'warn', ...embeddedDatabaseEnv(dir), ...subgraphPortEnv(subgraphs) };
  const processes = await startSubgraphs(subgraphs, env);
  return {
    secret,
    ports: subgraphs,
    dir,
    env,
    processes,
    stop: async () => {
      await Promise.all(processes.map((child) => child.stop()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A gateway process (`gateway/dist/main.js`, as deployed) over those subgraphs, ready when this resolves. */
export interface GatewayProcess {
  process: BenchProcess;
  port: number;
  base: string;
}

export async function startGatewayProcess(subgraphs: SubgraphProcesses, env: Record<string, string>, name = 'gateway'): Promise<GatewayProcess> {
  const port = await freePortBlock(1);
  const gateway = BenchProcess.start(name, [...GATEWAY_NODE_FLAGS, path.join(ROOT, 'gateway/dist/main.js')], { ...subgraphs.env, GATEWAY_PORT: String(port), ...env });
  const base = `http://127.0.0.1:${port}`;
  await gateway.until(waitForHttp(`${base}/ready`, 120_000));
  return { process: gateway, port, base };
}

/** The workers of a gateway primary. */
export function workerPids(gateway: BenchProcess): number[] {
  return processTree(gateway.child.pid!).filter((pid) => pid !== gateway.child.pid);
}

/** The kernel's inode of the socket listening on this local port (IPv4). */
function listeningInode(port: number): string | undefined {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const listening = readFileSync('/proc/net/tcp', 'utf8')
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .find((fields) => fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '0A');
  return listening?.[9];
}

/** The workers of a gateway primary that hold its listening socket: those that take connections. */
export function servingWorkers(gateway: BenchProcess, port: number): number[] {
  const inode = listeningInode(port);
  if (!inode) return [];
  return workerPids(gateway).filter((pid) => {
    try {
      return readdirSync(`/proc/${pid}/fd`).some((fd) => readlinkSafe(`/proc/${pid}/fd/${fd}`) === `socket:[${inode}]`);
    } catch {
      return false;
    }
  });
}

function readlinkSafe(link: string): string | undefined {
  try {
    return readlinkSync(link);
  } catch {
    return undefined;
  }
}

/** A token as the graph's issuer signs them (AUTH_JWT_SECRET of these processes). */
export function tokenFor(secret: string, role: Role, subject: string, region?: string): Promise<string> {
  return issueToken({ secret, issuer: 'kumkm-graph', audience: 'kumkm-graph', publicKeyAlgorithm: 'RS256' }, { subject, role, region });
}

export const analystToken = (secret: string, subject = 'analyst') => tokenFor(secret, Role.ANALYST, subject);

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: { data?: Record<string, any>; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

/**
 * One GraphQL request on a connection of its own (no keep-alive): each request is accepted anew
 * by whichever gateway process or worker takes it, as separate callers' requests are.
 */
export function askOnce(base: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const outgoing = request(
      `${base}/graphql`,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => {
          try {
            resolve({ status: response.statusCode!, headers: response.headers, body: JSON.parse(text) });
          } catch (error) {
            reject(error);
          }
        });
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}
