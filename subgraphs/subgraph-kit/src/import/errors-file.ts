import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { RowIssue } from './row-issue';
import { neutraliseFormula } from './spreadsheet-safety';
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
    private readonly write: (cells: string[]) => Promise<void>,
    private readonly finish: () => Promise<void>,
    private readonly width: number,
  ) {}

  static async create(path: string, format: TableFormat, header: readonly string[]): Promise<ErrorsFile> {
    const file = format.kind === 'csv' ? csvWriter(path, format.delimiter) : xlsxWriter(path);
    const errorsFile = new ErrorsFile(file.write, file.finish, header.length);
    await errorsFile.write([...header, ERROR_COLUMN_HEADER].map(neutraliseFormula));
    return errorsFile;
  }

  add(row: RejectedRow): Promise<void> {
    // XLSX rows leave out trailing empty cells: pad, so that the error lands in its own column.
    const cells = Array.from({ length: Math.max(this.width, row.cells.length) }, (_, index) => row.cells[index] ?? '');
    return this.write([...cells, describeIssues(row.line, row.issues)].map(neutraliseFormula));
  }

  close(): Promise<void> {
    return this.finish();
  }
}

function csvWriter(path: string, delimiter: string) {
  const stream: WriteStream = createWriteStream(path);
  stream.write('\uFEFF');
  return {
    write: async (cells: string[]) => {
      if (!stream.write(`${Papa.unparse([cells], { delimiter, newline: '\r\n', quotes: true })}\r\n`)) await once(stream, 'drain');
    },
    finish: async () => {
      stream.end();
      await once(stream, 'finish');
    },
  };
}

function xlsxWriter(path: string) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('Kesalahan');
  return {
    write: async (cells: string[]) => sheet.addRow(cells).commit(),
    finish: async () => {
      sheet.commit();
      await workbook.commit();
    },
  };
}
