import { RegionDirectory } from '@kumkm/subgraph-kit';
import { testDrivers } from '@kumkm/subgraph-kit/testing';
import { startGraphStack, type GraphStack, type SubgraphName } from './support/graph-stack';

/** Every regency and city of Indonesia (the children of all provinces) with the three summaries. */
const PROVINCES = RegionDirectory.load().provinces().map((province) => province.code);
const NATIONAL_TABLE = `query RegencyTable($provinces: [String!]!) {
  regions(codes: $provinces) {
    children {
      code
      cooperativeSummary(asOfYear: 2026) { total active members }
      umkmSummary { total halalCertified }
      trainingSummary(from: "2022-01-01") { programs participants }
    }
  }
}`;

interface Regency {
  code: string;
  cooperativeSummary: { total: number; active: number; members: number };
  umkmSummary: { total: number; halalCertified: number };
  trainingSummary: { programs: number; participants: number };
}

/** Direct SQL, bucketed here by each row's regency (the first five characters of its code). */
async function byRegency(stack: GraphStack, subgraph: SubgraphName, sql: string, add: (sum: Record<string, number>, row: Record<string, any>) => void) {
  const sums = new Map<string, Record<string, number>>();
  for (const row of await stack.sql(subgraph, sql)) {
    const code = String(row.regionCode).slice(0, 5);
    if (code.length < 5) continue;
    const sum = sums.get(code) ?? {};
    add(sum, row);
    sums.set(code, sum);
  }
  return sums;
}

const plus = (sum: Record<string, number>, key: string, value: number) => (sum[key] = (sum[key] ?? 0) + value);

describe.each(testDrivers())('a national table of all regencies on %s', (driver) => {
  let stack: GraphStack;

  beforeAll(async () => {
    stack = await startGraphStack({ driver });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  // MySQL/MariaDB read many regions as four statements at once (one per core's worth of rows); SQLite in one.
  const statementsPerSummary = driver === 'mysql' ? 4 : 1;
  // The umkm subgraph reads regencies from its rollup: one small statement on either driver.
  const umkmStatements = 1;

  it('answers every regency with the counts direct SQL gives, in a fixed number of statements per subgraph', async () => {
    const parts = Object.values(stack.subgraphs);
    parts.forEach((part) => part.statements.reset());
    const response = await stack.query<{ regions: Array<{ children: Regency[] }> }>(NATIONAL_TABLE, { provinces: PROVINCES });
    expect(response.body.errors).toBeUndefined();
    const statements = Object.fromEntries(Object.entries(stack.subgraphs).map(([name, part]) => [name, part.statements.statements.length]));
    expect(statements).toEqual({ cooperatives: statementsPerSummary, umkm: umkmStatements, training: statementsPerSummary });

    const regencies = response.body.data!.regions.flatMap((province) => province.children);
    expect(regencies.length).toBeGreaterThanOrEqual(514);

    const cooperatives = await byRegency(stack, 'cooperatives', 'SELECT regionCode, status, memberCount FROM cooperatives', (sum, row) => {
      plus(sum, 'total', 1);
      if (row.status === 'ACTIVE') {
        plus(sum, 'active', 1);
        plus(sum, 'members', Number(row.memberCount));
      }
    });
    const actors = await byRegency(stack, 'umkm', 'SELECT regionCode, halalCertificateNumber FROM umkm_actors', (sum, row) => {
      plus(sum, 'total', 1);
      plus(sum, 'halalCertified', row.halalCertificateNumber === null ? 0 : 1);
    });
    const programs = await byRegency(
      stack,
      'training',
      `SELECT p.regionCode, p.id, (SELECT COUNT(*) FROM enrollments e WHERE e.programId = p.id) AS participants FROM training_programs p WHERE p.startsOn >= '2022-01-01'`,
      (sum, row) => {
        plus(sum, 'programs', 1);
        plus(sum, 'participants', Number(row.participants));
      },
    );
    for (const regency of regencies) {
      const coop = cooperatives.get(regency.code) ?? {};
      const umkm = actors.get(regency.code) ?? {};
      const training = programs.get(regency.code) ?? {};
      expect([regency.code, regency.cooperativeSummary]).toEqual([regency.code, { total: coop.total ?? 0, active: coop.active ?? 0, members: coop.members ?? 0 }]);
      expect([regency.code, regency.umkmSummary]).toEqual([regency.code, { total: umkm.total ?? 0, halalCertified: umkm.halalCertified ?? 0 }]);
      expect([regency.code, regency.trainingSummary]).toEqual([regency.code, { programs: training.programs ?? 0, participants: training.participants ?? 0 }]);
    }
    // The regional data set lives in three regencies; the other rows must be zero, not missing.
    expect(regencies.filter((regency) => regency.umkmSummary.total > 0).map((regency) => regency.code).sort()).toEqual(['31.72', '36.74', '81.71']);
  });

  it('answers the breakdown by scale for every regency, grouped in the same statements', async () => {
    const parts = Object.values(stack.subgraphs);
    parts.forEach((part) => part.statements.reset());
    const response = await stack.query<{ regions: Array<{ children: Array<{ code: string; umkmSummary: { byScale: Array<{ scale: string; count: number }> } }> }> }>(
      `query ByScale($provinces: [String!]!) { regions(codes: $provinces) { children { code umkmSummary { byScale { scale count } } } } }`,
      { provinces: PROVINCES },
    );
    expect(response.body.errors).toBeUndefined();
    expect(stack.subgraphs.umkm.statements.statements.length).toBe(umkmStatements);
    const expected = await byRegency(stack, 'umkm', 'SELECT regionCode, scale FROM umkm_actors', (sum, row) => plus(sum, row.scale, 1));
    const regencies = response.body.data!.regions.flatMap((province) => province.children);
    expect(regencies.length).toBeGreaterThanOrEqual(514);
    for (const regency of regencies) {
      const counted = Object.fromEntries(regency.umkmSummary.byScale.filter((entry) => entry.count > 0).map((entry) => [entry.scale, entry.count]));
      expect([regency.code, counted]).toEqual([regency.code, expected.get(regency.code) ?? {}]);
    }
  });
});
