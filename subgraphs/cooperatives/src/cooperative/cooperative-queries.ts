import {
  assertDateRange,
  assertRegistryNumber,
  NIK_KOPERASI,
  PageArgs,
  paginate,
  whereContains,
  whereFlag,
  whereWithinRegion,
  type SubgraphContext,
} from '@kumkm/subgraph-kit';
import { Cooperative } from './cooperative.entity';
import { CooperativeFilter } from './cooperative.inputs';

/* Reads of cooperatives, for the resolvers and anything else that needs them (writes: cooperative-registry.ts). */

const SORT_KEYS = [
  { column: 'cooperative.name', value: (row: Cooperative) => row.name },
  { column: 'cooperative.id', value: (row: Cooperative) => row.id },
];

function filteredCooperatives(context: SubgraphContext, filter: CooperativeFilter = {}) {
  assertDateRange(filter.establishedFrom, filter.establishedTo, 'filter.establishedTo');
  const query = context.db.getRepository(Cooperative).createQueryBuilder('cooperative');
  whereWithinRegion(query, 'cooperative.regionCode', filter.region);
  whereFlag(query, 'cooperative.isMerahPutih', filter.isMerahPutih);
  if (filter.type) query.andWhere('cooperative.type = :type', { type: filter.type });
  if (filter.pattern) query.andWhere('cooperative.pattern = :pattern', { pattern: filter.pattern });
  if (filter.status) query.andWhere('cooperative.status = :status', { status: filter.status });
  if (filter.establishedFrom) query.andWhere('cooperative.establishedOn >= :from', { from: filter.establishedFrom });
  if (filter.establishedTo) query.andWhere('cooperative.establishedOn <= :to', { to: filter.establishedTo });
  if (filter.noAnnualMeetingSince) {
    query.andWhere('(cooperative.lastAnnualMeetingYear IS NULL OR cooperative.lastAnnualMeetingYear < :since)', {
      since: filter.noAnnualMeetingSince,
    });
  }
  whereContains(query, 'cooperative.name', filter.nameContains);
  return query;
}

/** Cooperatives matching a filter, by name, one page at a time. */
export function listCooperatives(context: SubgraphContext, filter: CooperativeFilter | undefined, page: PageArgs) {
  return paginate(filteredCooperatives(context, filter), SORT_KEYS, page);
}

export function cooperativeByNik(context: SubgraphContext, nik: string): Promise<Cooperative | null> {
  return context.db.getRepository(Cooperative).findOneBy({ nik: assertRegistryNumber(nik, NIK_KOPERASI, 'nik') });
}

export function cooperativeByLegalEntityNumber(context: SubgraphContext, legalEntityNumber: string): Promise<Cooperative | null> {
  return context.db.getRepository(Cooperative).findOneBy({ legalEntityNumber });
}
