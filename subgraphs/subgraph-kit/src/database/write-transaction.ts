import type { DataSource, EntityManager } from 'typeorm';
import { conflict } from '../errors/graphql-errors';
import { isUniqueViolation } from './unique-violation';

/**
 * Runs a write in one transaction: all of it lands or none of it does. A duplicate key that slips
 * past the resolver's own checks (two clients at once) becomes a CONFLICT, not a server error.
 */
export async function writeTransaction<T>(
  db: DataSource,
  duplicateMessage: string,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction(work);
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(duplicateMessage);
    throw error;
  }
}
