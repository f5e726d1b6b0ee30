import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayContext } from '../context';

export interface FixtureRequest {
  /** The incoming operation's type; null: a request of the gateway's own (health check, schema load). */
  operation?: 'query' | 'mutation' | null;
  query?: string;
  variables?: Record<string, unknown>;
  context?: GatewayContext;
}

/**
 * What @apollo/gateway hands a data source for one subgraph request, with only the fields the
 * gateway's steps read. The one cast stands in for Apollo's full request context.
 */
export function subgraphRequest({ operation = 'query', query = '{ cooperatives { totalCount } }', variables, context = {} }: FixtureRequest = {}) {
  const request = { query, variables, http: { method: 'POST' as const, url: 'http://subgraph.invalid/graphql', headers: new Headers() } };
  const options =
    operation === null
      ? { kind: 'health check', request, context }
      : { kind: 'incoming operation', request, context, incomingRequestContext: { operation: { operation }, context } };
  return options as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
}
