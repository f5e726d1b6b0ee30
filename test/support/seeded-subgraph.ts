import { randomBytes } from 'node:crypto';
import { createLogger, launchSubgraph, type RunningSubgraph, type SubgraphDefinition } from '@kumkm/subgraph-kit';
import { createTestDatabase, type TestDatabase } from '@kumkm/subgraph-kit/testing';

/** One subgraph alone on a fresh, migrated and seeded test database of its own; `stop` drops the database. */
export async function seededSubgraph(definition: SubgraphDefinition, driver: 'sqlite' | 'mysql', name: string): Promise<{ subgraph: RunningSubgraph; stop: () => Promise<void> }> {
  const database: TestDatabase = await createTestDatabase(driver, name);
  const subgraph = await launchSubgraph(definition, {
    databaseUrl: database.url,
    seed: true,
    port: 0,
    logger: createLogger('test', 'silent'),
    auth: { secret: randomBytes(32).toString('hex'), issuer: 'kumkm-graph', audience: 'kumkm-graph', publicKeyAlgorithm: 'RS256' },
  });
  return {
    subgraph,
    stop: async () => {
      await subgraph.stop();
      await database.drop();
    },
  };
}
