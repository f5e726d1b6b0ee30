import { readSubgraphConfig, seedSubgraph } from '@kumkm/subgraph-kit';
import { selectedSubgraphs } from './subgraph-packages';

/** `npm run seed [-- <subgraph>…]`: migrates and seeds each subgraph's configured database with the regional data set. */
async function main() {
  for (const subgraph of selectedSubgraphs(process.argv.slice(2))) {
    await seedSubgraph(subgraph.definition, readSubgraphConfig(subgraph.config).databaseUrl);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
