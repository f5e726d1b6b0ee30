import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import {
  createHttpService,
  maskInternalErrors,
  observabilityPlugin,
  ServiceMetrics,
  tokenVerifier,
  defaultSubgraphUrl,
  readImportConfig,
  type AuthConfig,
  type Logger,
  type RunningServer,
} from '@kumkm/subgraph-kit';
import express from 'express';
import { gatewayContext, type GatewayContext } from './context';
import { dashboardRouter } from './dashboard/dashboard-page';
import type { RunOperation } from './exports/export-refusal';
import { listingExports } from './exports/listing-exports';
import { RAKOR_EXPORT_PATH, rakorExports } from './exports/rakor-exports';
import { graphiqlRouter } from './graphiql/graphiql-page';
import { authenticate } from './http/authentication';
import { corsPolicy } from './http/cors';
import { rateLimit } from './http/rate-limit';
import { assignRequestId } from './http/request-id';
import { TrustedDocumentStore, trustedDocuments, type TrustedDocumentsOptions } from './http/trusted-documents';
import type { RedisLink } from '@kumkm/subgraph-kit';
import { shareSummaryInvalidations } from './replicas/summary-invalidations';
import type { WorkerSiblings } from './workers/gateway-workers';
import { DEFAULT_LIMITS, type GatewayLimits } from './limits';
import { operationLimits } from './operations/operation-limits';
import { operationResolution } from './operations/operation-resolution';
import { DEFAULT_SUMMARY_CACHE, SummaryCache, summaryCachePlugin } from './operations/summary-cache';
import { importForwarding } from './operations/import-forwarding';
import { summaryInvalidation } from './operations/summary-invalidation';
import { SUBGRAPH_MANIFESTS } from './subgraph-manifests';
import { SubgraphMetrics } from './subgraphs/fetch-metrics';
import { DEFAULT_FAULT_TOLERANCE, SubgraphDataSource, type FaultTolerance } from './subgraphs/subgraph-data-source';
import { subgraphsReady } from './subgraph-readiness';

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
  limits?: Partial<GatewayLimits>;
  /** Origins allowed to call from a browser; empty: same origin only. */
  corsOrigins?: string[];
  /** Hide "Did you mean …?" field suggestions, which map the schema for an attacker (production). */
  hideFieldSuggestions?: boolean;
  faults?: Partial<FaultTolerance>;
  /** Whole-response cache of the summary queries; the default keeps answers 30 s. */
  summaryCache?: SummaryCache;
  /** Largest upload `POST /imports` forwards (IMPORT_MAX_FILE_MB); the subgraph enforces it too. */
  maxImportFileBytes?: number;
  /** Registered client operations, and whether only they run (TRUSTED_DOCUMENTS); by default none, and off. */
  trustedDocuments?: TrustedDocumentsOptions;
  /** State shared with the other replicas (REDIS_URL): rate limits and summary invalidations. */
  redis?: RedisLink;
  /** The other workers of this machine (GATEWAY_WORKERS), when this process is one of them. */
  siblings?: WorkerSiblings;
}

