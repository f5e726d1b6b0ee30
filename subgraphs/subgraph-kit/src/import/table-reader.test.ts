import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parseCountCell, parseRupiahCell } from './cell-values';
import type { ImportColumn } from './column-headers';
import { ImportFileError } from './import-file-error';
import { ImportReport } from './import-report';
import { sheetRows, type SheetRow } from './sheet-rows';
import { openTable, type TableOptions } from './table-reader';
import { zipWith } from '../testing/zip-archive';

const SAMPLES = path.join(__dirname, 'sample-sheets');
const LIMITS: TableOptions = { maxFileBytes: 10 * 2 ** 20, maxUncompressedBytes: 50 * 2 ** 20, maxRatio: 200 };

type Key = 'nib' | 'businessName' | 'annualSales' | 'employees' | 'village' | 'district' | 'halalCertifiedOn';
const COLUMNS: ImportColumn<Key>[] = [
  { key: 'nib', header: 'NIB', aliases: ['Nomor Induk Berusaha'], required: true },
  { key: 'businessName', header: 'Nama Usaha', required: true },
  { key: 'annualSales', header: 'Omzet per Tahun (Rp)', aliases: ['Omzet', 'Omzet (Rp)'], required: true },
  { key: 'employees', header: 'Jumlah Tenaga Kerja', aliases: ['Tenaga Kerja'] },
  { key: 'village', header: 'Kelurahan/Desa', aliases: ['Kelurahan', 'Desa'] },
  { key: 'district', header: 'Kecamatan' },
  { key: 'halalCertifiedOn', header: 'Tanggal Sertifikat Halal', aliases: ['Tgl Sertifikat Halal'] },
];

interface Read {
  line: number;
  nib: string;
  name: string;
  sales?: string;
  employees?: number;
  issues: string[];
}

async function readSample(file: string, sheet?: string) {
  const table = await openTable(file.includes('/') ? file : path.join(SAMPLES, file), { ...LIMITS, sheet });
  const report = new ImportReport();
  const rows: Read[] = [];
  for await (const row of sheetRows(table.rows, COLUMNS) as AsyncIterable<SheetRow<Key>>) {
    const read: Read = {
      line: row.line,
      nib: row.text('nib'),
      name: row.text('businessName'),
      sales: row.required('annualSales', 'Omzet', parseRupiahCell),
      employees: row.optional('employees', (text) => parseCountCell(text)),
      issues: [],
    };
    read.issues = row.issues.map((issue) => `${issue.line} ${issue.column} ${issue.code}`);
    report.record(row.issues);
    rows.push(read);
  }
  return { format: table.format, rows, summary: report.summaryLine() };
}

async function refusal(file: string): Promise<string> {
  try {
    await readSample(file);
  } catch (error) {
    return (error as ImportFileError).code;
  }
  return 'read';
}

