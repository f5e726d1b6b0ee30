import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { neutraliseFormula } from './spreadsheet-safety';

export type SpreadsheetFormat = { kind: 'csv'; delimiter: string } | { kind: 'xlsx'; sheet: string };

/** A cell as people open it: numbers stay numbers (in XLSX), text never runs as a formula. */
export type SpreadsheetCell = string | number | null | undefined;

export interface SpreadsheetWriter {
  /** Writes one row, waiting while the stream is full: a slow reader slows the writer, memory stays flat. */
  write(cells: readonly SpreadsheetCell[]): Promise<void>;
  /** Ends the file and the stream. */
  finish(): Promise<void>;
}

const asText = (cell: SpreadsheetCell) => (cell === null || cell === undefined ? '' : typeof cell === 'number' ? String(cell) : neutraliseFormula(cell));

/**
 * Rows to a stream as a spreadsheet that people open in Excel: CSV as UTF-8 with a BOM (so Excel
 * reads the encoding) in the given delimiter, or a streamed XLSX workbook of one sheet. Every text
 * cell has formulas neutralised (CSV injection).
 */
export function spreadsheetWriter(stream: Writable, format: SpreadsheetFormat): SpreadsheetWriter {
  if (format.kind === 'csv') {
    stream.write('\uFEFF');
    return {
      write: async (cells) => {
        if (!stream.write(`${Papa.unparse([cells.map(asText)], { delimiter: format.delimiter, newline: '\r\n', quotes: true })}\r\n`)) await once(stream, 'drain');
      },
      finish: async () => {
        stream.end();
        await finished(stream);
      },
    };
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet(format.sheet);
  return {
    write: async (cells) => {
      sheet.addRow(cells.map((cell) => (typeof cell === 'number' ? cell : asText(cell)))).commit();
      if (stream.writableNeedDrain) await once(stream, 'drain');
    },
    finish: async () => {
      sheet.commit();
      await workbook.commit();
    },
  };
}
