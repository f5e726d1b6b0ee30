import type { SubgraphManifest } from '@kumkm/subgraph-kit';

/** The cooperatives subgraph as the workspace knows it (see SubgraphManifest). Light: no schema, no database. */
export const cooperativesManifest: SubgraphManifest = {
  name: 'cooperatives',
  envPrefix: 'COOPERATIVES',
  defaultPort: 4001,
  packageName: '@kumkm/cooperatives',
  entryPoint: 'subgraphs/cooperatives/dist/main.js',
  importKinds: ['cooperatives'],
  ownedEntities: ['Cooperative'],
};
