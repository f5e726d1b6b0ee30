import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { Role } from '@kumkm/subgraph-kit';
import { testDrivers, zipWith } from '@kumkm/subgraph-kit/testing';
import { startGraphStack, type GraphStack } from './support/graph-stack';

const COOPERATIVES_CSV = path.resolve(__dirname, '../subgraphs/cooperatives/src/cooperative-import/sample-sheets/cooperatives-ambon.csv');
const COOPERATIVES_XLSX = path.resolve(__dirname, '../subgraphs/cooperatives/src/cooperative-import/sample-sheets/cooperatives-tangsel.xlsx');
const TRAINING_CSV = path.resolve(__dirname, '../subgraphs/training/src/training-import/sample-sheets/training-ambon.csv');
const MAX_FILE_BYTES = 64 * 1024;

const JOB_FIELDS = `id kind status mode fileName sha256 sheet regionCode office summaryLine rows valid invalid created updated unchanged failure errorsFileUrl`;

interface UploadAnswer {
  status: number;
  body: { jobId?: string; errors?: Array<{ message: string; extensions: { code: string } }> };
}

describe.each(testDrivers())('uploading a sheet through the gateway (%s)', (driver) => {
  let stack: GraphStack;
  let officer: string;

  const upload = async (query: string, content: Buffer | string, fileName: string, token = officer): Promise<UploadAnswer> => {
    const form = new FormData();
    form.append('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), fileName);
    const response = await fetch(`${stack.gatewayBase}/imports?${query}`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: response.status, body: await response.json() };
  };

  /** The job once it has ended, as its uploader reads it in GraphQL. */
  const finishedJob = async (id: string, token = officer, extra = '') => {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const { body } = await stack.queryAs<{ importJob: Record<string, any> }>(token, `query($id: ID!) { importJob(id: $id) { ${JOB_FIELDS} ${extra} } }`, { id });
      expect(body.errors).toBeUndefined();
      if (!['RECEIVING', 'RUNNING'].includes(body.data!.importJob.status)) return body.data!.importJob;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`import job ${id} did not end`);
  };

  const jobFiles = () => readdirSync(stack.importJobsDirectory).map((id) => JSON.parse(readFileSync(path.join(stack.importJobsDirectory, id, 'job.json'), 'utf8')));

  beforeAll(async () => {
    stack = await startGraphStack({ driver, maxImportFileBytes: MAX_FILE_BYTES, summaryCache: { ttlSeconds: 600, maxEntries: 100 } });
    officer = await stack.tokenFor(Role.OFFICER, '81.71', '1h', 'officer-ambon');
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('validates an officer\'s upload as a job, with its row report a page at a time and its errors file', async () => {
    const answer = await upload('kind=cooperatives&region=81.71&mode=DRY_RUN', readFileSync(COOPERATIVES_CSV), 'cooperatives-ambon.csv');
    expect(answer.status).toBe(202);
    expect(answer.body.jobId).toMatch(/^cooperatives\./);
    const job = await finishedJob(answer.body.jobId!, officer, 'first: issues(first: 4) { items { line column code } pageInfo { hasNextPage endCursor } totalCount }');
    expect(job).toMatchObject({
      kind: 'cooperatives',
      status: 'VALIDATED',
      mode: 'DRY_RUN',
      fileName: 'cooperatives-ambon.csv',
      sheet: null,
      office: 'Dinas Koperasi dan UKM Kota Ambon',
      summaryLine: '8 rows: 3 valid, 5 invalid',
      created: 0,
      errorsFileUrl: `/imports/${answer.body.jobId}/errors`,
    });
    expect(job.sha256).toHaveLength(64);
    expect(job.first).toEqual({
      items: [
        { line: 8, column: 'Jenis Koperasi', code: 'INVALID_VALUE' },
        { line: 9, column: 'No. Badan Hukum', code: 'DUPLICATE_KEY' },
        { line: 10, column: 'Tahun RAT Terakhir', code: 'OUT_OF_RANGE' },
        { line: 10, column: 'Nomor Induk Koperasi (NIK)', code: 'INVALID_VALUE' },
      ],
      pageInfo: { hasNextPage: true, endCursor: '4' },
      totalCount: 7,
    });
    const { body } = await stack.queryAs<{ importJob: { issues: { items: Array<{ line: number }>; pageInfo: { hasNextPage: boolean } } } }>(
      officer,
      'query($id: ID!) { importJob(id: $id) { issues(first: 4, after: "4") { items { line } pageInfo { hasNextPage } } } }',
      { id: answer.body.jobId },
    );
    expect(body.data!.importJob.issues).toEqual({ items: [{ line: 11 }, { line: 12 }, { line: 12 }], pageInfo: { hasNextPage: false } });

    const errorsFile = await fetch(`${stack.gatewayBase}${job.errorsFileUrl}`, { headers: { authorization: `Bearer ${officer}` } });
    expect(errorsFile.status).toBe(200);
    expect(errorsFile.headers.get('content-disposition')).toContain('cooperatives-ambon.errors.csv');
    expect((await errorsFile.text()).trim().split('\r\n')).toHaveLength(1 + 5);
  });

  it('commits an upload, and the graph shows the new cooperatives, in the cached Rakor numbers too', async () => {
    const ambonCooperatives = async () => (await stack.query<{ region: { cooperativeSummary: { total: number } } }>('{ region(code: "81.71") { cooperativeSummary { total } } }')).body.data!.region.cooperativeSummary.total;
    const cachedTotal = await ambonCooperatives();
    const answer = await upload('kind=cooperatives&region=81.71&mode=VALID_ROWS_ONLY', readFileSync(COOPERATIVES_CSV), 'cooperatives-ambon.csv');
    const job = await finishedJob(answer.body.jobId!);
    expect(job).toMatchObject({ status: 'COMMITTED', created: 2, updated: 1, unchanged: 0 });
    // The job wrote around the gateway, and emptied its summary cache on the uploader's behalf.
    expect(await ambonCooperatives()).toBe(cachedTotal + 2);
    const { body } = await stack.query<{ cooperativeByNik: { name: string; provenance: { importedFrom: { fileName: string; sha256: string } } } }>(
      '{ cooperativeByNik(nik: "8171202500000101") { name provenance { importedFrom { fileName sha256 } } } }',
    );
    expect(body.data!.cooperativeByNik).toEqual({ name: 'Koperasi Konsumen Nelayan Galala', provenance: { importedFrom: { fileName: 'cooperatives-ambon.csv', sha256: job.sha256 } } });
  });

  it('reads an uploaded workbook\'s data sheet when no sheet is named, and says which it read', async () => {
    const answer = await upload('kind=cooperatives&region=36.74&mode=DRY_RUN', readFileSync(COOPERATIVES_XLSX), 'Data Koperasi Tangsel 2026.xlsx', stack.adminToken);
    expect(answer.status).toBe(202);
    expect(await finishedJob(answer.body.jobId!, stack.adminToken)).toMatchObject({ status: 'VALIDATED', sheet: 'Data Koperasi', summaryLine: '4 rows: 2 valid, 2 invalid', errorsFileUrl: `/imports/${answer.body.jobId}/errors` });
    const errorsFile = await fetch(`${stack.gatewayBase}/imports/${answer.body.jobId}/errors`, { headers: { authorization: `Bearer ${stack.adminToken}` } });
    expect(errorsFile.headers.get('content-disposition')).toContain('Data Koperasi Tangsel 2026.errors.xlsx');
  });

  it('answers importJob for every subgraph\'s jobs, and only to their uploader and admins', async () => {
    const answer = await upload('kind=training&mode=DRY_RUN', readFileSync(TRAINING_CSV), 'training-ambon.csv');
    expect(answer.body.jobId).toMatch(/^training\./);
    expect(await finishedJob(answer.body.jobId!)).toMatchObject({ kind: 'training', status: 'VALIDATED', regionCode: '81.71', summaryLine: '15 rows: 5 valid, 10 invalid' });
    expect(await finishedJob(answer.body.jobId!, stack.adminToken)).toMatchObject({ status: 'VALIDATED' });

    const otherOfficer = await stack.tokenFor(Role.OFFICER, '81.71', '1h', 'officer-ambon-2');
    for (const id of [answer.body.jobId, jobFiles().find((job) => job.kind === 'cooperatives').id, 'umkm.00000000-0000-4000-8000-000000000000', 'nothing']) {
      const { body } = await stack.queryAs(otherOfficer, 'query($id: ID!) { importJob(id: $id) { status } }', { id });
      expect(body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    const errorsFile = await fetch(`${stack.gatewayBase}/imports/${answer.body.jobId}/errors`, { headers: { authorization: `Bearer ${otherOfficer}` } });
    expect(errorsFile.status).toBe(404);
  });

  it('refuses who may not import, and requests that say too little', async () => {
    const csv = readFileSync(COOPERATIVES_CSV);
    const analyst = await stack.tokenFor(Role.ANALYST);
    const refusals = [
      await upload('kind=cooperatives&region=81.71', csv, 'a.csv', ''),
      await upload('kind=cooperatives&region=81.71', csv, 'a.csv', analyst),
      await upload('kind=koperasi&region=81.71', csv, 'a.csv'),
      await upload('kind=cooperatives&region=99.99', csv, 'a.csv'),
      await upload('kind=cooperatives&region=81.71&mode=SOMETIMES', csv, 'a.csv'),
    ];
    expect(refusals.map(({ status, body }) => [status, body.errors?.[0].extensions.code])).toEqual([
      [401, 'UNAUTHENTICATED'],
      [403, 'FORBIDDEN'],
      [400, 'BAD_USER_INPUT'],
      [400, 'BAD_USER_INPUT'],
      [400, 'BAD_USER_INPUT'],
    ]);
  });

  it('ends a job FAILED, writing nothing, for a renamed binary, a zip bomb or a file with no header', async () => {
    const before = Number((await stack.sql('cooperatives', 'SELECT COUNT(*) AS n FROM cooperatives'))[0].n);
    const renamed = await upload('kind=cooperatives&region=81.71', randomBytes(4096), 'register.xlsx');
    expect(await finishedJob(renamed.body.jobId!)).toMatchObject({ status: 'FAILED', failure: 'The file is neither CSV text nor an XLSX workbook' });
    const bomb = zipWith('xl/worksheets/sheet1.xml', Buffer.alloc(20 * 2 ** 20));
    expect(bomb.length).toBeLessThan(MAX_FILE_BYTES);
    const bombed = await upload('kind=cooperatives&region=81.71', bomb, 'laporan.xlsx');
    expect(await finishedJob(bombed.body.jobId!)).toMatchObject({ status: 'FAILED', failure: expect.stringMatching(/compress|expands/) });
    const headerless = await upload('kind=cooperatives&region=81.71', 'Nama;Alamat\r\nKoperasi A;Jl. B\r\n', 'register.csv');
    expect(await finishedJob(headerless.body.jobId!)).toMatchObject({ status: 'FAILED', failure: expect.stringContaining('No. Badan Hukum') });
    expect(Number((await stack.sql('cooperatives', 'SELECT COUNT(*) AS n FROM cooperatives'))[0].n)).toBe(before);
  });

  it('refuses a file over the limit with 413, whether or not the request says its length', async () => {
    const large = Buffer.alloc(MAX_FILE_BYTES * 4, 'a');
    const declared = await upload('kind=cooperatives&region=81.71', large, 'big.csv');
    expect([declared.status, declared.body.errors?.[0].extensions.code]).toEqual([413, 'FILE_TOO_LARGE']);

    // Sent in chunks, without a length: the subgraph stops writing at the limit and the job fails.
    const response = await new Promise<{ status: number }>((resolve, reject) => {
      const chunked = request(`${stack.gatewayBase}/imports?kind=cooperatives&region=81.71`, {
        method: 'POST',
        headers: { authorization: `Bearer ${officer}`, 'content-type': 'multipart/form-data; boundary=XYZ', 'transfer-encoding': 'chunked' },
      }, (answer) => {
        answer.resume();
        resolve({ status: answer.statusCode! });
      });
      chunked.on('error', reject);
      chunked.write('--XYZ\r\nContent-Disposition: form-data; name="file"; filename="big.csv"\r\n\r\n');
      chunked.write(large);
      chunked.end('\r\n--XYZ--\r\n');
    });
    expect(response.status).toBe(413);
    expect(jobFiles().filter((job) => job.fileName === 'big.csv').map((job) => job.status)).toEqual(['FAILED']);
  });

  it('ends a job FAILED when its upload is cut off part way', async () => {
    const head = '--XYZ\r\nContent-Disposition: form-data; name="file"; filename="cut-off.csv"\r\n\r\n';
    await new Promise<void>((resolve) => {
      const cut = request(`${stack.gatewayBase}/imports?kind=cooperatives&region=81.71`, {
        method: 'POST',
        headers: { authorization: `Bearer ${officer}`, 'content-type': 'multipart/form-data; boundary=XYZ', 'content-length': String(head.length + 10_000) },
      });
      cut.on('error', () => resolve());
      cut.write(head + readFileSync(COOPERATIVES_CSV, 'utf8').slice(0, 500));
      setTimeout(() => {
        cut.destroy();
        resolve();
      }, 200);
    });
    for (let attempt = 0; attempt < 100 && !jobFiles().some((job) => job.status === 'FAILED' && /cut off/.test(job.failure ?? '')); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(jobFiles().filter((job) => /cut off/.test(job.failure ?? '')).map((job) => job.status)).toEqual(['FAILED']);
  });

  it('serves each kind\'s template, CSV and XLSX, without a token', async () => {
    const csv = await fetch(`${stack.gatewayBase}/imports/templates/training.csv`);
    expect(csv.status).toBe(200);
    expect((await csv.text()).split('\r\n')[0]).toContain('Nama Kegiatan;Jenis Kegiatan;Tanggal Mulai');
    const xlsx = await fetch(`${stack.gatewayBase}/imports/templates/umkm.xlsx`);
    expect(xlsx.status).toBe(200);
    expect(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
    expect((await fetch(`${stack.gatewayBase}/imports/templates/koperasi.csv`)).status).toBe(404);
  });
});
