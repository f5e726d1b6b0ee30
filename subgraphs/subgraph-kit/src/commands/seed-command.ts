import { openDatabase } from '../database/open-database';
import { createLogger } from '../server/logger';
import type { SubgraphDefinition } from '../server/launch-subgraph';

/** Migrates and seeds one subgraph's configured database, then says what it did and how long it took. */
export async function seedSubgraph(definition: SubgraphDefinition, databaseUrl: string): Promise<void> {
  const logger = createLogger(`seed:${definition.name}`, process.env.LOG_LEVEL ?? 'info');
  const started = Date.now();
  const db = await openDatabase(databaseUrl, definition.database);
  try {
    const summary = await definition.seed(db, logger);
    console.table(summary);
    console.log(`${definition.name} seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await db.destroy();
  }
}
