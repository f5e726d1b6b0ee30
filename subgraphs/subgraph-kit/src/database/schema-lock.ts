import type { DataSource } from 'typeorm';

/** How long a replica waits for another one's migrations or seed before it gives up (and is restarted). */
const SCHEMA_LOCK_TIMEOUT_SECONDS = 600;

/**
 * Runs `work` while holding the database's named lock (MySQL/MariaDB GET_LOCK), so that replicas
 * of one subgraph starting together migrate and seed one after another: the first does the work,
 * the others find it done. SQLite is one process's file, and `work` runs as it is.
 */
export async function underSchemaLock<T>(db: DataSource, name: string, work: () => Promise<T>): Promise<T> {
  if (db.options.type !== 'mysql' && db.options.type !== 'mariadb') return work();
  const holder = db.createQueryRunner('master');
  try {
    const [granted] = (await holder.query('SELECT GET_LOCK(?, ?) AS granted', [`kumkm:${name}`, SCHEMA_LOCK_TIMEOUT_SECONDS])) as Array<{ granted: number | string | null }>;
    if (Number(granted?.granted) !== 1) throw new Error(`another process held the ${name} lock for ${SCHEMA_LOCK_TIMEOUT_SECONDS} s`);
    try {
      return await work();
    } finally {
      await holder.query('SELECT RELEASE_LOCK(?)', [`kumkm:${name}`]);
    }
  } finally {
    await holder.release();
  }
}
