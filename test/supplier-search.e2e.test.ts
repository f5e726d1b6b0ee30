import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { Role } from '@kumkm/subgraph-kit';
import { testDrivers } from '@kumkm/subgraph-kit/testing';
import { errorCodes, postGraphQL, startGraphStack, type GraphStack } from './support/graph-stack';

const MALUKU = '81';
const AMBON = '81.71';

const SUPPLIERS = `query($search: String, $filter: SupplierFilter, $first: Int, $after: String) {
  suppliers(search: $search, filter: $filter, first: $first, after: $after) {
    totalCount complete pageInfo { hasNextPage endCursor }
    edges { cursor relevance
      node { __typename ... on UmkmActor { id regionCode scale halalCertification { number } trainingReadiness { completedPrograms } }
                        ... on Cooperative { id regionCode status trainingReadiness { completedPrograms } } }
      offers { __typename ... on Product { id name category offer { offeredForProcurement } } ... on BusinessLine { id name kbliCode offer { offeredForProcurement } } } } } }`;

interface SupplierNode {
  __typename: 'UmkmActor' | 'Cooperative';
  id: string;
  regionCode: string;
  scale?: string;
  status?: string;
  halalCertification?: { number: string } | null;
  trainingReadiness: { completedPrograms: number };
}
interface OfferNode {
  __typename: 'Product' | 'BusinessLine';
  id: string;
  name: string;
  category?: string | null;
  kbliCode?: string;
  offer: { offeredForProcurement: boolean };
}
interface SupplierPage {
  suppliers: {
    totalCount: number;
    complete: boolean;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; relevance: number; node: SupplierNode; offers: OfferNode[] }>;
  };
}

/** The words of a text as a search engine sees them: accents, case and punctuation dropped. */
const wordsOf = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
/** Every searched word begins a word of the offer: the oracle the engines' answers are checked against. */
const offerMatches = (name: string, description: string | null, search: string) => {
  const offerWords = wordsOf(`${name} ${description ?? ''}`);
  return wordsOf(search).every((word) => offerWords.some((offerWord) => offerWord.startsWith(word)));
};
const within = (code: string, region: string) => code === region || code.startsWith(`${region}.`);

/**
 * The supplier directory for government buyers (Bela Pengadaan): one query over the offers of two
 * subgraphs, filtered by what a third owns, checked against each database's own content.
 */
