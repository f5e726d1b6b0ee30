import { openDatabase } from '../database/open-database';
import { SeedProgress } from '../seeding/bulk-load';
import type { SeedSummary } from '../seeding/insert-missing';
import { createLogger } from '../server/logger';
import type { SubgraphDefinition } from '../server/launch-subgraph';

export type SeedScale = 'regional' | 'national';
export const SEED_SCALES: SeedScale[] = ['regional', 'national'];

export interface SeedTarget {
  definition: SubgraphDefinition;
  databaseUrl: string;
}

/**
 * Migrates and seeds the subgraphs' databases: the regional data set, and at national scale the
 * national one on top. The subgraphs load in parallel (their databases are independent), so the
 * database server inserts for one while this process generates rows for another.
 */
export async function seedSubgraphs(targets: SeedTarget[], scale: SeedScale): Promise<void> {
  const started = Date.now();
  const progress = new SeedProgress();
  const summaries = await Promise.all(targets.map((target) => seedOne(target, scale, progress))).finally(() => progress.stop());
  console.table(summaries.flat());
  console.log(`seeded ${targets.map((target) => target.definition.manifest.name).join(', ')} at ${scale} scale in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function seedOne({ definition, databaseUrl }: SeedTarget, scale: SeedScale, progress: SeedProgress): Promise<Array<SeedSummary & { subgraph: string }>> {
  const logger = createLogger(`seed:${definition.manifest.name}`, process.env.LOG_LEVEL ?? 'warn');
  const db = await openDatabase(databaseUrl, definition.database);
  try {
    const regional = await definition.seed(db, logger);
    const national = scale === 'national' ? await definition.seedNational(db, progress) : [];
    return [...regional, ...national].map((summary) => ({ subgraph: definition.manifest.name, ...summary }));
  } finally {
    await db.destroy();
  }
}
