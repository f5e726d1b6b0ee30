import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { Logger } from '../server/logger';

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

export interface SeedSummary {
  table: string;
  inserted: number;
  total: number;
}

export interface SeedStep {
  table: string;
  entity: EntityTarget<ObjectLiteral & { id: string }>;
  rows: Array<ObjectLiteral & { id: string }>;
}

/** Seeds tables in order (parents first), logging progress per table, and returns what each step did. */
export async function seedTables(db: DataSource, logger: Logger, steps: SeedStep[]): Promise<SeedSummary[]> {
  const summary: SeedSummary[] = [];
  for (const [index, step] of steps.entries()) {
    const inserted = await insertMissing(db, step.entity, step.rows);
    summary.push({ table: step.table, inserted, total: step.rows.length });
    logger.info(`seed [${index + 1}/${steps.length}] ${step.table}: ${inserted} inserted, ${step.rows.length - inserted} already present`);
  }
  return summary;
}
