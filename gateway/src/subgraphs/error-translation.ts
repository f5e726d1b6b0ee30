import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import { isOpenBreakerRefusal, SubgraphServerError } from './circuit-breaker';

/** node-fetch reports the timeout signal's abort as an AbortError whose cause is the TimeoutError. */
function isTimeout(error: unknown): boolean {
  const { name, type } = (error ?? {}) as { name?: string; type?: string };
  return name === 'TimeoutError' || name === 'AbortError' || type === 'aborted';
}

function reasonOf(error: unknown, timeoutMs: number): string {
  if (isOpenBreakerRefusal(error)) return 'it has been failing';
  if (error instanceof SubgraphServerError) return `it answered HTTP ${error.status}`;
  if (isTimeout(error)) return `no answer within ${timeoutMs} ms`;
  return 'it could not be reached';
}

/**
 * Outermost around the fetch: a fetch that failed, timed out, answered HTTP 5xx or was refused
 * by the breaker becomes SUBGRAPH_UNAVAILABLE naming the subgraph and why. The other subgraphs' data
 * is still returned: fields one subgraph adds to another's entities are nullable for that reason.
 */
export function reportUnavailable(subgraph: string, timeoutMs: number, fetch: Fetcher): Fetcher {
  return async (url, init) => {
    try {
      return await fetch(url, init);
    } catch (error) {
      throw new GraphQLError(`The ${subgraph} subgraph is unavailable (${reasonOf(error, timeoutMs)}): the data it provides is missing from this answer`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: subgraph },
      });
    }
  };
}

interface GraphQLErrorBody {
  errors?: Array<{ message?: string; extensions?: { code?: string } }>;
}

/**
 * A subgraph's non-2xx answer as the error the client sees. Subgraphs answer bad variables (a
 * negative rupiah amount, say) with HTTP 400 and a GraphQL error body, as GraphQL over HTTP
 * prescribes: the subgraph's own message and code are kept, so the client learns what to fix.
 * Anything else (5xx answers are turned away before, by the circuit breaker step) is an opaque
 * INTERNAL_SERVER_ERROR that never carries the subgraph's URL.
 */
export async function errorFromSubgraphResponse(response: FetcherResponse): Promise<GraphQLError> {
  const body = (await response.json().catch(() => undefined)) as GraphQLErrorBody | undefined;
  const first = body?.errors?.[0];
  if (response.status < 500 && first?.message) {
    return new GraphQLError(first.message, { extensions: { code: first.extensions?.code ?? 'BAD_USER_INPUT' } });
  }
  return new GraphQLError(`A subgraph failed to answer (HTTP ${response.status})`, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}
