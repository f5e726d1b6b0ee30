import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { Role } from '@kumkm/subgraph-kit';
import { testDrivers } from '@kumkm/subgraph-kit/testing';
import { startGraphStack, type GraphStack } from './support/graph-stack';
import { pdfText } from './support/pdf-text';

interface ApiRegion {
  code: string;
  name: string;
  cooperativeSummary: { active: number; members: number };
  umkmSummary: { total: number; halalCertified: number };
  trainingSummary: { participants: number };
}

const REGIONS = ['81', '31.72', '36.74'];
const PERIOD = 'from=2022-01-01&to=2026-12-31&asOfYear=2026';

describe.each(testDrivers())('the coordination view as files for the meeting papers (%s)', (driver) => {
  let stack: GraphStack;
  let analyst: string;
  let api: ApiRegion[];

  const download = async (path: string, token: string | null = analyst) => {
    const response = await fetch(`${stack.gatewayBase}/exports/${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
  };
  /** The row of a figure in the sheet's table titled `table`: its label, then a value per region. */
  const rowOf = (rows: unknown[][], table: string, label: string) => {
    const start = rows.findIndex((row) => String(row[0]).startsWith(table));
    return rows.slice(start).find((row) => row[0] === label)!;
  };

  beforeAll(async () => {
    stack = await startGraphStack({ driver });
    analyst = await stack.tokenFor(Role.ANALYST);
    const { body } = await stack.query<{ regions: ApiRegion[] }>(
      `{ regions(codes: ["81", "31.72", "36.74"]) { code name cooperativeSummary(asOfYear: 2026) { active members } umkmSummary { total halalCertified } trainingSummary(from: "2022-01-01", to: "2026-12-31") { participants } } }`,
    );
    api = body.data!.regions;
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('writes the page\'s tables as XLSX, numbers as numbers, equal to the API', async () => {
    const file = await download(`rakor.xlsx?regions=${REGIONS.join(',')}&${PERIOD}`);
    expect([file.status, file.type]).toEqual([200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0].eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rowOf(rows, 'Koperasi', 'Aktif').slice(1)).toEqual(api.map((region) => region.cooperativeSummary.active));
    expect(rowOf(rows, 'Koperasi', 'Anggota').slice(1)).toEqual(api.map((region) => region.cooperativeSummary.members));
    expect(rowOf(rows, 'UMKM', 'Jumlah').slice(1)).toEqual(api.map((region) => region.umkmSummary.total));
    expect(rowOf(rows, 'Pelatihan', 'Peserta').slice(1)).toEqual(api.map((region) => region.trainingSummary.participants));
  });

  it('writes them as CSV for Excel (BOM, ";"), and in English when asked', async () => {
    const file = await download(`rakor.csv?regions=${REGIONS.join(',')}&${PERIOD}`);
    expect(file.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = Papa.parse<string[]>(file.bytes.toString('utf8').slice(1), { delimiter: ';' }).data;
    expect(rows[1]).toEqual(['Wilayah', ...api.map((region) => `${region.name} (${region.code})`)]);
    expect(rowOf(rows, 'UMKM', 'Bersertifikat halal').slice(1).map(Number)).toEqual(api.map((region) => region.umkmSummary.halalCertified));
    const english = Papa.parse<string[]>((await download(`rakor.csv?regions=${REGIONS.join(',')}&${PERIOD}&lang=en`)).bytes.toString('utf8').slice(1), { delimiter: ';' }).data;
    expect(rowOf(english, 'Cooperatives', 'Active').slice(1).map(Number)).toEqual(api.map((region) => region.cooperativeSummary.active));
  });

  it('writes the page as a PDF whose text holds the figures as the page writes them', async () => {
    const file = await download(`rakor.pdf?regions=${REGIONS.join(',')}&${PERIOD}`);
    expect([file.status, file.type]).toEqual([200, 'application/pdf']);
    const text = await pdfText(file.bytes);
    expect(text.pages).toBeGreaterThanOrEqual(1);
    expect(text.text).toContain('Rakor KUMKM: perbandingan wilayah');
    const members = text.text.split('\n').find((line) => line.startsWith('Anggota '))!;
    expect(members).toBe(`Anggota ${api.map((region) => region.cooperativeSummary.members.toLocaleString('id-ID')).join(' ')}`);
    // The charts are drawn into the PDF: their legends are text on the page.
    expect(text.text).toContain('Koperasi aktif menurut jenis');
    expect(text.text).toMatch(/Mikro\s+Kecil\s+Menengah/);
  });

  it('draws each chart as a PNG', async () => {
    for (const chart of ['cooperatives-by-type', 'umkm-by-scale', 'training', 'rat-trend', 'participants-trend']) {
      const file = await download(`charts/${chart}.png?regions=${REGIONS.join(',')}&${PERIOD}`);
      expect([chart, file.status, file.type]).toEqual([chart, 200, 'image/png']);
      expect(file.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      // IHDR: twice the chart's size, for print.
      expect([file.bytes.readUInt32BE(16), file.bytes.readUInt32BE(20)]).toEqual([1800, 760]);
      expect(file.bytes.length).toBeGreaterThan(20_000);
    }
  });

  it('refuses bad requests with a clear 4xx', async () => {
    const cases = [
      ['rakor.pdf', null, 401, 'UNAUTHENTICATED'],
      ['rakor.pdf?regions=81,99.99', analyst, 400, 'BAD_USER_INPUT'],
      ['rakor.csv?lang=fr', analyst, 400, 'BAD_USER_INPUT'],
      ['rakor.csv?from=2026-02-30x', analyst, 400, 'BAD_USER_INPUT'],
      [`rakor.xlsx?regions=${Array.from({ length: 41 }, () => '81').join(',')}`, analyst, 400, 'BAD_USER_INPUT'],
      ['charts/pie.png', analyst, 404, 'NOT_FOUND'],
    ] as const;
    for (const [path, token, status, code] of cases) {
      const answer = await download(path, token);
      expect([path, answer.status, JSON.parse(answer.bytes.toString('utf8')).errors[0].extensions.code]).toEqual([path, status, code]);
    }
  });
});
