import {
  assertId,
  assertRegistryNumber,
  Connection,
  NIB,
  PageArgs,
  paginate,
  whereContains,
  whereFlag,
  whereWithinRegion,
  type SubgraphContext,
} from '@kumkm/subgraph-kit';
import { ObjectType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { UmkmActor } from './umkm-actor.entity';
import { UmkmActorFilter } from './umkm-actor.inputs';

/* Reads of business actors, for the resolvers here and in cooperative/ (writes: umkm-actor-registry.ts). */

@ObjectType({ description: 'A page of business actors.' })
export class UmkmActorConnection extends Connection(UmkmActor, 'business actor') {}

export const UMKM_SORT_KEYS = [
  { column: 'actor.businessName', value: (row: UmkmActor) => row.businessName },
  { column: 'actor.id', value: (row: UmkmActor) => row.id },
];

export function filteredUmkmActors(context: SubgraphContext, filter: UmkmActorFilter = {}) {
  const query = context.db.getRepository(UmkmActor).createQueryBuilder('actor');
  whereWithinRegion(query, 'actor.regionCode', filter.region);
  whereFlag(query, 'actor.isWomanOwned', filter.isWomanOwned);
  if (filter.scale) query.andWhere('actor.scale = :scale', { scale: filter.scale });
  if (filter.sector) query.andWhere('actor.sector = :sector', { sector: filter.sector });
  whereHalalCertified(query, filter.isHalalCertified);
  if (filter.cooperativeId) query.andWhere('actor.cooperativeId = :cooperativeId', { cooperativeId: assertId(filter.cooperativeId, 'cooperative', 'filter.cooperativeId') });
  whereContains(query, 'actor.businessName', filter.nameContains);
  return query;
}

/** Keeps the actors (aliased `actor`) that hold a halal certificate, or those that do not, when asked. */
export function whereHalalCertified<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, certified: boolean | null | undefined) {
  if (certified === undefined || certified === null) return query;
  return query.andWhere(certified ? 'actor.halalCertificateNumber IS NOT NULL' : 'actor.halalCertificateNumber IS NULL');
}

/** Business actors matching a filter, by business name, one page at a time. */
export function listUmkmActors(context: SubgraphContext, filter: UmkmActorFilter | undefined, page: PageArgs) {
  return paginate(filteredUmkmActors(context, filter), UMKM_SORT_KEYS, page);
}

export function umkmActorByNib(context: SubgraphContext, nib: string): Promise<UmkmActor | null> {
  return context.db.getRepository(UmkmActor).findOneBy({ nib: assertRegistryNumber(nib, NIB, 'nib') });
}
