import {
  NATIONAL_OFFICE,
  NATIONAL_REPORTED_AT,
  NATIONAL_SCALE,
  NATIONAL_SOURCE,
  nationalCooperativeId,
  nationalCooperativeNear,
  nationalMerahPutihId,
  nationalUmkmActorId,
  nationalUmkmActorKey,
  nationalVillages,
  SeededRandom,
  sequenceBatches,
  villageIndexOf,
  provenanceOf,
} from '@kumkm/subgraph-kit';
import { Product } from '../product/product.entity';
import { UmkmActor } from '../umkm-actor/umkm-actor.entity';
import { syntheticActor, TRADE_AND_SERVICES } from './regional-umkm';
import { seededProduct } from './seeded-products';

const BATCH = 5_000;
/** Every third business actor has a product recorded. */
export const PRODUCT_EVERY = 3;
/** NIBs of national records start with 9, which no province code does, so they never meet a regional one. */
const NATIONAL_NUMBER_PREFIX = '9';

export interface NationalUmkmBatch {
  actors: UmkmActor[];
  products: Product[];
}

/**
 * The national business actors, in sequence order, with a product for about a third of them. A
 * quarter belong to an ordinary cooperative near them, a tenth to their village's Koperasi Merah Putih.
 */
export function* nationalUmkmBatches(): Generator<NationalUmkmBatch> {
  const villages = nationalVillages();
  const random = new SeededRandom(20240115);
  const offers = new SeededRandom(20261204);
  const provenance = provenanceOf({ office: NATIONAL_OFFICE, reportedAt: new Date(NATIONAL_REPORTED_AT), source: NATIONAL_SOURCE });
  for (const [start, end] of sequenceBatches(NATIONAL_SCALE.umkmActors, BATCH)) {
    const batch: NationalUmkmBatch = { actors: [], products: [] };
    for (let sequence = start; sequence < end; sequence++) {
      const villageIndex = villageIndexOf(sequence, NATIONAL_SCALE.umkmActors, villages.length);
      const village = villages[villageIndex];
      const { actor, kind } = syntheticActor(random, {
        id: nationalUmkmActorId(sequence),
        numberPrefix: NATIONAL_NUMBER_PREFIX,
        sequence,
        village,
        sectors: TRADE_AND_SERVICES,
        provenance,
        cooperativeOf: (draw) => {
          const roll = draw.next();
          if (roll < 0.25) return nationalCooperativeId(nationalCooperativeNear(villageIndex, villages.length));
          return roll < 0.35 ? nationalMerahPutihId(village.code) : null;
        },
      });
      batch.actors.push(actor);
      if (sequence % PRODUCT_EVERY === 0) {
        batch.products.push(seededProduct(nationalUmkmActorKey(sequence), actor, kind, village.name, offers));
      }
    }
    yield batch;
  }
}
