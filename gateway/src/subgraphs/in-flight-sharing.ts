import type { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GatewayContext } from '../context';

/** What a subgraph request answers, as @apollo/gateway types it. */
export type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

type Send = () => Promise<SubgraphResponse>;

/**
 * Only reads asked by a client are shared: never a write, never the gateway's own health checks or
 * schema loading (the only requests without an incoming request context).
 */
function isSharable(options: GraphQLDataSourceProcessOptions<GatewayContext>): boolean {
  return 'incomingRequestContext' in options && options.incomingRequestContext.operation?.operation === 'query';
}

/**
 * Around the whole subgraph request: identical subgraph queries in flight at the same moment for
 * callers of the same scope are sent once. A coordination meeting's dashboards ask the same
 * question together, and each would otherwise cost the subgraph's database the same work.
 * Every caller gets its own copy, since the gateway merges subgraph answers into its own objects.
 */
export class InFlightSharing {
  private readonly inFlight = new Map<string, Promise<SubgraphResponse>>();

  process(options: GraphQLDataSourceProcessOptions<GatewayContext>, send: Send): Promise<SubgraphResponse> {
    if (!isSharable(options)) return send();
    const key = JSON.stringify([options.context.viewerScope ?? options.context.authorization, options.request.query, options.request.variables ?? {}]);
    const pending = this.inFlight.get(key);
    if (pending) return pending.then((response) => structuredClone(response));
    const sent = send().finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, sent);
    return sent;
  }
}
