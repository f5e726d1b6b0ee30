import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { REQUEST_ID_HEADER } from '@kumkm/subgraph-kit';
import type { GatewayContext } from '../context';

/**
 * Just before the fetch. Subgraphs enforce authorization themselves: they get
 * the caller's own token, and the request id for their logs. Nothing else of the caller's request
 * is passed on.
 */
export function forwardCallerHeaders({ request, context }: Pick<GraphQLDataSourceProcessOptions<GatewayContext>, 'request' | 'context'>): void {
  if (context?.authorization) request.http?.headers.set('authorization', context.authorization);
  if (context?.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
}
