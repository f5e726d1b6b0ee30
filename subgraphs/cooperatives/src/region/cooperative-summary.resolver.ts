import { assertRegionCode, badUserInput, regionSummaries, type RegionSummaryKey, type SubgraphContext } from '@kumkm/subgraph-kit';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { CooperativeStatus, CooperativeType } from '../cooperative/cooperative.enums';
import { AnnualMeetingYear, CooperativeSummary } from './cooperative-summary';
import { Region } from './region';

interface SummaryKey extends RegionSummaryKey {
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

function foldSummary(regionCode: string, asOfYear: number, rows: SummaryRow[]): CooperativeSummary {
  const byType = new Map(Object.values(CooperativeType).map((type) => [type, 0]));
  const byStatus = new Map(Object.values(CooperativeStatus).map((status) => [status, 0]));
  const summary: CooperativeSummary = { total: 0, active: 0, byType: [], byStatus: [], members: 0, merahPutih: 0, withoutRecentRat: 0, asOfYear, regionCode };
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

/** Summaries of every region asked for in one request: one SQL statement per distinct year. */
function cooperativeSummaries(context: SubgraphContext) {
  return regionSummaries<SummaryKey, SummaryRow, CooperativeSummary>(context, {
    name: 'cooperativeSummary',
    aggregate: ({ asOfYear }) => ({
      table: 'cooperatives',
      select: `type, status, COUNT(*) AS count, SUM(memberCount) AS members,
        SUM(CASE WHEN isMerahPutih = 1 THEN 1 ELSE 0 END) AS merahPutih,
        SUM(CASE WHEN (lastAnnualMeetingYear IS NULL OR lastAnnualMeetingYear < ?)
                  AND (establishedOn IS NULL OR establishedOn < ?) THEN 1 ELSE 0 END) AS withoutRecentRat`,
      selectParameters: [asOfYear - 1, `${asOfYear - 1}-01-01`],
      groupBy: 'type, status',
    }),
    fold: (key, rows) => foldSummary(key.code, key.asOfYear, rows),
  });
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
    return cooperativeSummaries(context).load({ code: assertRegionCode(region.code), variant: String(year), asOfYear: year });
  }
}

/** Active cooperatives without a NIK koperasi, for every region asked: one statement (read only when asked, off the covering index). */
function withoutNikCounts(context: SubgraphContext) {
  return regionSummaries<RegionSummaryKey, { withoutNik: number | string | null }, number>(context, {
    name: 'cooperativesWithoutNik',
    aggregate: () => ({ table: 'cooperatives', select: 'SUM(CASE WHEN nik IS NULL THEN 1 ELSE 0 END) AS withoutNik', where: "status = 'ACTIVE'" }),
    fold: (_key, rows) => Number(rows[0]?.withoutNik ?? 0),
  });
}

/** RATs recorded per fiscal year for the cooperatives of every region asked: one statement per span of years. */
function annualMeetingYears(context: SubgraphContext) {
  return regionSummaries<RegionSummaryKey & { first: number; last: number }, { fiscalYear: number | string; cooperatives: number | string }, AnnualMeetingYear[]>(context, {
    name: 'annualMeetingsByYear',
    aggregate: ({ first, last }) => ({
      table: 'annual_meetings m JOIN cooperatives c ON c.id = m.cooperativeId',
      regionColumn: 'c.regionCode',
      select: 'm.fiscalYear AS fiscalYear, COUNT(*) AS cooperatives',
      where: 'm.fiscalYear >= ? AND m.fiscalYear <= ?',
      whereParameters: [first, last],
      groupBy: 'm.fiscalYear',
    }),
    fold: ({ first, last }, rows) =>
      Array.from({ length: last - first + 1 }, (_, index) => {
        const fiscalYear = first + index;
        return { fiscalYear, cooperatives: Number(rows.find((row) => Number(row.fiscalYear) === fiscalYear)?.cooperatives ?? 0) };
      }),
  });
}

@Resolver(() => CooperativeSummary)
export class CooperativeDataQualityResolver {
  @FieldResolver(() => [AnnualMeetingYear], {
    description: 'Cooperatives with a RAT recorded, per fiscal year, for the `years` fiscal years up to the year before asOfYear (the RAT of a fiscal year is held the next year): RAT compliance over time.',
  })
  annualMeetingsByYear(
    @Root() summary: CooperativeSummary,
    @Arg('years', () => Int, { nullable: true, defaultValue: 5, description: 'How many fiscal years, 1 to 20.' }) years: number,
    @Ctx() context: SubgraphContext,
  ): Promise<AnnualMeetingYear[]> {
    if (years < 1 || years > 20) throw badUserInput('years is between 1 and 20', { argument: 'years' });
    const last = summary.asOfYear - 1;
    return annualMeetingYears(context).load({ code: summary.regionCode, variant: `${last - years + 1}-${last}`, first: last - years + 1, last });
  }

  @FieldResolver(() => Int, { description: 'Active cooperatives with no NIK koperasi (Nomor Induk Koperasi) on record: a gap in the register to close with ODS Koperasi.' })
  withoutNik(@Root() summary: CooperativeSummary, @Ctx() context: SubgraphContext): Promise<number> {
    return withoutNikCounts(context).load({ code: summary.regionCode, variant: '' });
  }
}
