import { openDatabase, pendingSchemaChanges } from '@kumkm/subgraph-kit';
import { createTestDatabase, testDrivers, type TestDatabase } from '@kumkm/subgraph-kit/dist/testing';
import type { DataSource } from 'typeorm';
import { cooperativesDatabase } from '../schema';

describe.each(testDrivers())('cooperatives migrations on %s', (driver) => {
  let database: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase(driver, 'coop_migrations');
    db = await openDatabase(database.url, cooperativesDatabase);
  });

  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('are complete: after running them the entities need no further schema change', async () => {
    expect(await pendingSchemaChanges(db)).toEqual([]);
  });

  it('never use synchronize', () => {
    expect(db.options.synchronize).toBe(false);
    expect(db.migrations.length).toBeGreaterThan(0);
  });

  it('undo cleanly, and apply again', async () => {
    for (let i = 0; i < db.migrations.length; i++) await db.undoLastMigration();
    expect((await pendingSchemaChanges(db)).length).toBeGreaterThan(0);
    await db.runMigrations();
    expect(await pendingSchemaChanges(db)).toEqual([]);
  });
});
