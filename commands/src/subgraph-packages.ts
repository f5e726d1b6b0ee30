import path from 'node:path';
import { SUBGRAPH_MANIFESTS } from '@kumkm/gateway/subgraph-manifests';
import type { SubgraphDefinition, SubgraphManifest } from '@kumkm/subgraph-kit';

/** What the commands (compose, seed, migrations) and the tests need from a subgraph package. */
export interface SubgraphPackage {
  manifest: SubgraphManifest;
  definition: SubgraphDefinition;
  migrationsDir: string;
}

/** The subgraph package a manifest names (a dependency of this package), through its one export `subgraph`. */
export function loadSubgraphPackage(manifest: SubgraphManifest): SubgraphPackage {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { subgraph } = require(manifest.packageName) as { subgraph?: SubgraphDefinition };
  if (subgraph?.manifest.name !== manifest.name) throw new Error(`${manifest.packageName} does not export the ${manifest.name} subgraph as "subgraph"`);
  const packageDir = path.resolve(__dirname, '../..', path.dirname(path.dirname(manifest.entryPoint)));
  return { manifest, definition: subgraph, migrationsDir: path.join(packageDir, 'src', 'migrations') };
}

/** The subgraphs named on the command line (`-- umkm training`), or all of them. */
export function selectedSubgraphs(names: string[]): SubgraphPackage[] {
  const known = SUBGRAPH_MANIFESTS.map((manifest) => manifest.name);
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length) throw new Error(`Unknown subgraph ${unknown.join(', ')}: choose from ${known.join(', ')}`);
  return SUBGRAPH_MANIFESTS.filter((manifest) => names.length === 0 || names.includes(manifest.name)).map(loadSubgraphPackage);
}
