import { Role } from '@kumkm/subgraph-kit';
import { testDrivers } from '@kumkm/subgraph-kit/testing';
import { errorCodes, startGraphStack, type GraphStack } from './support/graph-stack';

const TANGSEL = '36.74';
const AMBON = '81.71';

const REGISTER_PRODUCT = `mutation($actor: ID!, $input: ProductInput!) { registerProduct(umkmActorId: $actor, input: $input) {
  id name category offer { priceMin priceMax unit monthlyCapacity offeredForProcurement } } }`;
const UPDATE_PRODUCT = `mutation($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) {
  id name category offer { priceMin priceMax unit monthlyCapacity offeredForProcurement } } }`;
const REGISTER_LINE = `mutation($cooperative: ID!, $input: RegisterBusinessLineInput!) { registerBusinessLine(cooperativeId: $cooperative, input: $input) {
  id name kbliCode kbliCategory offer { priceMin priceMax unit monthlyCapacity offeredForProcurement } provenance { office } } }`;
const UPDATE_LINE = `mutation($id: ID!, $input: UpdateBusinessLineInput!) { updateBusinessLine(id: $id, input: $input) {
  id kbliCode offer { priceMin priceMax unit offeredForProcurement } } }`;

const KERIPIK = {
  name: 'Keripik Pisang Ambon',
  description: 'Keripik pisang renyah, kemasan 250 g',
  category: 'PROCESSED_FOOD',
  offer: { priceMin: '15000', priceMax: '25000', unit: 'bungkus', monthlyCapacity: 2000, offeredForProcurement: true },
};
const CATERING = {
  name: 'Unit Katering',
  kbliCode: '56210',
  description: 'Nasi kotak untuk rapat dan acara dinas',
  offer: { priceMin: '25000', priceMax: '45000', unit: 'porsi', monthlyCapacity: 6000, offeredForProcurement: true },
  reportingOffice: 'Dinas Koperasi dan UKM Kota Tangerang Selatan',
};

