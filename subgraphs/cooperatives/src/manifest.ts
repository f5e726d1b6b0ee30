import { GRAPH_ADDRESSES, type SubgraphManifest } from '@kumkm/subgraph-kit';

/** The cooperatives subgraph as the workspace knows it (see SubgraphManifest). Light: no schema, no database. */
export const cooperativesManifest: SubgraphManifest = {
  ...GRAPH_ADDRESSES.cooperatives,
  packageName: '@kumkm/cooperatives',
  entryPoint: 'subgraphs/cooperatives/dist/main.js',
  importKinds: ['cooperatives'],
  ownedEntities: ['Cooperative'],
};
