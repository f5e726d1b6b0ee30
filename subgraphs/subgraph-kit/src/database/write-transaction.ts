import type { DataSource, EntityManager } from 'typeorm';
import { conflict } from '../errors/graphql-errors';
import { isDeadlock, isUniqueViolation } from './write-errors';

/**
 * Attempts of one transaction that MySQL/MariaDB chose as a deadlock's victim. Writers of one
 * regency meet on its rows of umkm_regency_rollups (kept by triggers) in the order their rows come,
 * so two imports into one regency can each hold a row the other needs. InnoDB rolls the victim back
 * whole, so running it again is safe.
 */
const DEADLOCK_ATTEMPTS = 4;

/** One transaction, run again (after a short random pause) when the database broke a deadlock by rolling it back. */
export async function retryingTransaction<T>(db: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(work);
    } catch (error) {
      if (!isDeadlock(error) || attempt === DEADLOCK_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

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
    return await retryingTransaction(db, work);
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(duplicateMessage);
    throw error;
  }
}
