import { MultiBar, Presets } from 'cli-progress';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { MultiRowInsert, type InsertStatement } from '../database/multi-row-insert';
import type { SeedSummary } from './insert-missing';
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

/** One table of a bulk load: its pending rows, its statements, and its progress bar. */
class TableLoader {
  private pending: ObjectLiteral[] = [];
  private done = 0;
  private inserted = 0;
  private readonly insert: MultiRowInsert;
  private readonly report: (done: number) => void;

  constructor(db: DataSource, private readonly table: BulkTable, progress: SeedProgress) {
    this.insert = new MultiRowInsert(db, table.entity, { skipExisting: true });
    this.report = progress.track(table.table, table.total);
  }

  add(rows: ObjectLiteral[]): void {
    this.pending.push(...rows);
  }

  takeStatements(): InsertStatement[] {
    const rows = this.pending;
    this.pending = [];
    return this.insert.statements(rows);
  }

  async execute(manager: EntityManager, statements: InsertStatement[]): Promise<void> {
    // The drivers say how many rows each statement actually inserted (ignored ones excluded).
    this.inserted += await this.insert.execute(manager, statements);
    this.done += statements.reduce((sum, statement) => sum + statement.rows, 0);
    this.report(this.done);
  }

  skip(): SeedSummary {
    this.report(this.table.total);
    return { table: this.table.table, inserted: 0, total: this.table.total };
  }

  summary(): SeedSummary {
    return { table: this.table.table, inserted: this.inserted, total: this.done };
  }
}
