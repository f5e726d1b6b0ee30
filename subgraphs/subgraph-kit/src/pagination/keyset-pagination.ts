import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badUserInput } from '../errors/graphql-errors';
import { DEFAULT_PAGE_SIZE, type ConnectionResult, type PageArgs } from './connection';

/** One column of a stable sort order; the last key must be unique (the primary key). */
export interface SortKey<T> {
  column: string;
  value: (row: T) => string | number;
}

type CursorValues = Array<string | number>;

export function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, expectedLength: number): CursorValues {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const valid =
      Array.isArray(values) &&
      values.length === expectedLength &&
      values.every((value) => typeof value === 'string' || typeof value === 'number');
    if (valid) return values as CursorValues;
  } catch {
    // fall through to the client error below
  }
  throw badUserInput('The "after" cursor is not one this list issued', { argument: 'after' });
}

/** `(a > :a) OR (a = :a AND b > :b) …`: rows strictly after the cursor in (a, b, …) order. */
export function afterCondition<T>(keys: SortKey<T>[], values: CursorValues) {
  const parameters: Record<string, string | number> = {};
  const branches = keys.map((key, index) => {
    const equalities = keys.slice(0, index).map((previous, j) => `${previous.column} = :cursor${j}`);
    return `(${[...equalities, `${key.column} > :cursor${index}`].join(' AND ')})`;
  });
  values.forEach((value, index) => (parameters[`cursor${index}`] = value));
  return { sql: `(${branches.join(' OR ')})`, parameters };
}

/**
 * Keyset (seek) pagination: the page costs the same at row 10 and row 10 million, unlike OFFSET.
 * Fetches one extra row to know whether another page follows.
 */
function orderByKeys<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, keys: SortKey<T>[]): SelectQueryBuilder<T> {
  keys.forEach((key, index) => (index === 0 ? query.orderBy(key.column, 'ASC') : query.addOrderBy(key.column, 'ASC')));
  return query;
}

/**
 * One statement, two steps: the page's ids are found first (filter, sort and limit, which an index
 * holding the filter and sort columns answers without reading a row), then only those rows are read.
 * Reading whole rows to sort them would touch one page per matching row, and a region's rows are
 * spread over the whole table once it holds the national data set.
 */
async function pageWithDeferredJoin<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, pageQuery: SelectQueryBuilder<T>, keys: SortKey<T>[], limit: number): Promise<T[]> {
  const alias = query.alias;
  const ids = orderByKeys(pageQuery.clone(), keys).select(`${alias}.id`, 'pageId').limit(limit);
  const rows = orderByKeys(query.clone(), keys)
    .innerJoin(`(${ids.getQuery()})`, 'page', `page.pageId = ${alias}.id`)
    .setParameters(ids.getParameters());
  return rows.getMany();
}

export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  keys: SortKey<T>[],
  page: PageArgs,
): Promise<ConnectionResult<T>> {
  const size = page.first ?? DEFAULT_PAGE_SIZE;
  const countQuery = query.clone();
  const pageQuery = query.clone();
  if (page.after) {
    const condition = afterCondition(keys, decodeCursor(page.after, keys.length));
    pageQuery.andWhere(condition.sql, condition.parameters);
  }
  const rows = size === 0 ? [] : await pageWithDeferredJoin(query, pageQuery, keys, size + 1);
  const pageRows = rows.slice(0, size);
  const edges = pageRows.map((node) => ({ node, cursor: encodeCursor(keys.map((key) => key.value(node))) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    countTotal: () => countQuery.getCount(),
  };
}
