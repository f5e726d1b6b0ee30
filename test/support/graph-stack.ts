import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSubgraphPackage } from '@kumkm/commands/subgraph-packages';
import { SUBGRAPH_MANIFESTS, startGateway, SummaryCache, type FaultTolerance, type GatewayLimits, type SummaryCacheOptions, type TrustedDocumentsOptions } from '@kumkm/gateway';
import {
  readImportConfig,
  type ImportConfig,
  createLogger,
  issueToken,
  launchSubgraph,
  Role,
  type AuthConfig,
  type Logger,
  type RunningServer,
  type RunningSubgraph,
} from '@kumkm/subgraph-kit';
import { createTestDatabase, StatementCounter, type TestDatabase } from '@kumkm/subgraph-kit/testing';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: T | null;
    errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  };
}

export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

export type SubgraphName = 'cooperatives' | 'umkm' | 'training';

export interface RunningPart {
  server: RunningSubgraph;
  statements: StatementCounter;
  databaseUrl: string;
}

export interface GraphStack {
  gatewayUrl: string;
  gatewayBase: string;
  subgraphs: Record<SubgraphName, RunningPart>;
  /** A SQL query on one subgraph's own database. */
  sql: <Row = Record<string, any>>(subgraph: SubgraphName, query: string, parameters?: unknown[]) => Promise<Row[]>;
  /** As an ADMIN, who may read and write everything. */
  query: <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<T>>;
  /** As the holder of `token` (undefined: no Authorization header). */
  queryAs: <T = Record<string, unknown>>(token: string | undefined, query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<T>>;
  tokenFor: (role: Role, region?: string, expiresIn?: string, subject?: string) => Promise<string>;
  adminToken: string;
  auth: AuthConfig;
  /** Where the subgraphs keep uploaded files and their import jobs. */
  importJobsDirectory: string;
  /** Stops one subgraph's server (its database stays), as a crash would. */
  stopSubgraph: (name: SubgraphName) => Promise<void>;
  /** Starts it again on the same port and database. */
  restartSubgraph: (name: SubgraphName) => Promise<void>;
  stop: () => Promise<void>;
}

export interface GraphStackOptions {
  driver?: 'sqlite' | 'mysql';
  limits?: Partial<GatewayLimits>;
  corsOrigins?: string[];
  hideFieldSuggestions?: boolean;
  faults?: Partial<FaultTolerance>;
  /** Silent unless a test reads the logs. */
  logger?: Logger;
  /** Off unless a test is about it: most tests compare answers with the database right after changing it. */
  summaryCache?: SummaryCacheOptions;
  /** Largest file `POST /imports` takes, in bytes (default: IMPORT_MAX_FILE_MB's default). */
  maxImportFileBytes?: number;
  /** Registered operations and TRUSTED_DOCUMENTS (default: none registered, off). */
  trustedDocuments?: TrustedDocumentsOptions;
}

const PACKAGES = SUBGRAPH_MANIFESTS.map(loadSubgraphPackage);

/**
 * The whole graph as users reach it: each subgraph on its own database and HTTP port, the gateway
 * on the committed supergraph calling them over HTTP. Every port is ephemeral (0).
 */
export async function startGraphStack(options: GraphStackOptions = {}): Promise<GraphStack> {
  const { driver = 'sqlite', logger = createLogger('test', 'silent'), summaryCache = { ttlSeconds: 0, maxEntries: 1 } } = options;
  const auth: AuthConfig = { secret: randomBytes(32).toString('hex'), issuer: 'kumkm-graph', audience: 'kumkm-graph', publicKeyAlgorithm: 'RS256' };
  const tokenFor = (role: Role, region?: string, expiresIn = '1h', subject = `test-${role}`) => issueToken(auth, { subject, role, region }, expiresIn);
  const adminToken = await tokenFor(Role.ADMIN);
  const databases: TestDatabase[] = [];
  const servers: RunningServer[] = [];
  const defaults = readImportConfig({});
  // Uploads of this stack only; the gateway's address is filled in once it listens.
  const importConfig: ImportConfig = {
    ...defaults,
    table: { ...defaults.table, maxFileBytes: options.maxImportFileBytes ?? defaults.table.maxFileBytes },
    jobsDirectory: mkdtempSync(path.join(tmpdir(), 'import-jobs-')),
  };
  const stop = async () => {
    for (const server of servers.reverse()) await server.stop();
    for (const database of databases) await database.drop();
    rmSync(importConfig.jobsDirectory, { recursive: true, force: true });
  };
  try {
    const subgraphs = {} as Record<SubgraphName, RunningPart>;
    // Shared, not copied: subgraphs ask one another both ways (umkm asks training, training asks
    // umkm), so one started earlier must find the owners started after it.
    const entityOwnerUrls: Record<string, string> = {};
    const launch = async (name: SubgraphName, databaseUrl: string, port: number) => {
      const { manifest, definition } = PACKAGES.find((candidate) => candidate.manifest.name === name)!;
      const statements = new StatementCounter();
      const server = await launchSubgraph(definition, { databaseUrl, port, seed: true, logger, sqlLogger: statements, auth, entityOwnerUrls, importConfig });
      for (const typename of manifest.ownedEntities) entityOwnerUrls[typename] = server.url;
      subgraphs[name] = { server, statements, databaseUrl };
    };
    for (const { manifest } of PACKAGES) {
      const name = manifest.name as SubgraphName;
      const database = await createTestDatabase(driver, name);
      databases.push(database);
      await launch(name, database.url, 0);
    }
    // Servers are stopped through the parts, so that a restarted subgraph is the one stopped at the end.
    servers.push({ url: '', port: 0, stop: async () => { for (const part of Object.values(subgraphs).reverse()) await part.server.stop(); } });
    const gateway = await startGateway({
      supergraphSdl: readFileSync(path.resolve(__dirname, '../../schema/supergraph.graphql'), 'utf8'),
      subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, part]) => [name, part.server.url])),
      port: 0,
      logger,
      auth,
      graphiqlToken: await tokenFor(Role.ANALYST),
      // Tests send many requests with one token; the rate limit has its own test.
      limits: { requestsPerMinute: 100_000, ...options.limits },
      corsOrigins: options.corsOrigins,
      hideFieldSuggestions: options.hideFieldSuggestions,
      faults: options.faults,
      summaryCache: new SummaryCache(summaryCache),
      maxImportFileBytes: importConfig.table.maxFileBytes,
      trustedDocuments: options.trustedDocuments,
    });
    servers.push(gateway);
    importConfig.gatewayUrl = gateway.url.replace(/\/graphql$/, '');
    return {
      gatewayUrl: gateway.url,
      gatewayBase: gateway.url.replace(/\/graphql$/, ''),
      subgraphs,
      sql: (name, query, parameters = []) => subgraphs[name].server.db.query(query, parameters),
      query: (query, variables) => postGraphQL(gateway.url, query, variables, adminToken),
      queryAs: (token, query, variables) => postGraphQL(gateway.url, query, variables, token),
      tokenFor,
      adminToken,
      importJobsDirectory: importConfig.jobsDirectory,
      auth,
      stopSubgraph: async (name) => {
        await subgraphs[name].server.stop();
      },
      restartSubgraph: async (name) => {
        const { port, db } = subgraphs[name].server;
        // SQLite in memory goes with its connection; the seed makes a fresh one identical.
        if (db.isInitialized) await db.destroy();
        await launch(name, subgraphs[name].databaseUrl, port);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

export function errorCodes(response: GraphQLResponse): unknown[] {
  return (response.body.errors ?? []).map((error) => error.extensions?.code);
}
