import { DateTimeISOResolver } from 'graphql-scalars';
import { Ctx, Directive, Field, FieldResolver, Int, ObjectType, Resolver, Root, type ClassType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { regionSummaries } from '../database/aggregate-by-region';
import { driverOf } from '../database/open-database';
import type { RequestLoaders } from '../loaders/request-loaders';
import { assertRegionCode } from '../region/region-code';
import type { SubgraphContext } from '../server/subgraph-server';

/** Every seed's provenance source carries these words (the regional and the national seeds). */
export const SYNTHETIC_MARK = 'synthetic record';

@Directive('@shareable')
@ObjectType({ description: 'Where the records of one subgraph in a region came from, and how fresh they are: what a coordination meeting checks before it trusts a number.' })
export class RecordsOrigin {
  @Field(() => Int, { description: 'Records of this region and every region below it.' })
  total!: number;

  @Field(() => Int, { description: 'Records a seed generated (synthetic data for demonstration and benchmarks), not reported by an office.' })
  synthetic!: number;

  @Field(() => Int, { description: 'Records an office reported: through GraphQL, an import or a regional report.' })
  reported!: number;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the most recently reported or imported record was reported (UTC); null when there are none.' })
  latestReportedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'The office that reported that record.' })
  latestOffice?: string | null;
}

interface OriginRow {
  total: number | string;
  synthetic: number | string | null;
  /** "<reportedAt>|<office>" of the latest record: the greatest such text is the latest report. */
  latest: string | Buffer | null;
}

/**
 * A database's text of "<reportedAt>|<office>", whose maximum names the latest report and its
 * office. On MySQL/MariaDB it is compared as bytes: the date's text takes the connection's
 * collation and the office the column's, and MAX refuses a mix of the two.
 */
function latestReportText(db: DataSource): string {
  if (driverOf(db) === 'mysql') return "CONCAT(CAST(provenanceReportedat AS BINARY), '|', CAST(provenanceOffice AS BINARY))";
  return "(REPLACE(CAST(provenanceReportedat AS TEXT), 'T', ' ') || '|' || provenanceOffice)";
}

function foldOrigin(rows: OriginRow[]): RecordsOrigin {
  const [row] = rows;
  if (!row) return { total: 0, synthetic: 0, reported: 0, latestReportedAt: null, latestOffice: null };
  const total = Number(row.total);
  const synthetic = Number(row.synthetic ?? 0);
  // MySQL answers the concatenation as bytes: read them as UTF-8 text.
  const latest = row.latest === null ? '' : String(row.latest);
  const separator = latest.indexOf('|');
  return {
    total,
    synthetic,
    reported: total - synthetic,
    latestReportedAt: separator > 0 ? new Date(`${latest.slice(0, separator).trim().replace(' ', 'T')}Z`) : null,
    latestOffice: separator > 0 ? latest.slice(separator + 1) : null,
  };
}

/**
 * The origin of a table's records for every region a request asks for: one statement for all of
 * them (see aggregateByRegion), counting synthetic against reported records and finding the
 * latest report with its office.
 */
export function recordsOriginOf(context: { db: DataSource; loaders: RequestLoaders }, table: string): (code: string) => Promise<RecordsOrigin> {
  const loader = regionSummaries<{ code: string; variant: string }, OriginRow, RecordsOrigin>(context, {
    name: `recordsOrigin:${table}`,
    aggregate: () => ({
      table,
      select: `COUNT(*) AS total, SUM(CASE WHEN provenanceSource LIKE ? THEN 1 ELSE 0 END) AS synthetic, MAX(${latestReportText(context.db)}) AS latest`,
      selectParameters: [`%${SYNTHETIC_MARK}%`],
    }),
    fold: (_key, rows) => foldOrigin(rows),
  });
  return (code) => loader.load({ code: assertRegionCode(code), variant: '' });
}

/**
 * The field `Region.<field>: RecordsOrigin` of a subgraph, for the records of `table`: each
 * subgraph answers for the records it owns (the cooperatives', the business actors', the programmes').
 */
export function recordsOriginResolver(region: ClassType, field: string, table: string, what: { records: string; subgraph: string }): ClassType {
  @Resolver(() => region)
  class RecordsOriginResolver {
    @FieldResolver(() => RecordsOrigin, {
      name: field,
      nullable: true,
      description: `Where the ${what.records} of this region (and below) came from, synthetic or reported, and the latest report with its office; null only when the ${what.subgraph} subgraph is unavailable.`,
    })
    records(@Root() root: { code: string }, @Ctx() context: SubgraphContext): Promise<RecordsOrigin> {
      return recordsOriginOf(context, table)(root.code);
    }
  }
  return RecordsOriginResolver;
}
