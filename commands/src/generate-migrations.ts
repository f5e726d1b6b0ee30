import { generateMigrations } from '@kumkm/subgraph-kit';
import { selectedSubgraphs } from './subgraph-packages';

/**
 * `npm run migration:generate -- <Name> [<subgraph>…]`: writes the migrations that bring each
 * subgraph's database up to its entities, for SQLite and (with MYSQL_URL) MySQL. Review them before committing.
 */
async function main() {
  const [name, ...subgraphs] = process.argv.slice(2);
  if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) throw new Error('Name the migration in PascalCase: npm run migration:generate -- AddHalalScheme');
  for (const subgraph of selectedSubgraphs(subgraphs)) {
    await generateMigrations(subgraph.manifest.name, subgraph.definition.database, subgraph.migrationsDir, name);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
