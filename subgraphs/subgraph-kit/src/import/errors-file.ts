import { createWriteStream } from 'node:fs';
import type { RowIssue } from './row-issue';
import { spreadsheetWriter, type SpreadsheetWriter } from './spreadsheet-writer';
import type { TableFormat } from './table-reader';

/** Header of the column the errors file adds; the import ignores it, so a corrected errors file imports as is. */
export const ERROR_COLUMN_HEADER = 'Kesalahan (errors)';

/** An invalid row as the office wrote it, with what is wrong with it. */
export interface RejectedRow {
  line: number;
  cells: readonly string[];
  issues: readonly RowIssue[];
}

/** The text of the error column: every issue of the row, where it is and why. */
export function describeIssues(line: number, issues: readonly RowIssue[]): string {
  return issues.map((issue) => `Baris ${line}${issue.column ? `, ${issue.column}` : ''}: ${issue.message} [${issue.code}]`).join('; ');
}

/**
 * The errors file: the file's header and every invalid row, each with an error column, in the
 * file's own format (CSV in its delimiter, as UTF-8 with a BOM so that Excel reads it; or XLSX).
 * Every cell is written as text with formulas neutralised: the file is opened in Excel by people.
 */
export class ErrorsFile {
  private constructor(
    private readonly file: SpreadsheetWriter,
    private readonly width: number,
  ) {}

  static async create(path: string, format: TableFormat, header: readonly string[]): Promise<ErrorsFile> {
    const file = spreadsheetWriter(createWriteStream(path), format.kind === 'csv' ? format : { kind: 'xlsx', sheet: 'Kesalahan' });
    await file.write([...header, ERROR_COLUMN_HEADER]);
    return new ErrorsFile(file, header.length);
  }

  add(row: RejectedRow): Promise<void> {
    // XLSX rows leave out trailing empty cells: pad, so that the error lands in its own column.
    const cells = Array.from({ length: Math.max(this.width, row.cells.length) }, (_, index) => row.cells[index] ?? '');
    return this.file.write([...cells, describeIssues(row.line, row.issues)]);
  }

  close(): Promise<void> {
    return this.file.finish();
  }
}
