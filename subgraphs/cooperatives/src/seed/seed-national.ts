import { bulkLoad, NATIONAL_SCALE, nationalCooperativeId, nationalMerahPutihId, nationalVillages, type SeedProgress, type SeedSummary } from '@kumkm/subgraph-kit';
import type { DataSource } from 'typeorm';
import { Cooperative } from '../cooperative/cooperative.entity';
import { nationalCooperativeBatches, nationalMerahPutihBatches } from './national-cooperatives';

/** Loads the national cooperatives: 150,000 ordinary ones (130,000 active) and one Koperasi Merah Putih per village. */
export async function seedNationalCooperatives(db: DataSource, progress: SeedProgress): Promise<SeedSummary[]> {
  const villages = nationalVillages();
  const ordinary = await bulkLoad(
    db,
    {
      tables: [{ table: 'cooperatives', entity: Cooperative, total: NATIONAL_SCALE.cooperatives }],
      batches: function* () {
        for (const batch of nationalCooperativeBatches()) yield [batch];
      },
      lastId: nationalCooperativeId(NATIONAL_SCALE.cooperatives - 1),
    },
    progress,
  );
  const merahPutih = await bulkLoad(
    db,
    {
      tables: [{ table: 'cooperatives (KDMP)', entity: Cooperative, total: villages.length }],
      batches: function* () {
        for (const batch of nationalMerahPutihBatches()) yield [batch];
      },
      lastId: nationalMerahPutihId(villages[villages.length - 1].code),
    },
    progress,
  );
  return [...ordinary, ...merahPutih];
}
