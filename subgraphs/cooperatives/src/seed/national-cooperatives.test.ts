import { bulkLoad, openDatabase, SeedProgress } from '@kumkm/subgraph-kit';
import { createTestDatabase, testDrivers, type TestDatabase } from '@kumkm/subgraph-kit/testing';
import type { DataSource } from 'typeorm';
import { Cooperative } from '../cooperative/cooperative.entity';
import { CooperativeStatus } from '../cooperative/cooperative.enums';
import { cooperativesDatabase } from '../schema';
import { nationalCooperativeBatches } from './national-cooperatives';

/** The first two generated batches (10,000 cooperatives), loaded the way the national seed loads all of them. */
const firstBatches = () => [...nationalCooperativeBatches()].slice(0, 2);

describe.each(testDrivers())('bulk loading national cooperatives (%s)', (driver) => {
  let database: TestDatabase;
  let db: DataSource;
  const rows = firstBatches().flat();
  const load = async () => {
    const progress = new SeedProgress();
    try {
      return await bulkLoad(db, { tables: [{ table: 'cooperatives', entity: Cooperative, total: rows.length }], batches: () => firstBatches().map((batch) => [batch]), lastId: rows.at(-1)!.id }, progress);
    } finally {
      progress.stop();
    }
  };

  beforeAll(async () => {
    database = await createTestDatabase(driver, 'bulk-load');
    db = await openDatabase(database.url, cooperativesDatabase);
  });

  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('inserts every generated row with its values as generated', async () => {
    expect(await load()).toEqual([{ table: 'cooperatives', inserted: rows.length, total: rows.length }]);
    expect(await db.getRepository(Cooperative).count()).toBe(rows.length);
    const stored = await db.getRepository(Cooperative).findOneByOrFail({ id: rows[1234].id });
    expect({ ...stored, createdAt: undefined, updatedAt: undefined }).toEqual({ ...rows[1234], createdAt: undefined, updatedAt: undefined });
    expect(await db.getRepository(Cooperative).countBy({ status: CooperativeStatus.ACTIVE })).toBe(rows.filter((row) => row.status === CooperativeStatus.ACTIVE).length);
  });

  it('skips a completed load, and an interrupted one adds only the missing rows', async () => {
    expect(await load()).toEqual([{ table: 'cooperatives', inserted: 0, total: rows.length }]);
    const missing = [rows[10].id, rows[5000].id, rows.at(-1)!.id];
    await db.getRepository(Cooperative).delete(missing);
    const [again] = await load();
    expect(again.total).toBe(rows.length);
    expect(await db.getRepository(Cooperative).count()).toBe(rows.length);
    expect(again.inserted).toBe(missing.length);
  });
});
