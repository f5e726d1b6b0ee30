import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSubgraphPackage } from '@kumkm/commands/subgraph-packages';
import { umkmManifest } from '@kumkm/umkm';
import {
  EntityOwners,
  fileSha256,
  invalidateGatewaySummaries,
  readImportConfig,
  Role,
  runImport,
  type ImportKind,
  type ImportMode,
  type ImportScope,
  type Viewer,
} from '@kumkm/subgraph-kit';
import { testDrivers } from '@kumkm/subgraph-kit/testing';
import { startGraphStack, type GraphStack } from './support/graph-stack';

const SHEETS = path.resolve(__dirname, '../subgraphs/umkm/src/umkm-import/sample-sheets');
const AMBON_CSV = path.join(SHEETS, 'umkm-ambon.csv');
const TANGSEL_XLSX = path.join(SHEETS, 'umkm-tangsel.xlsx');
const AMBON_OFFICE = 'Dinas Koperasi dan UKM Kota Ambon';
const admin: Viewer = { subject: 'admin-ambon', role: Role.ADMIN };

describe.each(testDrivers())('importing UMKM registers (%s)', (driver) => {
  let stack: GraphStack;
  let owners: EntityOwners;
  const workDir = mkdtempSync(path.join(tmpdir(), 'umkm-import-'));
  const umkmKind = () => loadSubgraphPackage(umkmManifest).definition.importKinds.umkm.open(stack.subgraphs.umkm.server.db, owners);
  const actorCount = async () => Number((await stack.sql('umkm', 'SELECT COUNT(*) AS n FROM umkm_actors'))[0].n);
  const importFile = (file: string, mode: ImportMode, scope: Partial<ImportScope> = {}, extra: { sheet?: string; kind?: ImportKind<string, unknown>; batchSize?: number } = {}) =>
    runImport(stack.subgraphs.umkm.server.db, extra.kind ?? umkmKind(), {
      path: file,
      fileName: path.basename(file),
      table: { ...readImportConfig({}).table, sheet: extra.sheet },
      scope: { office: AMBON_OFFICE, regionCode: '81.71', viewer: admin, ...scope },
      mode,
      errorsFilePath: path.join(workDir, `errors-${Date.now()}${path.extname(file)}`),
      batchSize: extra.batchSize,
    });

  beforeAll(async () => {
    stack = await startGraphStack({ driver, summaryCache: { ttlSeconds: 600, maxEntries: 100 } });
    owners = new EntityOwners({ Cooperative: stack.subgraphs.cooperatives.server.url }, 5000, `Bearer ${stack.adminToken}`);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('reports a dry run row by row, writes an errors file with formulas neutralised, and writes nothing', async () => {
    const before = await actorCount();
    const outcome = await importFile(AMBON_CSV, 'DRY_RUN');
    expect(outcome.status).toBe('VALIDATED');
    expect(outcome.report.summaryLine()).toBe('14 rows: 5 valid, 9 invalid');
    expect(outcome.file.format).toEqual({ kind: 'csv', encoding: 'utf-8', delimiter: ';' });
    const codes = outcome.report.issues.map((issue) => [issue.line, issue.column, issue.code]);
    expect(codes).toEqual([
      [10, 'NIB', 'DUPLICATE_KEY'],
      [11, 'Omzet per Tahun (Rp)', 'OUT_OF_RANGE'],
      [12, 'Kelurahan/Desa', 'AMBIGUOUS_REGION'],
      [13, 'Kelurahan/Desa', 'UNKNOWN_REGION'],
      [14, 'Kode Wilayah', 'FORBIDDEN_REGION'],
      [15, 'Omzet per Tahun (Rp)', 'OUT_OF_RANGE'],
      [15, 'NIB', 'INVALID_VALUE'],
      [16, 'NIK Koperasi', 'UNKNOWN_REFERENCE'],
      [17, 'Jumlah Tenaga Kerja', 'INVALID_VALUE'],
      [18, 'Tgl Sertifikat Halal', 'INVALID_VALUE'],
    ]);
    expect(outcome.report.issues.find((issue) => issue.code === 'AMBIGUOUS_REGION')!.message).toContain('81.71.01.1006');
    expect(await actorCount()).toBe(before);

    const errors = readFileSync(outcome.errorsFilePath!, 'utf8');
    const lines = errors.trim().split('\r\n');
    expect(lines).toHaveLength(1 + 9);
    expect(lines[0]).toContain('"Kesalahan (errors)"');
    expect(errors).toContain(`"'=HYPERLINK(""http://contoh.invalid"",""Klik"")"`);
    expect(errors).not.toMatch(/;"=HYPERLINK/);
  });

  it('writes nothing when all or nothing is asked and a row is invalid', async () => {
    const before = await actorCount();
    const outcome = await importFile(AMBON_CSV, 'ALL_OR_NOTHING');
    expect(outcome.status).toBe('REFUSED');
    expect(outcome.written).toEqual({ created: 0, updated: 0, unchanged: 0 });
    expect(await actorCount()).toBe(before);
  });

  it('writes the valid rows with their provenance, and a second import of the same file changes nothing', async () => {
    const ambonTotal = async () => (await stack.query<{ region: { umkmSummary: { total: number } } }>('{ region(code: "81.71") { umkmSummary { total } } }')).body.data!.region.umkmSummary.total;
    const before = await actorCount();
    const cachedTotal = await ambonTotal();
    const first = await importFile(AMBON_CSV, 'VALID_ROWS_ONLY');
    expect(first.status).toBe('COMMITTED');
    expect(first.written).toEqual({ created: 5, updated: 0, unchanged: 0 });
    expect(await actorCount()).toBe(before + 5);
    // The import went around the gateway: its cached summary is stale until the importer says so.
    expect(await ambonTotal()).toBe(cachedTotal);
    const analyst = await stack.tokenFor(Role.ANALYST);
    expect(await invalidateGatewaySummaries(stack.gatewayBase, `Bearer ${analyst}`)).toBe('REFUSED');
    expect(await invalidateGatewaySummaries(stack.gatewayBase, `Bearer ${stack.adminToken}`)).toBe('INVALIDATED');
    expect(await ambonTotal()).toBe(cachedTotal + 5);

    const response = await stack.query<{ umkmActorByNib: Record<string, any> }>(`{
      umkmActorByNib(nib: "8171250000101") { businessName ownerName annualSales employees sector kbliCode scale isWomanOwned
        halalCertification { number certifiedOn } region { code } cooperative { name }
        provenance { office source importedFrom { fileName sha256 row importedBy } } }
    }`);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.umkmActorByNib).toEqual({
      businessName: 'Toko Roti Sagu Mama Ina',
      ownerName: 'Ina Latuconsina',
      annualSales: '350000000',
      employees: 4,
      sector: 'C',
      kbliCode: '10792',
      scale: 'MIKRO',
      isWomanOwned: true,
      halalCertification: { number: 'ID81110000123450823', certifiedOn: '2023-03-12' },
      region: { code: '81.71.02.2003' },
      cooperative: { name: 'Koperasi Produsen Cahaya Nusaniwe' },
      provenance: {
        office: AMBON_OFFICE,
        source: 'Import of umkm-ambon.csv',
        importedFrom: { fileName: 'umkm-ambon.csv', sha256: await fileSha256(AMBON_CSV), row: 5, importedBy: 'admin-ambon' },
      },
    });
    const formula = await stack.sql('umkm', "SELECT businessName FROM umkm_actors WHERE nib = '8171250000105'");
    expect(formula[0].businessName).toBe('=HYPERLINK("http://contoh.invalid","Klik")');

    const stamps = await stack.sql('umkm', "SELECT nib, updatedAt FROM umkm_actors WHERE nib LIKE '81712500001%' ORDER BY nib");
    const second = await importFile(AMBON_CSV, 'VALID_ROWS_ONLY');
    expect(second.written).toEqual({ created: 0, updated: 0, unchanged: 5 });
    expect(await stack.sql('umkm', "SELECT nib, updatedAt FROM umkm_actors WHERE nib LIKE '81712500001%' ORDER BY nib")).toEqual(stamps);
  });

  it('reads an office\'s XLSX by sheet name, keeping a formula as text', async () => {
    const tangsel: Viewer = { subject: 'officer-tangsel', role: Role.OFFICER, region: '36.74' };
    const outcome = await importFile(TANGSEL_XLSX, 'VALID_ROWS_ONLY', { office: 'Dinas Koperasi dan UKM Kota Tangerang Selatan', regionCode: '36.74', viewer: tangsel }, { sheet: 'Data UMKM' });
    expect(outcome.report.summaryLine()).toBe('6 rows: 4 valid, 2 invalid');
    expect(outcome.report.issues.map((issue) => [issue.line, issue.code])).toEqual([
      [10, 'INVALID_VALUE'],
      [11, 'UNKNOWN_REGION'],
    ]);
    expect(outcome.written.created).toBe(4);
    const rows = await stack.sql('umkm', "SELECT nib, businessName FROM umkm_actors WHERE nib IN ('3674250000001', '3674250000004') ORDER BY nib");
    expect(rows.map((row) => row.businessName)).toEqual(['Kue Bolu Pandan Ciater', '=HYPERLINK("http://contoh.invalid","Klik di sini")']);
    const kueBolu = await stack.query<{ umkmActorByNib: Record<string, any> }>('{ umkmActorByNib(nib: "3674250000001") { halalCertification { certifiedOn } cooperative { nik } } }');
    expect(kueBolu.body.data!.umkmActorByNib).toEqual({ halalCertification: { certifiedOn: '2023-09-04' }, cooperative: { nik: '3674202300000001' } });
  });

  it('lets an officer write only inside its region, row by row, and refuses analysts and coordinators', async () => {
    const sirimau: Viewer = { subject: 'officer-sirimau', role: Role.OFFICER, region: '81.71.02' };
    const outcome = await importFile(AMBON_CSV, 'DRY_RUN', { viewer: sirimau });
    const forbidden = outcome.report.issues.filter((issue) => issue.code === 'FORBIDDEN_REGION').map((issue) => issue.line);
    // Batu Merah, Honipopu, Galala and Rijali lie in Sirimau (81.71.02); Poka (line 8) lies in
    // Teluk Ambon, Waiheru (line 16) in Baguala, and line 14 in Tangerang Selatan.
    expect(forbidden).toEqual([8, 14, 16]);
    for (const role of [Role.ANALYST, Role.COORDINATOR]) {
      await expect(importFile(AMBON_CSV, 'DRY_RUN', { viewer: { subject: 'reader', role, region: '81' } })).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    }
  });

  it('keeps the batches written before a failure, and an import of the same file resumes', async () => {
    const file = path.join(SHEETS, 'umkm-ambon.csv');
    await stack.sql('umkm', "DELETE FROM umkm_actors WHERE nib LIKE '81712500001%'");
    const kind = umkmKind();
    let batches = 0;
    const failing = {
      ...kind,
      commit: async (...args: Parameters<typeof kind.commit>) => {
        batches += 1;
        if (batches === 2) throw new Error('connection lost');
        return kind.commit(...args);
      },
    };
    const stopped = await importFile(file, 'VALID_ROWS_ONLY', {}, { kind: failing, batchSize: 2 });
    expect(stopped.status).toBe('FAILED');
    expect(stopped.failure).toContain('connection lost');
    expect(stopped.written.created).toBe(2);
    expect(Number((await stack.sql('umkm', "SELECT COUNT(*) AS n FROM umkm_actors WHERE nib LIKE '81712500001%'"))[0].n)).toBe(2);

    const resumed = await importFile(file, 'VALID_ROWS_ONLY', {}, { batchSize: 2 });
    expect(resumed.status).toBe('COMMITTED');
    expect(resumed.written).toEqual({ created: 3, updated: 0, unchanged: 2 });
  });
});
