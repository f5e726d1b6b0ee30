import type { SubgraphManifest } from '@kumkm/subgraph-kit';
import { cooperativesManifest } from '@kumkm/cooperatives/manifest';

/** The umkm subgraph as the workspace knows it (see SubgraphManifest). Light: no schema, no database. */
export const umkmManifest: SubgraphManifest = {
  name: 'umkm',
  envPrefix: 'UMKM',
  defaultPort: 4002,
  packageName: '@kumkm/umkm',
  entryPoint: 'subgraphs/umkm/dist/main.js',
  importKinds: ['umkm', 'products'],
  ownedEntities: ['UmkmActor'],
  // Memberships name cooperatives, which the cooperatives subgraph owns and is asked about.
  asksAbout: { Cooperative: cooperativesManifest },
};