describe('reading an office\'s sheet', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), 'kumkm-sheets-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a CSV saved by Indonesian Excel: BOM, `;`, title rows, Rp amounts, thousand dots, trailing empty rows', async () => {
    const { format, rows, summary } = await readSample('umkm-ambon-excel-id.csv');
    expect(format).toEqual({ kind: 'csv', encoding: 'utf-8', delimiter: ';' });
    expect(rows.map(({ line, nib, name, sales, employees }) => ({ line, nib, name, sales, employees }))).toEqual([
      { line: 5, nib: '8171000000001', name: 'Toko Roti Sagu Mama Ina', sales: '350000000', employees: 4 },
      { line: 6, nib: '8171000000002', name: 'Ikan Asap; Kenari', sales: '1250000000', employees: 1043 },
      { line: 7, nib: '8171000000003', name: '=HYPERLINK("http://contoh.test","klik")', sales: undefined, employees: 2 },
    ]);
    expect(rows[2].issues).toEqual(['7 Omzet per Tahun (Rp) OUT_OF_RANGE']);
    expect(summary).toBe('3 rows: 2 valid, 1 invalid');
  });

  it('reads a Windows-1252 CSV with `,` and other headers for the same columns', async () => {
    const { format, rows, summary } = await readSample('umkm-windows-1252.csv');
    expect(format).toEqual({ kind: 'csv', encoding: 'windows-1252', delimiter: ',' });
    expect(rows.map((row) => [row.line, row.name, row.sales])).toEqual([
      [2, 'Café Nona Manis', '120000000'],
      [3, 'Kopi Tiam Sirimau', '90000000'],
    ]);
    expect(summary).toBe('2 rows: 2 valid, 0 invalid');
  });

  it('reads an XLSX by sheet name, dates and formulas as text, never evaluated', async () => {
    const { format, rows, summary } = await readSample('umkm-tangsel.xlsx', 'Data UMKM');
    expect(format).toEqual({ kind: 'xlsx', sheet: 'Data UMKM' });
    expect(rows.map((row) => [row.line, row.nib, row.name, row.sales, row.employees])).toEqual([
      [4, '3674000000901', 'Kerupuk Kulit Bu Sri', '350000000', 5],
      [5, '3674000000902', '=HYPERLINK("http://contoh.test","klik")', '1250000000', 12],
    ]);
    expect(summary).toBe('2 rows: 2 valid, 0 invalid');
  });

  it('reads the first sheet with a header when none is named, passing over an instructions sheet', async () => {
    const named = await readSample('umkm-tangsel.xlsx', 'Data UMKM');
    const first = await readSample('umkm-tangsel.xlsx');
    expect(first.rows).toEqual(named.rows);
    expect(first.summary).toBe('2 rows: 2 valid, 0 invalid');
  });

  it('refuses a workbook none of whose sheets has a header, naming the sheets and the headers expected', async () => {
    const file = path.join(dir, 'tanpa-header.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Petunjuk').addRows([['Isi data pada lembar berikut'], ['Kolom wajib: NIB, Nama Usaha, Omzet']]);
    workbook.addWorksheet('Rekap').addRows([['DATA UMKM'], ['No', 'NIB', 'Nama Usaha'], [1, '3674000000901', 'Toko']]);
    await workbook.xlsx.writeFile(file);
    const error = await readSample(file).catch((caught: ImportFileError) => caught);
    expect((error as ImportFileError).code).toBe('NO_HEADER');
    expect((error as ImportFileError).message).toContain('in the first 20 rows of sheets "Petunjuk", "Rekap"; expected headers: required "NIB", "Nama Usaha", "Omzet per Tahun (Rp)"');
    expect((error as ImportFileError).message).toMatch(/; line 2 of sheet "Rekap" comes closest but has no "Omzet per Tahun \(Rp\)"$/);
  });

  it('names the required columns the closest row lacks', async () => {
    const file = path.join(dir, 'almost-a-header.csv');
    writeFileSync(file, 'DATA UMKM\r\nNo;NIB;Nama Usaha;Omset/Tahun;Desa\r\n1;8171000000001;Toko;1000;Soya\r\n');
    const error = await readSample(file).catch((caught: ImportFileError) => caught);
    expect((error as ImportFileError).code).toBe('NO_HEADER');
    expect((error as ImportFileError).message).toMatch(/; line 2 comes closest but has no "Omzet per Tahun \(Rp\)"$/);
  });

  it('refuses a renamed binary, a file over the size limit and an unknown sheet', async () => {
    expect(await refusal('not-a-sheet.csv')).toBe('NOT_A_TABLE');
    const large = path.join(dir, 'large.csv');
    writeFileSync(large, 'NIB;Nama Usaha;Omzet\n'.padEnd(LIMITS.maxFileBytes + 1, 'x'));
    expect(await refusal(large)).toBe('TOO_LARGE');
    expect(await readSample('umkm-tangsel.xlsx', 'Sheet9').catch((error: ImportFileError) => error.code)).toBe('NO_SUCH_SHEET');
  });

  it('refuses a zip bomb disguised as XLSX by its ratio, and a workbook by its uncompressed size', async () => {
    const bomb = path.join(dir, 'laporan.xlsx');
    writeFileSync(bomb, zipWith('xl/worksheets/sheet1.xml', Buffer.alloc(20 * 2 ** 20)));
    expect(await refusal(bomb)).toBe('UNSAFE_ARCHIVE');
    const big = path.join(dir, 'besar.xlsx');
    writeFileSync(big, zipWith('xl/worksheets/sheet1.xml', randomBytes(2 * 2 ** 20)));
    const refused = await openTable(big, { ...LIMITS, maxUncompressedBytes: 2 ** 20 }).catch((error: ImportFileError) => error);
    expect((refused as ImportFileError).code).toBe('UNSAFE_ARCHIVE');
    expect((refused as ImportFileError).message).toContain('expands to more than 1048576 bytes');
  });
});
