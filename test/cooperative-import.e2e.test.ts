import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { loadSubgraphPackage } from '@kumkm/commands/subgraph-packages';
import { cooperativesManifest } from '@kumkm/cooperatives';
import { EntityOwners, readImportConfig, Role, runImport, type ImportMode, type Viewer } from '@kumkm/subgraph-kit';
import { testDrivers } from '@kumkm/subgraph-kit/testing';
import { startGraphStack, type GraphStack } from './support/graph-stack';

const SHEETS = path.resolve(__dirname, '../subgraphs/cooperatives/src/cooperative-import/sample-sheets');
const SHEET = path.join(SHEETS, 'cooperatives-ambon.csv');
const AMBON = { file: SHEET, office: 'Dinas Koperasi dan UKM Kota Ambon', regionCode: '81.71' };
const officer: Viewer = { subject: 'officer-ambon', role: Role.OFFICER, region: '81.71' };

describe.each(testDrivers())('importing a cooperative register (%s)', (driver) => {
  let stack: GraphStack;
  const workDir = mkdtempSync(path.join(tmpdir(), 'cooperative-import-'));
  const importSheet = (mode: ImportMode, viewer = officer, { file, office, regionCode } = AMBON) =>
    runImport(stack.subgraphs.cooperatives.server.db, loadSubgraphPackage(cooperativesManifest).definition.importKinds.cooperatives.open(stack.subgraphs.cooperatives.server.db, new EntityOwners({})), {
      path: file,
      fileName: path.basename(file),
      table: readImportConfig({}).table,
      scope: { office, regionCode, viewer },
      mode,
      errorsFilePath: path.join(workDir, `errors-${mode}${path.extname(file)}`),
    });
  const cooperativeCount = async () => Number((await stack.sql('cooperatives', 'SELECT COUNT(*) AS n FROM cooperatives'))[0].n);

  beforeAll(async () => {
    stack = await startGraphStack({ driver });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('reports every invalid row with a stable code, and writes nothing on a dry run', async () => {
    const before = await cooperativeCount();
    const outcome = await importSheet('DRY_RUN');
    expect(outcome.report.summaryLine()).toBe('8 rows: 3 valid, 5 invalid');
    expect(outcome.report.issues.map((issue) => [issue.line, issue.column, issue.code])).toEqual([
      [8, 'Jenis Koperasi', 'INVALID_VALUE'],
      [9, 'No. Badan Hukum', 'DUPLICATE_KEY'],
      [10, 'Tahun RAT Terakhir', 'OUT_OF_RANGE'],
      [10, 'Nomor Induk Koperasi (NIK)', 'INVALID_VALUE'],
      [11, 'No. Badan Hukum', 'DUPLICATE_KEY'],
      [12, 'Jumlah Anggota', 'REQUIRED'],
      [12, 'Masa Bakti', 'REQUIRED'],
    ]);
    expect(readFileSync(outcome.errorsFilePath!, 'utf8').trim().split('\r\n')).toHaveLength(1 + 5);
    expect(await cooperativeCount()).toBe(before);
  });

  it('creates new cooperatives, updates a registered one by NIK, and changes nothing the second time', async () => {
    const before = await cooperativeCount();
    const first = await importSheet('VALID_ROWS_ONLY');
    expect(first.written).toEqual({ created: 2, updated: 1, unchanged: 0 });
    expect(await cooperativeCount()).toBe(before + 2);

    const response = await stack.query<{ galala: Record<string, unknown>; kudamati: Record<string, unknown>; poka: Record<string, unknown> }>(`{
      galala: cooperativeByNik(nik: "8171202500000101") { name type pattern status memberCount lastAnnualMeetingYear assets establishedOn region { code } provenance { importedFrom { row importedBy } }
        officers { fullName position body termStartYear termEndYear } }
      kudamati: cooperativeByNik(nik: "8171199900000004") { memberCount lastAnnualMeetingYear provenance { importedFrom { row } } }
      poka: cooperativeByLegalEntityNumber(legalEntityNumber: "102/BH/XXVI/2025") { nik type pattern status region { code } }
    }`);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toEqual({
      galala: {
        name: 'Koperasi Konsumen Nelayan Galala',
        type: 'KONSUMEN',
        pattern: 'KONVENSIONAL',
        status: 'ACTIVE',
        memberCount: 1043,
        lastAnnualMeetingYear: 2025,
        assets: '1250000000',
        establishedOn: '2025-02-05',
        region: { code: '81.71.02.2002' },
        provenance: { importedFrom: { row: 5, importedBy: 'officer-ambon' } },
        officers: [
          { fullName: 'La Ode Abdullah', position: 'KETUA', body: 'PENGURUS', termStartYear: 2025, termEndYear: 2029 },
          { fullName: 'Maria Sopacua', position: 'SEKRETARIS', body: 'PENGURUS', termStartYear: 2025, termEndYear: 2029 },
          { fullName: 'Yance Pattiasina', position: 'BENDAHARA', body: 'PENGURUS', termStartYear: 2025, termEndYear: 2029 },
          { fullName: 'Hj. Nurlela Tuasikal', position: 'PENGAWAS', body: 'PENGAWAS', termStartYear: 2025, termEndYear: 2029 },
          { fullName: 'Johanis Leiwakabessy, S.E.', position: 'PENGAWAS', body: 'PENGAWAS', termStartYear: 2025, termEndYear: 2029 },
        ],
      },
      kudamati: { memberCount: 250, lastAnnualMeetingYear: 2024, provenance: { importedFrom: { row: 6 } } },
      poka: { nik: null, type: 'JASA', pattern: 'SYARIAH', status: 'INACTIVE', region: { code: '81.71.04.2002' } },
    });

    const officerCount = async () => Number((await stack.sql('cooperatives', 'SELECT COUNT(*) AS n FROM cooperative_officers'))[0].n);
    const officers = await officerCount();
    const second = await importSheet('VALID_ROWS_ONLY');
    expect(second.written).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(await officerCount()).toBe(officers);

    // A board that lacks an officer the register names gains them, and only that row counts as updated.
    await stack.sql('cooperatives', "DELETE FROM cooperative_officers WHERE fullName = 'Ferdinand Tahapary'");
    const third = await importSheet('VALID_ROWS_ONLY');
    expect(third.written).toEqual({ created: 0, updated: 1, unchanged: 2 });
    expect(await officerCount()).toBe(officers);
  });

  it('refuses, row by row, what an officer of another region may not write', async () => {
    const outcome = await importSheet('DRY_RUN', { subject: 'officer-nusaniwe', role: Role.OFFICER, region: '81.71.01' });
    // Of the rows that read, Galala (lines 5 and 9) and Poka (line 7) lie outside Nusaniwe; Kudamati (line 6) inside.
    expect(outcome.report.issues.filter((issue) => issue.code === 'FORBIDDEN_REGION').map((issue) => issue.line)).toEqual([5, 7, 9]);
    expect(outcome.report.valid).toBe(1);
  });

  it('reads a workbook\'s data sheet when no sheet is named, past an instructions sheet, with numbers and dates as Excel keeps them', async () => {
    const tangsel: Viewer = { subject: 'officer-tangsel', role: Role.OFFICER, region: '36.74' };
    const outcome = await importSheet('VALID_ROWS_ONLY', tangsel, { file: path.join(SHEETS, 'cooperatives-tangsel.xlsx'), office: 'Dinas Koperasi dan UKM Kota Tangerang Selatan', regionCode: '36.74' });
    expect(outcome.file.format).toEqual({ kind: 'xlsx', sheet: 'Data Koperasi' });
    expect(outcome.report.summaryLine()).toBe('4 rows: 2 valid, 2 invalid');
    expect(outcome.report.issues.map((issue) => [issue.line, issue.column, issue.code])).toEqual([
      [7, 'Kelurahan', 'UNKNOWN_REGION'],
      [8, 'Jenis Koperasi', 'INVALID_VALUE'],
    ]);
    expect(outcome.written).toEqual({ created: 2, updated: 0, unchanged: 0 });
    // The errors file is a workbook too, with the header and the two invalid rows.
    const errors = new ExcelJS.Workbook();
    await errors.xlsx.readFile(outcome.errorsFilePath!);
    expect(errors.worksheets[0].actualRowCount).toBe(1 + 2);

    const response = await stack.query<{ ciater: Record<string, unknown>; pamulang: Record<string, unknown> }>(`{
      ciater: cooperativeByNik(nik: "3674202600000501") { name type status memberCount lastAnnualMeetingYear assets businessVolume establishedOn region { code } provenance { office importedFrom { fileName row } } }
      pamulang: cooperativeByLegalEntityNumber(legalEntityNumber: "502/BH/XI.4/2026") { nik type pattern assets establishedOn region { code } }
    }`);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toEqual({
      ciater: {
        name: 'Koperasi Jasa Ciater Mandiri',
        type: 'JASA',
        status: 'ACTIVE',
        memberCount: 120,
        lastAnnualMeetingYear: 2026,
        assets: '350000000',
        businessVolume: '1250000000',
        establishedOn: '2026-01-20',
        region: { code: '36.74.01.1001' },
        provenance: { office: 'Dinas Koperasi dan UKM Kota Tangerang Selatan', importedFrom: { fileName: 'cooperatives-tangsel.xlsx', row: 5 } },
      },
      pamulang: { nik: null, type: 'SIMPAN_PINJAM', pattern: 'SYARIAH', assets: '75000000', establishedOn: '2026-03-02', region: { code: '36.74.06.1001' } },
    });
  });
});
