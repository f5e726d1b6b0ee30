import path from 'node:path';
import { logLevelSetting, portSetting, readConfig } from '@kumkm/subgraph-kit';
import { z } from 'zod';
import { defaultSubgraphUrl, SUBGRAPHS } from './subgraph-list';

const subgraphUrlSettings = Object.fromEntries(
  SUBGRAPHS.map((entry) => [entry.urlVariable, z.url({ protocol: /^https?$/ }).default(defaultSubgraphUrl(entry))]),
);

const schema = z.object({
  GATEWAY_PORT: portSetting(4000),
  GATEWAY_HOST: z.string().default('127.0.0.1'),
  SUPERGRAPH_PATH: z.string().default(path.resolve(__dirname, '../../schema/supergraph.graphql')),
  LOG_LEVEL: logLevelSetting,
  GRAPHIQL_TOKEN: z.string().optional(),
  ...subgraphUrlSettings,
});

export interface GatewayConfig {
  port: number;
  host: string;
  supergraphPath: string;
  logLevel: string;
  graphiqlToken?: string;
  /** Subgraph name → URL the gateway calls. */
  subgraphUrls: Record<string, string>;
}

/** Reads and validates the gateway's environment once at start; a bad value stops the process with the reason. */
export function readGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const values = readConfig(schema, env);
  return {
    port: values.GATEWAY_PORT,
    host: values.GATEWAY_HOST,
    supergraphPath: values.SUPERGRAPH_PATH,
    logLevel: values.LOG_LEVEL,
    graphiqlToken: values.GRAPHIQL_TOKEN,
    subgraphUrls: Object.fromEntries(SUBGRAPHS.map((entry) => [entry.name, String((values as Record<string, unknown>)[entry.urlVariable])])),
  };
}
