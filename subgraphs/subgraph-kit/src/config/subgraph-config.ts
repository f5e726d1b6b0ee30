import { z } from 'zod';
import { embeddedDatabaseUrl } from '../database/open-database';
import { logLevelSetting, portSetting, readConfig } from './read-config';

export interface SubgraphConfigOptions {
  /** Subgraph name, also the embedded database's file name. */
  name: string;
  /** Prefix of its variables: `COOPERATIVES` reads COOPERATIVES_PORT, COOPERATIVES_DATABASE_URL, … */
  prefix: string;
  defaultPort: number;
  /** Entity types owned elsewhere that this subgraph checks, with the variable naming their subgraph's URL. */
  entityOwners?: Record<string, { variable: string; defaultUrl: string }>;
}

export interface SubgraphConfig {
  databaseUrl: string;
  port: number;
  host: string;
  seed: boolean;
  logLevel: string;
  entityOwnerUrls: Record<string, string>;
}

/** Reads and validates a subgraph's environment once at start; defaults run locally on the embedded database. */
export function readSubgraphConfig(options: SubgraphConfigOptions, env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  const owners = Object.entries(options.entityOwners ?? {});
  const schema = z.object({
    [`${options.prefix}_PORT`]: portSetting(options.defaultPort),
    [`${options.prefix}_HOST`]: z.string().default('127.0.0.1'),
    [`${options.prefix}_DATABASE_URL`]: z
      .string()
      .regex(/^(mysql|mariadb):\/\/|^sqlite:/, 'must start with mysql://, mariadb:// or sqlite:')
      .default(embeddedDatabaseUrl(options.name)),
    SEED: z.enum(['regional', 'none']).default('regional'),
    LOG_LEVEL: logLevelSetting,
    ...Object.fromEntries(owners.map(([, owner]) => [owner.variable, z.url({ protocol: /^https?$/ }).default(owner.defaultUrl)])),
  });
  const values = readConfig(schema, env) as Record<string, unknown>;
  return {
    databaseUrl: String(values[`${options.prefix}_DATABASE_URL`]),
    port: Number(values[`${options.prefix}_PORT`]),
    host: String(values[`${options.prefix}_HOST`]),
    seed: values.SEED === 'regional',
    logLevel: String(values.LOG_LEVEL),
    entityOwnerUrls: Object.fromEntries(owners.map(([typename, owner]) => [typename, String(values[owner.variable])])),
  };
}
