import type { DataSource } from 'typeorm';
import { driverOf } from './open-database';

/** How long a replica waits for another one's migrations or seed before it gives up (and is restarted). */
const SCHEMA_LOCK_TIMEOUT_SECONDS = 600;

/**
 * Runs `work` while holding the database's named lock (MySQL/MariaDB GET_LOCK), so that replicas
 * of one subgraph starting together migrate and seed one after another: the first does the work,
 * the others find it done. The lock is named after the database (MySQL names are at most 64
 * characters), since one server may hold several subgraphs' databases that need not wait for each
 * other. SQLite is one process's file, and `work` runs as it is.
 */
export async function underSchemaLock<T>(db: DataSource, name: string, work: () => Promise<T>): Promise<T> {
  if (driverOf(db) !== 'mysql') return work();
  const lock = `kumkm:${name}:${String(db.driver.database)}`.slice(0, 64);
  const holder = db.createQueryRunner('master');
  try {
    const [granted] = (await holder.query('SELECT GET_LOCK(?, ?) AS granted', [lock, SCHEMA_LOCK_TIMEOUT_SECONDS])) as Array<{ granted: number | string | null }>;
    if (Number(granted?.granted) !== 1) throw new Error(`another process held the ${name} lock for ${SCHEMA_LOCK_TIMEOUT_SECONDS} s`);
    try {
      return await work();
    } finally {
      await holder.query('SELECT RELEASE_LOCK(?)', [lock]);
    }
  } finally {
    await holder.release();
  }
}
