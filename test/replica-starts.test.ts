import { subgraph as cooperativesSubgraph } from '@kumkm/cooperatives';
import { randomBytes } from 'node:crypto';
import { createLogger, launchSubgraph, type RunningSubgraph } from '@kumkm/subgraph-kit';
import { createTestDatabase, type TestDatabase } from '@kumkm/subgraph-kit/testing';
import { createConnection } from 'mysql2/promise';

const describeWithMysql = process.env.MYSQL_URL ? describe : describe.skip;

/**
 * Replicas of one subgraph started together on one new MySQL/MariaDB database (docker-compose's
 * `deploy.replicas`, or a rolling start): one migrates and seeds while the others wait for its lock.
 */
describeWithMysql('replicas of a subgraph starting together on one database', () => {
  let database: TestDatabase;
  let replicas: RunningSubgraph[] = [];
  const auth = { secret: randomBytes(32).toString('hex'), issuer: 'kumkm-graph', audience: 'kumkm-graph', publicKeyAlgorithm: 'RS256' as const };

  beforeAll(async () => {
    database = await createTestDatabase('mysql', 'replica_starts');
  });

  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.stop()));
    await database?.drop();
  });

  it('all start, and the database holds one migration history and one seed', async () => {
    const launch = () => launchSubgraph(cooperativesSubgraph, { databaseUrl: database.url, seed: true, port: 0, logger: createLogger('replica', 'silent'), auth });
    replicas = await Promise.all([launch(), launch(), launch()]);
    const connection = await createConnection(database.url);
    try {
      const [migrations] = (await connection.query('SELECT name, COUNT(*) AS times FROM migrations GROUP BY name HAVING COUNT(*) > 1')) as [unknown[], unknown];
      expect(migrations).toEqual([]);
      const [[seeded]] = (await connection.query('SELECT COUNT(*) AS total FROM cooperatives')) as [Array<{ total: number }>, unknown];
      expect(Number(seeded.total)).toBeGreaterThan(400);
    } finally {
      await connection.end();
    }
  }, 180_000);
});
