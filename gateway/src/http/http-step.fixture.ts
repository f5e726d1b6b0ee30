import type { AddressInfo } from 'node:net';
import express, { type RequestHandler } from 'express';

/**
 * One HTTP step in front of a handler that counts the requests it lets through and answers with
 * what the step left in `res.locals`. In process, on a free port.
 */
export async function serveStep(...steps: RequestHandler[]) {
  let passed = 0;
  const app = express();
  app.use('/graphql', ...steps, (_req, res) => {
    passed += 1;
    res.json({ locals: res.locals });
  });
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    url,
    passed: () => passed,
    post: (headers: Record<string, string> = {}) => fetch(url, { method: 'POST', headers }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
