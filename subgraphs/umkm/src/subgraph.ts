import type { SubgraphDefinition } from '@kumkm/subgraph-kit';
import { umkmManifest } from './manifest';
import { buildUmkmSchema, umkmDatabase } from './schema';
import { seedNationalUmkm } from './seed/seed-national';
import { seedRegionalUmkm } from './seed/seed-regional';
import { productImport } from './product-import/product-import';
import { umkmImport } from './umkm-import/umkm-import';

export const umkmSubgraph: SubgraphDefinition = {
  manifest: umkmManifest,
  database: umkmDatabase,
  buildSchema: buildUmkmSchema,
  seed: seedRegionalUmkm,
  seedNational: seedNationalUmkm,
  importKinds: { umkm: umkmImport, products: productImport },
};
