import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { DataSource } from 'typeorm';
import { canWrite, describeRole, writesRecords } from '../auth/viewer';
import { forbidden } from '../errors/graphql-errors';
import { retryingTransaction } from '../database/write-transaction';
import { isWithinRegion } from '../region/region-code';
import { RegionDirectory } from '../region/region-directory';
import { importedNow } from '../provenance/provenance';
import { ErrorsFile } from './errors-file';
import { FileKeys } from './file-keys';
import type { ImportKind, ImportScope, ParsedRow, RowContext, WriteCounts } from './import-kind';
import { ImportReport } from './import-report';
import { CellError, RowIssueCode } from './row-issue';
import { sheetRows, type SheetRow } from './sheet-rows';
import { openTable, type TableFormat, type TableOptions } from './table-reader';
import { VillageNames } from './village-names';

/** Validate only; write nothing unless every row is valid; or write the valid rows and leave the others. */
export type ImportMode = 'DRY_RUN' | 'ALL_OR_NOTHING' | 'VALID_ROWS_ONLY';
export const IMPORT_MODES: ImportMode[] = ['DRY_RUN', 'ALL_OR_NOTHING', 'VALID_ROWS_ONLY'];

/** VALIDATED: a dry run ended; REFUSED: all-or-nothing found invalid rows; FAILED: the writing stopped part way. */
export type ImportStatus = 'VALIDATED' | 'REFUSED' | 'COMMITTED' | 'FAILED';

