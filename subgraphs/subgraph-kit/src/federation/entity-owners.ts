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
    const url = this.urls[typename];
    if (!url) throw new Error(`No owning subgraph configured for ${typename}`);
    let body: { data?: { _entities?: Array<unknown | null> } };
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(this.authorization ? { authorization: this.authorization } : {}),
          ...(this.requestId ? { 'x-request-id': this.requestId } : {}),
        },
        body: JSON.stringify({ query: ENTITIES_QUERY, variables: { representations: [{ __typename: typename, id }] } }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      body = (await response.json()) as typeof body;
    } catch {
      throw new GraphQLError(`Cannot check the ${typename} right now: its subgraph does not answer. Nothing was written; try again later.`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
      });
    }
    return Boolean(body.data?._entities?.[0]);
  }
}
