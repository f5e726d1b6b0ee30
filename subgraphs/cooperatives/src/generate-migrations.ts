import path from 'node:path';
import { dataSourceOptions, writePendingMigration } from '@kumkm/subgraph-kit';
import { createTestDatabase } from '@kumkm/subgraph-kit/dist/testing';
import { DataSource } from 'typeorm';
import { cooperativesDatabase } from './schema';

/**
 * `npm run migration:generate -- <Name>`: writes, for each driver, the migration that brings a
 * database with all current migrations up to the entities. MySQL needs MYSQL_URL.
 */
async function main() {
  const name = process.argv[2] ?? 'Change';
  const dir = path.resolve(__dirname, '../src/migrations');
  for (const driver of ['sqlite', 'mysql'] as const) {
    if (driver === 'mysql' && !process.env.MYSQL_URL) {
      console.warn('MYSQL_URL unset: no MySQL migration generated');
      continue;
    }
    const database = await createTestDatabase(driver, 'migration');
    const db = new DataSource(await dataSourceOptions(database.url, cooperativesDatabase));
    await db.initialize();
    try {
      await db.runMigrations();
      const file = await writePendingMigration(db, dir, name);
      console.log(file ? `${driver}: wrote ${path.relative(process.cwd(), file)}` : `${driver}: no change`);
    } finally {
      await db.destroy();
      await database.drop();
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
