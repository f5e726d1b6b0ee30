import { isUuid, type SubgraphContext } from '@kumkm/subgraph-kit';
import { umkmActorById } from './umkm-actor.loaders';

/** Federation: turns `{ id }` references from other subgraphs into business actors, batched per request. */
export const umkmActorReferenceResolver = {
  UmkmActor: {
    __resolveReference(reference: { id: string }, context: SubgraphContext) {
      return isUuid(reference.id) ? umkmActorById(context).load(reference.id) : null;
    },
  },
};
