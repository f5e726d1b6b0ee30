import { aggregateByRegion, assertRegionCode, type SubgraphContext } from '@kumkm/subgraph-kit';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { CooperativeStatus, CooperativeType } from '../cooperative/cooperative.enums';
import { CooperativeSummary } from './cooperative-summary';
import { Region } from './region';

interface SummaryKey {
  code: string;
  asOfYear: number;
}

interface SummaryRow {
  type: CooperativeType;
  status: CooperativeStatus;
  count: number | string;
  members: number | string | null;
  merahPutih: number | string | null;
  withoutRecentRat: number | string | null;
}

function foldSummary(asOfYear: number, rows: SummaryRow[]): CooperativeSummary {
  const byType = new Map(Object.values(CooperativeType).map((type) => [type, 0]));
  const byStatus = new Map(Object.values(CooperativeStatus).map((status) => [status, 0]));
  const summary: CooperativeSummary = { total: 0, active: 0, byType: [], byStatus: [], members: 0, merahPutih: 0, withoutRecentRat: 0, asOfYear };
  for (const row of rows) {
    const count = Number(row.count);
    summary.total += count;
    byStatus.set(row.status, (byStatus.get(row.status) ?? 0) + count);
    if (row.status !== CooperativeStatus.ACTIVE) continue;
    summary.active += count;
    byType.set(row.type, (byType.get(row.type) ?? 0) + count);
    summary.members += Number(row.members ?? 0);
    summary.merahPutih += Number(row.merahPutih ?? 0);
    summary.withoutRecentRat += Number(row.withoutRecentRat ?? 0);
  }
  summary.byType = [...byType].map(([type, count]) => ({ type, count }));
  summary.byStatus = [...byStatus].map(([status, count]) => ({ status, count }));
  return summary;
}

/** Summaries of every region asked for in one request, as one SQL statement per distinct year. */
function cooperativeSummaries(context: SubgraphContext) {
  return context.loaders.get<SummaryKey, CooperativeSummary>(
    'cooperativeSummary',
    async (keys) => {
      const years = [...new Set(keys.map((key) => key.asOfYear))];
      const byYear = new Map<number, Map<string, CooperativeSummary>>();
      for (const year of years) {
        const codes = keys.filter((key) => key.asOfYear === year).map((key) => key.code);
        const rows = await aggregateByRegion<SummaryRow>(context.db, codes, {
          table: 'cooperatives',
          select: `type, status, COUNT(*) AS count, SUM(memberCount) AS members,
            SUM(CASE WHEN isMerahPutih = 1 THEN 1 ELSE 0 END) AS merahPutih,
            SUM(CASE WHEN (lastAnnualMeetingYear IS NULL OR lastAnnualMeetingYear < ?)
                      AND (establishedOn IS NULL OR establishedOn < ?) THEN 1 ELSE 0 END) AS withoutRecentRat`,
          selectParameters: [year - 1, `${year - 1}-01-01`],
          groupBy: 'type, status',
        });
        byYear.set(year, new Map(codes.map((code, index) => [code, foldSummary(year, rows[index])])));
      }
      return keys.map((key) => byYear.get(key.asOfYear)!.get(key.code)!);
    },
    (key) => `${key.code}@${key.asOfYear}`,
  );
}

@Resolver(() => Region)
export class CooperativeSummaryResolver {
  @FieldResolver(() => CooperativeSummary, {
    nullable: true,
    description: 'Cooperatives of this region and every region below it; null only when the cooperatives subgraph is unavailable.',
  })
  cooperativeSummary(
    @Root() region: Region,
    @Arg('asOfYear', () => Int, { nullable: true, description: 'Year to measure RAT compliance against; defaults to the current year.' })
    asOfYear: number | undefined,
    @Ctx() context: SubgraphContext,
  ): Promise<CooperativeSummary> {
    const year = asOfYear ?? new Date().getUTCFullYear();
    return cooperativeSummaries(context).load({ code: assertRegionCode(region.code), asOfYear: year });
  }
}
