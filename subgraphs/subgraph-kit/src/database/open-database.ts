import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { DataSource, type DataSourceOptions, type Logger as TypeOrmLogger, type MixedList } from 'typeorm';
import { replicationOptions } from './read-replicas';
import { underSchemaLock } from './schema-lock';

export type DatabaseDriver = 'mysql' | 'sqlite';

/** What a subgraph owns in its database: its entities and one migration history per driver. */
export interface DatabaseDefinition {
  entities: MixedList<Function>;
  migrations: Record<DatabaseDriver, MixedList<Function>>;
}

export function driverOfUrl(url: string): DatabaseDriver {
  if (/^(mysql|mariadb):\/\//.test(url)) return 'mysql';
  if (url.startsWith('sqlite:')) return 'sqlite';
  throw new Error(`Unsupported database URL "${url.replace(/\/\/[^@]*@/, '//***@')}": use mysql://… or sqlite:<file>`);
}

/** The embedded default: a SQLite file under data/, so a new user needs no database server. */
export function embeddedDatabaseUrl(subgraph: string, dataDir = 'data'): string {
  return `sqlite:${path.join(dataDir, `${subgraph}.sqlite`)}`;
}

/**
 * TypeORM applies MariaDB's differences (how it reports column defaults, for one) only when told
 * `type: 'mariadb'`, so the server is asked what it is rather than trusting the URL scheme.
 */
async function mysqlFlavour(url: string): Promise<'mysql' | 'mariadb'> {
  const connection = await createConnection(url);
  try {
    const [rows] = await connection.query('SELECT VERSION() AS version');
    return /mariadb/i.test((rows as Array<{ version: string }>)[0].version) ? 'mariadb' : 'mysql';
  } finally {
    await connection.end();
  }
}

/** `replicaUrls`: MySQL read replicas of a MySQL primary; SELECTs go to them, writes to the primary. */
export async function dataSourceOptions(url: string, definition: DatabaseDefinition, logger?: TypeOrmLogger, replicaUrls: string[] = []): Promise<DataSourceOptions> {
  const driver = driverOfUrl(url);
  const common = {
    entities: definition.entities,
    migrations: definition.migrations[driver],
    // Schema changes only ever come from reviewed migrations.
    synchronize: false,
    migrationsTransactionMode: 'each' as const,
    logger,
    logging: logger ? ('all' as const) : false,
  };
  if (driver === 'mysql') {
    return {
      ...common,
      type: await mysqlFlavour(url),
      ...(replicaUrls.length > 0 ? replicationOptions(url, replicaUrls) : { url }),
      timezone: 'Z',
      charset: 'utf8mb4_unicode_ci',
      supportBigNumbers: true,
      bigNumberStrings: true,
      poolSize: 10,
    };
  }
  if (replicaUrls.length > 0) throw new Error('Read replicas need a MySQL or MariaDB primary, not the embedded SQLite file');
  const file = url.slice('sqlite:'.length);
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return { ...common, type: 'better-sqlite3', database: file, enableWAL: file !== ':memory:' };
}

/** Opens a subgraph's database and brings its schema up to date with the migrations. */
export async function openDatabase(url: string, definition: DatabaseDefinition, logger?: TypeOrmLogger, replicaUrls: string[] = []): Promise<DataSource> {
  const dataSource = new DataSource(await dataSourceOptions(url, definition, logger, replicaUrls));
  await dataSource.initialize();
  try {
    await underSchemaLock(dataSource, 'migrations', () => dataSource.runMigrations());
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

export function driverOf(dataSource: DataSource): DatabaseDriver {
  return dataSource.options.type === 'mysql' || dataSource.options.type === 'mariadb' ? 'mysql' : 'sqlite';
}
