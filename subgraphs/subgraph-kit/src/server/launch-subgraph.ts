import type { GraphQLSchema } from 'graphql';
import type { DataSource, Logger as SqlLogger } from 'typeorm';
import { readAuthConfig, type AuthConfig } from '../auth/auth-config';
import { readImportConfig, type ImportConfig } from '../config/import-config';
import { readSubgraphConfig } from '../config/subgraph-config';
import { openDatabase, type DatabaseDefinition } from '../database/open-database';
import { ReadReplicas } from '../database/read-replicas';
import { StatementMeter } from '../database/statement-meter';
import { RedisLink } from '../shared-state/redis-link';
import { EntityOwners, type EntityOwnerUrls } from '../federation/entity-owners';
import type { ImportKind } from '../import/import-kind';
import type { SubgraphManifest } from '../manifest/subgraph-manifest';
import { RegionDirectory } from '../region/region-directory';
import type { SeedProgress } from '../seeding/bulk-load';
import type { SeedSummary } from '../seeding/insert-missing';
import { createLogger, type Logger } from './logger';
import { stopOnSignals } from './stop-on-signals';
import { type RunningServer } from './http-service';
import { startSubgraphServer } from './subgraph-server';
import { underSchemaLock } from '../database/schema-lock';

/** What a subgraph package exports as `subgraph`: everything needed to run, compose, migrate and seed it. */
export interface SubgraphDefinition {
  manifest: SubgraphManifest;
  database: DatabaseDefinition;
  buildSchema: () => Promise<GraphQLSchema>;
  /** Loads the regional data set (idempotent). */
  seed: (db: DataSource, logger: Logger) => Promise<SeedSummary[]>;
  /** Loads the national data set on top of the regional one (`npm run seed -- --scale national`). */
  seedNational: (db: DataSource, progress: SeedProgress) => Promise<SeedSummary[]>;
  /** The kinds of spreadsheet import this subgraph owns, by name (`npm run import -- <name> <file>`, `POST /imports`). */
  importKinds: Record<string, ImportKindDefinition>;
}

/** A kind of import as a subgraph publishes it: its template, and the importer on a database. */
// Each kind has its own columns and record type; callers only pass rows between its own functions.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface ImportKindDefinition extends Pick<ImportKind<any, any>, 'columns'> {
  /** The example row of the published template, cell by cell. */
  example: Record<string, string>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  open: (db: DataSource, owners: EntityOwners) => ImportKind<any, any>;
}

export interface LaunchOptions {
  databaseUrl: string;
  /** MySQL read replicas of `databaseUrl`: reads go to them, writes to the primary. */
  databaseReplicaUrls?: string[];
  port: number;
  host?: string;
  seed: boolean;
  logger: Logger;
  /** Receives every SQL statement; tests count statements per request with it. */
  sqlLogger?: SqlLogger;
  /** Where the entity types this subgraph refers to, but does not own, are resolved. */
  entityOwnerUrls?: EntityOwnerUrls;
  auth: AuthConfig;
  /** Redis shared by this subgraph's replicas: any of them answers for an import job. */
  redisUrl?: string;
  /** Uploads and their jobs; defaults from the environment (IMPORT_JOBS_DIR, IMPORT_MAX_FILE_MB…). */
  importConfig?: ImportConfig;
}

export interface RunningSubgraph extends RunningServer {
  db: DataSource;
  /** Present when the database has read replicas: where the reads went. */
  readReplicas?: ReadReplicas;
}

/** Opens the database (migrating it), seeds it when asked, and serves the subgraph over HTTP. */
export async function launchSubgraph(definition: SubgraphDefinition, options: LaunchOptions): Promise<RunningSubgraph> {
  // Read the region data now rather than in the first request that needs it.
  RegionDirectory.load();
  const statementMeter = new StatementMeter(options.sqlLogger);
  const replicaUrls = options.databaseReplicaUrls ?? [];
  const db = await openDatabase(options.databaseUrl, definition.database, statementMeter, replicaUrls);
  const redis = options.redisUrl ? RedisLink.open(options.redisUrl, options.logger) : undefined;
  const readReplicas = replicaUrls.length > 0 ? new ReadReplicas(db, replicaUrls, db.options.type === 'mariadb' ? 'mariadb' : 'mysql', options.logger) : undefined;
  try {
    if (options.seed) await underSchemaLock(db, 'seed', () => definition.seed(db, options.logger));
    const server = await startSubgraphServer({
      name: definition.manifest.name,
      schema: await definition.buildSchema(),
      db,
      logger: options.logger,
      port: options.port,
      host: options.host,
      entityOwners: new EntityOwners(options.entityOwnerUrls ?? {}),
      auth: options.auth,
      statementMeter,
      readReplicas,
      imports: Object.keys(definition.importKinds).length > 0 ? { kinds: definition.importKinds, config: options.importConfig ?? readImportConfig(), redis } : undefined,
    });
    return {
      ...server,
      db,
      readReplicas,
      stop: async () => {
        await server.stop();
        await readReplicas?.close();
        await redis?.close();
        if (db.isInitialized) await db.destroy();
      },
    };
  } catch (error) {
    await readReplicas?.close();
    await redis?.close();
    await db.destroy();
    throw error;
  }
}

/** Entry point of a subgraph process: launch, then stop cleanly on a stop signal. */
export async function runSubgraphProcess(definition: SubgraphDefinition, options: LaunchOptions): Promise<void> {
  const { logger } = options;
  try {
    const running = await launchSubgraph(definition, options);
    stopOnSignals(logger, `${definition.manifest.name} subgraph`, () => running.stop());
  } catch (error) {
    logger.fatal({ err: error }, `${definition.manifest.name} subgraph failed to start`);
    process.exit(1);
  }
}

/** `main.ts` of a subgraph: configuration from the environment, then the process. */
export function runSubgraphMain(definition: SubgraphDefinition): void {
  const config = readSubgraphConfig(definition.manifest);
  void runSubgraphProcess(definition, {
    auth: readAuthConfig(),
    databaseUrl: config.databaseUrl,
    databaseReplicaUrls: config.databaseReplicaUrls,
    port: config.port,
    host: config.host,
    seed: config.seed,
    logger: createLogger(definition.manifest.name, config.logLevel),
    entityOwnerUrls: config.entityOwnerUrls,
    redisUrl: config.redisUrl,
  });
}