describe.each(testDrivers())('suppliers search (%s)', (driver) => {
  let stack: GraphStack;
  const ours: Record<string, string> = {};
  const suppliers: Record<string, string> = {};

  const search = async (variables: Record<string, unknown>) => {
    const response = await stack.query<SupplierPage>(SUPPLIERS, { first: 100, ...variables });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.suppliers;
  };

  /** What the databases say a search in a region must find, as `Typename:id` → offer ids. */
  const expectedSuppliers = async (words: string, region: string) => {
    const products = await stack.sql<{ id: string; name: string; description: string | null; actorId: string; regionCode: string }>(
      'umkm',
      'SELECT p.id, p.name, p.description, a.id AS actorId, a.regionCode FROM umkm_products p JOIN umkm_actors a ON a.id = p.umkmActorId',
    );
    const lines = await stack.sql<{ id: string; name: string; description: string | null; cooperativeId: string; regionCode: string; status: string }>(
      'cooperatives',
      'SELECT l.id, l.name, l.description, c.id AS cooperativeId, c.regionCode, c.status FROM business_lines l JOIN cooperatives c ON c.id = l.cooperativeId',
    );
    const expected = new Map<string, string[]>();
    const add = (key: string, offerId: string) => expected.set(key, [...(expected.get(key) ?? []), offerId].sort());
    for (const product of products) if (within(product.regionCode, region) && offerMatches(product.name, product.description, words)) add(`UmkmActor:${product.actorId}`, product.id);
    for (const line of lines) if (line.status === 'ACTIVE' && within(line.regionCode, region) && offerMatches(line.name, line.description, words)) add(`Cooperative:${line.cooperativeId}`, line.id);
    return expected;
  };

  const foundSuppliers = (page: SupplierPage['suppliers']) =>
    new Map(page.edges.map((edge) => [`${edge.node.__typename}:${edge.node.id}`, edge.offers.map((offer) => offer.id).sort()]));

  beforeAll(async () => {
    stack = await startGraphStack({ driver });
    const ambonActor = async (halal: boolean) =>
      (await stack.sql<{ id: string }>('umkm', `SELECT id FROM umkm_actors WHERE regionCode LIKE '${AMBON}.%' AND halalCertificateNumber IS ${halal ? 'NOT ' : ''}NULL ORDER BY id LIMIT 1`))[0];
    const [halalActor, plainActor] = await Promise.all([ambonActor(true), ambonActor(false)]);
    suppliers.plainActor = plainActor.id;
    const [active, dissolved] = await stack.sql<{ id: string }>('cooperatives', `SELECT id FROM cooperatives WHERE regionCode LIKE '${MALUKU}.%' AND status = 'ACTIVE' ORDER BY id LIMIT 2`);
    suppliers.cooperative = active.id;
    const product = async (key: string, actor: string, input: Record<string, unknown>) => {
      const response = await stack.query<{ registerProduct: { id: string } }>(
        'mutation($actor: ID!, $input: ProductInput!) { registerProduct(umkmActorId: $actor, input: $input) { id } }',
        { actor, input },
      );
      expect(response.body.errors).toBeUndefined();
      ours[key] = response.body.data!.registerProduct.id;
    };
    const line = async (key: string, cooperative: string, input: Record<string, unknown>) => {
      const response = await stack.query<{ registerBusinessLine: { id: string } }>(
        'mutation($cooperative: ID!, $input: RegisterBusinessLineInput!) { registerBusinessLine(cooperativeId: $cooperative, input: $input) { id } }',
        { cooperative, input: { reportingOffice: 'Dinas Koperasi dan UKM Provinsi Maluku', ...input } },
      );
      expect(response.body.errors).toBeUndefined();
      ours[key] = response.body.data!.registerBusinessLine.id;
    };
    const offered = { priceMin: '15000', priceMax: '25000', unit: 'bungkus', monthlyCapacity: 2000, offeredForProcurement: true };
    await product('phrase', halalActor.id, { name: 'Keripik Pisang Tanduk Ambon', description: 'Renyah, kemasan 250 g', category: 'PROCESSED_FOOD', offer: offered });
    await product('apart', plainActor.id, { name: 'Pisang Sale Tanduk', description: 'Bonus keripik sukun untuk pembelian grosir (Ambon)', category: 'PROCESSED_FOOD', offer: { ...offered, offeredForProcurement: false } });
    await product('accented', plainActor.id, { name: 'Kéripik Sukun Pédas', description: null, category: 'PROCESSED_FOOD', offer: offered });
    await line('cooperative', active.id, { name: 'Unit Olahan Pisang Tanduk', kbliCode: '10794', description: 'Keripik pisang tanduk dari kebun anggota', offer: offered });
    await line('dissolved', dissolved.id, { name: 'Keripik Pisang Tanduk (lama)', kbliCode: '10794', description: null, offer: offered });
    // A cooperative dissolved after recording its line cannot supply any more.
    await stack.sql('cooperatives', `UPDATE cooperatives SET status = 'DISSOLVED' WHERE id = '${dissolved.id}'`);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('finds business actors and cooperatives whose offers match, exactly as the two databases hold them, in the region asked', async () => {
    for (const words of ['keripik', 'pisang tanduk', 'KÉRIPIK sukun!']) {
      const page = await search({ search: words, filter: { region: MALUKU } });
      const expected = await expectedSuppliers(words, MALUKU);
      expect(foundSuppliers(page)).toEqual(expected);
      expect(page.totalCount).toBe(expected.size);
      expect(page.complete).toBe(true);
    }
    const both = await search({ search: 'keripik', filter: { region: MALUKU } });
    expect(new Set(both.edges.map((edge) => edge.node.__typename))).toEqual(new Set(['UmkmActor', 'Cooperative']));
    expect(both.edges.flatMap((edge) => edge.offers.map((offer) => offer.id))).not.toContain(ours.dissolved);
  });

  it('ranks the words standing together as typed first, and gives each supplier its matching offers with their terms', async () => {
    const page = await search({ search: 'keripik pisang tanduk', filter: { region: AMBON } });
    const offerIds = page.edges.map((edge) => edge.offers[0].id);
    expect(offerIds[0]).toBe(ours.phrase);
    expect(offerIds.indexOf(ours.phrase)).toBeLessThan(offerIds.indexOf(ours.apart));
    expect(page.edges[0].offers[0]).toMatchObject({ __typename: 'Product', name: 'Keripik Pisang Tanduk Ambon', category: 'PROCESSED_FOOD', offer: { offeredForProcurement: true } });
    const relevance = page.edges.map((edge) => edge.relevance);
    expect(relevance).toEqual([...relevance].sort((a, b) => b - a));
    expect(relevance[0]).toBeGreaterThanOrEqual(1);
  });

  it('matches the start of a word, for type-ahead', async () => {
    const typed = foundSuppliers(await search({ search: 'keri', filter: { region: MALUKU } }));
    expect(typed).toEqual(await expectedSuppliers('keri', MALUKU));
    for (const key of foundSuppliers(await search({ search: 'keripik', filter: { region: MALUKU } })).keys()) expect(typed.has(key)).toBe(true);
  });

  it('applies each filter in the subgraph that owns it', async () => {
    const halal = await search({ search: 'keripik', filter: { region: MALUKU, halal: true } });
    expect(halal.edges.length).toBeGreaterThan(0);
    for (const edge of halal.edges) expect(edge.node).toMatchObject({ __typename: 'UmkmActor', halalCertification: { number: expect.any(String) } });

    const withoutHalal = await search({ search: 'keripik', filter: { region: MALUKU, halal: false } });
    for (const edge of withoutHalal.edges) if (edge.node.__typename === 'UmkmActor') expect(edge.node.halalCertification).toBeNull();
    expect(withoutHalal.edges.some((edge) => edge.node.__typename === 'Cooperative')).toBe(true);

    const notOffered = await search({ search: 'pisang tanduk', filter: { region: AMBON, offeredForProcurement: false } });
    expect(notOffered.edges.flatMap((edge) => edge.offers.map((offer) => offer.id))).toEqual([ours.apart]);

    const byKbli = await search({ search: 'pisang tanduk', filter: { region: MALUKU, kbli: '1079' } });
    const lines = byKbli.edges.filter((edge) => edge.node.__typename === 'Cooperative').flatMap((edge) => edge.offers);
    expect(lines.map((offer) => offer.id)).toContain(ours.cooperative);
    for (const offer of lines) expect(offer.kbliCode).toMatch(/^1079/);

    const byCategory = await search({ filter: { region: AMBON, category: 'PROCESSED_FOOD' } });
    expect(byCategory.edges.map((edge) => edge.node.__typename)).not.toContain('Cooperative');
    expect(byCategory.edges.flatMap((edge) => edge.offers.map((offer) => offer.category))).toEqual(expect.arrayContaining(['PROCESSED_FOOD']));
    for (const edge of byCategory.edges) for (const offer of edge.offers) expect(offer.category).toBe('PROCESSED_FOOD');

    const micro = await search({ search: 'keripik', filter: { region: MALUKU, scale: 'MIKRO' } });
    for (const edge of micro.edges) expect(edge.node).toMatchObject({ __typename: 'UmkmActor', scale: 'MIKRO' });
  });

  it('filters by training (owned by the training subgraph) in one statement there; a fixed few elsewhere, whatever the page', async () => {
    const ids = `query($filter: SupplierFilter) { suppliers(search: "keripik", filter: $filter, first: 100) { edges { node { __typename ... on UmkmActor { id } ... on Cooperative { id } } offers { __typename } } } }`;
    const counted = async (filter: Record<string, unknown>) => {
      const counters = (['umkm', 'cooperatives', 'training'] as const).map((name) => stack.subgraphs[name].statements);
      for (const counter of counters) counter.reset();
      const result = await stack.query<{ suppliers: { edges: Array<{ node: SupplierNode }> } }>(ids, { filter });
      expect(result.body.errors).toBeUndefined();
      const [umkmStatements, cooperativeStatements, trainingStatements] = counters.map((counter) => counter.statements);
      return { nodes: result.body.data!.suppliers.edges.map((edge) => edge.node), trainingStatements, umkmStatements, cooperativeStatements };
    };
    const all = await counted({ region: MALUKU });
    const trained = await counted({ region: MALUKU, trained: true });
    const untrained = await counted({ region: MALUKU, trained: false });
    expect(trained.trainingStatements).toHaveLength(1);
    expect(trained.trainingStatements[0]).toContain('enrollments');
    // The product search, then the page's business actors and their products, one statement each.
    expect(trained.umkmStatements).toHaveLength(3);
    expect(trained.umkmStatements.filter((statement) => statement.includes('MATCH') || statement.includes('umkm_products_search'))).toHaveLength(1);
    expect(trained.cooperativeStatements).toHaveLength(1);
    expect(trained.cooperativeStatements[0]).toContain('business_lines');
    expect(all.trainingStatements).toHaveLength(0);

    const completed = await stack.sql<{ participantId: string }>('training', "SELECT DISTINCT participantId FROM enrollments WHERE status IN ('COMPLETED', 'CERTIFIED')");
    const completedIds = new Set(completed.map((row) => row.participantId));
    expect(trained.nodes.length).toBeGreaterThan(0);
    expect(untrained.nodes.length).toBeGreaterThan(0);
    expect(trained.nodes.every((node) => completedIds.has(node.id))).toBe(true);
    expect(untrained.nodes.some((node) => completedIds.has(node.id))).toBe(false);
    expect(trained.nodes.length + untrained.nodes.length).toBe(all.nodes.length);
  });

  it('bounds what the training subgraph is asked about trained suppliers, and answers within the bound', async () => {
    const ask = async (umkmActorIds: string[]) =>
      postGraphQL<{ participantsTrained: { umkmActorIds: string[] } }>(
        stack.subgraphs.training.server.url,
        'query($u: [ID!]!) { participantsTrained(umkmActorIds: $u, cooperativeIds: []) { umkmActorIds } }',
        { u: umkmActorIds },
        await stack.tokenFor(Role.ANALYST),
      );
    const [completed] = await stack.sql<{ participantId: string }>('training', "SELECT participantId FROM enrollments WHERE participantType = 'UMKM_ACTOR' AND status IN ('COMPLETED', 'CERTIFIED') LIMIT 1");
    const unknown = '0190f6a2-7c3e-7d4b-9a1f-2b3c4d5e6f70';
    const answered = await ask([completed.participantId, unknown]);
    expect(answered.body.data?.participantsTrained.umkmActorIds).toEqual([completed.participantId]);
    const tooMany = await ask(Array.from({ length: 201 }, () => unknown));
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
  });

  it('pages through the ranking without repeating or losing a supplier', async () => {
    const whole = await search({ search: 'keripik', filter: { region: MALUKU } });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: SupplierPage['suppliers'] = await search({ search: 'keripik', filter: { region: MALUKU }, first: 3, after });
      seen.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(whole.edges.map((edge) => edge.node.id));
    expect(seen.length).toBeGreaterThan(3);
  });

  it('refuses a search that would list the whole country, and every malformed argument, with BAD_USER_INPUT', async () => {
    const refused = async (variables: Record<string, unknown>) => errorCodes(await stack.query(SUPPLIERS, variables));
    expect(await refused({})).toEqual(['BAD_USER_INPUT']);
    // Spaces beside a filter are no words, as the page sends an empty box.
    expect(await refused({ search: '   ', filter: { region: AMBON } })).toEqual([]);
    expect(await refused({ search: '   ', filter: {} })).toEqual(['BAD_USER_INPUT']);
    expect(await refused({ search: '+-*"()~<>@' })).toEqual(['BAD_USER_INPUT']);
    expect(await refused({ search: 'k'.repeat(101) })).toEqual(['BAD_USER_INPUT']);
    expect(await refused({ search: 'keripik', filter: { region: '99' } })).toEqual(['BAD_USER_INPUT']);
    expect(await refused({ search: 'keripik', filter: { kbli: 'C10' } })).toEqual(['BAD_USER_INPUT']);
    expect(await refused({ search: 'keripik', filter: { category: 'SNACKS' } })).toEqual(['BAD_USER_INPUT']);
    expect(await refused({ search: 'keripik', after: 'bm90LWEtY3Vyc29y' })).toEqual(['BAD_USER_INPUT']);
    expect(await refused({ search: 'keripik', first: 101 })).toEqual(['BAD_USER_INPUT']);
    // The internal fields the search asks of other subgraphs are not part of the API.
    expect(errorCodes(await stack.query('{ businessLineOfferMatches(search: "keripik") { offerId } }'))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(errorCodes(await stack.query('{ participantsTrained(umkmActorIds: [], cooperativeIds: []) { umkmActorIds } }'))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('exports the results as CSV and XLSX through /exports/suppliers, equal to the API, with the same refusals', async () => {
    const analyst = await stack.tokenFor(Role.ANALYST);
    const download = async (path: string) => {
      const response = await fetch(`${stack.gatewayBase}/exports/${path}`, { headers: { authorization: `Bearer ${analyst}` } });
      return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
    };
    const api = await search({ search: 'keripik pisang', filter: { region: MALUKU, offeredForProcurement: true } });
    const csv = await download('suppliers.csv?search=keripik%20pisang&region=81&offeredForProcurement=true');
    expect(csv.status).toBe(200);
    const [header, ...rows] = Papa.parse<string[]>(csv.bytes.toString('utf8').replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;
    expect(header.slice(0, 3)).toEqual(['Jenis Penyedia', 'Nama Penyedia', 'NIB / NIK Koperasi']);
    expect(rows).toHaveLength(api.totalCount);
    expect(rows.length).toBeGreaterThan(0);
    const offers = header.indexOf('Penawaran');
    expect(rows.find((row) => row[offers].startsWith('Keripik Pisang Tanduk Ambon (Rp 15.000–25.000 per bungkus, 2.000 per bulan)'))).toBeDefined();
    expect(rows.map((row) => row[header.indexOf('Kode Wilayah')]).every((code) => code.startsWith('81.'))).toBe(true);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download('suppliers.xlsx?search=keripik%20pisang&region=81&offeredForProcurement=true')).bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets[0].actualRowCount).toBe(1 + api.totalCount);

    for (const refused of ['suppliers.csv', 'suppliers.csv?halal=maybe&search=keripik', 'suppliers.csv?search=keripik&region=99', 'suppliers.csv?search=keripik&colour=red']) {
      const file = await download(refused);
      expect([refused, file.status]).toEqual([refused, 400]);
      expect(JSON.parse(file.bytes.toString('utf8')).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('follows a supplier that moves to another region (on MySQL/MariaDB, the offers\' region words follow)', async () => {
    const [{ regionCode: tangselVillage }] = await stack.sql<{ regionCode: string }>('umkm', "SELECT regionCode FROM umkm_actors WHERE regionCode LIKE '36.74.%' ORDER BY regionCode LIMIT 1");
    const office = { reportingOffice: 'Dinas Koperasi dan UKM Kota Tangerang Selatan' };
    const moved = await Promise.all([
      stack.query('mutation($id: ID!, $input: UpdateUmkmActorInput!) { updateUmkmActor(id: $id, input: $input) { id } }', { id: suppliers.plainActor, input: { regionCode: tangselVillage, ...office } }),
      stack.query('mutation($id: ID!, $input: UpdateCooperativeInput!) { updateCooperative(id: $id, input: $input) { id } }', { id: suppliers.cooperative, input: { regionCode: tangselVillage, ...office } }),
    ]);
    for (const answer of moved) expect(answer.body.errors).toBeUndefined();
    const offersIn = async (region: string) => (await search({ search: 'keripik', filter: { region } })).edges.flatMap((edge) => edge.offers.map((offer) => offer.id));
    expect(await offersIn('36')).toEqual(expect.arrayContaining([ours.accented, ours.apart, ours.cooperative]));
    const inMaluku = await offersIn(MALUKU);
    for (const offer of [ours.accented, ours.apart, ours.cooperative]) expect(inMaluku).not.toContain(offer);
    expect(inMaluku).toContain(ours.phrase);
  });

  it('finds a renamed offer by its new name as it is typed, and no more by its old one', async () => {
    const renamed = await stack.query('mutation($id: ID!) { updateProduct(id: $id, input: { name: "Dodol Rumput Laut", description: "Dodol khas Ambon" }) { id } }', { id: ours.phrase });
    expect(renamed.body.errors).toBeUndefined();
    const offersFor = async (words: string) => (await search({ search: words, filter: { region: AMBON } })).edges.flatMap((edge) => edge.offers.map((offer) => offer.id));
    expect(await offersFor('dodo')).toContain(ours.phrase);
    expect(await offersFor('rumput la')).toContain(ours.phrase);
    expect(await offersFor('tanduk')).not.toContain(ours.phrase);
    expect(foundSuppliers(await search({ search: 'dodo', filter: { region: AMBON } }))).toEqual(await expectedSuppliers('dodo', AMBON));
  });
});
