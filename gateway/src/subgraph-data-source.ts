import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Logger } from '@kumkm/subgraph-kit';
import { GraphQLError } from 'graphql';
import CircuitBreaker from 'opossum';

type FetchResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];
type Fetcher = RemoteGraphQLDataSource['fetcher'];

export interface GatewayContext {
  authorization?: string;
}

interface GraphQLErrorBody {
  errors?: Array<{ message?: string; extensions?: { code?: string } }>;
}

export interface FaultTolerance {
  /** A subgraph that has not answered by then counts as failed. */
  timeoutMs: number;
  /** After the breaker opens, how long before one trial request may pass again. */
  breakerResetMs: number;
}

export const DEFAULT_FAULT_TOLERANCE: FaultTolerance = { timeoutMs: 10_000, breakerResetMs: 10_000 };

/**
 * The gateway's connection to one subgraph: the caller's token is forwarded, each fetch has a
 * timeout, and a circuit breaker stops calling a subgraph that keeps failing (answering at once
 * with SUBGRAPH_UNAVAILABLE) until a trial request succeeds again. The other subgraphs' data is
 * still returned: fields one subgraph adds to another's entities are nullable for that reason.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly breaker: CircuitBreaker<Parameters<Fetcher>, Awaited<ReturnType<Fetcher>>>;

  constructor(options: { name: string; url: string; faults: FaultTolerance; logger: Logger }) {
    super({ url: options.url });
    const { name, faults, logger } = options;
    const timedFetch = ((url: string, init: RequestInit) => fetch(url, { ...init, signal: AbortSignal.timeout(faults.timeoutMs) })) as unknown as Fetcher;
    this.breaker = new CircuitBreaker(timedFetch, {
      timeout: false,
      resetTimeout: faults.breakerResetMs,
      errorThresholdPercentage: 50,
      volumeThreshold: 3,
      rollingCountTimeout: 10_000,
    });
    this.breaker.on('open', () => logger.warn({ subgraph: name }, 'circuit breaker opened: subgraph failing'));
    this.breaker.on('close', () => logger.info({ subgraph: name }, 'circuit breaker closed: subgraph answering again'));
    this.fetcher = (async (url: string, init: RequestInit) => {
      try {
        return await this.breaker.fire(url as never, init as never);
      } catch (error) {
        const reason = this.breaker.opened ? 'it has been failing' : (error as Error)?.name === 'TimeoutError' ? `no answer within ${faults.timeoutMs} ms` : 'it could not be reached';
        throw new GraphQLError(`The ${name} subgraph is unavailable (${reason}): the data it provides is missing from this answer`, {
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: name },
        });
      }
    }) as Fetcher;
  }

  /** Subgraphs enforce authorization themselves: they get the caller's own token. */
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context?.authorization) request.http?.headers.set('authorization', context.authorization);
  }

  /**
   * Subgraphs answer bad variables (a negative rupiah amount, say) with HTTP 400 and a GraphQL
   * error body, as GraphQL over HTTP prescribes. The stock data source would turn that into an
   * opaque "400: Bad Request" carrying the subgraph's internal URL; this keeps the subgraph's own
   * message and code so the client learns what to fix.
   */
  override async errorFromResponse(response: FetchResponse): Promise<GraphQLError> {
    const body = (await this.parseBody(response).catch(() => undefined)) as GraphQLErrorBody | undefined;
    const first = body?.errors?.[0];
    if (response.status < 500 && first?.message) {
      return new GraphQLError(first.message, { extensions: { code: first.extensions?.code ?? 'BAD_USER_INPUT' } });
    }
    return new GraphQLError(`A subgraph failed to answer (HTTP ${response.status})`, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
}