/** What suppliers offer to government buyers (Bela Pengadaan): UMKM products and cooperatives' business lines. */
describe.each(testDrivers())('procurement offers (%s)', (driver) => {
  let stack: GraphStack;
  let tangselOfficer: string;
  let ambonOfficer: string;
  let analyst: string;
  let actorId: string;
  let cooperativeId: string;

  beforeAll(async () => {
    stack = await startGraphStack({ driver });
    [tangselOfficer, ambonOfficer, analyst] = await Promise.all([stack.tokenFor(Role.OFFICER, TANGSEL), stack.tokenFor(Role.OFFICER, AMBON), stack.tokenFor(Role.ANALYST)]);
    const found = await stack.query<{ umkmActors: { edges: Array<{ node: { id: string } }> }; cooperatives: { edges: Array<{ node: { id: string } }> } }>(
      `{ umkmActors(first: 1, filter: { region: "${TANGSEL}" }) { edges { node { id } } } cooperatives(first: 1, filter: { region: "${TANGSEL}" }) { edges { node { id } } } }`,
    );
    actorId = found.body.data!.umkmActors.edges[0].node.id;
    cooperativeId = found.body.data!.cooperatives.edges[0].node.id;
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const productCount = async () => Number((await stack.sql<{ n: number }>('umkm', 'SELECT COUNT(*) AS n FROM umkm_products'))[0].n);
  const lineCount = async () => Number((await stack.sql<{ n: number }>('cooperatives', 'SELECT COUNT(*) AS n FROM business_lines'))[0].n);

  describe('UMKM products', () => {
    it('records a product with its terms, and shows it on the business actor', async () => {
      const created = await stack.queryAs<{ registerProduct: { id: string } }>(tangselOfficer, REGISTER_PRODUCT, { actor: actorId, input: KERIPIK });
      expect(created.body.errors).toBeUndefined();
      expect(created.body.data!.registerProduct).toMatchObject({ name: KERIPIK.name, category: 'PROCESSED_FOOD', offer: KERIPIK.offer });
      const read = await stack.query<{ umkmActor: { products: Array<{ id: string; offer: unknown }> } }>(
        `query($id: ID!) { umkmActor(id: $id) { products { id offer { priceMin priceMax unit monthlyCapacity offeredForProcurement } } } }`,
        { id: actorId },
      );
      expect(read.body.data!.umkmActor.products).toContainEqual({ id: created.body.data!.registerProduct.id, offer: KERIPIK.offer });
    });

    it('changes only what an update gives, and refuses a range the update would invert', async () => {
      const created = await stack.queryAs<{ registerProduct: { id: string } }>(tangselOfficer, REGISTER_PRODUCT, { actor: actorId, input: KERIPIK });
      const id = created.body.data!.registerProduct.id;
      const updated = await stack.queryAs<{ updateProduct: unknown }>(tangselOfficer, UPDATE_PRODUCT, { id, input: { offer: { monthlyCapacity: 3500 } } });
      expect(updated.body.data!.updateProduct).toMatchObject({ name: KERIPIK.name, offer: { ...KERIPIK.offer, monthlyCapacity: 3500 } });
      const inverted = await stack.queryAs(tangselOfficer, UPDATE_PRODUCT, { id, input: { offer: { priceMin: '30000' } } });
      expect(errorCodes(inverted)).toEqual(['BAD_USER_INPUT']);
      const [row] = await stack.sql('umkm', 'SELECT priceMin, monthlyCapacity FROM umkm_products WHERE id = ?', [id]);
      expect([Number(row.priceMin), Number(row.monthlyCapacity)]).toEqual([15000, 3500]);
    });

    it.each([
      ['an inverted price range', { ...KERIPIK, offer: { priceMin: '25000', priceMax: '15000' } }],
      ['a negative price', { ...KERIPIK, offer: { priceMin: '-1' } }],
      ['a negative capacity', { ...KERIPIK, offer: { monthlyCapacity: -5 } }],
    ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_what, input) => {
      const before = await productCount();
      const refused = await stack.queryAs(tangselOfficer, REGISTER_PRODUCT, { actor: actorId, input });
      expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(await productCount()).toBe(before);
    });

    it('is FORBIDDEN to an officer of another region and to an analyst, and writes nothing', async () => {
      const before = await productCount();
      expect(errorCodes(await stack.queryAs(ambonOfficer, REGISTER_PRODUCT, { actor: actorId, input: KERIPIK }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await stack.queryAs(analyst, REGISTER_PRODUCT, { actor: actorId, input: KERIPIK }))).toEqual(['FORBIDDEN']);
      expect(await productCount()).toBe(before);
      const [product] = await stack.sql<{ id: string }>('umkm', 'SELECT id FROM umkm_products WHERE umkmActorId = ? LIMIT 1', [actorId]);
      expect(errorCodes(await stack.queryAs(ambonOfficer, UPDATE_PRODUCT, { id: product.id, input: { name: 'Diambil alih' } }))).toEqual(['FORBIDDEN']);
    });
  });

  describe('cooperative business lines (unit usaha)', () => {
    it('records a business line with its KBLI code and terms, and lists it on the cooperative', async () => {
      const created = await stack.queryAs<{ registerBusinessLine: { id: string } }>(tangselOfficer, REGISTER_LINE, { cooperative: cooperativeId, input: CATERING });
      expect(created.body.errors).toBeUndefined();
      expect(created.body.data!.registerBusinessLine).toMatchObject({ name: 'Unit Katering', kbliCode: '56210', kbliCategory: 'I', offer: CATERING.offer, provenance: { office: CATERING.reportingOffice } });
      const read = await stack.query<{ cooperative: { businessLines: Array<{ id: string }> } }>(`query($id: ID!) { cooperative(id: $id) { businessLines { id } } }`, { id: cooperativeId });
      expect(read.body.data!.cooperative.businessLines).toContainEqual({ id: created.body.data!.registerBusinessLine.id });
    });

    it('updates a line, and refuses an unknown KBLI division or an inverted range without writing', async () => {
      const created = await stack.queryAs<{ registerBusinessLine: { id: string } }>(tangselOfficer, REGISTER_LINE, { cooperative: cooperativeId, input: CATERING });
      const id = created.body.data!.registerBusinessLine.id;
      const updated = await stack.queryAs<{ updateBusinessLine: unknown }>(tangselOfficer, UPDATE_LINE, { id, input: { kbliCode: '56290', reportingOffice: CATERING.reportingOffice } });
      expect(updated.body.data!.updateBusinessLine).toMatchObject({ kbliCode: '56290', offer: { priceMin: '25000', priceMax: '45000' } });
      const before = await lineCount();
      expect(errorCodes(await stack.queryAs(tangselOfficer, REGISTER_LINE, { cooperative: cooperativeId, input: { ...CATERING, kbliCode: '00000' } }))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await stack.queryAs(tangselOfficer, REGISTER_LINE, { cooperative: cooperativeId, input: { ...CATERING, kbliCode: '562' } }))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await stack.queryAs(tangselOfficer, UPDATE_LINE, { id, input: { offer: { priceMax: '1000' }, reportingOffice: CATERING.reportingOffice } }))).toEqual(['BAD_USER_INPUT']);
      expect(await lineCount()).toBe(before);
      const [row] = await stack.sql('cooperatives', 'SELECT kbliCode, priceMax FROM business_lines WHERE id = ?', [id]);
      expect([row.kbliCode, Number(row.priceMax)]).toEqual(['56290', 45000]);
    });

    it('is FORBIDDEN to an officer of another region, and writes nothing', async () => {
      const before = await lineCount();
      expect(errorCodes(await stack.queryAs(ambonOfficer, REGISTER_LINE, { cooperative: cooperativeId, input: CATERING }))).toEqual(['FORBIDDEN']);
      expect(await lineCount()).toBe(before);
    });

    it('reads the business lines of a page of cooperatives in one statement', async () => {
      const query = `query($first: Int) { cooperatives(first: $first, filter: { region: "${TANGSEL}" }) { edges { node { id businessLines { name } } } } }`;
      const small = await stack.subgraphs.cooperatives.statements.during(() => stack.query(query, { first: 5 }));
      const large = await stack.subgraphs.cooperatives.statements.during(() => stack.query(query, { first: 50 }));
      expect(large.result.body.errors).toBeUndefined();
      expect(large.statements.filter((statement) => statement.includes('business_lines'))).toHaveLength(1);
      expect(large.statements.length).toBe(small.statements.length);
    });
  });
});
