import { MultiBar, Presets } from 'cli-progress';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { SeedSummary } from './insert-missing';

/** Both drivers accept this many bound values in one statement (SQLite's limit is 32,766). */
const MAX_BOUND_VALUES = 30_000;
/** Rows per transaction: large enough that commits do not dominate, small enough to keep undo logs small. */
const ROWS_PER_TRANSACTION = 20_000;

/** One progress bar per table, shared by every subgraph seeded in this process. */
export class SeedProgress {
  private readonly bars = new MultiBar(
    {
      format: ' {table} |{bar}| {percentage}% | {value}/{total} rows | {rate} rows/s',
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 5_000,
      etaBuffer: 50,
    },
    Presets.shades_classic,
  );

  track(table: string, total: number): (done: number) => void {
    const started = Date.now();
    const bar = this.bars.create(total, 0, { table: table.padEnd(20), rate: 0 });
    return (done) => bar.update(done, { rate: Math.round(done / Math.max(0.001, (Date.now() - started) / 1000)) });
  }

  stop(): void {
    this.bars.stop();
  }
}

export interface BulkTable {
  table: string;
  entity: EntityTarget<ObjectLiteral>;
  /** Rows the data set has for this table (for the progress bar). */
  total: number;
}

export interface BulkLoadPlan {
  /** Parents first: each batch inserts its rows table by table in this order. */
  tables: BulkTable[];
  /** The data set in order, batch by batch: one row list per table, in the order of `tables`. */
  batches: () => Iterable<ObjectLiteral[][]>;
  /** Id of the first table's last row: when present, an earlier run completed the whole plan. */
  lastId: string;
}

/**
 * Inserts a large generated data set: multi-row INSERTs that skip rows already present (so an
 * interrupted run can be repeated), grouped in transactions with parents before children, with
 * a progress bar per table. A plan whose last row exists is skipped without generating it again.
 */
export async function bulkLoad(db: DataSource, plan: BulkLoadPlan, progress: SeedProgress): Promise<SeedSummary[]> {
  const loaders = plan.tables.map((table) => new TableLoader(db, table, progress));
  if (await db.getRepository(plan.tables[0].entity).exists({ where: { id: plan.lastId } })) {
    return loaders.map((loader) => loader.skip());
  }
  let pendingRows = 0;
  let inFlight: Promise<void> = Promise.resolve();
  // The transaction runs while the next rows are generated: this process and the database server
  // work at the same time instead of taking turns. Its failure surfaces at the next await.
  const flush = async () => {
    const statements = loaders.map((loader) => loader.takeStatements());
    pendingRows = 0;
    await inFlight;
    inFlight = db.transaction(async (manager) => {
      for (const [index, loader] of loaders.entries()) await loader.execute(manager, statements[index]);
    });
    inFlight.catch(() => undefined);
  };
  for (const batch of plan.batches()) {
    batch.forEach((rows, index) => loaders[index].add(rows));
    pendingRows += batch.reduce((sum, rows) => sum + rows.length, 0);
    if (pendingRows >= ROWS_PER_TRANSACTION) await flush();
  }
  if (pendingRows > 0) await flush();
  await inFlight;
  return loaders.map((loader) => loader.summary());
}

/**
 * Builds multi-row INSERTs from the entity's column metadata. TypeORM's insert builder spent about
 * 95 µs per row here (two thirds of the seed's time); this spends a few, and converts values the same
 * way TypeORM does (column transformers, then the driver's own conversion of dates, JSON and booleans).
 */
class TableLoader {
  private pending: ObjectLiteral[] = [];
  private done = 0;
  private inserted = 0;
  private readonly columns: ColumnMetadata[];
  private readonly rowsPerStatement: number;
  private readonly statementStart: string;
  private readonly rowPlaceholders: string;
  private readonly report: (done: number) => void;

  constructor(private readonly db: DataSource, private readonly table: BulkTable, progress: SeedProgress) {
    const metadata = db.getMetadata(table.entity);
    const ignore = db.options.type === 'better-sqlite3' ? 'INSERT OR IGNORE' : 'INSERT IGNORE';
    this.columns = metadata.columns;
    this.rowsPerStatement = Math.floor(MAX_BOUND_VALUES / this.columns.length);
    this.statementStart = `${ignore} INTO ${db.driver.escape(metadata.tableName)} (${this.columns.map((column) => db.driver.escape(column.databaseName)).join(', ')}) VALUES `;
    this.rowPlaceholders = `(${this.columns.map(() => '?').join(', ')})`;
    this.report = progress.track(table.table, table.total);
  }

  add(rows: ObjectLiteral[]): void {
    this.pending.push(...rows);
  }

  /** The pending rows as INSERT statements with their values; building them is this process's share of the work. */
  takeStatements(): Array<{ sql: string; values: unknown[]; rows: number }> {
    const rows = this.pending;
    this.pending = [];
    const now = new Date();
    const statements = [];
    for (let start = 0; start < rows.length; start += this.rowsPerStatement) {
      const statementRows = rows.slice(start, start + this.rowsPerStatement);
      statements.push({
        sql: this.statementStart + statementRows.map(() => this.rowPlaceholders).join(', '),
        values: statementRows.flatMap((row) => this.columns.map((column) => this.valueOf(row, column, now))),
        rows: statementRows.length,
      });
    }
    return statements;
  }

  async execute(manager: EntityManager, statements: Array<{ sql: string; values: unknown[]; rows: number }>): Promise<void> {
    for (const statement of statements) {
      // The structured result says how many rows each driver actually inserted (ignored ones excluded).
      const result = await manager.queryRunner!.query(statement.sql, statement.values, true);
      this.inserted += result.affected ?? 0;
      this.done += statement.rows;
    }
    this.report(this.done);
  }

  private valueOf(row: ObjectLiteral, column: ColumnMetadata, now: Date): unknown {
    const value = column.isCreateDate || column.isUpdateDate ? now : column.getEntityValue(row, true);
    return this.db.driver.preparePersistentValue(value ?? null, column);
  }

  skip(): SeedSummary {
    this.report(this.table.total);
    return { table: this.table.table, inserted: 0, total: this.table.total };
  }

  summary(): SeedSummary {
    return { table: this.table.table, inserted: this.inserted, total: this.done };
  }
}
