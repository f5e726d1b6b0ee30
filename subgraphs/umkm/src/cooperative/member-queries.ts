import { BusinessScale, isUuid, PageArgs, paginateWithinGroups, type SubgraphContext } from '@kumkm/subgraph-kit';
import { In } from 'typeorm';
import { UmkmActor } from '../umkm-actor/umkm-actor.entity';
import { filteredUmkmActors, UmkmActorConnection, UMKM_SORT_KEYS } from '../umkm-actor/umkm-actor-queries';
import { MemberSummary } from './member-summary';

/* Reads of a cooperative's member businesses, batched per request. */

interface MemberRow {
  cooperativeId: string;
  scale: BusinessScale;
  count: number | string;
  halal: number | string | null;
  womanOwned: number | string | null;
}

function emptySummary(): MemberSummary {
  return { total: 0, byScale: Object.values(BusinessScale).map((scale) => ({ scale, count: 0 })), halalCertified: 0, womanOwned: 0 };
}

/** Member counts of every cooperative asked for in one request, in one GROUP BY statement. */
export function memberSummaries(context: SubgraphContext) {
  return context.loaders.get<string, MemberSummary>('memberSummary', async (ids) => {
    const valid = ids.filter(isUuid);
    const rows: MemberRow[] = valid.length
      ? await context.db
          .getRepository(UmkmActor)
          .createQueryBuilder('actor')
          .select('actor.cooperativeId', 'cooperativeId')
          .addSelect('actor.scale', 'scale')
          .addSelect('COUNT(*)', 'count')
          .addSelect('SUM(CASE WHEN actor.halalCertificateNumber IS NOT NULL THEN 1 ELSE 0 END)', 'halal')
          .addSelect('SUM(CASE WHEN actor.isWomanOwned = 1 THEN 1 ELSE 0 END)', 'womanOwned')
          .where({ cooperativeId: In(valid) })
          .groupBy('actor.cooperativeId')
          .addGroupBy('actor.scale')
          .getRawMany()
      : [];
    return ids.map((id) => {
      const summary = emptySummary();
      for (const row of rows.filter((candidate) => candidate.cooperativeId === id)) {
        const count = Number(row.count);
        summary.total += count;
        summary.byScale.find((entry) => entry.scale === row.scale)!.count += count;
        summary.halalCertified += Number(row.halal ?? 0);
        summary.womanOwned += Number(row.womanOwned ?? 0);
      }
      return summary;
    });
  });
}

/** One page of members for every cooperative in the request: two statements, whatever the page size. */
export function memberPages(context: SubgraphContext, page: PageArgs) {
  return context.loaders.get<string, UmkmActorConnection>(`members:${page.first ?? ''}:${page.after ?? ''}`, async (ids) => {
    const pages = await paginateWithinGroups({
      repository: context.db.getRepository(UmkmActor),
      query: filteredUmkmActors(context),
      alias: 'actor',
      groupColumn: 'actor.cooperativeId',
      groupOf: (actor) => actor.cooperativeId ?? '',
      groups: ids,
      keys: UMKM_SORT_KEYS,
      page,
    });
    return pages as UmkmActorConnection[];
  });
}
