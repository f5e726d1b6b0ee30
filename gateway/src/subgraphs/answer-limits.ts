import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import { responseTooLarge } from '@kumkm/subgraph-kit';
import type { GatewayContext } from '../context';

export interface AnswerLimits {
  /** Entity representations one subgraph fetch may carry (`_entities`). */
  entitiesPerFetch: number;
  /** Bytes one subgraph answer may have, checked from its Content-Length before the body is read. */
  bytesPerFetch: number;
  /** Bytes all subgraph answers of one request may have together. */
  bytesPerRequest: number;
}

/** What one request has received from subgraphs so far; kept in the request's context. */
export class AnswerBudget {
  received = 0;
}

const HOW_TO_ASK = 'Ask for less at a time: a smaller page (first), fewer regions, or fewer nested lists.';

/**
 * Before the fetch: a query plan that would send one subgraph more entity representations than
 * `entitiesPerFetch` (a list of thousands of regions, each asking for its summaries) is refused
 * before any of them is sent.
 */
export function assertEntityBatch(options: Pick<GraphQLDataSourceProcessOptions<GatewayContext>, 'request'>, limits: AnswerLimits): void {
  const representations = options.request.variables?.representations;
  if (!Array.isArray(representations) || representations.length <= limits.entitiesPerFetch) return;
  throw responseTooLarge(
    `This request needs ${representations.length} records resolved by one subgraph at once; at most ${limits.entitiesPerFetch} are allowed. ${HOW_TO_ASK}`,
    'entitiesPerFetch',
    limits.entitiesPerFetch,
  );
}

/** Innermost but the transport: an answer larger than `bytesPerFetch` is refused before its body is read. */
export function refuseLargeAnswers(limits: AnswerLimits, fetch: Fetcher): Fetcher {
  return async (url, init) => {
    const response = await fetch(url, init);
    const bytes = Number(response.headers.get('content-length') ?? 0);
    if (bytes <= limits.bytesPerFetch) return response;
    // Discards the body as it arrives (node-fetch's stream), so it is never held in memory.
    (response as { body?: { resume?: () => void } }).body?.resume?.();
    throw responseTooLarge(`A subgraph's part of this answer is ${bytes} bytes; at most ${limits.bytesPerFetch} are allowed. ${HOW_TO_ASK}`, 'bytesPerFetch', limits.bytesPerFetch);
  };
}

/** After each fetch: adds the answer's size to the request's budget, refusing past `bytesPerRequest`. */
export function spendAnswerBytes(budget: AnswerBudget | undefined, bytes: number, limits: AnswerLimits): void {
  if (!budget) return;
  budget.received += bytes;
  if (budget.received <= limits.bytesPerRequest) return;
  throw responseTooLarge(`This answer would be over ${limits.bytesPerRequest} bytes. ${HOW_TO_ASK}`, 'bytesPerRequest', limits.bytesPerRequest);
}
