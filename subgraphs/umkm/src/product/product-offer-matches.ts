import { findOfferMatches, regionSearchedByIndex, type BusinessScale, type OfferMatch, type OfferMatchArgs, type OfferMatchQuery, type ProductCategory, type SubgraphContext } from '@kumkm/subgraph-kit';
import { whereHalalCertified } from '../umkm-actor/umkm-actor-queries';
import { Product } from './product.entity';

/** A supplier search's filters that products and their business actors answer. */
export interface ProductMatchArgs extends OfferMatchArgs {
  /** Only products of this procurement category. */
  category?: ProductCategory | null;
  /** Only business actors that hold (true) or do not hold (false) a halal certificate. */
  halal?: boolean | null;
  /** Only business actors of this scale. */
  scale?: BusinessScale | null;
}

/** Products as the kit's offer search reads them: aliased `product`, their business actor `actor`. */
export const PRODUCT_OFFERS: OfferMatchQuery = {
  index: { alias: 'product', columns: ['name', 'description'], searchTerms: 'searchTerms', ftsTable: 'umkm_products_search' },
  offerId: 'product.id',
  supplierId: 'product.umkmActorId',
  region: 'actor.regionCode',
  kbli: 'actor.kbliCode',
  orderWithoutSearch: 'product.name',
};

/** Products matching a supplier search, best first, with the business actor offering each. */
export function productOfferMatches(context: SubgraphContext, args: ProductMatchArgs): Promise<OfferMatch[]> {
  const query = context.db.getRepository(Product).createQueryBuilder('product');
  // Joined only when asked about: in a province the index returns thousands of offers, and a
  // lookup of each one's business actor would cost more than the search.
  const filtersActor = (args.halal !== undefined && args.halal !== null) || Boolean(args.scale || args.kbli);
  const filtersRegionByColumn = Boolean(args.region) && !regionSearchedByIndex(context.db, args);
  if (filtersActor || filtersRegionByColumn) query.innerJoin('product.umkmActor', 'actor');
  if (args.category) query.andWhere('product.category = :category', { category: args.category });
  if (args.scale) query.andWhere('actor.scale = :scale', { scale: args.scale });
  whereHalalCertified(query, args.halal);
  return findOfferMatches(context.db, query, PRODUCT_OFFERS, args);
}
