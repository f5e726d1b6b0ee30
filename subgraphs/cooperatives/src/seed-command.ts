import { createLogger, openDatabase } from '@kumkm/subgraph-kit';
import { readCooperativesConfig } from './config';
import { cooperativesDatabase } from './schema';
import { seedRegionalCooperatives } from './seed/seed-regional';

/** `npm run seed`: migrates and seeds the configured cooperatives database, then prints what it did. */
async function main() {
  const config = readCooperativesConfig();
  const logger = createLogger('seed', config.LOG_LEVEL);
  const started = Date.now();
  const db = await openDatabase(config.COOPERATIVES_DATABASE_URL, cooperativesDatabase);
  try {
    const summary = await seedRegionalCooperatives(db, logger);
    console.table(summary);
    console.log(`cooperatives seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await db.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
