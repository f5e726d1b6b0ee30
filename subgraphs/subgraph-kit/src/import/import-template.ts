import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { ImportColumn } from './column-headers';

/**
 * A blank sheet an office fills in: the template's Indonesian headers (required ones first, as
 * the columns list them) and one example row. CSV with `;` (as Indonesian Excel writes it, UTF-8
 * with a BOM so that Excel reads the accents) or XLSX, chosen by the file's extension.
 */
export async function writeImportTemplate<Key extends string>(file: string, columns: readonly ImportColumn<Key>[], example: Partial<Record<Key, string>>): Promise<void> {
  const header = columns.map((column) => column.header);
  const row = columns.map((column) => example[column.key] ?? '');
  if (file.toLowerCase().endsWith('.xlsx')) {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    sheet.addRow(header).font = { bold: true };
    sheet.addRow(row);
    // Every cell is text: Excel must not turn a NIB into 8.17E+12 or drop a code's leading zero.
    columns.forEach((_, index) => (sheet.getColumn(index + 1).numFmt = '@'));
    await workbook.xlsx.writeFile(file);
    return;
  }
  const out = createWriteStream(file);
  out.end(`\uFEFF${Papa.unparse([header, row], { delimiter: ';', newline: '\r\n' })}\r\n`);
  await once(out, 'finish');
}
