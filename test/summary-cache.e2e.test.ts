import { Role } from '@kumkm/subgraph-kit';
import { DEFAULT_SUMMARY_CACHE } from '@kumkm/gateway';
import { tangselCooperativeInput } from './support/cooperative-input';
import { startGraphStack, type GraphStack } from './support/graph-stack';

const SUMMARY = `query Summary { regions(codes: ["36.74"]) { code cooperativeSummary { total active } umkmSummary { total } } }`;

const REGISTER_COOPERATIVE = `mutation Register($input: RegisterCooperativeInput!) { registerCooperative(input: $input) { id } }`;

interface Summary {
  regions: Array<{ code: string; cooperativeSummary: { total: number; active: number }; umkmSummary: { total: number } }>;
}

describe('the gateway\'s summary cache', () => {
  let stack: GraphStack;

  beforeAll(async () => {
    stack = await startGraphStack({ summaryCache: DEFAULT_SUMMARY_CACHE });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const summary = async (token = stack.adminToken) => {
    const response = await stack.queryAs<Summary>(token, SUMMARY);
    expect(response.body.errors).toBeUndefined();
    return { cache: response.headers.get('x-summary-cache'), counts: response.body.data!.regions[0] };
  };

  it('answers a repeated summary query from the cache, per caller scope, and never caches listings', async () => {
    const first = await summary();
    const second = await summary();
    expect([first.cache, second.cache]).toEqual(['miss', 'hit']);
    expect(second.counts).toEqual(first.counts);
    expect((await summary(await stack.tokenFor(Role.OFFICER, '36.74'))).cache).toBe('miss');
    const listing = await stack.query(`{ cooperatives(first: 1) { totalCount } }`);
    expect(listing.headers.get('x-summary-cache')).toBeNull();
  });

  it("stays warm when a caller who may not write sends mutations", async () => {
    await summary();
    expect((await summary()).cache).toBe('hit');
    const analyst = await stack.tokenFor(Role.ANALYST);
    const refused = await stack.queryAs(analyst, REGISTER_COOPERATIVE, {
      input: { legalEntityNumber: 'AHU-NOPE', name: 'Koperasi Tanpa Izin', type: 'KONSUMEN', pattern: 'KONVENSIONAL', memberCount: 25, regionCode: '36.74.01.1001', reportingOffice: 'x' },
    });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await stack.queryAs(analyst, 'mutation { __typename }')).body.errors).toBeUndefined();
    expect((await summary()).cache).toBe('hit');
  });

  it('shows a write made through the gateway in the very next summary', async () => {
    const before = await summary();
    await summary();
    const created = await stack.query(REGISTER_COOPERATIVE, { input: tangselCooperativeInput(`AHU-CACHE-${Date.now()}`, 'Koperasi Konsumen Uji Cache') });
    expect(created.body.errors).toBeUndefined();
    const after = await summary();
    expect(after.cache).toBe('miss');
    expect(after.counts.cooperativeSummary.total).toBe(before.counts.cooperativeSummary.total + 1);
  });
});

describe('the gateway\'s sharing of identical subgraph queries in flight', () => {
  let stack: GraphStack;

  beforeAll(async () => {
    stack = await startGraphStack();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('sends a query that many callers of one scope ask at once to the subgraph fewer times, and answers each of them whole', async () => {
    const listing = `{ umkmActors(first: 25, filter: { region: "36.74", scale: MIKRO }) { totalCount edges { node { businessName } } } }`;
    const statements = stack.subgraphs.umkm.statements;
    const single = (await statements.during(() => stack.query(listing))).statements.length;
    const { result: answers, statements: together } = await statements.during(() => Promise.all(Array.from({ length: 20 }, () => stack.query(listing))));
    for (const answer of answers) expect(answer.body).toEqual(answers[0].body);
    expect((answers[0].body.data as { umkmActors: { edges: unknown[] } }).umkmActors.edges).toHaveLength(25);
    expect(together.length).toBeLessThan(20 * single);
  });
});