/**
 * The gateway over HTTP: GraphiQL at `/`, the graph at `/graphql`, liveness at `/health`,
 * readiness (every subgraph ready) at `/ready`. A request to `/graphql` meets the steps below in
 * the order they are listed here; the README's "Request flow" names each file.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const { logger } = options;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const faults = { ...DEFAULT_FAULT_TOLERANCE, ...options.faults };
  const metrics = new ServiceMetrics('gateway');
  const subgraphMetrics = new SubgraphMetrics(metrics.registry);
  const summaryCache = options.summaryCache ?? new SummaryCache(DEFAULT_SUMMARY_CACHE);
  if (options.redis) {
    options.redis.registerMetrics(metrics.registry);
    const invalidations = shareSummaryInvalidations(options.redis, logger);
    summaryCache.shareWith(invalidations.publish);
    await invalidations.subscribe(summaryCache);
  } else if (options.siblings) {
    // Without Redis the siblings hear of a write through the primary; with it, each has its own subscription.
    summaryCache.shareWith(options.siblings.tellInvalidation);
    options.siblings.onInvalidation(() => summaryCache.clear());
  }
  if (options.siblings) shareWorkerMetrics(metrics, options.siblings, logger);
  const subgraphUrls = Object.values(options.subgraphUrls);
  const { app, httpServer, listen } = createHttpService('gateway', metrics, async () => {
    const unavailable = await subgraphsReady(subgraphUrls);
    // Redis away does not make the gateway unready: it answers on, with per-process fallbacks.
    const redis = options.redis ? (options.redis.up ? 'up' : 'down (rate limits per process, summary cache on its time to live)') : 'not configured';
    return { ready: unavailable.length === 0, detail: { unavailable, redis } };
  });

  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new SubgraphDataSource({ name, url: options.subgraphUrls[name] ?? url!, faults, logger, metrics: subgraphMetrics, limits }),
  });
  const limitOptions = operationLimits(limits, options.hideFieldSuggestions ?? false);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // Only authenticated callers get this far (http/authentication.ts).
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // The process's own stopOnSignals drains and exits 0; Apollo's handler would stop the server a
    // second time and re-raise the signal, and a supervisor would take that death for a crash.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    parseOptions: limitOptions.parseOptions,
    validationRules: limitOptions.validationRules,
    formatError: maskInternalErrors,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      operationResolution,
      observabilityPlugin<GatewayContext>(metrics, logger),
      ...(limitOptions.plugins ?? []),
      summaryCachePlugin(summaryCache),
    ],
  });
  await apollo.start();

  const authenticated = authenticate(tokenVerifier(options.auth));
  // One budget per token subject, whichever route spends it.
  const rateLimited = rateLimit(limits.requestsPerMinute, options.redis ? { redis: options.redis } : options.siblings ? { workers: true } : undefined);
  app.use(
    '/graphql',
    assignRequestId,
    corsPolicy(options.corsOrigins ?? []),
    authenticated,
    rateLimited,
    express.json({ limit: limits.bodyLimit }),
    trustedDocuments(options.trustedDocuments ?? { mode: 'off', store: new TrustedDocumentStore([]), explorerRoles: [] }),
    expressMiddleware(apollo, { context: async ({ req, res }) => gatewayContext(req, res, logger) }),
  );
  app.post('/summaries/invalidate', assignRequestId, authenticated, rateLimited, summaryInvalidation(summaryCache));
  const runOperation: RunOperation = (operation, req, res) => apollo.executeOperation(operation, { contextValue: gatewayContext(req, res, logger) });
  app.get(RAKOR_EXPORT_PATH, assignRequestId, authenticated, rateLimited, rakorExports(runOperation));
  app.get('/exports/:file', assignRequestId, authenticated, rateLimited, listingExports(runOperation, logger));
  const kindOwners = Object.fromEntries(SUBGRAPH_MANIFESTS.flatMap((manifest) => (manifest.importKinds ?? []).map((kind) => [kind, manifest.name])));
  const subgraphGraphqlUrls = Object.fromEntries(SUBGRAPH_MANIFESTS.map((manifest) => [manifest.name, options.subgraphUrls[manifest.name] ?? defaultSubgraphUrl(manifest)]));
  app.use('/imports', assignRequestId, importForwarding({ subgraphUrls: subgraphGraphqlUrls, kindOwners, maxFileBytes: options.maxImportFileBytes ?? readImportConfig().table.maxFileBytes }, [authenticated, rateLimited]));
  app.use(graphiqlRouter('/graphql', options.graphiqlToken));
  app.use(dashboardRouter('/graphql', options.graphiqlToken));

  const { url, port } = await listen(options.port, options.host);
  return { url, port, stop: () => apollo.stop() };
}

/** /metrics on any worker answers for all of them; if the primary does not gather them in time, for this worker alone. */
function shareWorkerMetrics(metrics: ServiceMetrics, siblings: WorkerSiblings, logger: Logger): void {
  siblings.shareMetrics(metrics.registry);
  metrics.exposeFrom(() =>
    siblings.clusterMetrics().catch((error: Error) => {
      logger.warn({ reason: error.message }, 'metrics of this worker only: the other workers did not answer');
      return metrics.registry.metrics();
    }),
  );
}
