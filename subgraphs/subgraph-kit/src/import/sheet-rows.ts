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
 * Looks for the header among the first rows of each sheet in turn (a CSV is one sheet): a
 * workbook often opens with an instructions sheet (Petunjuk) before its data.
 */
class HeaderSearch<Key extends string> {
  private readonly readHeader: ReturnType<typeof headerRecogniser<Key>>;
  private readonly searched: Array<string | undefined> = [];
  private closest: (HeaderCandidate<Key> & { sheet?: string }) | null = null;
  private scanned = 0;
  header: HeaderRow<Key> | null = null;

  constructor(private readonly columns: readonly ImportColumn<Key>[]) {
    this.readHeader = headerRecogniser(columns);
  }

  /** Reads one row above the header; false once its sheet has no more rows worth reading as a header. */
  consider(row: TableRow): boolean {
    if (this.searched.length === 0 || this.searched[this.searched.length - 1] !== row.sheet) {
      this.searched.push(row.sheet);
      this.scanned = 0;
    }
    if (this.scanned >= MAX_TITLE_ROWS) return false;
    this.scanned += 1;
    const candidate = this.readHeader(row.line, row.cells);
    if (isHeader(candidate)) this.header = { ...candidate, sheet: row.sheet };
    else if (candidate.positions.length > (this.closest?.positions.length ?? 0)) this.closest = { ...candidate, sheet: row.sheet };
    return true;
  }

  /** The refusal when no sheet has a header: the headers expected, and what the closest row lacks. */
  refusal(): ImportFileError {
    const sheets = this.searched.filter((sheet): sheet is string => sheet !== undefined);
    const where = sheets.length > 0 ? ` of ${sheets.length === 1 ? 'sheet' : 'sheets'} ${sheets.map((sheet) => `"${sheet}"`).join(', ')}` : '';
    const closest = this.closest;
    const nearest = closest
      ? `; line ${closest.line}${closest.sheet === undefined ? '' : ` of sheet "${closest.sheet}"`} comes closest but has no ${closest.missing.map((column) => `"${column.header}"`).join(', ')}`
      : '';
    return new ImportFileError('NO_HEADER', `No header row was recognised in the first ${MAX_TITLE_ROWS} rows${where}; expected headers: ${expectedHeaders(this.columns)}${nearest}`);
  }
}

/**
 * The data rows of a table under its recognised header. Title rows above the header and empty
 * rows (trailing ones included) are passed over and not counted. A workbook read without naming a
 * sheet gives the rows of its first sheet with a header. No header among the first rows of any
 * sheet refuses the file, naming the headers expected and what the closest row lacks.
 */
export async function* sheetRows<Key extends string>(rows: AsyncIterable<TableRow>, columns: readonly ImportColumn<Key>[]): AsyncIterable<SheetRow<Key>> {
  const search = new HeaderSearch(columns);
  for await (const row of rows) {
    const { header } = search;
    if (header) {
      if (row.sheet === header.sheet && !isEmpty(row)) yield new SheetRow(row.line, row.cells, header);
      continue;
    }
    // A CSV has one sheet: past its title rows there is nothing more to look at.
    if (!search.consider(row) && row.sheet === undefined) break;
  }
  if (!search.header) throw search.refusal();
}
