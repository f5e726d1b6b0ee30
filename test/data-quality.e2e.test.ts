import { testDrivers } from '@kumkm/subgraph-kit/testing';
import { startGraphStack, type GraphStack } from './support/graph-stack';

interface Origin {
  total: number;
  synthetic: number;
  reported: number;
  latestReportedAt: string | null;
  latestOffice: string | null;
}
type RegionOrigins = { code: string; cooperativeSummary: { withoutNik: number }; cooperativeRecords: Origin; umkmRecords: Origin; trainingRecords: Origin };

const CODES = ['81', '31.72', '36.74', '81.71', '36.74.03.1002'];
const QUERY = `query($codes: [String!]!) { regions(codes: $codes) { code cooperativeSummary { withoutNik }
  cooperativeRecords { total synthetic reported latestReportedAt latestOffice }
  umkmRecords { total synthetic reported latestReportedAt latestOffice }
  trainingRecords { total synthetic reported latestReportedAt latestOffice } } }`;

/** A datetime column as the driver gives it: a Date (MySQL) or UTC text (SQLite). */
const asUtc = (value: unknown) => (value instanceof Date ? value : new Date(`${String(value).replace(' ', 'T')}Z`));

describe.each(testDrivers())('freshness and data quality per region (%s)', (driver) => {
  let stack: GraphStack;

  /** What direct SQL says of a table's records under a region. */
  const expectedOrigin = async (subgraph: 'cooperatives' | 'umkm' | 'training', table: string, code: string): Promise<Origin> => {
    const within = `(regionCode = '${code}' OR regionCode LIKE '${code}.%')`;
    const [counts] = await stack.sql(subgraph, `SELECT COUNT(*) AS total, SUM(CASE WHEN provenanceSource LIKE '%synthetic record%' THEN 1 ELSE 0 END) AS synthetic FROM ${table} WHERE ${within}`);
    const latest = await stack.sql(subgraph, `SELECT provenanceReportedat AS reportedAt, provenanceOffice AS office FROM ${table} WHERE ${within} ORDER BY provenanceReportedat DESC, provenanceOffice DESC LIMIT 1`);
    const total = Number(counts.total);
    return {
      total,
      synthetic: Number(counts.synthetic ?? 0),
      reported: total - Number(counts.synthetic ?? 0),
      latestReportedAt: latest[0] ? asUtc(latest[0].reportedAt).toISOString() : null,
      latestOffice: latest[0]?.office ?? null,
    };
  };

  beforeAll(async () => {
    stack = await startGraphStack({ driver });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('counts synthetic and reported records and names the latest report, as direct SQL does, in one statement per subgraph', async () => {
    const parts = Object.values(stack.subgraphs);
    parts.forEach((part) => part.statements.reset());
    const { body } = await stack.query<{ regions: RegionOrigins[] }>(QUERY, { codes: CODES });
    expect(body.errors).toBeUndefined();
    // Five regions of four levels: one statement per field and subgraph, whatever the number of regions
    // (cooperatives: the summary, withoutNik and the records' origin).
    expect(Object.fromEntries(Object.entries(stack.subgraphs).map(([name, part]) => [name, part.statements.statements.length]))).toEqual({ cooperatives: 3, umkm: 1, training: 1 });
    for (const region of body.data!.regions) {
      expect([region.code, region.cooperativeRecords]).toEqual([region.code, await expectedOrigin('cooperatives', 'cooperatives', region.code)]);
      expect([region.code, region.umkmRecords]).toEqual([region.code, await expectedOrigin('umkm', 'umkm_actors', region.code)]);
      expect([region.code, region.trainingRecords]).toEqual([region.code, await expectedOrigin('training', 'training_programs', region.code)]);
      const [withoutNik] = await stack.sql('cooperatives', `SELECT COUNT(*) AS n FROM cooperatives WHERE status = 'ACTIVE' AND nik IS NULL AND (regionCode = '${region.code}' OR regionCode LIKE '${region.code}.%')`);
      expect([region.code, region.cooperativeSummary.withoutNik]).toEqual([region.code, Number(withoutNik.n)]);
    }
    const tangsel = body.data!.regions.find((region) => region.code === '36.74')!;
    // The seed's cooperatives are generated from the reported count; the training of 15 January 2024 was reported.
    expect(tangsel.cooperativeRecords.synthetic).toBe(tangsel.cooperativeRecords.total);
    expect(tangsel.trainingRecords.reported).toBeGreaterThan(0);
  });

  it('shows a cooperative an office registers as reported, and that office as the latest', async () => {
    const before = (await stack.query<{ regions: RegionOrigins[] }>(QUERY, { codes: ['36.74'] })).body.data!.regions[0];
    const registered = await stack.query(
      `mutation($input: RegisterCooperativeInput!) { registerCooperative(input: $input) { id } }`,
      { input: { legalEntityNumber: 'AHU-0077777.AH.01.26.TAHUN 2026', name: 'Koperasi Konsumen Data Segar', type: 'KONSUMEN', memberCount: 20, regionCode: '36.74.03.1002', reportingOffice: 'Dinas Koperasi dan UKM Kota Tangerang Selatan (bidang data)' } },
    );
    expect(registered.body.errors).toBeUndefined();
    const after = (await stack.query<{ regions: RegionOrigins[] }>(QUERY, { codes: ['36.74'] })).body.data!.regions[0];
    expect(after.cooperativeRecords).toMatchObject({ total: before.cooperativeRecords.total + 1, reported: before.cooperativeRecords.reported + 1, synthetic: before.cooperativeRecords.synthetic, latestOffice: 'Dinas Koperasi dan UKM Kota Tangerang Selatan (bidang data)' });
    expect(Date.now() - Date.parse(after.cooperativeRecords.latestReportedAt!)).toBeLessThan(60_000);
    expect(after.cooperativeSummary.withoutNik).toBe(before.cooperativeSummary.withoutNik + 1);
  });

  it('counts cooperatives with a RAT per fiscal year, and participants per year, as direct SQL does', async () => {
    const parts = Object.values(stack.subgraphs);
    parts.forEach((part) => part.statements.reset());
    const { body } = await stack.query<{ regions: Array<{ code: string; cooperativeSummary: { annualMeetingsByYear: Array<{ fiscalYear: number; cooperatives: number }> }; trainingSummary: { byYear: Array<{ year: number; participants: number; programs: number }> } }> }>(
      `query($codes: [String!]!) { regions(codes: $codes) { code cooperativeSummary(asOfYear: 2026) { annualMeetingsByYear(years: 4) { fiscalYear cooperatives } }
        trainingSummary(from: "2022-01-01", to: "2026-12-31") { byYear { year programs participants } } } }`,
      { codes: CODES },
    );
    expect(body.errors).toBeUndefined();
    // The summary and the RAT years in the cooperatives subgraph; the training years come with its summary.
    expect(Object.fromEntries(Object.entries(stack.subgraphs).map(([name, part]) => [name, part.statements.statements.length]))).toEqual({ cooperatives: 2, umkm: 0, training: 1 });
    for (const region of body.data!.regions) {
      const within = (column: string) => `(${column} = '${region.code}' OR ${column} LIKE '${region.code}.%')`;
      const rats = await stack.sql('cooperatives', `SELECT m.fiscalYear AS year, COUNT(*) AS n FROM annual_meetings m JOIN cooperatives c ON c.id = m.cooperativeId WHERE ${within('c.regionCode')} AND m.fiscalYear BETWEEN 2022 AND 2025 GROUP BY m.fiscalYear`);
      const expectedRats = [2022, 2023, 2024, 2025].map((fiscalYear) => ({ fiscalYear, cooperatives: Number(rats.find((row) => Number(row.year) === fiscalYear)?.n ?? 0) }));
      expect([region.code, region.cooperativeSummary.annualMeetingsByYear]).toEqual([region.code, expectedRats]);
      const years = await stack.sql('training', `SELECT SUBSTR(p.startsOn, 1, 4) AS year, COUNT(DISTINCT p.id) AS programs, COUNT(e.id) AS participants FROM training_programs p LEFT JOIN enrollments e ON e.programId = p.id WHERE ${within('p.regionCode')} AND p.startsOn BETWEEN '2022-01-01' AND '2026-12-31' GROUP BY SUBSTR(p.startsOn, 1, 4) ORDER BY year`);
      expect([region.code, region.trainingSummary.byYear]).toEqual([region.code, years.map((row) => ({ year: Number(row.year), programs: Number(row.programs), participants: Number(row.participants) }))]);
    }
    const ambon = body.data!.regions.find((region) => region.code === '81.71')!;
    expect(ambon.cooperativeSummary.annualMeetingsByYear.some((entry) => entry.cooperatives > 0)).toBe(true);
    expect(ambon.trainingSummary.byYear.length).toBeGreaterThan(1);
  });

  it('refuses a span of RAT years outside 1 to 20', async () => {
    const { body } = await stack.query('{ region(code: "81") { cooperativeSummary { annualMeetingsByYear(years: 50) { fiscalYear } } } }');
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('counts business actors without a 5-digit KBLI code, and takes a code only in its category', async () => {
    const withoutCode = async () => (await stack.query<{ region: { umkmSummary: { withoutKbliCode: number } } }>('{ region(code: "81.71") { umkmSummary { withoutKbliCode } } }')).body.data!.region.umkmSummary.withoutKbliCode;
    const before = await withoutCode();
    const [expected] = await stack.sql('umkm', "SELECT COUNT(*) AS n FROM umkm_actors WHERE kbliCode IS NULL AND regionCode LIKE '81.71.%'");
    expect(before).toBe(Number(expected.n));
    const register = (kbliCode: string, nib: string) =>
      stack.query<{ registerUmkmActor: { kbliCode: string; sector: string } }>(
        'mutation($input: RegisterUmkmActorInput!) { registerUmkmActor(input: $input) { kbliCode sector } }',
        { input: { nib, ownerName: 'Ina Pattinama', businessName: 'Sagu Lempeng Mama Ina', sector: 'C', kbliCode, annualSales: '150000000', employees: 2, isWomanOwned: true, regionCode: '81.71.02.1011', reportingOffice: 'Dinas Koperasi dan UKM Kota Ambon' } },
      );
    // 47111 is retail trade (G), not manufacturing.
    expect((await register('47111', '8171260000001')).body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await register('1079', '8171260000001')).body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await register('10792', '8171260000001')).body.data?.registerUmkmActor).toEqual({ kbliCode: '10792', sector: 'C' });
    expect(await withoutCode()).toBe(before);
  });
});
