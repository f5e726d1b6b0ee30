import { GRAPH_ADDRESSES, type SubgraphManifest } from '@kumkm/subgraph-kit';

/** The umkm subgraph as the workspace knows it (see SubgraphManifest). Light: no schema, no database. */
export const umkmManifest: SubgraphManifest = {
  ...GRAPH_ADDRESSES.umkm,
  packageName: '@kumkm/umkm',
  entryPoint: 'subgraphs/umkm/dist/main.js',
  importKinds: ['umkm', 'products'],
  ownedEntities: ['UmkmActor'],
  // Memberships and the supplier search name cooperatives; the supplier search asks the training
  // subgraph which suppliers completed a programme.
  asksAbout: { Cooperative: GRAPH_ADDRESSES.cooperatives, TrainingProgram: GRAPH_ADDRESSES.training },
};
