import type { DataSource } from 'typeorm';
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
