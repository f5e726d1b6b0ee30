import { bulkLoad, NATIONAL_SCALE, nationalCooperativeId, nationalMerahPutihId, nationalVillages, SeededRandom, type SeedProgress, type SeedSummary } from '@kumkm/subgraph-kit';
import type { DataSource } from 'typeorm';
import { BusinessLine } from '../business-line/business-line.entity';
import { Cooperative } from '../cooperative/cooperative.entity';
import { nationalCooperativeBatches, nationalMerahPutihBatches } from './national-cooperatives';
import { seededBusinessLines } from './seeded-business-lines';

/** Business lines expected for the national ordinary cooperatives: 30% of the 130,000 active ones. */
const NATIONAL_BUSINESS_LINES = 39_000;

/**
 * Loads the national cooperatives: 150,000 ordinary ones (130,000 active, about 30% of them with a
 * business line offered to government buyers) and one Koperasi Merah Putih per village.
 */
export async function seedNationalCooperatives(db: DataSource, progress: SeedProgress): Promise<SeedSummary[]> {
  const villages = nationalVillages();
  const ordinary = await bulkLoad(
    db,
    {
      tables: [
        { table: 'cooperatives', entity: Cooperative, total: NATIONAL_SCALE.cooperatives },
        { table: 'business_lines', entity: BusinessLine, total: NATIONAL_BUSINESS_LINES },
      ],
      batches: function* () {
        const lines = new SeededRandom(20261205);
        for (const batch of nationalCooperativeBatches()) yield [batch, seededBusinessLines(batch, lines)];
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
