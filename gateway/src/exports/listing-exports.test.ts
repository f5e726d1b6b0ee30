import { createLogger, Role } from '@kumkm/subgraph-kit';
import type { GraphQLResponse } from '@apollo/server';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import express, { type RequestHandler } from 'express';
import type { RunOperation } from './export-refusal';
import { listingExports } from './listing-exports';

const PAGE = 100;

/** What the process holds alive (heap and buffers), measured after a full collection so that garbage not yet collected does not count. */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const liveHeap = () => {
  collectGarbage();
  const { heapUsed, external } = process.memoryUsage();
  return heapUsed + external;
};

/** Stands in for authentication. */
const analyst: RequestHandler = (_req, res, next) => {
  res.locals.viewer = { subject: 'analyst', role: Role.ANALYST };
  next();
};

/** The API as the export sees it: `pages` pages of `PAGE` cooperatives, each page made when asked. */
function pagedApi(pages: number): { run: RunOperation; asked: () => number } {
  let asked = 0;
  const run: RunOperation = async (operation) => {
    asked += 1;
    const page = operation.variables.after === null ? 0 : Number(operation.variables.after);
    const edges = Array.from({ length: PAGE }, (_, index) => ({
      node: {
        nik: String(3674000000000000 + page * PAGE + index),
        legalEntityNumber: `${page * PAGE + index}/BH/XI.4/2026`,
        name: `Koperasi Uji ${page * PAGE + index} ${'x'.repeat(200)}`,
        type: 'JASA',
        pattern: 'KONVENSIONAL',
        status: 'ACTIVE',
        isMerahPutih: false,
        memberCount: 20,
        regionCode: '36.74.01.1001',
        region: { name: 'Ciater' },
        provenance: { office: 'Dinas Koperasi dan UKM Kota Tangerang Selatan', reportedAt: '2026-11-30T00:00:00.000Z' },
      },
    }));
    const data = { cooperatives: { edges, pageInfo: { hasNextPage: page + 1 < pages, endCursor: String(page + 1) } } };
    return { http: { headers: new Map(), status: undefined }, body: { kind: 'single', singleResult: { data } } } as unknown as GraphQLResponse;
  };
  return { run, asked: () => asked };
}

/** The export route as the gateway mounts it, in process on a free port. */
async function serveExports(run: RunOperation) {
  const app = express();
  app.get('/exports/:file', analyst, listingExports(run, createLogger('test', 'silent')));
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/exports`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('listing exports', () => {
  it('streams a listing far larger than the heap it may grow by, one page in memory at a time', async () => {
    const api = pagedApi(3000);
    const step = await serveExports(api.run);
    try {
      const before = liveHeap();
      let peak = before;
      let bytes = 0;
      let measuredAt = 0;
      let lines = 0;
      const response = await fetch(`${step.base}/cooperatives.csv`);
      expect(response.status).toBe(200);
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        bytes += chunk.length;
        for (const byte of chunk) if (byte === 10) lines += 1;
        if (bytes - measuredAt > 8 * 2 ** 20) {
          measuredAt = bytes;
          peak = Math.max(peak, liveHeap());
        }
      }
      expect(lines).toBe(1 + 300_000);
      expect(api.asked()).toBe(3000);
      // Over 100 MB went out while what the heap kept alive grew by a few MB: a page and the stream's buffers.
      expect(bytes).toBeGreaterThan(100 * 2 ** 20);
      expect(peak - before).toBeLessThan(16 * 2 ** 20);
    } finally {
      await step.close();
    }
  }, 120_000);

  it('stops asking for pages when the client goes away', async () => {
    const api = pagedApi(3000);
    const step = await serveExports(api.run);
    try {
      const controller = new AbortController();
      const response = await fetch(`${step.base}/cooperatives.csv`, { signal: controller.signal });
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      await reader.read();
      controller.abort();
      await new Promise((resolve) => setTimeout(resolve, 300));
      const askedAfterAbort = api.asked();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(api.asked()).toBe(askedAfterAbort);
      expect(askedAfterAbort).toBeLessThan(3000);
    } finally {
      await step.close();
    }
  });
});
