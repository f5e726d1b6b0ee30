import { isUuid, type SubgraphContext } from '@kumkm/subgraph-kit';
import { cooperativeById } from './cooperative.loaders';

/** Federation: turns `{ id }` references from other subgraphs into cooperatives, batched per request. */
export const cooperativeReferenceResolver = {
  Cooperative: {
    __resolveReference(reference: { id: string }, context: SubgraphContext) {
      return isUuid(reference.id) ? cooperativeById(context).load(reference.id) : null;
    },
  },
};
