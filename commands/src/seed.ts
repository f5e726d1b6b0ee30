import { parseArgs } from 'node:util';
import { readSubgraphConfig, SEED_SCALES, seedSubgraphs, type SeedScale } from '@kumkm/subgraph-kit';
import { selectedSubgraphs } from './subgraph-packages';

/**
 * `npm run seed [-- --scale regional|national] [<subgraph>…]`: migrates and seeds each subgraph's
 * configured database with the regional data set, and at national scale the national one on top.
 */
async function main() {
  const { values, positionals } = parseArgs({ options: { scale: { type: 'string', default: 'regional' } }, allowPositionals: true });
  const scale = values.scale as SeedScale;
  if (!SEED_SCALES.includes(scale)) throw new Error(`--scale must be one of ${SEED_SCALES.join(', ')}, not "${values.scale}"`);
  const targets = selectedSubgraphs(positionals).map((subgraph) => ({
    definition: subgraph.definition,
    databaseUrl: readSubgraphConfig(subgraph.manifest).databaseUrl,
  }));
  await seedSubgraphs(targets, scale);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
