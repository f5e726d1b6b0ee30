import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { Kind, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { GatewayContext } from '../context';

/**
 * Root fields whose whole answer changes slowly: the region hierarchy and the coordination
 * summaries under it (Rakor). Everything else (listings, records, personal data) is never cached.
 */
const SUMMARY_ROOT_FIELDS = new Set(['region', 'regions', '__typename']);

export interface SummaryCacheOptions {
  /** How long an answer may be served after it was computed; 0 turns the cache off. */
  ttlSeconds: number;
  maxEntries: number;
}

export const DEFAULT_SUMMARY_CACHE: SummaryCacheOptions = { ttlSeconds: 30, maxEntries: 500 };

/**
 * Whole-response cache for summary queries. A mutation through this gateway that wrote something
 * empties it (and, through `onInvalidate`, every other worker's), so a write is visible to the
 * next query; a write that reaches a subgraph some other way is visible within the time to live.
 */
export class SummaryCache {
  private readonly entries: LRUCache<string, string>;
  /** Moves on with every invalidation: an answer computed before a write landed is never stored after it. */
  generation = 0;

  private readonly peers: Array<() => void> = [];

  constructor(readonly options: SummaryCacheOptions, onInvalidate?: () => void) {
    this.entries = new LRUCache({ max: options.maxEntries, ttl: options.ttlSeconds * 1000 });
    if (onInvalidate) this.peers.push(onInvalidate);
  }

  /** Also tells these peers when a write lands here (other workers, other replicas through Redis). */
  shareWith(tellPeers: () => void): void {
    this.peers.push(tellPeers);
  }

  get enabled(): boolean {
    return this.options.ttlSeconds > 0;
  }

  get(key: string): string | undefined {
    return this.entries.get(key);
  }

  /** Stores an answer unless a write landed since its query started (generation moved on). */
  set(key: string, body: string, startedInGeneration: number): void {
    if (startedInGeneration === this.generation) this.entries.set(key, body);
  }

  /** Empties this cache only (a peer's mutation). */
  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }

  /** Empties this cache and tells the peers to empty theirs (a mutation landed here). */
  invalidate(): void {
    this.clear();
    for (const tellPeers of this.peers) tellPeers();
  }
}

/**
 * Whether a mutation may have written something. A refused mutation (FORBIDDEN, BAD_USER_INPUT,
 * …) answers null and writes nothing, and `mutation { __typename }` asks for no write: neither
 * empties the cache. When a failure nulled the whole answer, an earlier field of the same
 * mutation may have written before it: then assume it did.
 */
function mayHaveWritten(operation: OperationDefinitionNode, data: Record<string, unknown> | null | undefined): boolean {
  const writes = operation.selectionSet.selections.filter((selection): selection is FieldNode => selection.kind === Kind.FIELD && selection.name.value !== '__typename');
  if (writes.length === 0) return false;
  if (!data) return writes.length > 1;
  return writes.some((field) => (data[field.alias?.value ?? field.name.value] ?? null) !== null);
}

function isSummaryQuery(operation: OperationDefinitionNode | undefined): boolean {
  if (operation?.operation !== 'query') return false;
  return operation.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && SUMMARY_ROOT_FIELDS.has(selection.name.value));
}

/** The same question from a caller with the same scope gets the same answer. */
function cacheKey({ request, contextValue }: GraphQLRequestContext<GatewayContext>): string {
  return createHash('sha256')
    .update(JSON.stringify([request.query, request.operationName ?? null, request.variables ?? {}, contextValue.viewerScope ?? '']))
    .digest('base64url');
}

export function summaryCachePlugin(cache: SummaryCache): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      let key: string | undefined;
      const generation = cache.generation;
      return {
        async responseForOperation(requestContext) {
          if (!cache.enabled || !isSummaryQuery(requestContext.operation)) return null;
          key = cacheKey(requestContext);
          const cached = cache.get(key);
          requestContext.response.http.headers.set('x-summary-cache', cached ? 'hit' : 'miss');
          if (!cached) return null;
          key = undefined;
          return { http: requestContext.response.http, body: { kind: 'single', singleResult: JSON.parse(cached) } };
        },
        async willSendResponse({ operation, response }) {
          if (operation?.operation === 'mutation') {
            if (response.body.kind !== 'single' || mayHaveWritten(operation, response.body.singleResult.data)) cache.invalidate();
            return;
          }
          if (!key || response.body.kind !== 'single' || response.body.singleResult.errors) return;
          cache.set(key, JSON.stringify(response.body.singleResult), generation);
        },
      };
    },
  };
}
