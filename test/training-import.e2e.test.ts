import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSubgraphPackage } from '@kumkm/commands/subgraph-packages';
import { trainingManifest } from '@kumkm/training';
import { EntityOwners, readImportConfig, Role, runImport, type ImportMode, type Viewer } from '@kumkm/subgraph-kit';
import { testDrivers } from '@kumkm/subgraph-kit/testing';
import { startGraphStack, type GraphStack } from './support/graph-stack';

const SHEETS = path.resolve(__dirname, '../subgraphs/training/src/training-import/sample-sheets');
const SHEET = path.join(SHEETS, 'training-ambon.csv');
const AMBON = { file: SHEET, office: 'Dinas Koperasi dan UKM Kota Ambon', regionCode: '81.71' };
const officer: Viewer = { subject: 'officer-ambon', role: Role.OFFICER, region: '81.71' };
const FOOD_SAFETY = 'Pelatihan dan Sertifikasi Keamanan Pangan UMKM Kota Ambon 2025';

describe.each(testDrivers())('importing a training recap (%s)', (driver) => {
  let stack: GraphStack;
  let owners: EntityOwners;
  const workDir = mkdtempSync(path.join(tmpdir(), 'training-import-'));
  const importSheet = (mode: ImportMode, viewer = officer, { file, office, regionCode } = AMBON, participantOwners = () => owners) =>
    runImport(stack.subgraphs.training.server.db, loadSubgraphPackage(trainingManifest).definition.importKinds.training.open(stack.subgraphs.training.server.db, participantOwners()), {
      path: file,
      fileName: path.basename(file),
      table: readImportConfig({}).table,
      scope: { office, regionCode, viewer },
      mode,
      errorsFilePath: path.join(workDir, `errors-${mode}-${Date.now()}${path.extname(file)}`),
    });
  const ownersFor = (token: string) => new EntityOwners({ Cooperative: stack.subgraphs.cooperatives.server.url, UmkmActor: stack.subgraphs.umkm.server.url }, 5000, `Bearer ${token}`);
  const count = async (table: string) => Number((await stack.sql('training', `SELECT COUNT(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    stack = await startGraphStack({ driver });
    // Participants are asked of their own subgraphs with the importing user's token.
    owners = ownersFor(await stack.tokenFor(Role.OFFICER, '81.71'));
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

  it('reads a recap workbook\'s participant sheet when no sheet is named, with dates, waves and NIBs as Excel keeps them', async () => {
    const jakartaUtara: Viewer = { subject: 'officer-jakut', role: Role.OFFICER, region: '31.72' };
    const jakutOwners = ownersFor(await stack.tokenFor(Role.OFFICER, '31.72'));
    const recap = { file: path.join(SHEETS, 'training-jakarta-utara.xlsx'), office: 'Suku Dinas PPKUKM Jakarta Utara', regionCode: '31.72' };
    const outcome = await importSheet('VALID_ROWS_ONLY', jakartaUtara, recap, () => jakutOwners);
    expect(outcome.file.format).toEqual({ kind: 'xlsx', sheet: 'Peserta' });
    expect(outcome.report.summaryLine()).toBe('5 rows: 4 valid, 1 invalid');
    expect(outcome.report.issues.map((issue) => [issue.line, issue.column, issue.code, issue.message])).toEqual([
      [8, 'NIK Koperasi', 'UNKNOWN_REFERENCE', 'No cooperative has NIK 3172202500000999'],
    ]);
    expect(outcome.written).toEqual({ created: 4, updated: 0, unchanged: 0 });

    const response = await stack.query<{ kkmp: { trainings: unknown[] }; actor: { trainings: unknown[] } }>(`{
      kkmp: cooperativeByNik(nik: "3172202500000900") { trainings { status attendeeRole wave { number heldOn } program { title kind startsOn endsOn venue topics region { code } } } }
      actor: umkmActorByNib(nib: "3172000000001") { trainings { status attendeeRole wave { number heldOn } program { title } } }
    }`);
    expect(response.body.errors).toBeUndefined();
    const program = {
      title: 'Bimtek Penyusunan Proposal Usaha KKMP Jakarta Utara 2026',
      kind: 'TRAINING',
      startsOn: '2026-10-06',
      endsOn: '2026-10-07',
      venue: 'Kantor Wali Kota Jakarta Utara',
      topics: ['Proposal usaha', 'Permodalan'],
      region: { code: '31.72' },
    };
    const imported = (response.body.data?.kkmp.trainings as Array<{ program: { title: string } }>).filter((training) => training.program.title === program.title);
    // The chair (Ketua) attends for the board (pengurus), the supervisor for the pengawas: two enrollments.
    expect(imported).toHaveLength(2);
    expect(imported).toEqual(
      expect.arrayContaining([
        { status: 'ATTENDED', attendeeRole: 'PENGURUS', wave: { number: 1, heldOn: '2026-10-06' }, program },
        { status: 'COMPLETED', attendeeRole: 'PENGAWAS', wave: { number: 1, heldOn: '2026-10-06' }, program },
      ]),
    );
    expect(response.body.data?.actor.trainings).toContainEqual({ status: 'COMPLETED', attendeeRole: 'OWNER', wave: { number: 2, heldOn: '2026-10-07' }, program: { title: program.title } });

    const again = await importSheet('VALID_ROWS_ONLY', jakartaUtara, recap, () => jakutOwners);
    expect(again.written).toEqual({ created: 0, updated: 0, unchanged: 4 });
  });
});
