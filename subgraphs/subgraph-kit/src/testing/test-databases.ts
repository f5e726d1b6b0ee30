import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';

/** A database a test suite runs against, and how to throw it away afterwards. */
export interface TestDatabase {
  driver: 'sqlite' | 'mysql';
  url: string;
  drop: () => Promise<void>;
}

/**
 * The drivers every database test runs on: always the embedded SQLite, and MySQL/MariaDB too
 * when MYSQL_URL names a server whose user may create databases.
 */
export function testDrivers(): Array<'sqlite' | 'mysql'> {
  return process.env.MYSQL_URL ? ['sqlite', 'mysql'] : ['sqlite'];
}

export async function createTestDatabase(driver: 'sqlite' | 'mysql', label: string): Promise<TestDatabase> {
  if (driver === 'sqlite') return { driver, url: 'sqlite::memory:', drop: async () => undefined };
  const serverUrl = process.env.MYSQL_URL;
  if (!serverUrl) throw new Error('MYSQL_URL is not set');
  const name = `kumkm_test_${label}_${randomBytes(4).toString('hex')}`;
  const admin = await createConnection(serverUrl);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    driver,
    url: url.toString(),
    drop: async () => {
      const connection = await createConnection(serverUrl);
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await connection.end();
    },
  };
}
