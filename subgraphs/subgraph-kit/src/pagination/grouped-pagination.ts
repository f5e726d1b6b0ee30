import { In, type ObjectLiteral, type Repository, type SelectQueryBuilder } from 'typeorm';
import { DEFAULT_PAGE_SIZE, type ConnectionResult, type PageArgs } from './connection';
import { afterCondition, decodeCursor, encodeCursor, type SortKey } from './keyset-pagination';

export interface GroupedPageRequest<T extends ObjectLiteral> {
  repository: Repository<T>;
  /** The base query, aliased `alias`, with any filters; the grouping condition is added here. */
  query: SelectQueryBuilder<T>;
  alias: string;
  /** Column that groups rows, e.g. `member.cooperativeId`, and how to read it from an entity. */
  groupColumn: string;
  groupOf: (row: T) => string;
  groups: readonly string[];
  keys: SortKey<T>[];
  page: PageArgs;
}

/**
 * One page of each group (the first N members of each of 50 cooperatives) in two statements
 * whatever the number of groups or the page size: a ROW_NUMBER() window picks the ids, then one
 * IN query loads them. Counts, when asked for, are one GROUP BY for all groups.
 */
export async function paginateWithinGroups<T extends ObjectLiteral & { id: string }>(
  request: GroupedPageRequest<T>,
): Promise<Array<ConnectionResult<T>>> {
  const { alias, groupColumn, keys, page } = request;
  const size = page.first ?? DEFAULT_PAGE_SIZE;
  if (request.groups.length === 0) return [];
  const base = request.query.clone().andWhere(`${groupColumn} IN (:...pageGroups)`, { pageGroups: [...request.groups] });

  const ranked = base.clone().select(`${alias}.id`, 'id').addSelect(
    `ROW_NUMBER() OVER (PARTITION BY ${groupColumn} ORDER BY ${keys.map((key) => `${key.column} ASC`).join(', ')})`,
    'position',
  );
  if (page.after) {
    const condition = afterCondition(keys, decodeCursor(page.after, keys.length));
    ranked.andWhere(condition.sql, condition.parameters);
  }
  const picked: Array<{ id: string; position: number | string }> =
    size === 0
      ? []
      : await request.repository.manager
          .createQueryBuilder()
          .select('ranked.id', 'id')
          .addSelect('ranked.position', 'position')
          .from(`(${ranked.getQuery()})`, 'ranked')
          .where('ranked.position <= :limit', { limit: size + 1 })
          .setParameters(ranked.getParameters())
          .getRawMany();
  const position = new Map(picked.map((row) => [row.id, Number(row.position)]));
  const rows = picked.length ? await request.repository.findBy({ id: In([...position.keys()]) } as never) : [];

  let counts: Promise<Map<string, number>> | undefined;
  const countGroups = () =>
    (counts ??= base
      .clone()
      .select(groupColumn, 'groupKey')
      .addSelect('COUNT(*)', 'total')
      .groupBy(groupColumn)
      .getRawMany()
      .then((totals: Array<{ groupKey: string; total: number | string }>) => new Map(totals.map((row) => [row.groupKey, Number(row.total)]))));

  return request.groups.map((group) => {
    const inGroup = rows.filter((row) => request.groupOf(row) === group).sort((a, b) => position.get(a.id)! - position.get(b.id)!);
    const edges = inGroup.slice(0, size).map((node) => ({ node, cursor: encodeCursor(keys.map((key) => key.value(node))) }));
    return {
      edges,
      pageInfo: { hasNextPage: inGroup.length > size, endCursor: edges.at(-1)?.cursor ?? null },
      countTotal: async () => (await countGroups()).get(group) ?? 0,
    };
  });
}
