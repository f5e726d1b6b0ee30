import path from 'node:path';
import type { SubgraphConfigOptions, SubgraphDefinition } from '@kumkm/subgraph-kit';
import { SUBGRAPHS, type SubgraphEntry } from './subgraph-list';

/** What the workspace commands (compose, seed, migrations) need from a subgraph package. */
export interface SubgraphPackage {
  entry: SubgraphEntry;
  definition: SubgraphDefinition;
  config: SubgraphConfigOptions;
  migrationsDir: string;
}

export function loadSubgraphPackage(entry: SubgraphEntry): SubgraphPackage {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exported = require(entry.packageName);
  return {
    entry,
    definition: exported.subgraphDefinition,
    config: exported.subgraphConfig,
    migrationsDir: path.join(path.dirname(require.resolve(`${entry.packageName}/package.json`)), 'src', 'migrations'),
  };
}

/** The subgraphs named on the command line (`-- umkm training`), or all of them. */
export function selectedSubgraphs(names: string[]): SubgraphPackage[] {
  const unknown = names.filter((name) => !SUBGRAPHS.some((entry) => entry.name === name));
  if (unknown.length) throw new Error(`Unknown subgraph ${unknown.join(', ')}: choose from ${SUBGRAPHS.map((entry) => entry.name).join(', ')}`);
  return SUBGRAPHS.filter((entry) => names.length === 0 || names.includes(entry.name)).map(loadSubgraphPackage);
}
