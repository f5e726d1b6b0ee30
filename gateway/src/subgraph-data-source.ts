import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';

type FetchResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];

export interface GatewayContext {
  authorization?: string;
}

interface GraphQLErrorBody {
  errors?: Array<{ message?: string; extensions?: { code?: string } }>;
}

/**
 * Subgraphs answer bad variables (a negative rupiah amount, say) with HTTP 400 and a GraphQL
 * error body, as GraphQL over HTTP prescribes. The stock data source would turn that into an
 * opaque "400: Bad Request" carrying the subgraph's internal URL; this keeps the subgraph's own
 * message and code so the client learns what to fix.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** Subgraphs enforce authorization themselves: they get the caller's own token. */
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context?.authorization) request.http?.headers.set('authorization', context.authorization);
  }

  override async errorFromResponse(response: FetchResponse): Promise<GraphQLError> {
    const body = (await this.parseBody(response).catch(() => undefined)) as GraphQLErrorBody | undefined;
    const first = body?.errors?.[0];
    if (response.status < 500 && first?.message) {
      return new GraphQLError(first.message, { extensions: { code: first.extensions?.code ?? 'BAD_USER_INPUT' } });
    }
    return new GraphQLError(`A subgraph failed to answer (HTTP ${response.status})`, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
}
