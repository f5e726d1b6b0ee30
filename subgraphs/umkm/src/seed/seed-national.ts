import { bulkLoad, NATIONAL_SCALE, nationalUmkmActorId, type SeedProgress, type SeedSummary } from '@kumkm/subgraph-kit';
import type { DataSource } from 'typeorm';
import { Product } from '../product/product.entity';
import { UmkmActor } from '../umkm-actor/umkm-actor.entity';
import { nationalUmkmBatches, PRODUCT_EVERY } from './national-umkm';

/** Loads the national business actors (1,000,000) with their products, in one pass. */
export async function seedNationalUmkm(db: DataSource, progress: SeedProgress): Promise<SeedSummary[]> {
  return bulkLoad(
    db,
    {
      tables: [
        { table: 'umkm_actors', entity: UmkmActor, total: NATIONAL_SCALE.umkmActors },
        { table: 'umkm_products', entity: Product, total: Math.ceil(NATIONAL_SCALE.umkmActors / PRODUCT_EVERY) },
      ],
      batches: function* () {
        for (const batch of nationalUmkmBatches()) yield [batch.actors, batch.products];
      },
      lastId: nationalUmkmActorId(NATIONAL_SCALE.umkmActors - 1),
    },
    progress,
  );
}
