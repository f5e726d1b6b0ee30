import type { SubgraphConfigOptions } from '@kumkm/subgraph-kit';

export const trainingConfig: SubgraphConfigOptions = {
  name: 'training',
  prefix: 'TRAINING',
  defaultPort: 4003,
  // Participants are cooperatives and business actors, which their own subgraphs are asked about.
  entityOwners: {
    Cooperative: { variable: 'COOPERATIVES_URL', defaultUrl: 'http://127.0.0.1:4001/graphql' },
    UmkmActor: { variable: 'UMKM_URL', defaultUrl: 'http://127.0.0.1:4002/graphql' },
  },
};
