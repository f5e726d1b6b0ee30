import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { regionWithinCondition } from '../region/region-code';

/** Keeps rows of a region and every region below it, when a region is given. */
export function whereWithinRegion<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, column: string, code: string | undefined | null) {
  if (!code) return query;
  const condition = regionWithinCondition(column, code);
  return query.andWhere(condition.sql, condition.parameters);
}

/** Keeps rows whose boolean flag matches, when one is given. SQLite cannot bind booleans; both databases store 0/1. */
export function whereFlag<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, column: string, value: boolean | undefined | null) {
  if (value === undefined || value === null) return query;
  const parameter = column.replace(/\W/g, '_');
  return query.andWhere(`${column} = :${parameter}`, { [parameter]: value ? 1 : 0 });
}
