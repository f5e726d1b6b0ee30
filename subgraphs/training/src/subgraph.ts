import type { SubgraphDefinition } from '@kumkm/subgraph-kit';
import { buildTrainingSchema, SUBGRAPH_NAME, trainingDatabase } from './schema';
import { seedNationalTraining } from './seed/seed-national';
import { seedRegionalTraining } from './seed/seed-regional';

export const trainingSubgraph: SubgraphDefinition = {
  name: SUBGRAPH_NAME,
  database: trainingDatabase,
  buildSchema: buildTrainingSchema,
  seed: seedRegionalTraining,
  seedNational: seedNationalTraining,
};
