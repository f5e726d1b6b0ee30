import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSubgraphPackage } from '@kumkm/commands/subgraph-packages';
import { trainingManifest } from '@kumkm/training';
import { EntityOwners, readImportConfig, Role, runImport, type ImportMode, type Viewer } from '@kumkm/subgraph-kit';
import { testDrivers } from '@kumkm/subgraph-kit/testing';
import { startGraphStack, type GraphStack } from './support/graph-stack';

const SHEET = path.resolve(__dirname, '../subgraphs/training/src/training-import/sample-sheets/training-ambon.csv');
const officer: Viewer = { subject: 'officer-ambon', role: Role.OFFICER, region: '81.71' };
const FOOD_SAFETY = 'Pelatihan dan Sertifikasi Keamanan Pangan UMKM Kota Ambon 2025';

describe.each(testDrivers())('importing a training recap (%s)', (driver) => {
  let stack: GraphStack;
  let owners: EntityOwners;
  const workDir = mkdtempSync(path.join(tmpdir(), 'training-import-'));
  const importSheet = (mode: ImportMode, viewer = officer) =>
    runImport(stack.subgraphs.training.server.db, loadSubgraphPackage(trainingManifest).definition.importKinds.training.open(stack.subgraphs.training.server.db, owners), {
      path: SHEET,
      fileName: 'training-ambon.csv',
      table: readImportConfig({}).table,
      scope: { office: 'Dinas Koperasi dan UKM Kota Ambon', regionCode: '81.71', viewer },
      mode,
      errorsFilePath: path.join(workDir, `errors-${mode}-${Date.now()}.csv`),
    });
  const count = async (table: string) => Number((await stack.sql('training', `SELECT COUNT(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    stack = await startGraphStack({ driver });
    // Participants are asked of their own subgraphs with the importing user's token.
    const token = await stack.tokenFor(Role.OFFICER, '81.71');
    owners = new EntityOwners({ Cooperative: stack.subgraphs.cooperatives.server.url, UmkmActor: stack.subgraphs.umkm.server.url }, 5000, `Bearer ${token}`);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('reports every invalid row of a recap with a stable code, and writes nothing on a dry run', async () => {
    const before = [await count('training_programs'), await count('enrollments')];
    const outcome = await importSheet('DRY_RUN');
    expect(outcome.report.summaryLine()).toBe('15 rows: 5 valid, 10 invalid');
    expect(outcome.report.issues.map((issue) => [issue.line, issue.column, issue.code])).toEqual([
      [10, 'NIB', 'DUPLICATE_KEY'],
      [11, 'NIB', 'UNKNOWN_REFERENCE'],
      [12, 'Peran', 'INVALID_VALUE'],
      [13, 'Tanggal Selesai', 'INVALID_VALUE'],
      [14, 'Status', 'INVALID_VALUE'],
      [15, 'NIB', 'REQUIRED'],
      [16, 'NIB', 'INVALID_VALUE'],
      [17, 'Tanggal Gelombang', 'INVALID_VALUE'],
      [18, 'No. Sertifikat', 'DUPLICATE_KEY'],
      [19, 'Jenis Kegiatan', 'INVALID_VALUE'],
    ]);
    const messages = Object.fromEntries(outcome.report.issues.map((issue) => [issue.line, issue.message]));
    expect(messages[10]).toBe('The same value is on line 5 of this file');
    expect(messages[11]).toBe('No business actor has NIB 8171999999999');
    expect(messages[13]).toBe('Line 8 gives this programme\'s last day as "2025-09-20": make the rows agree');
    expect(messages[17]).toBe('Line 5 gives wave 1 the date 2025-08-12');
    expect(readFileSync(outcome.errorsFilePath!, 'utf8').trim().split('\r\n')).toHaveLength(1 + 10);
    expect([await count('training_programs'), await count('enrollments')]).toEqual(before);
  });

  it('creates the programmes, their waves and the enrollments, and changes nothing the second time', async () => {
    const before = [await count('training_programs'), await count('training_waves'), await count('enrollments')];
    const first = await importSheet('VALID_ROWS_ONLY');
    expect(first.status).toBe('COMMITTED');
    expect(first.written).toEqual({ created: 5, updated: 0, unchanged: 0 });
    expect([await count('training_programs'), await count('training_waves'), await count('enrollments')]).toEqual([before[0] + 2, before[1] + 2, before[2] + 5]);

    const response = await stack.query<{ certified: { trainings: unknown[] }; board: { trainings: unknown[] } }>(`{
      certified: umkmActorByNib(nib: "8171000000001") { trainings { status certificateNumber certifiedOn wave { number heldOn } program { title kind organizer endsOn topics audience region { code } provenance { importedFrom { row importedBy } } } } }
      board: cooperativeByNik(nik: "8171199100000028") { trainings { status attendeeRole wave { number } program { title venue } } }
    }`);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.certified.trainings).toContainEqual({
      status: 'CERTIFIED',
      certificateNumber: 'SKP/AMB/2025/0001',
      certifiedOn: '2025-08-13',
      wave: { number: 1, heldOn: '2025-08-12' },
      program: {
        title: FOOD_SAFETY,
        kind: 'CERTIFICATION',
        organizer: 'Dinas Koperasi dan UKM Kota Ambon',
        endsOn: '2025-08-13',
        topics: ['Keamanan pangan', 'Pengemasan'],
        audience: 'Peserta sesuai daftar hadir',
        region: { code: '81.71' },
        provenance: { importedFrom: { row: 5, importedBy: 'officer-ambon' } },
      },
    });
    expect(response.body.data?.board.trainings).toEqual([
      { status: 'REGISTERED', attendeeRole: 'PENGAWAS', wave: null, program: { title: 'Bimtek Tata Kelola Koperasi 2025', venue: 'Hotel Santika Ambon' } },
    ]);

    const second = await importSheet('VALID_ROWS_ONLY');
    expect(second.written).toEqual({ created: 0, updated: 0, unchanged: 5 });
    expect([await count('training_programs'), await count('training_waves'), await count('enrollments')]).toEqual([before[0] + 2, before[1] + 2, before[2] + 5]);
  });

  it('never moves an enrollment back: a recap saying "Hadir" leaves a completed participant completed', async () => {
    const imported = "programId IN (SELECT id FROM training_programs WHERE title LIKE '% 2025')";
    const statuses = async () => (await stack.sql('training', `SELECT status FROM enrollments WHERE ${imported}`)).map((row) => String(row.status)).sort();
    expect(await statuses()).toEqual(['ATTENDED', 'ATTENDED', 'CERTIFIED', 'COMPLETED', 'REGISTERED']);
    await stack.sql('training', `UPDATE enrollments SET status = 'COMPLETED' WHERE status = 'ATTENDED' AND ${imported}`);
    const again = await importSheet('VALID_ROWS_ONLY');
    expect(again.written).toEqual({ created: 0, updated: 0, unchanged: 5 });
    expect(await statuses()).toEqual(['CERTIFIED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'REGISTERED']);
  });

  it('refuses a recap of a programme held outside the officer\'s region, row by row', async () => {
    const outcome = await importSheet('DRY_RUN', { subject: 'officer-tangsel', role: Role.OFFICER, region: '36.74' });
    expect(outcome.report.valid).toBe(0);
    expect(outcome.report.issues.filter((issue) => issue.code === 'FORBIDDEN_REGION').map((issue) => issue.line)).toEqual([5, 6, 7, 8, 9, 10, 11, 18]);
  });
});
