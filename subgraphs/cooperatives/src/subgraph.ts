import type { SubgraphDefinition } from '@kumkm/subgraph-kit';
import { cooperativeImport } from './cooperative-import/cooperative-import';
import { cooperativesManifest } from './manifest';
import { buildCooperativesSchema, cooperativesDatabase } from './schema';
import { seedNationalCooperatives } from './seed/seed-national';
import { seedRegionalCooperatives } from './seed/seed-regional';

export const cooperativesSubgraph: SubgraphDefinition = {
  manifest: cooperativesManifest,
  database: cooperativesDatabase,
  buildSchema: buildCooperativesSchema,
  seed: seedRegionalCooperatives,
  seedNational: seedNationalCooperatives,
  importKinds: { cooperatives: cooperativeImport },
};
