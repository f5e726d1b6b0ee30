import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { RequestLoaders } from '../loaders/request-loaders';
import { assertRegionCode } from '../region/region-code';

export interface RegionAggregate {
  /** Columns to compute, e.g. `type, COUNT(*) AS count`; may hold `?` placeholders bound by selectParameters. */
  select: string;
  selectParameters?: unknown[];
  table: string;
  regionColumn?: string;
  /** A further condition, e.g. a date range, with its `?` placeholders bound by whereParameters. */
  where?: string;
  whereParameters?: unknown[];
  groupBy?: string;
}

/**
 * Runs the same aggregate for several regions (each with everything below it) as one statement:
 * one SELECT per region joined with UNION ALL. A Rakor query over any number of regions costs one
 * round trip per subgraph. Returns the rows of each region, in the order of `codes`.
 */
export async function aggregateByRegion<Row>(db: DataSource, codes: readonly string[], aggregate: RegionAggregate): Promise<Row[][]> {
  const column = aggregate.regionColumn ?? 'regionCode';
  const branch =
    `SELECT ? AS regionIndex, ${aggregate.select} FROM ${aggregate.table} WHERE (${column} = ? OR ${column} LIKE ?)` +
    (aggregate.where ? ` AND (${aggregate.where})` : '') +
    (aggregate.groupBy ? ` GROUP BY ${aggregate.groupBy}` : '');
  const parameters = codes.flatMap((code, index) => [
    index,
    ...(aggregate.selectParameters ?? []),
    assertRegionCode(code),
    `${code}.%`,
    ...(aggregate.whereParameters ?? []),
  ]);
  const rows: Array<Row & { regionIndex: number | string }> = await db.query(codes.map(() => branch).join(' UNION ALL '), parameters);
  return codes.map((_code, index) => rows.filter((row) => Number(row.regionIndex) === index));
}

/** A summary asked of one region, with what else changes its answer (a year, a date range). */
export interface RegionSummaryKey {
  code: string;
  /** Keys of one variant share one statement; '' when only the region matters. */
  variant: string;
}

export interface RegionSummarySpec<Key extends RegionSummaryKey, Row, Summary> {
  /** Name of the request's loader. */
  name: string;
  /** The aggregate for the variant of `key` (every key of a variant gives the same one). */
  aggregate: (key: Key) => RegionAggregate;
  fold: (key: Key, rows: Row[]) => Summary;
}

/**
 * Summaries of every region a request asks for, batched: the keys are grouped by variant, each
 * variant is one `aggregateByRegion` statement, and each region's rows are folded into its summary.
 */
export function regionSummaries<Key extends RegionSummaryKey, Row, Summary>(
  context: { db: DataSource; loaders: RequestLoaders },
  spec: RegionSummarySpec<Key, Row, Summary>,
): DataLoader<Key, Summary, string> {
  const cacheKey = (key: Key) => `${key.code}|${key.variant}`;
  return context.loaders.get<Key, Summary>(
    spec.name,
    async (keys) => {
      const variants = new Map<string, Key[]>();
      for (const key of keys) variants.set(key.variant, [...(variants.get(key.variant) ?? []), key]);
      const summaries = new Map<string, Summary>();
      for (const group of variants.values()) {
        const rows = await aggregateByRegion<Row>(context.db, group.map((key) => key.code), spec.aggregate(group[0]));
        group.forEach((key, index) => summaries.set(cacheKey(key), spec.fold(key, rows[index])));
      }
      return keys.map((key) => summaries.get(cacheKey(key))!);
    },
    cacheKey,
  ) as DataLoader<Key, Summary, string>;
}
