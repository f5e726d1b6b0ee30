import { z } from 'zod';
import { embeddedDatabaseUrl } from '../database/open-database';
import { defaultSubgraphUrl, subgraphUrlVariable, type SubgraphManifest } from '../manifest/subgraph-manifest';
import { logLevelSetting, portSetting, readConfig } from './read-config';

export interface SubgraphConfig {
  databaseUrl: string;
  /** MySQL read replicas of the database (`<PREFIX>_DATABASE_REPLICA_URLS`, comma-separated). */
  databaseReplicaUrls: string[];
  port: number;
  host: string;
  seed: boolean;
  logLevel: string;
  entityOwnerUrls: Record<string, string>;
  /** Redis shared by the subgraph's replicas (import jobs), when there are several. */
  redisUrl?: string;
}

/** Every variable a subgraph process reads, for the README check. */
export function subgraphVariables(manifest: SubgraphManifest): string[] {
  const owners = Object.values(manifest.asksAbout ?? {}).map(subgraphUrlVariable);
  return [`${manifest.envPrefix}_PORT`, `${manifest.envPrefix}_HOST`, `${manifest.envPrefix}_DATABASE_URL`, `${manifest.envPrefix}_DATABASE_REPLICA_URLS`, 'SEED', 'LOG_LEVEL', 'REDIS_URL', ...owners];
}

/** Reads and validates a subgraph's environment once at start; defaults run locally on the embedded database. */
export function readSubgraphConfig(manifest: SubgraphManifest, env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  const prefix = manifest.envPrefix;
  const owners = Object.entries(manifest.asksAbout ?? {});
  const schema = z.object({
    [`${prefix}_PORT`]: portSetting(manifest.defaultPort),
    [`${prefix}_HOST`]: z.string().default('127.0.0.1'),
    [`${prefix}_DATABASE_URL`]: z
      .string()
      .regex(/^(mysql|mariadb):\/\/|^sqlite:/, 'must start with mysql://, mariadb:// or sqlite:')
      .default(embeddedDatabaseUrl(manifest.name)),
    [`${prefix}_DATABASE_REPLICA_URLS`]: z
      .string()
      .default('')
      .transform((text) => text.split(',').map((url) => url.trim()).filter(Boolean))
      .pipe(z.array(z.string().regex(/^(mysql|mariadb):\/\//, 'each replica URL must start with mysql:// or mariadb://'))),
    SEED: z.enum(['regional', 'none']).default('regional'),
    LOG_LEVEL: logLevelSetting,
    REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
    ...Object.fromEntries(owners.map(([, owner]) => [subgraphUrlVariable(owner), z.url({ protocol: /^https?$/ }).default(defaultSubgraphUrl(owner))])),
  });
  const values = readConfig(schema, env) as Record<string, unknown>;
  return {
    databaseUrl: String(values[`${prefix}_DATABASE_URL`]),
    databaseReplicaUrls: values[`${prefix}_DATABASE_REPLICA_URLS`] as string[],
    port: Number(values[`${prefix}_PORT`]),
    host: String(values[`${prefix}_HOST`]),
    seed: values.SEED === 'regional',
    logLevel: String(values.LOG_LEVEL),
    redisUrl: values.REDIS_URL as string | undefined,
    entityOwnerUrls: Object.fromEntries(owners.map(([typename, owner]) => [typename, String(values[subgraphUrlVariable(owner)])])),
  };
}
