import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import { REQUEST_ID_HEADER, type Logger, type ServiceMetrics } from '@kumkm/subgraph-kit';
import { GraphQLError } from 'graphql';
import { Agent } from 'node:http';
import nodeFetch from 'node-fetch';
import CircuitBreaker from 'opossum';
import { Gauge, Histogram } from 'prom-client';

type FetchResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];
type Fetcher = RemoteGraphQLDataSource['fetcher'];
type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

export interface GatewayContext {
  authorization?: string;
  /** The caller's role and region: answers cached for one scope are never served to another. */
  viewerScope?: string;
  requestId?: string;
  logger?: Logger;
}

/** Subgraph fetch latency and errors, and breaker state, for the gateway's /metrics. */
export function subgraphMetrics(metrics: ServiceMetrics) {
  return {
    fetchDuration: new Histogram({
      name: 'subgraph_fetch_duration_seconds',
      help: 'Gateway fetches to each subgraph by outcome (ok, error), in seconds.',
      labelNames: ['subgraph', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [metrics.registry],
    }),
    breakerState: new Gauge({
      name: 'subgraph_circuit_breaker_state',
      help: 'Circuit breaker of each subgraph: 0 closed (calls pass), 1 half-open (trial call), 2 open (calls refused).',
      labelNames: ['subgraph'],
      registers: [metrics.registry],
    }),
  };
}

export type SubgraphMetrics = ReturnType<typeof subgraphMetrics>;

interface GraphQLErrorBody {
  errors?: Array<{ message?: string; extensions?: { code?: string } }>;
}

export interface FaultTolerance {
  /** A subgraph that has not answered by then counts as failed. */
  timeoutMs: number;
  /** After the breaker opens, how long before one trial request may pass again. */
  breakerResetMs: number;
  /** Connections kept open to each subgraph; more requests wait for one. */
  maxSockets: number;
}

export const DEFAULT_FAULT_TOLERANCE: FaultTolerance = { timeoutMs: 10_000, breakerResetMs: 10_000, maxSockets: 64 };

/** node-fetch reports the timeout signal's abort as an AbortError whose cause is the TimeoutError. */
function isTimeout(error: unknown): boolean {
  const { name, type } = (error ?? {}) as { name?: string; type?: string };
  return name === 'TimeoutError' || name === 'AbortError' || type === 'aborted';
}

/**
 * The gateway's connection to one subgraph: the caller's token is forwarded, each fetch has a
 * timeout, and a circuit breaker stops calling a subgraph that keeps failing (answering at once
 * with SUBGRAPH_UNAVAILABLE) until a trial request succeeds again. The other subgraphs' data is
 * still returned: fields one subgraph adds to another's entities are nullable for that reason.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly inFlight = new Map<string, Promise<SubgraphResponse>>();
  readonly breaker: CircuitBreaker<Parameters<Fetcher>, Awaited<ReturnType<Fetcher>>>;

  constructor(options: { name: string; url: string; faults: FaultTolerance; logger: Logger; metrics: SubgraphMetrics }) {
    super({ url: options.url });
    const { name, faults, logger, metrics } = options;
    // Keep-alive connections, at most SUBGRAPH_SOCKETS per subgraph: no TCP handshake per fetch, and a
    // burst of requests queues here instead of opening thousands of sockets on the subgraph.
    const agent = new Agent({ keepAlive: true, maxSockets: options.faults.maxSockets });
    const timedFetch = ((url: string, init: RequestInit) => nodeFetch(url, { ...(init as object), agent, signal: AbortSignal.timeout(faults.timeoutMs) } as never)) as unknown as Fetcher;
    this.breaker = new CircuitBreaker(timedFetch, {
      timeout: false,
      resetTimeout: faults.breakerResetMs,
      errorThresholdPercentage: 50,
      volumeThreshold: 3,
      rollingCountTimeout: 10_000,
    });
    metrics.breakerState.set({ subgraph: name }, 0);
    this.breaker.on('open', () => {
      metrics.breakerState.set({ subgraph: name }, 2);
      logger.warn({ subgraph: name }, 'circuit breaker opened: subgraph failing');
    });
    this.breaker.on('halfOpen', () => metrics.breakerState.set({ subgraph: name }, 1));
    this.breaker.on('close', () => {
      metrics.breakerState.set({ subgraph: name }, 0);
      logger.info({ subgraph: name }, 'circuit breaker closed: subgraph answering again');
    });
    this.fetcher = (async (url: string, init: RequestInit) => {
      const timer = metrics.fetchDuration.startTimer({ subgraph: name });
      try {
        const response = await this.breaker.fire(url as never, init as never);
        timer({ outcome: response.ok ? 'ok' : 'error' });
        return response;
      } catch (error) {
        timer({ outcome: 'error' });
        const reason = this.breaker.opened ? 'it has been failing' : isTimeout(error) ? `no answer within ${faults.timeoutMs} ms` : 'it could not be reached';
        throw new GraphQLError(`The ${name} subgraph is unavailable (${reason}): the data it provides is missing from this answer`, {
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: name },
        });
      }
    }) as Fetcher;
  }

  /**
   * Identical subgraph queries in flight at the same moment for callers of the same scope are sent
   * once: a coordination meeting's dashboards ask the same question together, and each of them
   * would otherwise cost the subgraph's database the same work. Every caller gets its own copy,
   * since the gateway merges subgraph answers into its own result objects. Writes are never shared.
   */
  override process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    if (options.kind !== GraphQLDataSourceRequestKind.INCOMING_OPERATION || options.incomingRequestContext.operation?.operation !== 'query') {
      return super.process(options);
    }
    const key = JSON.stringify([options.context.viewerScope ?? options.context.authorization, options.request.query, options.request.variables ?? {}]);
    const pending = this.inFlight.get(key);
    if (pending) return pending.then((response) => structuredClone(response));
    const sent = super.process(options).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, sent);
    return sent;
  }

  /** Subgraphs enforce authorization themselves: they get the caller's own token, and the request id for their logs. */
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context?.authorization) request.http?.headers.set('authorization', context.authorization);
    if (context?.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
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
