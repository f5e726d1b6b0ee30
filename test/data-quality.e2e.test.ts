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
});
