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

  it('closes a connection left idle before the server would, and keeps a slow answer waiting on its own', async () => {
    const server = await countingServer(answer(400));
    try {
      const fetch = keepAliveTransport({ maxSockets: 2, timeoutMs: 2000, idleConnectionMs: 150 });
      expect((await fetch(server.url, { method: 'POST', body: '{}' })).status).toBe(200);
      expect(server.counts.connections).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await fetch(server.url, { method: 'POST', body: '{}' })).status).toBe(200);
      expect(server.counts.connections).toBe(2);
    } finally {
      await server.close();
    }
  });

  describe('a connection the server resets as a fetch is sent on it', () => {
    // The second request on each connection is answered with a TCP reset, as by a server closing
    // its idle connection at that very moment; the first request on a connection is answered.
    const resettingServer = () =>
      countingServer((req, res) => {
        const socket = req.socket as typeof req.socket & { served?: number };
        socket.served = (socket.served ?? 0) + 1;
        if (socket.served > 1) return void socket.resetAndDestroy();
        answer(0)(req, res);
      });
    const body = (query: string) => JSON.stringify({ query, variables: {} });

    it('sends a read once more, on another connection', async () => {
      const server = await resettingServer();
      try {
        const fetch = keepAliveTransport({ maxSockets: 1, timeoutMs: 2000 });
        expect((await fetch(server.url, { method: 'POST', body: body('{ a }') })).status).toBe(200);
        expect((await fetch(server.url, { method: 'POST', body: body('query($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }') })).status).toBe(200);
        expect(server.counts.requests).toBe(3);
        expect(server.counts.connections).toBe(2);
      } finally {
        await server.close();
      }
    });

    it('never sends a write again: the subgraph may have done it', async () => {
      const server = await resettingServer();
      try {
        const fetch = keepAliveTransport({ maxSockets: 1, timeoutMs: 2000 });
        expect((await fetch(server.url, { method: 'POST', body: body('{ a }') })).status).toBe(200);
        await expect(fetch(server.url, { method: 'POST', body: body('mutation { register { id } }') })).rejects.toMatchObject({ code: 'ECONNRESET' });
        expect(server.counts.requests).toBe(2);
        expect(server.counts.connections).toBe(1);
      } finally {
        await server.close();
      }
    });
  });
});
