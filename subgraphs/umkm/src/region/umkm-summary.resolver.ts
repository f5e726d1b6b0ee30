import { assertRegionCode, regionSummaries, rupiahToSen, senToRupiah, type RegionSummaryKey, type SubgraphContext } from '@kumkm/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { BusinessScale } from '../umkm-actor/business-scale';
import { KbliCategory } from '../umkm-actor/kbli-category';
import { UmkmSummary } from './umkm-summary';
import { Region } from './region';

interface SummaryRow {
  scale: BusinessScale;
  sector: KbliCategory;
  count: number | string;
  halal: number | string | null;
  womanOwned: number | string | null;
  employees: number | string | null;
  annualSales: number | string | null;
}

function foldSummary(rows: SummaryRow[]): UmkmSummary {
  const byScale = new Map(Object.values(BusinessScale).map((scale) => [scale, 0]));
  const bySector = new Map<KbliCategory, number>();
  let sales = 0n;
  const summary: UmkmSummary = { total: 0, byScale: [], bySector: [], halalCertified: 0, womanOwned: 0, employees: 0, annualSales: '0' };
  for (const row of rows) {
    const count = Number(row.count);
    summary.total += count;
    byScale.set(row.scale, (byScale.get(row.scale) ?? 0) + count);
    bySector.set(row.sector, (bySector.get(row.sector) ?? 0) + count);
    summary.halalCertified += Number(row.halal ?? 0);
    summary.womanOwned += Number(row.womanOwned ?? 0);
    summary.employees += Number(row.employees ?? 0);
    // Summed in sen as a bigint: exact whatever type the driver returns for SUM(DECIMAL).
    sales += rupiahToSen(row.annualSales ?? 0);
  }
  summary.byScale = [...byScale].map(([scale, count]) => ({ scale, count }));
  summary.bySector = [...bySector].map(([sector, count]) => ({ sector, count })).sort((a, b) => b.count - a.count || a.sector.localeCompare(b.sector));
  summary.annualSales = senToRupiah(sales);
  return summary;
}

/** Summaries of every region asked for in one request, in one SQL statement. */
function umkmSummaries(context: SubgraphContext) {
  return regionSummaries<RegionSummaryKey, SummaryRow, UmkmSummary>(context, {
    name: 'umkmSummary',
    aggregate: () => ({
      table: 'umkm_actors',
      select: `scale, sector, COUNT(*) AS count,
        SUM(CASE WHEN halalCertificateNumber IS NOT NULL THEN 1 ELSE 0 END) AS halal,
        SUM(CASE WHEN isWomanOwned = 1 THEN 1 ELSE 0 END) AS womanOwned,
        SUM(employees) AS employees, SUM(annualSales) AS annualSales`,
      groupBy: 'scale, sector',
    }),
    fold: (_key, rows) => foldSummary(rows),
  });
}

@Resolver(() => Region)
export class UmkmSummaryResolver {
  @FieldResolver(() => UmkmSummary, {
    nullable: true,
    description: 'Business actors (UMKM) of this region and every region below it; null only when the umkm subgraph is unavailable.',
  })
  umkmSummary(@Root() region: Region, @Ctx() context: SubgraphContext): Promise<UmkmSummary> {
    return umkmSummaries(context).load({ code: assertRegionCode(region.code), variant: '' });
  }
}
