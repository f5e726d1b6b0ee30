import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { maskInternalErrors } from '../errors/mask-errors';
import type { AuthConfig } from '../auth/auth-config';
import { tokenVerifier } from '../auth/tokens';
import type { Viewer } from '../auth/viewer';
import { EntityOwners } from '../federation/entity-owners';
import { RequestLoaders } from '../loaders/request-loaders';
import { RegionBudget } from '../region/region-budget';
import { replicaCatchUpPlugin, type ReadReplicas } from '../database/read-replicas';
import type { StatementMeter } from '../database/statement-meter';
import { observabilityPlugin, ServiceMetrics } from '../observability/metrics';
import { requestIdOf } from '../observability/request-id';
import type { ImportConfig } from '../config/import-config';
import { ImportJobStore } from '../import-jobs/import-job-store';
import { importRoutes } from '../import-jobs/import-uploads';
import type { RedisLink } from '../shared-state/redis-link';
import { createHttpService, type RunningServer } from './http-service';
import type { ImportKindDefinition } from './launch-subgraph';
import type { Logger } from './logger';

/** What every resolver of every subgraph receives. */
export interface SubgraphContext {
  db: DataSource;
  loaders: RequestLoaders;
  logger: Logger;
  /** Checks records this subgraph refers to in other subgraphs (a member's cooperative, a participant). */
  entityOwners: EntityOwners;
  /** Who is asking, from the verified bearer token (every request has one). */
  viewer: Viewer;
  /** Carried from the gateway (x-request-id), so one request can be followed through every log. */
  requestId: string;
  /** Regions this request may still list (the hierarchy is the one list without paging). */
  regionBudget: RegionBudget;
  /** This subgraph's import jobs, for `importJob(id)`; absent in a subgraph that imports nothing. */
  importJobs?: ImportJobStore;
}

export interface SubgraphServerOptions {
  name: string;
  schema: GraphQLSchema;
  db: DataSource;
  logger: Logger;
  port: number;
  host?: string;
  entityOwners?: EntityOwners;
  auth: AuthConfig;
  /** Counts the database's statements, for /metrics. */
  statementMeter?: StatementMeter;
  /** The database's read replicas, when it has some: a write is answered once they have it. */
  readReplicas?: ReadReplicas;
  /** The kinds of import this subgraph runs from uploads (`POST /imports`), and where their jobs are kept. */
  imports?: { kinds: Record<string, ImportKindDefinition>; config: ImportConfig; redis?: RedisLink };
}

/**
 * One subgraph over HTTP: GraphQL at /graphql, liveness at /health, readiness (database
 * answers) at /ready. Port 0 picks a free port, which the tests rely on.
 */
export async function startSubgraphServer(options: SubgraphServerOptions): Promise<RunningServer> {
  const { db, logger } = options;
  const entityOwners = options.entityOwners ?? new EntityOwners({});
  const verify = tokenVerifier(options.auth);
  const metrics = new ServiceMetrics(options.name);
  const meter = options.statementMeter;
  if (meter) metrics.counter('db_statements_total', 'SQL statements sent to the database since start, transaction control included.', () => meter.count);
  const replicas = options.readReplicas;
  if (replicas) {
    metrics.counter('db_replica_reads_total', 'Reads served by a read replica since start.', () => replicas.counts.replica);
    metrics.counter('db_replica_fallback_reads_total', 'Reads sent to the primary because no read replica answered.', () => replicas.counts.primaryFallback);
  }
  const { app, httpServer, listen } = createHttpService(options.name, metrics, async () => {
    try {
      await db.query('SELECT 1');
      return { ready: true };
    } catch {
      return { ready: false, detail: { reason: 'database unreachable' } };
    }
  });
  const apollo = new ApolloServer<SubgraphContext>({
    schema: options.schema,
    // The gateway must read the subgraph SDL (_service); analysts use the gateway's GraphiQL.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: maskInternalErrors,
    // The process's own stopOnSignals drains and exits 0; Apollo's handler would stop the server a
    // second time and re-raise the signal, and a supervisor would take that death for a crash.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Per-field traces are only useful with Apollo Studio reporting, which this graph does not use.
      ApolloServerPluginInlineTraceDisabled(),
      observabilityPlugin<SubgraphContext>(metrics, logger),
      ...(replicas ? [replicaCatchUpPlugin(replicas)] : []),
    ],
  });
  await apollo.start();

  const importJobs = options.imports && new ImportJobStore(options.imports.config.jobsDirectory, options.name, options.imports.redis && { link: options.imports.redis, logger });
  if (importJobs) app.use(importRoutes({ db, kinds: options.imports!.kinds, store: importJobs, config: options.imports!.config, verify, entityOwners, logger, readReplicas: replicas }));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      // Enforced here, not only at the gateway: a subgraph called directly gives no data without a valid token.
      context: async ({ req }) => {
        const requestId = requestIdOf(req);
        return {
          db,
          loaders: new RequestLoaders(),
          regionBudget: new RegionBudget(),
          logger: logger.child({ requestId }),
          requestId,
          viewer: await verify(req.headers.authorization),
          entityOwners: entityOwners.onBehalfOf(req.headers.authorization, requestId),
          importJobs,
        };
      },
    }),
  );

  const { url, port } = await listen(options.port, options.host);
  logger.info({ url }, `${options.name} subgraph listening`);
  return {
    url,
    port,
    stop: async () => {
      await apollo.stop();
    },
  };
}
