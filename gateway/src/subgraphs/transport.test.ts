import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { keepAliveTransport } from './transport';

/** A local subgraph stand-in that counts TCP connections and requests. */
async function countingServer(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const counts = { connections: 0, requests: 0, concurrent: 0, peak: 0 };
  const server: Server = createServer((req, res) => {
    counts.requests += 1;
    counts.concurrent += 1;
    counts.peak = Math.max(counts.peak, counts.concurrent);
    res.on('finish', () => (counts.concurrent -= 1));
    handler(req, res);
  });
  server.on('connection', () => (counts.connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const close = () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
  return { counts, url, close };
}

const answer = (delayMs: number) => (_req: IncomingMessage, res: ServerResponse) => {
  setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{}}'), delayMs);
};

describe('keep-alive transport', () => {
  it('sends 10 sequential fetches over one connection', async () => {
    const server = await countingServer(answer(0));
    try {
      const fetch = keepAliveTransport({ maxSockets: 4, timeoutMs: 2000 });
      for (let index = 0; index < 10; index++) expect((await fetch(server.url, { method: 'POST', body: '{}' })).status).toBe(200);
      expect(server.counts.requests).toBe(10);
      expect(server.counts.connections).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('opens at most maxSockets connections; the rest of a burst waits for one', async () => {
    const server = await countingServer(answer(20));
    try {
      const fetch = keepAliveTransport({ maxSockets: 2, timeoutMs: 2000 });
      await Promise.all(Array.from({ length: 8 }, () => fetch(server.url, { method: 'POST', body: '{}' })));
      expect(server.counts.requests).toBe(8);
      expect(server.counts.connections).toBe(2);
      expect(server.counts.peak).toBe(2);
    } finally {
      await server.close();
    }
  });

  it('aborts a fetch that has no answer within the timeout', async () => {
    const server = await countingServer(() => undefined);
    try {
      const fetch = keepAliveTransport({ maxSockets: 2, timeoutMs: 150 });
      const started = Date.now();
      await expect(fetch(server.url, { method: 'POST', body: '{}' })).rejects.toMatchObject({ name: 'AbortError' });
      const elapsed = Date.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(140);
      expect(elapsed).toBeLessThan(1000);
    } finally {
      await server.close();
    }
  });
});
