import { createLogger, openDatabase } from '@kumkm/subgraph-kit';
import { createTestDatabase, testDrivers, type TestDatabase } from '@kumkm/subgraph-kit/dist/testing';
import type { DataSource } from 'typeorm';
import { cooperativesDatabase } from '../schema';
import { seedRegionalCooperatives } from './seed-regional';

const TABLES = ['cooperatives', 'cooperative_officers', 'annual_meetings', 'health_ratings'];

async function snapshot(db: DataSource): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const table of TABLES) result[table] = await db.query(`SELECT * FROM ${table} ORDER BY id`);
  return result;
}

describe.each(testDrivers())('regional cooperative seed on %s', (driver) => {
  let database: TestDatabase;
  let db: DataSource;
  const logger = createLogger('seed-test', 'silent');

  beforeAll(async () => {
    database = await createTestDatabase(driver, 'coop_seed');
    db = await openDatabase(database.url, cooperativesDatabase);
  });

  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('is idempotent: seeding twice leaves the same rows', async () => {
    const first = await seedRegionalCooperatives(db, logger);
    expect(first.every((step) => step.inserted === step.total)).toBe(true);
    const afterFirst = await snapshot(db);

    const second = await seedRegionalCooperatives(db, logger);
    expect(second.map((step) => step.inserted)).toEqual([0, 0, 0, 0]);
    expect(await snapshot(db)).toEqual(afterFirst);
  });

  it('never overwrites a record someone has since changed', async () => {
    const [cooperative] = await db.query("SELECT id FROM cooperatives WHERE regionCode = '31.72.02.1006'");
    await db.query('UPDATE cooperatives SET memberCount = 180 WHERE id = ?', [cooperative.id]);
    await seedRegionalCooperatives(db, logger);
    const [after] = await db.query('SELECT memberCount FROM cooperatives WHERE id = ?', [cooperative.id]);
    expect(Number(after.memberCount)).toBe(180);
  });
});
