import { embeddedDatabaseUrl, logLevelSetting, portSetting, readConfig } from '@kumkm/subgraph-kit';
import { z } from 'zod';
import { SUBGRAPH_NAME } from './schema';

const schema = z.object({
  COOPERATIVES_PORT: portSetting(4001),
  COOPERATIVES_HOST: z.string().default('127.0.0.1'),
  COOPERATIVES_DATABASE_URL: z
    .string()
    .regex(/^(mysql|mariadb):\/\/|^sqlite:/, 'must start with mysql://, mariadb:// or sqlite:')
    .default(embeddedDatabaseUrl(SUBGRAPH_NAME)),
  SEED: z.enum(['regional', 'none']).default('regional'),
  LOG_LEVEL: logLevelSetting,
});

export type CooperativesConfig = z.infer<typeof schema>;

export function readCooperativesConfig(env: NodeJS.ProcessEnv = process.env): CooperativesConfig {
  return readConfig(schema, env);
}
