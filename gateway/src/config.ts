import { availableParallelism } from 'node:os';
import path from 'node:path';
import { defaultSubgraphUrl, logLevelSetting, portSetting, readConfig, Role, subgraphUrlVariable } from '@kumkm/subgraph-kit';
import { z } from 'zod';
import type { TrustedDocumentsMode } from './http/trusted-documents';
import { DEFAULT_LIMITS, type GatewayLimits } from './limits';
import { DEFAULT_SUMMARY_CACHE, type SummaryCacheOptions } from './operations/summary-cache';
import { SUBGRAPH_MANIFESTS } from './subgraph-manifests';
import { DEFAULT_FAULT_TOLERANCE, type FaultTolerance } from './subgraphs/subgraph-data-source';

/** The registered operations of this repository's clients: the example client and the coordination page. */
export const DEFAULT_TRUSTED_DOCUMENT_MANIFESTS = ['examples', 'dashboard'].map((client) => path.resolve(__dirname, `../../${client}/src/gql/persisted-documents.json`));

const subgraphUrlSettings = Object.fromEntries(
  SUBGRAPH_MANIFESTS.map((manifest) => [subgraphUrlVariable(manifest), z.url({ protocol: /^https?$/ }).default(defaultSubgraphUrl(manifest))]),
);

const schema = z.object({
  GATEWAY_PORT: portSetting(4000),
  GATEWAY_HOST: z.string().default('127.0.0.1'),
  // One process per core, on one port; 1 serves in this process alone.
  GATEWAY_WORKERS: z.coerce.number().int().min(1).max(256).default(availableParallelism()),
  SUPERGRAPH_PATH: z.string().default(path.resolve(__dirname, '../../schema/supergraph.graphql')),
  LOG_LEVEL: logLevelSetting,
  GRAPHIQL_TOKEN: z.string().optional(),
  NODE_ENV: z.string().optional(),
  CORS_ORIGINS: z.string().default(''),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).default(DEFAULT_FAULT_TOLERANCE.timeoutMs),
  BREAKER_RESET_MS: z.coerce.number().int().min(100).default(DEFAULT_FAULT_TOLERANCE.breakerResetMs),
  SUBGRAPH_SOCKETS: z.coerce.number().int().min(1).default(DEFAULT_FAULT_TOLERANCE.maxSockets),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(DEFAULT_LIMITS.requestsPerMinute),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(DEFAULT_LIMITS.maxDepth),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).default(DEFAULT_LIMITS.maxAliases),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).default(DEFAULT_LIMITS.maxTokens),
  GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(0).default(DEFAULT_LIMITS.maxDirectives),
  SUMMARY_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).default(DEFAULT_SUMMARY_CACHE.ttlSeconds),
  SUMMARY_CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).default(DEFAULT_SUMMARY_CACHE.maxEntries),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(100).default(DEFAULT_LIMITS.maxCost),
  MAX_ENTITIES_PER_FETCH: z.coerce.number().int().min(1).default(DEFAULT_LIMITS.entitiesPerFetch),
  MAX_SUBGRAPH_RESPONSE_BYTES: z.coerce.number().int().min(1024).default(DEFAULT_LIMITS.bytesPerFetch),
  MAX_RESPONSE_BYTES: z.coerce.number().int().min(1024).default(DEFAULT_LIMITS.bytesPerRequest),
  // Unset: one process keeps its own state, as it always could.
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  TRUSTED_DOCUMENTS: z.enum(['off', 'enforce']).default('off'),
  // The registered operations: the manifests `npm run codegen` writes, comma-separated.
  TRUSTED_DOCUMENTS_MANIFESTS: z.string().default(DEFAULT_TRUSTED_DOCUMENT_MANIFESTS.join(',')),
  TRUSTED_DOCUMENTS_EXPLORER_ROLES: z
    .string()
    .default(`${Role.ANALYST},${Role.ADMIN}`)
    .transform((text) => text.split(',').map((role) => role.trim()).filter(Boolean))
    .pipe(z.array(z.enum(Role))),
  ...subgraphUrlSettings,
});

export interface GatewayConfig {
  port: number;
  host: string;
  /** Processes serving the port (GATEWAY_WORKERS); 1 means this process serves alone. */
  workers: number;
  supergraphPath: string;
  logLevel: string;
  graphiqlToken?: string;
  limits: GatewayLimits;
  corsOrigins: string[];
  hideFieldSuggestions: boolean;
  faults: FaultTolerance;
  summaryCache: SummaryCacheOptions;
  /** Subgraph name → URL the gateway calls. */
  subgraphUrls: Record<string, string>;
  trustedDocuments: { mode: TrustedDocumentsMode; manifests: string[]; explorerRoles: Role[] };
  /** Redis shared by the gateway replicas, when there are several. */
  redisUrl?: string;
}

/** Reads and validates the gateway's environment once at start; a bad value stops the process with the reason. */
export function readGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const values = readConfig(schema, env);
  return {
    port: values.GATEWAY_PORT,
    host: values.GATEWAY_HOST,
    workers: values.GATEWAY_WORKERS,
    supergraphPath: values.SUPERGRAPH_PATH,
    logLevel: values.LOG_LEVEL,
    graphiqlToken: values.GRAPHIQL_TOKEN,
    summaryCache: { ttlSeconds: values.SUMMARY_CACHE_TTL_SECONDS, maxEntries: values.SUMMARY_CACHE_MAX_ENTRIES },
    faults: { timeoutMs: values.SUBGRAPH_TIMEOUT_MS, breakerResetMs: values.BREAKER_RESET_MS, maxSockets: values.SUBGRAPH_SOCKETS },
    limits: {
      ...DEFAULT_LIMITS,
      maxDepth: values.GRAPHQL_MAX_DEPTH,
      maxAliases: values.GRAPHQL_MAX_ALIASES,
      maxTokens: values.GRAPHQL_MAX_TOKENS,
      maxDirectives: values.GRAPHQL_MAX_DIRECTIVES,
      maxCost: values.GRAPHQL_MAX_COST,
      requestsPerMinute: values.RATE_LIMIT_PER_MINUTE,
      entitiesPerFetch: values.MAX_ENTITIES_PER_FETCH,
      bytesPerFetch: values.MAX_SUBGRAPH_RESPONSE_BYTES,
      bytesPerRequest: values.MAX_RESPONSE_BYTES,
    },
    redisUrl: values.REDIS_URL,
    trustedDocuments: {
      mode: values.TRUSTED_DOCUMENTS,
      manifests: values.TRUSTED_DOCUMENTS_MANIFESTS.split(',').map((file) => file.trim()).filter(Boolean),
      explorerRoles: values.TRUSTED_DOCUMENTS_EXPLORER_ROLES,
    },
    corsOrigins: values.CORS_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean),
    hideFieldSuggestions: values.NODE_ENV === 'production',
    subgraphUrls: Object.fromEntries(
      SUBGRAPH_MANIFESTS.map((manifest) => [manifest.name, String((values as Record<string, unknown>)[subgraphUrlVariable(manifest)])]),
    ),
  };
}
