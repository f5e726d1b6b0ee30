import type { SubgraphConfigOptions } from '@kumkm/subgraph-kit';

export const umkmConfig: SubgraphConfigOptions = {
  name: 'umkm',
  prefix: 'UMKM',
  defaultPort: 4002,
  // Memberships name cooperatives, which the cooperatives subgraph owns and is asked about.
  entityOwners: { Cooperative: { variable: 'COOPERATIVES_URL', defaultUrl: 'http://127.0.0.1:4001/graphql' } },
};
