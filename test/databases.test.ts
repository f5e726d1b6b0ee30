import { selectedSubgraphs } from '@kumkm/commands/subgraph-packages';
import { subgraph as cooperativesSubgraph } from '@kumkm/cooperatives';
import { createLogger, openDatabase, pendingSchemaChanges } from '@kumkm/subgraph-kit';
import { createTestDatabase, testDrivers, type TestDatabase } from '@kumkm/subgraph-kit/testing';
import type { DataSource } from 'typeorm';

const cases = testDrivers().flatMap((driver) => selectedSubgraphs([]).map(({ manifest, definition }) => [manifest.name, driver, definition] as const));

async function snapshot(db: DataSource): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const metadata of [...db.entityMetadatas].sort((a, b) => a.tableName.localeCompare(b.tableName))) {
    const key = metadata.primaryColumns.map((column) => column.databaseName).join(', ');
    result[metadata.tableName] = await db.query(`SELECT * FROM ${metadata.tableName} ORDER BY ${key}`);
  }
  return result;
}

describe.each(cases)('%s database on %s', (_name, driver, subgraph) => {
  let database: TestDatabase;
  let db: DataSource;
  const logger = createLogger('database-test', 'silent');

  beforeAll(async () => {
    database = await createTestDatabase(driver, `${subgraph.manifest.name}_db`);
    db = await openDatabase(database.url, subgraph.database);
  });

  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('has complete migrations: after running them the entities need no further schema change', async () => {
    expect(db.options.synchronize).toBe(false);
    expect(db.migrations.length).toBeGreaterThan(0);
    expect(await pendingSchemaChanges(db)).toEqual([]);
  });

  it('undoes its migrations cleanly and applies them again', async () => {
    for (let i = 0; i < db.migrations.length; i++) await db.undoLastMigration();
    expect((await pendingSchemaChanges(db)).length).toBeGreaterThan(0);
    await db.runMigrations();
    expect(await pendingSchemaChanges(db)).toEqual([]);
  });

  it('seeds idempotently: seeding twice leaves the same rows', async () => {
    await subgraph.seed(db, logger);
    const afterFirst = await snapshot(db);
    expect(Object.values(afterFirst).every((rows) => rows.length > 0)).toBe(true);
    const second = (await subgraph.seed(db, logger)) as Array<{ inserted: number }>;
    expect(second.map((step) => step.inserted).every((inserted) => inserted === 0)).toBe(true);
    expect(await snapshot(db)).toEqual(afterFirst);
  });
});

describe.each(testDrivers())('seeding on %s', (driver) => {
  it('never overwrites a record someone has since changed', async () => {
    const database = await createTestDatabase(driver, 'seed_edit');
    const db = await openDatabase(database.url, cooperativesSubgraph.database);
    try {
      const logger = createLogger('seed-test', 'silent');
      await cooperativesSubgraph.seed(db, logger);
      const [cooperative] = await db.query("SELECT id FROM cooperatives WHERE regionCode = '31.72.02.1006'");
      await db.query('UPDATE cooperatives SET memberCount = 180 WHERE id = ?', [cooperative.id]);
      await cooperativesSubgraph.seed(db, logger);
      const [after] = await db.query('SELECT memberCount FROM cooperatives WHERE id = ?', [cooperative.id]);
      expect(Number(after.memberCount)).toBe(180);
    } finally {
      await db.destroy();
      await database.drop();
    }
  });
});
