import type { AddressInfo } from 'node:net';
import express, { type RequestHandler } from 'express';
import { importForwarding } from './import-forwarding';

/** An owning subgraph that records what reached it. */
async function fakeSubgraph() {
  const received: Array<{ method: string; url: string; authorization?: string; requestId?: string; bytes: number }> = [];
  const app = express();
  app.use((req, res) => {
    let bytes = 0;
    req.on('data', (chunk: Buffer) => (bytes += chunk.length));
    req.on('end', () => {
      received.push({ method: req.method, url: req.originalUrl, authorization: req.headers.authorization, requestId: req.headers['x-request-id'] as string, bytes });
      res.status(202).json({ jobId: 'umkm.job' });
    });
  });
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function gatewayFor(subgraphUrl: string, guard: RequestHandler) {
  const app = express();
  app.use('/imports', (_req, res, next) => {
    res.locals.requestId = 'request-1';
    next();
  });
  app.use('/imports', importForwarding({ subgraphUrls: { umkm: subgraphUrl }, kindOwners: { umkm: 'umkm' }, maxFileBytes: 100_000 }, [guard]));
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('importForwarding', () => {
  let guarded = 0;
  const guard: RequestHandler = (_req, _res, next) => {
    guarded += 1;
    next();
  };

  beforeEach(() => {
    guarded = 0;
  });

  it('streams an upload to the subgraph owning its kind, with the token and request id, after the guards', async () => {
    const subgraph = await fakeSubgraph();
    const gateway = await gatewayFor(subgraph.url, guard);
    const response = await fetch(`${gateway.base}/imports?kind=umkm&region=81.71`, { method: 'POST', body: 'x'.repeat(5000), headers: { authorization: 'Bearer t', 'content-type': 'multipart/form-data; boundary=b' } });
    expect([response.status, await response.json()]).toEqual([202, { jobId: 'umkm.job' }]);
    expect(subgraph.received).toEqual([{ method: 'POST', url: '/imports?kind=umkm&region=81.71', authorization: 'Bearer t', requestId: 'request-1', bytes: 5000 }]);
    expect(guarded).toBe(1);
    await gateway.close();
    await subgraph.close();
  });

  it('refuses a declared length over the limit with 413, before the guards and without forwarding', async () => {
    const subgraph = await fakeSubgraph();
    const gateway = await gatewayFor(subgraph.url, guard);
    const response = await fetch(`${gateway.base}/imports?kind=umkm`, { method: 'POST', body: 'x'.repeat(200_000) });
    expect([response.status, (await response.json()).errors[0].extensions.code]).toEqual([413, 'FILE_TOO_LARGE']);
    expect(subgraph.received).toHaveLength(0);
    await gateway.close();
    await subgraph.close();
  });

  it('sends templates to the kind\'s owner without the guards, and errors files to the subgraph the job id names', async () => {
    const subgraph = await fakeSubgraph();
    const gateway = await gatewayFor(subgraph.url, guard);
    expect((await fetch(`${gateway.base}/imports/templates/umkm.xlsx`)).status).toBe(202);
    expect(guarded).toBe(0);
    expect((await fetch(`${gateway.base}/imports/umkm.00000000-0000-4000-8000-000000000000/errors`)).status).toBe(202);
    expect(guarded).toBe(1);
    expect((await fetch(`${gateway.base}/imports/templates/koperasi.csv`)).status).toBe(404);
    expect((await fetch(`${gateway.base}/imports?kind=koperasi`, { method: 'POST', body: 'x' })).status).toBe(400);
    expect(subgraph.received.map(({ url }) => url)).toEqual(['/imports/templates/umkm.xlsx', '/imports/umkm.00000000-0000-4000-8000-000000000000/errors']);
    await gateway.close();
    await subgraph.close();
  });

  it('answers 503 when the owning subgraph does not answer', async () => {
    const subgraph = await fakeSubgraph();
    await subgraph.close();
    const gateway = await gatewayFor(subgraph.url, guard);
    const response = await fetch(`${gateway.base}/imports?kind=umkm`, { method: 'POST', body: 'x' });
    expect([response.status, (await response.json()).errors[0].extensions.code]).toEqual([503, 'SUBGRAPH_UNAVAILABLE']);
    await gateway.close();
  });
});
