import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { ImportFileError } from './import-file-error';
import { assertSafeArchive, type ArchiveLimits } from './xlsx-archive';

/** One row of a sheet as text cells, with where it is in the file. */
export interface TableRow {
  line: number;
  cells: string[];
  /** The XLSX sheet the row is on, when the workbook is read without naming one. */
  sheet?: string;
}

export interface CsvFormat {
  kind: 'csv';
  encoding: 'utf-8' | 'windows-1252';
  delimiter: ';' | ',';
}
/** An XLSX workbook by the sheet asked for; without one, its first sheet that has a recognised header. */
export type TableFormat = CsvFormat | { kind: 'xlsx'; sheet?: string };

export interface TableOptions extends ArchiveLimits {
  maxFileBytes: number;
  /** The XLSX sheet to read; when not given, every sheet's rows come, each row naming its sheet. */
  sheet?: string;
}

export interface Table {
  format: TableFormat;
  rows: AsyncIterable<TableRow>;
}

const SNIFF_BYTES = 64 * 1024;
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

async function sniff(path: string): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await file.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/** UTF-8 when the first bytes decode as UTF-8 (a multi-byte character cut at the end is allowed), else Windows-1252. */
function encodingOf(head: Buffer): CsvFormat['encoding'] {
  if (head.subarray(0, 3).equals(UTF8_BOM)) return 'utf-8';
  for (let cut = 0; cut < 4 && cut < head.length; cut += 1) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, head.length - cut));
      return 'utf-8';
    } catch {
      // a character may be cut at the end: try a few bytes shorter
    }
  }
  return 'windows-1252';
}

/** Indonesian Excel writes `;` (its decimal separator is the comma); other programs `,`. */
function delimiterOf(text: string): CsvFormat['delimiter'] {
  const lines = text.split(/\r?\n/).slice(0, 30);
  const most = (character: string) => Math.max(0, ...lines.map((line) => line.split(character).length - 1));
  return most(';') >= 2 && most(';') >= most(',') / 2 ? ';' : ',';
}

/** A text file: no NUL bytes and few control characters in its first bytes. */
function looksLikeText(head: Buffer): boolean {
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return false;
    if (byte < 9 || (byte > 13 && byte < 32)) control += 1;
  }
  return control <= head.length / 100;
}

async function* csvRows(path: string, format: CsvFormat): AsyncIterable<TableRow> {
  const decoded = createReadStream(path).pipe(iconv.decodeStream(format.encoding === 'utf-8' ? 'utf8' : 'win1252', { stripBOM: true }));
  const parser = decoded.pipe(parse({ delimiter: format.delimiter, relax_column_count: true, relax_quotes: true, info: true, skip_empty_lines: false }));
  for await (const record of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    yield { line: record.info.lines, cells: record.record };
  }
}

/** A cell as text, never evaluated: a formula is kept as the formula's own text. */
function xlsxCellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('formula' in value && value.formula) return `=${value.formula}`;
  if ('sharedFormula' in value && value.sharedFormula) return `=${value.sharedFormula}`;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}

async function* xlsxRows(path: string, sheet: string | undefined): AsyncIterable<TableRow> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'emit' });
  let found = false;
  for await (const worksheet of workbook) {
    const name = (worksheet as unknown as { name?: string }).name;
    const wanted: boolean = sheet === undefined || (!found && name === sheet);
    found ||= wanted;
    for await (const row of worksheet) {
      // Every sheet is read to its end, even one not wanted: exceljs parks a sheet it meets early in
      // a temporary file, and one left unread fails later with ENOENT once that file is removed.
      if (!wanted) continue;
      const values = (row as ExcelJS.Row).values as ExcelJS.CellValue[];
      const cells = values.slice(1).map(xlsxCellText);
      yield sheet === undefined ? { line: (row as ExcelJS.Row).number, cells, sheet: name } : { line: (row as ExcelJS.Row).number, cells };
    }
  }
  if (!found) throw new ImportFileError('NO_SUCH_SHEET', sheet === undefined ? 'The workbook has no sheet' : `The workbook has no sheet named "${sheet}"`);
}

/**
 * Opens a sheet an office uploads, whatever its name says: an XLSX workbook (by its zip
 * signature, checked against zip bombs first) or CSV text in UTF-8 (with or without BOM) or
 * Windows-1252, delimited by `;` or `,`. Rows stream; the file is never held in memory.
 */
export async function openTable(path: string, options: TableOptions): Promise<Table> {
  const { size } = await stat(path);
  if (size > options.maxFileBytes) throw new ImportFileError('TOO_LARGE', `The file has ${size} bytes, more than the ${options.maxFileBytes} allowed`);
  const head = await sniff(path);
  if (head.subarray(0, 4).equals(ZIP_MAGIC)) {
    await assertSafeArchive(path, options);
    return { format: { kind: 'xlsx', sheet: options.sheet }, rows: xlsxRows(path, options.sheet) };
  }
  if (head.length === 0 || !looksLikeText(head)) throw new ImportFileError('NOT_A_TABLE', 'The file is neither CSV text nor an XLSX workbook');
  const encoding = encodingOf(head);
  const format: CsvFormat = { kind: 'csv', encoding, delimiter: delimiterOf(iconv.decode(head, encoding === 'utf-8' ? 'utf8' : 'win1252')) };
  return { format, rows: csvRows(path, format) };
}
