import { GraphQLError } from 'graphql';

/** Subgraph URL of each entity type this subgraph refers to but does not own, e.g. `{ Cooperative: '…/graphql' }`. */
export type EntityOwnerUrls = Record<string, string>;

const ENTITIES_QUERY = 'query($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }';

/**
 * Asks the subgraph that owns an entity whether it exists, through the same `_entities` field the
 * gateway uses. A write that points at another subgraph's record (an enrollment's participant,
 * a member's cooperative) is refused when that record does not exist.
 */
export class EntityOwners {
  constructor(
    private readonly urls: EntityOwnerUrls,
    private readonly timeoutMs = 5000,
    private readonly authorization?: string,
    private readonly requestId?: string,
  ) {}

  /** The same lookups on behalf of one caller: the owning subgraph checks that caller's token, not a service's. */
  onBehalfOf(authorization: string | undefined, requestId?: string): EntityOwners {
    return new EntityOwners(this.urls, this.timeoutMs, authorization, requestId);
  }

  async exists(typename: string, id: string): Promise<boolean> {
    const data = await this.ask<{ _entities?: Array<unknown | null> }>(typename, ENTITIES_QUERY, { representations: [{ __typename: typename, id }] });
    return Boolean(data._entities?.[0]);
  }

  /** Runs a query against the subgraph owning `typename`, e.g. a batch of lookups by natural key. */
  async ask<Data>(typename: string, query: string, variables: Record<string, unknown>): Promise<Data> {
    const url = this.urls[typename];
    if (!url) throw new Error(`No owning subgraph configured for ${typename}`);
    let body: { data?: Data | null; errors?: unknown[] };
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(this.authorization ? { authorization: this.authorization } : {}),
          ...(this.requestId ? { 'x-request-id': this.requestId } : {}),
        },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      body = (await response.json()) as typeof body;
    } catch {
      throw new GraphQLError(`Cannot check the ${typename} right now: its subgraph does not answer. Nothing was written; try again later.`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
      });
    }
    if (!body.data) {
      throw new GraphQLError(`The ${typename} subgraph refused the lookup. Nothing was written.`, { extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
    }
    return body.data;
  }
}
