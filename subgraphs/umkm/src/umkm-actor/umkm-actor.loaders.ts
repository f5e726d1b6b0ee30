import { alignToKeys, groupByKeys, type SubgraphContext } from '@kumkm/subgraph-kit';
import { In } from 'typeorm';
import { Product } from '../product/product.entity';
import { UmkmActor } from './umkm-actor.entity';

/** One SQL statement per request for all actors asked for by id (entity references included). */
export function umkmActorById(context: SubgraphContext) {
  return context.loaders.get<string, UmkmActor | null>('umkmActorById', async (ids) => {
    const rows = await context.db.getRepository(UmkmActor).findBy({ id: In([...ids]) });
    return alignToKeys(ids, rows, (row) => row.id);
  });
}

export function productsOf(context: SubgraphContext) {
  return context.loaders.get<string, Product[]>('productsByActor', async (ids) => {
    const rows = await context.db.getRepository(Product).find({ where: { umkmActorId: In([...ids]) }, order: { name: 'ASC' } });
    return groupByKeys(ids, rows, (row) => row.umkmActorId);
  });
}
