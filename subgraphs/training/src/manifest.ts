import { GRAPH_ADDRESSES, type SubgraphManifest } from '@kumkm/subgraph-kit';

/** The training subgraph as the workspace knows it (see SubgraphManifest). Light: no schema, no database. */
export const trainingManifest: SubgraphManifest = {
  ...GRAPH_ADDRESSES.training,
  packageName: '@kumkm/training',
  entryPoint: 'subgraphs/training/dist/main.js',
  importKinds: ['training'],
  ownedEntities: ['TrainingProgram'],
  // Participants are cooperatives and business actors, which their own subgraphs are asked about.
  asksAbout: { Cooperative: GRAPH_ADDRESSES.cooperatives, UmkmActor: GRAPH_ADDRESSES.umkm },
};
