import type { SubgraphDefinition } from '@kumkm/subgraph-kit';
import { buildUmkmSchema, SUBGRAPH_NAME, umkmDatabase } from './schema';
import { seedNationalUmkm } from './seed/seed-national';
import { seedRegionalUmkm } from './seed/seed-regional';

export const umkmSubgraph: SubgraphDefinition = {
  name: SUBGRAPH_NAME,
  database: umkmDatabase,
  buildSchema: buildUmkmSchema,
  seed: seedRegionalUmkm,
  seedNational: seedNationalUmkm,
};
