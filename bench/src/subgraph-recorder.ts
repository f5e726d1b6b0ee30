import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request a gateway sent a subgraph while answering a query. */
export interface SubgraphFetch {
  subgraph: string;
  url: string;
  body: string;
  /** When the gateway sent it and when the answer went back, in performance.now() milliseconds. */
  sentAt: number;
  answeredAt: number;
}

/**
 * The fetches in the order a gateway must make them: waves of fetches it sent together (each
 * sent before every other of its wave was answered), one wave after the other.
 */
export function planWaves(fetches: readonly SubgraphFetch[]): SubgraphFetch[][] {
  const waves: SubgraphFetch[][] = [];
  for (const fetch of [...fetches].sort((a, b) => a.sentAt - b.sentAt)) {
    const wave = waves.at(-1);
    if (wave && fetch.sentAt < Math.min(...wave.map((earlier) => earlier.answeredAt))) wave.push(fetch);
    else waves.push([fetch]);
  }
  return waves;
}

/**
 * Stands between a gateway and the subgraphs and writes down what the gateway asks each of them
 * per query, so the floor can replay exactly those requests against the subgraphs directly.
 */
export class SubgraphRecorder {
  private readonly servers: Server[] = [];
  private fetches: SubgraphFetch[] = [];
  readonly proxyUrls: Record<string, string> = {};

  async start(subgraphs: Array<{ name: string; url: string }>): Promise<void> {
    for (const subgraph of subgraphs) {
      const server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', async () => {
          const body = Buffer.concat(chunks).toString('utf8');
          const target = new URL(req.url ?? '/', subgraph.url).toString();
          const recorded: SubgraphFetch = { subgraph: subgraph.name, url: target, body, sentAt: performance.now(), answeredAt: Infinity };
          if (req.method === 'POST') this.fetches.push(recorded);
          const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => ['authorization', 'content-type', 'x-request-id'].includes(name))) as Record<string, string>;
          const answer = await fetch(target, { method: req.method, headers, body: req.method === 'POST' ? body : undefined });
          res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
          const answerBody = Buffer.from(await answer.arrayBuffer());
          recorded.answeredAt = performance.now();
          res.end(answerBody);
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      this.servers.push(server);
      this.proxyUrls[subgraph.name] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    }
  }

  /** The subgraph requests made while `work` ran. */
  async during(work: () => Promise<void>): Promise<SubgraphFetch[]> {
    this.fetches = [];
    await work();
    return this.fetches;
  }

  async stop(): Promise<void> {
    await Promise.all(this.servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}
