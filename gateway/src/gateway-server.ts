import { createServer } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import {
  listen,
  maskInternalErrors,
  observabilityPlugin,
  REQUEST_ID_HEADER,
  requestErrorHandler,
  requestIdOf,
  ServiceMetrics,
  tokenVerifier,
  type AuthConfig,
  type Logger,
  type RunningServer,
  type Viewer,
} from '@kumkm/subgraph-kit';
import express from 'express';
import { graphiqlRouter } from './graphiql-page';
import { operationResolutionPlugin } from './operation-resolution-plugin';
import { armorProtection, authenticateAndThrottle, corsPolicy, DEFAULT_LIMITS, type RequestLimits } from './request-limits';
import { DEFAULT_SUMMARY_CACHE, SummaryCache, summaryCachePlugin } from './summary-cache';
import { DEFAULT_FAULT_TOLERANCE, SubgraphDataSource, subgraphMetrics, type FaultTolerance, type GatewayContext } from './subgraph-data-source';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph name → URL, overriding the URLs recorded in the supergraph. */
  subgraphUrls: Record<string, string>;
  port: number;
  host?: string;
  logger: Logger;
  auth: AuthConfig;
  /** A token GraphiQL starts with in its headers editor (local use only; leave unset in production). */
  graphiqlToken?: string;
  limits?: Partial<RequestLimits>;
  faults?: Partial<FaultTolerance>;
  /** Whole-response cache of the summary queries; the default keeps answers 30 s. */
  summaryCache?: SummaryCache;
}

/** What decides the answers a caller may see: role and region (see the kit's viewer). */
function viewerScope(viewer: Viewer | undefined): string {
  return viewer ? `${viewer.role}:${viewer.region ?? ''}` : '';
}

async function subgraphsReady(urls: string[]): Promise<string[]> {
  const results = await Promise.all(
    urls.map(async (url) => {
      try {
        const response = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(2000) });
        return response.ok ? null : url;
      } catch {
        return url;
      }
    }),
  );
  return results.filter((url): url is string => url !== null);
}

/**
 * The gateway over HTTP: GraphiQL at `/`, the graph at `/graphql`, liveness at `/health` and
 * readiness (every subgraph ready) at `/ready`.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const { logger } = options;
  const metrics = new ServiceMetrics('gateway');
  const fetchMetrics = subgraphMetrics(metrics);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        name,
        url: options.subgraphUrls[name] ?? url!,
        faults: { ...DEFAULT_FAULT_TOLERANCE, ...options.faults },
        logger,
        metrics: fetchMetrics,
      }),
  });
  const app = express();
  const httpServer = createServer(app);
  const verify = tokenVerifier(options.auth);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const armor = armorProtection(limits);
  const summaryCache = options.summaryCache ?? new SummaryCache(DEFAULT_SUMMARY_CACHE);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // Only authenticated callers get this far (see authenticateAndThrottle).
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
    formatError: (formatted, original) => maskInternalErrors(formatted, original, (error) => logger.error({ err: error }, 'gateway error')),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      operationResolutionPlugin,
      observabilityPlugin<GatewayContext>(metrics, logger),
      ...armor.plugins,
      summaryCachePlugin(summaryCache),
    ],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/ready', async (_req, res) => {
    const unavailable = await subgraphsReady(Object.values(options.subgraphUrls));
    res.status(unavailable.length ? 503 : 200).json({ status: unavailable.length ? 'unavailable' : 'ready', unavailable });
  });
  app.get('/metrics', metrics.handler());
  app.use(
    '/graphql',
    (req, res, next) => {
      res.locals.requestId = requestIdOf(req);
      res.setHeader(REQUEST_ID_HEADER, res.locals.requestId);
      next();
    },
    corsPolicy(limits),
    // Checked here too, so that a request without a valid token never reaches a subgraph.
    authenticateAndThrottle(verify, limits),
    express.json({ limit: limits.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({
        authorization: req.headers.authorization,
        viewerScope: viewerScope(res.locals.viewer),
        requestId: res.locals.requestId,
        logger: logger.child({ requestId: res.locals.requestId }),
      }),
    }),
  );
  app.use(graphiqlRouter('/graphql', options.graphiqlToken));
  app.use(requestErrorHandler);

  const host = options.host ?? '127.0.0.1';
  const port = await listen(httpServer, options.port, host);
  const base = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  return {
    url: `${base}/graphql`,
    port,
    stop: () => apollo.stop(),
  };
}
