import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupByKeys, type RequestLoaders } from '../loaders/request-loaders';
import { driverOf } from './open-database';
import { assertRegionCode } from '../region/region-code';

export interface RegionAggregate {
  /** Columns to compute, e.g. `type, COUNT(*) AS count`; may hold `?` placeholders bound by selectParameters (before whereParameters). */
  select: string;
  selectParameters?: unknown[];
  table: string;
  regionColumn?: string;
  /** A further condition, e.g. a date range, with its `?` placeholders bound by whereParameters. */
  where?: string;
  whereParameters?: unknown[];
  groupBy?: string;
  /**
   * The same aggregate over a table the writes keep summed up by region, down to codes of
   * `codeLength` characters: read instead for the regions of that level and above, in one statement.
   */
  rollup?: RegionAggregate & { codeLength: number };
}

/** Items under the key each has, in first-seen order. */
function groupBy<K, V>(items: readonly V[], keyOf: (item: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}

/**
 * Up to this many regions of one level are read as separate index ranges. Beyond it, a database
 * would test every row against every range (a national table of 514 regencies took 9.6 s on
 * MariaDB that way), so the rows between the first and last region are read once and kept by a
 * list the database searches in logarithmic time.
 */
const SEPARATE_RANGES = 32;

/** The rows whose code is one of `codes` (all `length` characters long) or lies below one. */
function withinRegions(column: string, length: number, codes: string[]): string {
  // '/' follows '.' and the digits, so [code, code + '/') is everything at or below the code.
  if (codes.length <= SEPARATE_RANGES) return `(${codes.map((code) => `(${column} >= '${code}' AND ${column} < '${code}/')`).join(' OR ')})`;
  const sorted = [...codes].sort();
  const list = sorted.map((code) => `'${code}'`).join(', ');
  return `(${column} >= '${sorted[0]}' AND ${column} < '${sorted.at(-1)}/' AND SUBSTR(${column}, 1, ${length}) IN (${list}))`;
}

/**
 * A level with more regions than SEPARATE_RANGES is read in this many parts at once on MySQL/MariaDB,
 * which runs each statement on one core: every regency of Indonesia with UMKM breakdowns took 1.17 s
 * as one statement over a million rows and 0.62 s as four at once on two cores. SQLite has one
 * connection, so it reads them in one statement.
 */
const PARALLEL_PARTS = 4;

/** `items` in `parts` contiguous runs of (nearly) equal length. */
function partsOf<T>(items: readonly T[], parts: number): T[][] {
  return Array.from({ length: parts }, (_, index) => items.slice(Math.floor((index * items.length) / parts), Math.floor(((index + 1) * items.length) / parts))).filter((part) => part.length > 0);
}

/** Regions of one level, read by one branch of a statement from `source` (the aggregate or its rollup). */
type Selection = [length: number, codes: string[], source: RegionAggregate];

/** One UNION ALL branch: the aggregate of `codes`, grouped by their code prefix. */
function branchOf([length, codes, source]: Selection): string {
  const column = source.regionColumn ?? 'regionCode';
  const prefix = `SUBSTR(${column}, 1, ${length})`;
  return (
    `SELECT ${prefix} AS regionKey, ${source.select} FROM ${source.table} WHERE ${withinRegions(column, length, codes)}` +
    (source.where ? ` AND (${source.where})` : '') +
    ` GROUP BY ${prefix}` +
    (source.groupBy ? `, ${source.groupBy}` : '')
  );
}

const parametersOf = ([, , source]: Selection) => [...(source.selectParameters ?? []), ...(source.whereParameters ?? [])];

/**
 * Runs the same aggregate for several regions (each with everything below it) in a fixed number of
 * statements, whatever their number: one GROUP BY over the code prefix of each level asked for
 * (province, regency, district, village: at most four branches of a UNION ALL), reading only the
 * index ranges of the regions asked for (or, for many regions, the one range between the first and
 * the last). On MySQL/MariaDB a level of many regions is read as PARALLEL_PARTS statements at once;
 * levels a rollup covers are read from it instead, in the one statement.
 * Region codes are validated before they are written into the SQL (digits and dots only). Returns
 * the rows of each region, in the order of `codes`.
 */
export async function aggregateByRegion<Row>(db: DataSource, codes: readonly string[], aggregate: RegionAggregate): Promise<Row[][]> {
  const levels = groupBy([...new Set(codes.map((code) => assertRegionCode(code)))], (code) => code.length);
  const inParallel = driverOf(db) === 'mysql';
  const together: Selection[] = [];
  const apart: Selection[] = [];
  for (const [length, atLevel] of levels) {
    const { rollup } = aggregate;
    if (rollup && length <= rollup.codeLength) together.push([length, atLevel, rollup]);
    else if (inParallel && atLevel.length > SEPARATE_RANGES) apart.push(...partsOf([...atLevel].sort(), PARALLEL_PARTS).map((part): Selection => [length, part, aggregate]));
    else together.push([length, atLevel, aggregate]);
  }
  const statements = [together, ...apart.map((selection) => [selection])].filter((selections) => selections.length > 0);
  const answers: Array<Array<Row & { regionKey: string }>> = await Promise.all(
    statements.map((selections) => db.query(selections.map(branchOf).join(' UNION ALL '), selections.flatMap(parametersOf))),
  );
  return groupByKeys(codes, answers.flat(), (row) => row.regionKey);
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
 * variant is one `aggregateByRegion` call, and each region's rows are folded into its summary.
 */
export function regionSummaries<Key extends RegionSummaryKey, Row, Summary>(
  context: { db: DataSource; loaders: RequestLoaders },
  spec: RegionSummarySpec<Key, Row, Summary>,
): DataLoader<Key, Summary, string> {
  const cacheKey = (key: Key) => `${key.code}|${key.variant}`;
  return context.loaders.get<Key, Summary>(
    spec.name,
    async (keys) => {
      const summaries = new Map<string, Summary>();
      for (const group of groupBy(keys, (key) => key.variant).values()) {
        const rows = await aggregateByRegion<Row>(context.db, group.map((key) => key.code), spec.aggregate(group[0]));
        group.forEach((key, index) => summaries.set(cacheKey(key), spec.fold(key, rows[index])));
      }
      return keys.map((key) => summaries.get(cacheKey(key))!);
    },
    cacheKey,
  ) as DataLoader<Key, Summary, string>;
}
