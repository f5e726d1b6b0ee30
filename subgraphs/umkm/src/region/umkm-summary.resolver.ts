import { assertRegionCode, BusinessScale, driverOf, regionSummaries, type RegionAggregate, type RegionSummaryKey, selectsAnyField, senToRupiah, type SubgraphContext } from '@kumkm/subgraph-kit';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import { KbliCategory } from '@kumkm/subgraph-kit';
import { UmkmSummary } from './umkm-summary';
import { Region } from './region';
import { sumOverActors, type RolledUpColumn } from './umkm-regency-rollup';

interface SummaryRow {
  /** Absent unless the breakdowns were asked for. */
  scale?: BusinessScale;
  sector?: KbliCategory;
  actors: number | string;
  halalCertified: number | string | null;
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
    const count = Number(row.actors);
    summary.total += count;
    if (row.scale) byScale.set(row.scale, (byScale.get(row.scale) ?? 0) + count);
    if (row.sector) bySector.set(row.sector, (bySector.get(row.sector) ?? 0) + count);
    summary.halalCertified += Number(row.halalCertified ?? 0);
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
 * `columns` summed per region: over the business actors, or for provinces and regencies over the
 * regency rollup, under the same names so that the two can share a statement. Sales come as text:
 * exact whatever the total. A breakdown groups by scale and sector, which at national scale doubles
 * the time of a statement over the actors.
 */
function umkmAggregate(context: SubgraphContext, columns: RolledUpColumn[], breakdown = false): RegionAggregate {
  const selected = (sumOf: (column: RolledUpColumn) => string) =>
    (breakdown ? 'scale, sector, ' : '') +
    columns.map((column) => (column === 'annualSalesSen' ? `CAST(${sumOf(column)} AS CHAR) AS ${column}` : `${sumOf(column)} AS ${column}`)).join(', ');
  const groupBy = breakdown ? 'scale, sector' : undefined;
  const driver = driverOf(context.db);
  return {
    table: 'umkm_actors',
    select: selected((column) => sumOverActors(driver, column)),
    groupBy,
    rollup: {
      codeLength: ROLLUP_LEVEL,
      table: 'umkm_regency_rollups',
      regionColumn: 'regencyCode',
      select: selected((column) => `SUM(${column})`),
      // A rollup row stays when its last actor leaves; it must not list an empty sector.
      where: 'actors > 0',
      groupBy,
    },
  };
}

const SUMMARY_COLUMNS: RolledUpColumn[] = ['actors', 'halalCertified', 'womanOwned', 'employees', 'annualSalesSen'];

/** Summaries of every region asked for in one request, in one SQL statement (see aggregateByRegion). */
function umkmSummaries(context: SubgraphContext) {
  return regionSummaries<RegionSummaryKey, SummaryRow, UmkmSummary>(context, {
    name: 'umkmSummary',
    aggregate: ({ variant }) => umkmAggregate(context, SUMMARY_COLUMNS, variant === 'breakdown'),
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
    aggregate: () => umkmAggregate(context, ['withoutKbliCode']),
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
