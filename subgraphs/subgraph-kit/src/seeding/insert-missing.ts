import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';

const CHUNK = 500;

/**
 * Inserts the rows whose ids are not in the table yet, in one transaction. Seeding twice leaves
 * the same rows, and a record a user has since edited is never overwritten.
 */
export async function insertMissing<T extends ObjectLiteral & { id: string }>(
  db: DataSource,
  entity: EntityTarget<T>,
  rows: T[],
): Promise<number> {
  return db.transaction(async (manager) => {
    let inserted = 0;
    for (let start = 0; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK);
      const existing = await manager.find(entity, { select: { id: true } as never, where: { id: In(chunk.map((row) => row.id)) } as never });
      const existingIds = new Set(existing.map((row) => row.id));
      const missing = chunk.filter((row) => !existingIds.has(row.id));
      if (missing.length === 0) continue;
      await manager.createQueryBuilder().insert().into(entity).values(missing as never).execute();
      inserted += missing.length;
    }
    return inserted;
  });
}
