import type { SubgraphDefinition } from '@kumkm/subgraph-kit';
import { buildCooperativesSchema, cooperativesDatabase, SUBGRAPH_NAME } from './schema';
import { seedNationalCooperatives } from './seed/seed-national';
import { seedRegionalCooperatives } from './seed/seed-regional';

export const cooperativesSubgraph: SubgraphDefinition = {
  name: SUBGRAPH_NAME,
  database: cooperativesDatabase,
  buildSchema: buildCooperativesSchema,
  seed: seedRegionalCooperatives,
  seedNational: seedNationalCooperatives,
};
