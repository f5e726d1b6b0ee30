import type { z } from 'zod';
import { cellText } from './cell-values';
import { expectedHeaders, headerRecogniser, isHeader, type HeaderCandidate, type HeaderRow, type ImportColumn } from './column-headers';
import { ImportFileError } from './import-file-error';
import { CellError, RowIssueCode, type RowIssue } from './row-issue';
import type { TableRow } from './table-reader';

/** Rows above the header an office's sheet may have (titles, the office's name, a date). */
const MAX_TITLE_ROWS = 20;

/** One data row: read its cells by column key; each failed read is collected as an issue of that cell. */
export class SheetRow<Key extends string> {
  readonly issues: RowIssue[] = [];

  constructor(
    readonly line: number,
    readonly cells: readonly string[],
    readonly header: HeaderRow<Key>,
  ) {}

  private position(key: Key) {
    return this.header.positions.find((position) => position.key === key);
  }

  /** The cell's text, '' when the column is absent or empty. */
  text(key: Key): string {
    const position = this.position(key);
    if (!position) return '';
    return this.read(key, () => cellText(this.cells[position.index])) ?? '';
  }

  /** The cell read by `parse`, or undefined when it is empty (or could not be read: an issue is then recorded). */
  optional<T>(key: Key, parse: (text: string) => T): T | undefined {
    const text = this.text(key);
    return text === '' ? undefined : this.read(key, () => parse(text));
  }

  /** As `optional`, but an empty cell is an issue of its own. */
  required<T>(key: Key, label: string, parse: (text: string) => T): T | undefined {
    const before = this.issues.length;
    const text = this.text(key);
    if (this.issues.length > before) return undefined;
    if (text === '') {
      this.issues.push({ line: this.line, column: this.headerOf(key) || label, value: '', message: `${label} is required`, code: 'REQUIRED' });
      return undefined;
    }
    return this.read(key, () => parse(text));
  }

  /** Records an issue of a whole value that spans columns, such as a village with its kecamatan. */
  fail(key: Key, value: string, error: CellError): undefined {
    this.issues.push({ line: this.line, column: this.headerOf(key), value, message: error.message, code: error.code });
    return undefined;
  }

  /**
   * Checks the record read from the row against its schema (lengths, formats, ranges). Each
   * failure is recorded on the cell its field came from; undefined when any failed.
   */
  validate<T>(schema: z.ZodType<T>, candidate: Partial<Record<Key, unknown>>): T | undefined {
    const result = schema.safeParse(candidate);
    if (result.success) return this.issues.length === 0 ? result.data : undefined;
    const alreadyFailed = new Set(this.issues.map((issue) => issue.column));
    for (const issue of result.error.issues) {
      const key = issue.path[0] as Key;
      // A cell that could not be read at all has said so already.
      if (alreadyFailed.has(this.headerOf(key))) continue;
      const code = issue.code === 'too_big' || issue.code === 'too_small' ? RowIssueCode.OUT_OF_RANGE : RowIssueCode.INVALID_VALUE;
      this.issues.push({ line: this.line, column: this.headerOf(key), value: this.rawText(key), message: issue.message, code });
    }
    return undefined;
  }

  private rawText(key: Key): string {
    const position = this.position(key);
    return position ? (this.cells[position.index] ?? '').trim() : '';
  }

  private headerOf(key: Key): string {
    return this.position(key)?.header ?? '';
  }

  private read<T>(key: Key, parse: () => T): T | undefined {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      return this.fail(key, this.rawText(key), error);
    }
  }
}

const isEmpty = (row: TableRow) => row.cells.every((cell) => cell.trim() === '');

/**
 * The data rows of a table under its recognised header. Title rows above the header and empty
 * rows (trailing ones included) are passed over and not counted; no header among the first rows
 * refuses the file, naming the headers expected and what the closest row lacks.
 */
export async function* sheetRows<Key extends string>(rows: AsyncIterable<TableRow>, columns: readonly ImportColumn<Key>[]): AsyncIterable<SheetRow<Key>> {
  const readHeader = headerRecogniser(columns);
  let header: HeaderRow<Key> | null = null;
  let closest: HeaderCandidate<Key> | null = null;
  let scanned = 0;
  for await (const row of rows) {
    if (header) {
      if (!isEmpty(row)) yield new SheetRow(row.line, row.cells, header);
      continue;
    }
    const candidate = readHeader(row.line, row.cells);
    if (isHeader(candidate)) header = candidate;
    else if (candidate.positions.length > (closest?.positions.length ?? 0)) closest = candidate;
    scanned += 1;
    if (!header && scanned >= MAX_TITLE_ROWS) break;
  }
  if (header) return;
  const nearest = closest ? `; line ${closest.line} comes closest but has no ${closest.missing.map((column) => `"${column.header}"`).join(', ')}` : '';
  throw new ImportFileError('NO_HEADER', `No header row was recognised in the first ${MAX_TITLE_ROWS} rows; expected headers: ${expectedHeaders(columns)}${nearest}`);
}
