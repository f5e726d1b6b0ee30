import { ApolloServer, type ApolloServerOptions } from '@apollo/server';
import { buildSchema } from 'graphql';
import type { GatewayContext } from '../context';

/**
 * A small schema shaped like the graph's roots (regions, a listing, a mutation), whose resolvers
 * count their calls, served in process by Apollo Server with the plugins under test.
 */
export function countingServer(options: Omit<ApolloServerOptions<GatewayContext>, 'schema' | 'gateway' | 'typeDefs' | 'resolvers'> = {}) {
  const calls = { regions: 0, cooperatives: 0, registerCooperative: 0 };
  const schema = buildSchema(`
    type Region { code: String! children: [Region!]! }
    type Query { regions: [Region!]! region(code: String!): Region cooperatives: Int! }
    type Mutation { registerCooperative(fail: Boolean): Int! }
  `);
  const rootValue = {
    regions: () => (calls.regions += 1, [{ code: '81', children: [] }]),
    region: ({ code }: { code: string }) => (calls.regions += 1, { code, children: [] }),
    cooperatives: () => (calls.cooperatives += 1),
    registerCooperative: ({ fail }: { fail?: boolean }) => {
      calls.registerCooperative += 1;
      if (fail) throw new Error('refused');
      return 1;
    },
  };
  const server = new ApolloServer<GatewayContext>({ schema, rootValue, ...options } as ApolloServerOptions<GatewayContext>);
  const run = async (query: string, contextValue: GatewayContext = { viewerScope: 'ANALYST:' }, variables?: Record<string, unknown>) => {
    const response = await server.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { result: response.body.singleResult, cacheHeader: response.http.headers.get('x-summary-cache') };
  };
  return { server, calls, run };
}
