import { assertRegionCode, BusinessScale, driverOf, regionSummaries, type RegionAggregate, type RegionSummaryKey, selectsAnyField, senToRupiah, type SubgraphContext } from '@kumkm/subgraph-kit';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import { KbliCategory } from '@kumkm/subgraph-kit';
import { UmkmSummary } from './umkm-summary';
import { Region } from './region';
import { senOf } from './umkm-regency-rollup';

interface SummaryRow {
  /** Absent unless the breakdowns were asked for. */
  scale?: BusinessScale;
  sector?: KbliCategory;
  count: number | string;
  halal: number | string | null;
  womanOwned: number | string | null;
  employees: number | string | null;
  /** Whole sen, as text: exact whatever the total. */
  annualSalesSen: string | null;
}

function foldSummary(regionCode: string, rows: SummaryRow[]): UmkmSummary {
  const byScale = new Map(Object.values(BusinessScale).map((scale) => [scale, 0]));
  const bySector = new Map<KbliCategory, number>();
  let sales = 0n;
  const summary: UmkmSummary = { total: 0, byScale: [], bySector: [], halalCertified: 0, womanOwned: 0, employees: 0, annualSales: '0', regionCode };
  for (const row of rows) {
    const count = Number(row.count);
    summary.total += count;
    if (row.scale) byScale.set(row.scale, (byScale.get(row.scale) ?? 0) + count);
    if (row.sector) bySector.set(row.sector, (bySector.get(row.sector) ?? 0) + count);
    summary.halalCertified += Number(row.halal ?? 0);
    summary.womanOwned += Number(row.womanOwned ?? 0);
    summary.employees += Number(row.employees ?? 0);
    sales += BigInt(row.annualSalesSen ?? 0);
  }
  summary.byScale = [...byScale].map(([scale, count]) => ({ scale, count }));
  summary.bySector = [...bySector].map(([sector, count]) => ({ sector, count })).sort((a, b) => b.count - a.count || a.sector.localeCompare(b.sector));
  summary.annualSales = senToRupiah(sales);
  return summary;
}

/** The subfields that need the rows grouped by scale and sector. */
const BREAKDOWNS = ['byScale', 'bySector'];

/** Province and regency levels read the regency rollup; districts and villages the actors themselves. */
const ROLLUP_LEVEL = 'PP.KK'.length;

/**
 * The summary's columns, over the business actors or over the regency rollup (the same names, so the
 * two can share a statement), grouped by scale and sector only when a breakdown is asked for, which
 * at national scale doubles the time of a statement over the actors.
 */
function umkmSummaryAggregate(context: SubgraphContext, breakdown: boolean): RegionAggregate {
  const grouped = breakdown ? 'scale, sector, ' : '';
  return {
    table: 'umkm_actors',
    select: `${grouped}COUNT(*) AS count,
      SUM(CASE WHEN halalCertificateNumber IS NOT NULL THEN 1 ELSE 0 END) AS halal,
      SUM(CASE WHEN isWomanOwned = 1 THEN 1 ELSE 0 END) AS womanOwned,
      SUM(employees) AS employees, CAST(SUM(${senOf(driverOf(context.db), 'annualSales')}) AS CHAR) AS annualSalesSen`,
    groupBy: breakdown ? 'scale, sector' : undefined,
    rollup: {
      codeLength: ROLLUP_LEVEL,
      table: 'umkm_regency_rollups',
      regionColumn: 'regencyCode',
      select: `${grouped}SUM(actors) AS count, SUM(halalCertified) AS halal, SUM(womanOwned) AS womanOwned,
        SUM(employees) AS employees, CAST(SUM(annualSalesSen) AS CHAR) AS annualSalesSen`,
      // A rollup row stays when its last actor leaves; it must not list an empty sector.
      where: 'actors > 0',
      groupBy: breakdown ? 'scale, sector' : undefined,
    },
  };
}

/** Summaries of every region asked for in one request, in one SQL statement (see aggregateByRegion). */
function umkmSummaries(context: SubgraphContext) {
  return regionSummaries<RegionSummaryKey, SummaryRow, UmkmSummary>(context, {
    name: 'umkmSummary',
    aggregate: ({ variant }) => umkmSummaryAggregate(context, variant === 'breakdown'),
    fold: (key, rows) => foldSummary(key.code, rows),
  });
}

@Resolver(() => Region)
export class UmkmSummaryResolver {
  @FieldResolver(() => UmkmSummary, {
    nullable: true,
    description: 'Business actors (UMKM) of this region and every region below it; null only when the umkm subgraph is unavailable.',
  })
  umkmSummary(@Root() region: Region, @Ctx() context: SubgraphContext, @Info() info: GraphQLResolveInfo): Promise<UmkmSummary> {
    return umkmSummaries(context).load({ code: assertRegionCode(region.code), variant: selectsAnyField(info, BREAKDOWNS) ? 'breakdown' : '' });
  }
}

/** Business actors without a five-digit KBLI code, for every region asked: one statement, only when asked. */
function withoutKbliCodeCounts(context: SubgraphContext) {
  return regionSummaries<RegionSummaryKey, { withoutKbliCode: number | string | null }, number>(context, {
    name: 'umkmWithoutKbliCode',
    aggregate: () => ({
      table: 'umkm_actors',
      select: 'SUM(CASE WHEN kbliCode IS NULL THEN 1 ELSE 0 END) AS withoutKbliCode',
      rollup: { codeLength: ROLLUP_LEVEL, table: 'umkm_regency_rollups', regionColumn: 'regencyCode', select: 'SUM(withoutKbliCode) AS withoutKbliCode' },
    }),
    fold: (_key, rows) => Number(rows[0]?.withoutKbliCode ?? 0),
  });
}

@Resolver(() => UmkmSummary)
export class UmkmDataQualityResolver {
  @FieldResolver(() => Int, { description: 'Business actors with no five-digit KBLI 2020 code on record (only the category): a gap to close from the OSS data of their NIB.' })
  withoutKbliCode(@Root() summary: UmkmSummary, @Ctx() context: SubgraphContext): Promise<number> {
    return withoutKbliCodeCounts(context).load({ code: summary.regionCode, variant: '' });
  }
}
