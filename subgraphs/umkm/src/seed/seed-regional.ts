import { seedTables, type Logger, type SeedSummary } from '@kumkm/subgraph-kit';
import type { DataSource } from 'typeorm';
import { Product } from '../product/product.entity';
import { UmkmActor } from '../umkm-actor/umkm-actor.entity';
import { buildRegionalUmkm } from './regional-umkm';

/** Loads the regional business actors; rows already present are left untouched. */
export async function seedRegionalUmkm(db: DataSource, logger: Logger): Promise<SeedSummary[]> {
  const data = buildRegionalUmkm();
  return seedTables(db, logger, [
    { table: 'umkm_actors', entity: UmkmActor, rows: data.actors },
    { table: 'umkm_products', entity: Product, rows: data.products },
  ]);
}