export interface ImportRequest {
  /** Where the uploaded file is on disk, and its name as the office gave it. */
  path: string;
  fileName: string;
  table: TableOptions;
  scope: ImportScope;
  mode: ImportMode;
  /** Where to write the errors file; none is written when no row is invalid. */
  errorsFilePath?: string;
  /** Rows per transaction. */
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportProgress {
  phase: 'validating' | 'writing';
  rows: number;
  /** Rows to write, known once validation is done. */
  total?: number;
}

export interface ImportOutcome {
  status: ImportStatus;
  file: { name: string; sha256: string; format: TableFormat };
  report: ImportReport;
  written: WriteCounts;
  /** Set when rows were invalid and an errors file was asked for. */
  errorsFilePath?: string;
  /** Why the writing stopped, when it did. */
  failure?: string;
}

const DEFAULT_BATCH_SIZE = 1000;

/** ANALYST and COORDINATOR may not import; an OFFICER imports inside its region, an ADMIN anywhere. */
export function assertMayImport(scope: ImportScope): void {
  if (!writesRecords(scope.viewer.role)) throw forbidden(`Records are imported by officers and admins, not by ${describeRole(scope.viewer.role)}`);
}

export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Imports a file in two passes over the stream, so that memory holds one batch, never the file:
 * the first validates every row (and writes the errors file), the second writes the valid rows in
 * batches, each in its own transaction. Writes are upserts by natural key, so an import stopped
 * part way is resumed by importing the same file again.
 */
export async function runImport<Key extends string, Record>(db: DataSource, kind: ImportKind<Key, Record>, request: ImportRequest): Promise<ImportOutcome> {
  assertMayImport(request.scope);
  const sha256 = await fileSha256(request.path);
  const context: RowContext = { scope: request.scope, villages: new VillageNames(RegionDirectory.load(), request.scope.regionCode) };
  const validation = await validate(kind, request, context);
  const file = { name: request.fileName, sha256, format: validation.format };
  const outcome = { file, report: validation.report, written: { created: 0, updated: 0, unchanged: 0 }, errorsFilePath: validation.errorsFilePath };
  if (request.mode === 'DRY_RUN') return { ...outcome, status: 'VALIDATED' };
  if (request.mode === 'ALL_OR_NOTHING' && validation.report.invalid > 0) return { ...outcome, status: 'REFUSED' };
  try {
    const sheet = validation.format.kind === 'xlsx' ? validation.format.sheet : undefined;
    await write(db, kind, { ...request, table: { ...request.table, sheet } }, context, file, validation.invalidLines, validation.report.valid, outcome.written);
    return { ...outcome, status: 'COMMITTED' };
  } catch (error) {
    return { ...outcome, status: 'FAILED', failure: `${error instanceof Error ? error.message : String(error)}` };
  }
}

interface Validation {
  format: TableFormat;
  report: ImportReport;
  invalidLines: Set<number>;
  errorsFilePath?: string;
}

async function validate<Key extends string, Record>(kind: ImportKind<Key, Record>, request: ImportRequest, context: RowContext): Promise<Validation> {
  const table = await openTable(request.path, request.table);
  let { format } = table;
  const report = new ImportReport();
  const invalidLines = new Set<number>();
  const seenKeys = new Map<string, FileKeys>();
  let errorsFile: ErrorsFile | undefined;
  const settle = async (batch: ReadonlyArray<SheetRow<Key>>) => {
    for (const row of batch) {
      // A workbook read without naming a sheet: the sheet its header was found on is the one read.
      if (format.kind === 'xlsx' && format.sheet === undefined) format = { ...format, sheet: row.header.sheet };
      report.record(row.issues);
      if (row.issues.length === 0) continue;
      invalidLines.add(row.line);
      if (!request.errorsFilePath) continue;
      errorsFile ??= await ErrorsFile.create(request.errorsFilePath, format, row.header.cells);
      await errorsFile.add(row);
    }
    request.onProgress?.({ phase: 'validating', rows: report.rows });
  };
  try {
    for await (const batch of parsedBatches(kind, request, context, sheetRows(table.rows, kind.columns))) {
      for (const { row, record } of batch.parsed) markDuplicateKeys(kind, row, record, seenKeys);
      await settle(batch.rows);
    }
  } finally {
    await errorsFile?.close();
  }
  return { format, report, invalidLines, errorsFilePath: errorsFile ? request.errorsFilePath : undefined };
}

/** A later row with a key an earlier row has is the duplicate; the first stays valid. */
function markDuplicateKeys<Key extends string, Record>(kind: ImportKind<Key, Record>, row: SheetRow<Key>, record: Record, seen: Map<string, FileKeys>): void {
  for (const { column, value, shown } of kind.naturalKeys(record)) {
    if (!seen.has(column)) seen.set(column, new FileKeys());
    const first = seen.get(column)!.firstLine(value, row.line);
    if (first !== undefined) row.fail(column, shown ?? value, new CellError(RowIssueCode.DUPLICATE_KEY, `The same value is on line ${first} of this file`));
  }
}

/**
 * The rows in batches, each row read into its record, checked against the importing user's
 * scope, and its references resolved for the whole batch at once. A row that is read but not
 * valid stays in `rows` with its issues; `parsed` holds the rows that are valid so far.
 */
async function* parsedBatches<Key extends string, Record>(kind: ImportKind<Key, Record>, request: ImportRequest, context: RowContext, rows: AsyncIterable<SheetRow<Key>>) {
  const batchSize = request.batchSize ?? DEFAULT_BATCH_SIZE;
  let batch: Array<SheetRow<Key>> = [];
  let parsed: Array<ParsedRow<Key, Record>> = [];
  const flush = async () => {
    await kind.resolveReferences?.(parsed, request.scope);
    const ready = { rows: batch, parsed: parsed.filter(({ row }) => row.issues.length === 0) };
    batch = [];
    parsed = [];
    return ready;
  };
  for await (const row of rows) {
    batch.push(row);
    const record = readInScope(kind, row, context);
    if (record !== undefined) parsed.push({ row, record });
    if (batch.length >= batchSize) yield await flush();
  }
  if (batch.length > 0) yield await flush();
}

function readInScope<Key extends string, Record>(kind: ImportKind<Key, Record>, row: SheetRow<Key>, context: RowContext): Record | undefined {
  const record = kind.readRow(row, context);
  if (record === undefined || row.issues.length > 0) return undefined;
  const region = kind.regionOf(record);
  const { viewer, regionCode } = context.scope;
  if (!isWithinRegion(region, regionCode) || !canWrite(viewer, region)) {
    const whose = canWrite(viewer, region) ? `the importing office's region ${regionCode}` : `the region ${viewer.region ?? ''} this user may write`;
    row.issues.push({ line: row.line, column: '', value: region, message: `Region ${region} is outside ${whose}`, code: RowIssueCode.FORBIDDEN_REGION });
    return undefined;
  }
  return record;
}

async function write<Key extends string, Record>(
  db: DataSource,
  kind: ImportKind<Key, Record>,
  request: ImportRequest,
  context: RowContext,
  file: { name: string; sha256: string },
  invalidLines: ReadonlySet<number>,
  total: number,
  written: WriteCounts,
): Promise<void> {
  const { rows } = await openTable(request.path, request.table);
  const reportedAt = new Date();
  const provenanceOf = (line: number) => importedNow(request.scope.office, file, line, request.scope.viewer.subject, reportedAt);
  const validRows = filterRows(sheetRows(rows, kind.columns), (row) => !invalidLines.has(row.line));
  let done = 0;
  for await (const { parsed } of parsedBatches(kind, request, context, validRows)) {
    const counts = await retryingTransaction(db, (manager) => kind.commit(manager, parsed, provenanceOf));
    written.created += counts.created;
    written.updated += counts.updated;
    written.unchanged += counts.unchanged;
    done += parsed.length;
    request.onProgress?.({ phase: 'writing', rows: done, total });
  }
}

async function* filterRows<T>(rows: AsyncIterable<T>, keep: (row: T) => boolean): AsyncIterable<T> {
  for await (const row of rows) if (keep(row)) yield row;
}
