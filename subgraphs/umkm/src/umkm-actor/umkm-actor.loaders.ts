import { groupByKeys, recordsById, type SubgraphContext } from '@kumkm/subgraph-kit';
import { In } from 'typeorm';
import { Product } from '../product/product.entity';
import { UmkmActor } from './umkm-actor.entity';

/** One SQL statement per request for all actors asked for by id (entity references included). */
export function umkmActorById(context: SubgraphContext) {
  return recordsById(context, UmkmActor);
}

export function productsOf(context: SubgraphContext) {
  return context.loaders.get<string, Product[]>('productsByActor', async (ids) => {
    const rows = await context.db.getRepository(Product).find({ where: { umkmActorId: In([...ids]) }, order: { name: 'ASC' } });
    return groupByKeys(ids, rows, (row) => row.umkmActorId);
  });
}
