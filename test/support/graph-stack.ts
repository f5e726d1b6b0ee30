import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cooperativesSubgraph } from '@kumkm/cooperatives';
import { createLogger, launchSubgraph, type RunningServer, type RunningSubgraph } from '@kumkm/subgraph-kit';
import { createTestDatabase, StatementCounter, type TestDatabase } from '@kumkm/subgraph-kit/dist/testing';
import { startGateway } from '../../gateway/src/gateway-server';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: {
    data?: T | null;
    errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  };
}

export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: await response.json() };
}

export interface GraphStack {
  gatewayUrl: string;
  gatewayBase: string;
  cooperatives: RunningSubgraph;
  cooperativeStatements: StatementCounter;
  query: <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<T>>;
  stop: () => Promise<void>;
}

/**
 * The whole graph as users reach it: each subgraph on its own database and HTTP port, the gateway
 * on the committed supergraph calling them over HTTP. Every port is ephemeral (0).
 */
export async function startGraphStack(driver: 'sqlite' | 'mysql'): Promise<GraphStack> {
  const logger = createLogger('test', 'silent');
  const databases: TestDatabase[] = [];
  const servers: RunningServer[] = [];
  const stop = async () => {
    for (const server of servers.reverse()) await server.stop();
    for (const database of databases) await database.drop();
  };
  try {
    const cooperativesDb = await createTestDatabase(driver, 'cooperatives');
    databases.push(cooperativesDb);
    const cooperativeStatements = new StatementCounter();
    const cooperatives = await launchSubgraph(cooperativesSubgraph, {
      databaseUrl: cooperativesDb.url,
      port: 0,
      seed: true,
      logger,
      sqlLogger: cooperativeStatements,
    });
    servers.push(cooperatives);
    const gateway = await startGateway({
      supergraphSdl: readFileSync(path.resolve(__dirname, '../../schema/supergraph.graphql'), 'utf8'),
      subgraphUrls: { cooperatives: cooperatives.url },
      port: 0,
      logger,
    });
    servers.push(gateway);
    return {
      gatewayUrl: gateway.url,
      gatewayBase: gateway.url.replace(/\/graphql$/, ''),
      cooperatives,
      cooperativeStatements,
      query: (query, variables) => postGraphQL(gateway.url, query, variables),
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
