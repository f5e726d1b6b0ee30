import path from 'node:path';
import { DataSource } from 'typeorm';
import { writePendingMigration } from '../database/migrations';
import { dataSourceOptions, type DatabaseDefinition } from '../database/open-database';
import { createTestDatabase } from '../testing/test-databases';

/**
 * For each driver, writes the migration that brings a database holding all current migrations up
 * to the entities (into `<dir>/<driver>/`), named `name`. MySQL needs MYSQL_URL.
 */
export async function generateMigrations(subgraph: string, database: DatabaseDefinition, dir: string, name: string): Promise<void> {
  for (const driver of ['sqlite', 'mysql'] as const) {
    if (driver === 'mysql' && !process.env.MYSQL_URL) {
      console.warn(`${subgraph}: MYSQL_URL unset, no MySQL migration generated`);
      continue;
    }
    const scratch = await createTestDatabase(driver, `${subgraph}_migration`);
    const db = new DataSource(await dataSourceOptions(scratch.url, database));
    await db.initialize();
    try {
      await db.runMigrations();
      const file = await writePendingMigration(db, dir, name);
      console.log(file ? `${subgraph} ${driver}: wrote ${path.relative(process.cwd(), file)}` : `${subgraph} ${driver}: no change`);
    } finally {
      await db.destroy();
      await scratch.drop();
    }
  }
}
