import type { SubgraphManifest } from '@kumkm/subgraph-kit';
import { cooperativesManifest } from '@kumkm/cooperatives/manifest';
import { umkmManifest } from '@kumkm/umkm/manifest';

/** The training subgraph as the workspace knows it (see SubgraphManifest). Light: no schema, no database. */
export const trainingManifest: SubgraphManifest = {
  name: 'training',
  envPrefix: 'TRAINING',
  defaultPort: 4003,
  packageName: '@kumkm/training',
  entryPoint: 'subgraphs/training/dist/main.js',
  importKinds: ['training'],
  ownedEntities: ['TrainingProgram'],
  // Participants are cooperatives and business actors, which their own subgraphs are asked about.
  asksAbout: { Cooperative: cooperativesManifest, UmkmActor: umkmManifest },
};
