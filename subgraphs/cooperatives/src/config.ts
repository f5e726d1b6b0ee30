import type { SubgraphConfigOptions } from '@kumkm/subgraph-kit';

export const cooperativesConfig: SubgraphConfigOptions = { name: 'cooperatives', prefix: 'COOPERATIVES', defaultPort: 4001 };
