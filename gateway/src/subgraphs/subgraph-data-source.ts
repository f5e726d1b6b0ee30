import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import type { Logger } from '@kumkm/subgraph-kit';
import type { GatewayContext } from '../context';
import { assertEntityBatch, refuseLargeAnswers, spendAnswerBytes, type AnswerLimits } from './answer-limits';
import { withCircuitBreaker } from './circuit-breaker';
import { errorFromSubgraphResponse, reportUnavailable } from './error-translation';
import type { SubgraphMetrics } from './fetch-metrics';
import { forwardCallerHeaders } from './header-forwarding';
import { InFlightSharing, type SubgraphResponse } from './in-flight-sharing';
import { keepAliveTransport } from './transport';

export interface FaultTolerance {
  /** A subgraph that has not answered by then counts as failed. */
  timeoutMs: number;
  /** After the breaker opens, how long before one trial request may pass again. */
  breakerResetMs: number;
  /** Connections kept open to each subgraph; more requests wait for one. */
  maxSockets: number;
}

export const DEFAULT_FAULT_TOLERANCE: FaultTolerance = { timeoutMs: 10_000, breakerResetMs: 10_000, maxSockets: 64 };

export interface SubgraphDataSourceOptions {
  name: string;
  url: string;
  faults: FaultTolerance;
  logger: Logger;
  metrics: SubgraphMetrics;
  limits: AnswerLimits;
  /** The HTTP fetch under the other steps; the keep-alive transport unless a test passes its own. */
  transport?: Fetcher;
}

/**
 * The gateway's connection to one subgraph, as the row of steps in this folder: in-flight sharing
 * around the request, the entity-batch limit and header forwarding before it, then the fetch
 * through the answer-size limit, error translation, metrics, the circuit breaker and the
 * transport; after it, the request's answer budget; a non-2xx answer through error translation.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly sharing = new InFlightSharing();
  private readonly limits: AnswerLimits;

  constructor(options: SubgraphDataSourceOptions) {
    super({ url: options.url });
    const { name, faults, logger, metrics } = options;
    const transport = options.transport ?? keepAliveTransport({ maxSockets: faults.maxSockets, timeoutMs: faults.timeoutMs });
    const guarded = withCircuitBreaker(transport, {
      subgraph: name,
      resetMs: faults.breakerResetMs,
      logger,
      onStateChange: (state) => metrics.breakerChanged(name, state),
    });
    this.limits = options.limits;
    this.fetcher = refuseLargeAnswers(options.limits, reportUnavailable(name, faults.timeoutMs, metrics.timed(name, guarded)));
  }

  override process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    return this.sharing.process(options, () => super.process(options));
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    assertEntityBatch(options, this.limits);
    forwardCallerHeaders(options);
  }

  override didReceiveResponse({ response, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0]): SubgraphResponse {
    spendAnswerBytes(context.answerBudget, Number(response.http?.headers.get('content-length') ?? 0), this.limits);
    return response;
  }

  override errorFromResponse(response: FetcherResponse) {
    return errorFromSubgraphResponse(response);
  }
}
