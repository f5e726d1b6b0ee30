import type { SubgraphDefinition } from '@kumkm/subgraph-kit';
import { trainingManifest } from './manifest';
import { buildTrainingSchema, trainingDatabase } from './schema';
import { seedNationalTraining } from './seed/seed-national';
import { seedRegionalTraining } from './seed/seed-regional';
import { trainingImport } from './training-import/training-import';

export const trainingSubgraph: SubgraphDefinition = {
  manifest: trainingManifest,
  database: trainingDatabase,
  buildSchema: buildTrainingSchema,
  seed: seedRegionalTraining,
  seedNational: seedNationalTraining,
  importKinds: { training: trainingImport },
};
