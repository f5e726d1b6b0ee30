import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express } from 'express';
import type { ServiceMetrics } from '../observability/metrics';
import { requestErrorHandler } from './request-errors';

export interface RunningServer {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

export interface Readiness {
  ready: boolean;
  /** Said in the /ready answer, e.g. which dependency is missing. */
  detail?: Record<string, unknown>;
}

export interface HttpService {
  app: Express;
  httpServer: Server;
  /** Adds the error handler behind every route, then listens; port 0 picks a free port (tests). */
  listen: (port: number, host?: string) => Promise<{ url: string; port: number }>;
}

/**
 * The HTTP face every process of the graph shares: liveness at /health, readiness at /ready
 * (503 while `readiness` says not ready) and Prometheus metrics at /metrics. The caller mounts
 * GraphQL on `app`, then calls `listen`; errors raised before GraphQL runs answer as JSON.
 */
export function createHttpService(service: string, metrics: ServiceMetrics, readiness: () => Promise<Readiness>): HttpService {
  const app = express();
  const httpServer = createServer(app);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service });
  });
  app.get('/ready', async (_req, res) => {
    const { ready, detail } = await readiness();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', service, ...detail });
  });
  app.get('/metrics', metrics.handler());
  const listen = async (port: number, host = '127.0.0.1') => {
    app.use(requestErrorHandler);
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(port, host, () => resolve());
    });
    const bound = (httpServer.address() as AddressInfo).port;
    return { url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${bound}/graphql`, port: bound };
  };
  return { app, httpServer, listen };
}
