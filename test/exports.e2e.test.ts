import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { Role } from '@kumkm/subgraph-kit';
import { testDrivers } from '@kumkm/subgraph-kit/testing';
import { startGraphStack, type GraphStack } from './support/graph-stack';

const RATE_LIMIT = 60;

describe.each(testDrivers())('listings exported as files (%s)', (driver) => {
  let stack: GraphStack;
  let analyst: string;

  const download = async (path: string, token: string | null = analyst) => {
    const response = await fetch(`${stack.gatewayBase}/exports/${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: response.status, type: response.headers.get('content-type'), disposition: response.headers.get('content-disposition'), bytes: Buffer.from(await response.arrayBuffer()) };
  };
  const csvRows = (bytes: Buffer) => Papa.parse<string[]>(bytes.toString('utf8').replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;
  const errorOf = (bytes: Buffer) => JSON.parse(bytes.toString('utf8')).errors[0].extensions.code as string;

  beforeAll(async () => {
    stack = await startGraphStack({ driver, limits: { requestsPerMinute: RATE_LIMIT } });
    analyst = await stack.tokenFor(Role.ANALYST);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('exports a filtered cooperative listing as CSV for Excel: BOM, ";", Indonesian headers, every row the API has', async () => {
    const file = await download('cooperatives.csv?region=36.74&type=SIMPAN_PINJAM&status=ACTIVE');
    expect(file.status).toBe(200);
    expect(file.type).toBe('text/csv; charset=utf-8');
    expect(file.disposition).toMatch(/^attachment; filename="?cooperatives-36\.74-\d{4}-\d{2}-\d{2}\.csv"?$/);
    expect(file.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...rows] = csvRows(file.bytes);
    expect(header.slice(0, 4)).toEqual(['Nomor Induk Koperasi (NIK)', 'No. Badan Hukum', 'Nama Koperasi', 'Jenis Koperasi']);
    const expected = await stack.sql('cooperatives', "SELECT nik, name FROM cooperatives WHERE regionCode LIKE '36.74.%' AND type = 'SIMPAN_PINJAM' AND status = 'ACTIVE'");
    // Tangerang Selatan's savings and loan cooperatives: more than one page of the API.
    expect(expected.length).toBeGreaterThan(100);
    expect(rows).toHaveLength(expected.length);
    expect(new Set(rows.map((row) => row[0]))).toEqual(new Set(expected.map((row) => row.nik)));
    expect(new Set(rows.map((row) => row[3]))).toEqual(new Set(['SIMPAN_PINJAM']));
  });

  it('writes a formula in a cell as text, in CSV and XLSX', async () => {
    await stack.sql('cooperatives', `UPDATE cooperatives SET name = '=HYPERLINK("http://contoh.invalid","Klik")' WHERE nik = '3172202500000900'`);
    const csv = csvRows((await download('cooperatives.csv?region=31.72&isMerahPutih=true')).bytes);
    expect(csv.find((row) => row[0] === '3172202500000900')![2]).toBe(`'=HYPERLINK("http://contoh.invalid","Klik")`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download('cooperatives.xlsx?region=31.72&isMerahPutih=true')).bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const kkmp = sheet.getRows(2, sheet.actualRowCount - 1)!.find((row) => row.getCell(1).text === '3172202500000900')!;
    expect(kkmp.getCell(3).value).toBe(`'=HYPERLINK("http://contoh.invalid","Klik")`);
    expect(sheet.actualRowCount).toBe(1 + 31);
  });

  it('exports UMKM actors as XLSX with numbers as numbers, equal to the API', async () => {
    const file = await download('umkm-actors.xlsx?region=81.71&scale=MIKRO');
    expect(file.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('Nama Usaha');
    expect(header).not.toContain('Nama Pemilik');
    const { body } = await stack.queryAs<{ umkmActors: { totalCount: number } }>(analyst, '{ umkmActors(filter: { region: "81.71", scale: MIKRO }, first: 1) { totalCount } }');
    expect(sheet.actualRowCount - 1).toBe(body.data!.umkmActors.totalCount);
    expect(typeof sheet.getRow(2).getCell(header.indexOf('Jumlah Tenaga Kerja') + 1).value).toBe('number');
  });

  it('gives personal columns only to a role that may read them in the region asked', async () => {
    const officer = await stack.tokenFor(Role.OFFICER, '81.71');
    const refused = await download('umkm-actors.csv?region=81.71&columns=personal');
    expect([refused.status, errorOf(refused.bytes)]).toEqual([403, 'FORBIDDEN']);
    const elsewhere = await download('umkm-actors.csv?region=36.74&columns=personal', officer);
    expect([elsewhere.status, errorOf(elsewhere.bytes)]).toEqual([403, 'FORBIDDEN']);
    const everywhere = await download('umkm-actors.csv?columns=personal', officer);
    expect(everywhere.status).toBe(403);

    const own = await download('umkm-actors.csv?region=81.71.01&columns=personal', officer);
    expect(own.status).toBe(200);
    const [header, ...rows] = csvRows(own.bytes);
    const owner = header.indexOf('Nama Pemilik');
    expect(owner).toBeGreaterThan(0);
    const expected = await stack.sql('umkm', "SELECT nib, ownerName FROM umkm_actors WHERE regionCode LIKE '81.71.01.%'");
    expect(Object.fromEntries(rows.map((row) => [row[0], row[owner]]))).toEqual(Object.fromEntries(expected.map((row) => [row.nib, row.ownerName])));
  });

  it('refuses bad requests with a clear 4xx before sending any file', async () => {
    const cases = [
      ['cooperatives.csv', null, 401, 'UNAUTHENTICATED'],
      ['cooperatives.pdf', analyst, 404, 'NOT_FOUND'],
      ['cooperatives.csv?type=WISATA', analyst, 400, 'BAD_USER_INPUT'],
      ['cooperatives.csv?colour=red', analyst, 400, 'BAD_USER_INPUT'],
      ['cooperatives.csv?isMerahPutih=maybe', analyst, 400, 'BAD_USER_INPUT'],
      ['training-programs.csv?columns=personal', analyst, 400, 'BAD_USER_INPUT'],
      ['umkm-actors.csv?region=99.99', analyst, 400, 'BAD_USER_INPUT'],
    ] as const;
    for (const [path, token, status, code] of cases) {
      const answer = await download(path, token);
      expect([path, answer.status]).toEqual([path, status]);
      expect([path, errorOf(answer.bytes)]).toEqual([path, code]);
    }
  });

  it('exports training programmes, and counts every export against the caller\'s rate limit', async () => {
    const limited = await stack.tokenFor(Role.ANALYST, undefined, '1h', 'exporting-analyst');
    const first = await download('training-programs.csv?region=36.74', limited);
    const [header, ...rows] = csvRows(first.bytes);
    expect(header[0]).toBe('Nama Kegiatan');
    expect(rows.map((row) => row[0])).toContain('Pelatihan dan Sertifikasi Manajemen Usaha yang Sukses');
    const statuses = [first.status];
    for (let index = 1; index <= RATE_LIMIT; index += 1) statuses.push((await download('training-programs.csv?region=36.74', limited)).status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(RATE_LIMIT);
    expect(statuses.at(-1)).toBe(429);
  });
});
