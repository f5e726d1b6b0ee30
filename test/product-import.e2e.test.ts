import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSubgraphPackage } from '@kumkm/commands/subgraph-packages';
import { umkmManifest } from '@kumkm/umkm';
import { EntityOwners, readImportConfig, Role, runImport, type ImportMode, type ImportScope, type Viewer } from '@kumkm/subgraph-kit';
import { testDrivers } from '@kumkm/subgraph-kit/testing';
import { startGraphStack, type GraphStack } from './support/graph-stack';

const SHEET = path.resolve(__dirname, '../subgraphs/umkm/src/product-import/sample-sheets/products-ambon.csv');
const AMBON_OFFICE = 'Dinas Koperasi dan UKM Kota Ambon';
const admin: Viewer = { subject: 'admin-ambon', role: Role.ADMIN };

interface ProductRead {
  name: string;
  category: string | null;
  description: string | null;
  offer: { priceMin: string | null; priceMax: string | null; unit: string | null; monthlyCapacity: number | null; offeredForProcurement: boolean };
  provenance: { office: string; importedFrom: { fileName: string; row: number; importedBy: string } | null };
}

/** A product catalogue for Bela Pengadaan as the fourth kind of import (products, owned by the umkm subgraph). */
describe.each(testDrivers())('importing product catalogues (%s)', (driver) => {
  let stack: GraphStack;
  let owners: EntityOwners;
  const workDir = mkdtempSync(path.join(tmpdir(), 'product-import-'));
  const productCount = async () => Number((await stack.sql('umkm', 'SELECT COUNT(*) AS n FROM umkm_products'))[0].n);
  const importSheet = (mode: ImportMode, scope: Partial<ImportScope> = {}) => {
    const db = stack.subgraphs.umkm.server.db;
    return runImport(db, loadSubgraphPackage(umkmManifest).definition.importKinds.products.open(db, owners), {
      path: SHEET,
      fileName: path.basename(SHEET),
      table: readImportConfig({}).table,
      scope: { office: AMBON_OFFICE, regionCode: '81.71', viewer: admin, ...scope },
      mode,
      errorsFilePath: path.join(workDir, `errors-${Date.now()}.csv`),
    });
  };
  const productsOf = async (nib: string) =>
    (
      await stack.query<{ umkmActorByNib: { products: ProductRead[] } }>(
        `query($nib: String!) { umkmActorByNib(nib: $nib) { products { name category description offer { priceMin priceMax unit monthlyCapacity offeredForProcurement }
          provenance { office importedFrom { fileName row importedBy } } } } }`,
        { nib },
      )
    ).body.data!.umkmActorByNib.products;

  beforeAll(async () => {
    stack = await startGraphStack({ driver });
    owners = new EntityOwners({}, 5000, `Bearer ${stack.adminToken}`);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('reports a dry run row by row and writes nothing', async () => {
    const before = await productCount();
    const outcome = await importSheet('DRY_RUN');
    expect(outcome.report.summaryLine()).toBe('11 rows: 4 valid, 7 invalid');
    expect(outcome.report.issues.map((issue) => [issue.line, issue.column, issue.code])).toEqual([
      [7, 'NIB', 'UNKNOWN_REFERENCE'],
      [8, 'NIB', 'FORBIDDEN_REGION'],
      [9, 'Harga Tertinggi (Rp)', 'OUT_OF_RANGE'],
      [10, 'Kategori', 'INVALID_VALUE'],
      [11, 'Nama Produk', 'DUPLICATE_KEY'],
      [12, 'Nama Produk', 'REQUIRED'],
      [13, 'NIB', 'INVALID_VALUE'],
    ]);
    expect(await productCount()).toBe(before);
  });

  it('commits the valid rows with their terms and provenance, shows them to buyers, and changes nothing the second time', async () => {
    const before = await productCount();
    const outcome = await importSheet('VALID_ROWS_ONLY');
    expect(outcome.status).toBe('COMMITTED');
    expect(outcome.written).toEqual({ created: 4, updated: 0, unchanged: 0 });
    expect(await productCount()).toBe(before + 4);

    const products = await productsOf('8171000000001');
    expect(products.find((product) => product.name === 'Keripik Pisang Tanduk')).toMatchObject({
      category: 'PROCESSED_FOOD',
      description: 'Keripik pisang tanduk renyah, kemasan 250 g',
      offer: { priceMin: '15000', priceMax: '25000', unit: 'bungkus', monthlyCapacity: 2000, offeredForProcurement: true },
      provenance: { office: AMBON_OFFICE, importedFrom: { fileName: 'products-ambon.csv', row: 4, importedBy: 'admin-ambon' } },
    });
    expect(products.find((product) => product.name === 'Kain Tenun Tanimbar')).toMatchObject({ category: 'FASHION_TEXTILES', offer: { priceMin: '1250000', priceMax: null } });
    // "Makanan & Minuman", as Dinas catalogues write it.
    expect((await productsOf('8171000000002')).find((product) => product.name === 'Sambal Roa Botol')).toMatchObject({ category: 'PROCESSED_FOOD', offer: { offeredForProcurement: false } });
    const [formula] = (await productsOf('8171000000003')).filter((product) => product.name.startsWith('='));
    expect(formula.name).toBe('=HYPERLINK("http://contoh.invalid","Promo")');

    const found = await stack.query<{ suppliers: { edges: Array<{ offers: Array<{ name: string }> }> } }>(
      '{ suppliers(search: "tenun tanimbar", filter: { region: "81.71" }) { edges { offers { ... on Product { name } } } } }',
    );
    expect(found.body.data!.suppliers.edges.flatMap((edge) => edge.offers.map((offer) => offer.name))).toEqual(['Kain Tenun Tanimbar']);

    const again = await importSheet('VALID_ROWS_ONLY');
    expect(again.written).toEqual({ created: 0, updated: 0, unchanged: 4 });
    expect(await productCount()).toBe(before + 4);
  });

  it('offers its template through the gateway, like the other kinds', async () => {
    const response = await fetch(`${stack.gatewayBase}/imports/templates/products.csv`);
    expect(response.status).toBe(200);
    const [header, example] = (await response.text()).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(header.split(';').slice(0, 4)).toEqual(['NIB', 'Nama Produk', 'Kategori Barang', 'Deskripsi']);
    expect(example).toContain('Roti Sagu Kemasan');
  });

  it('refuses every row to an officer of another region', async () => {
    const outcome = await importSheet('DRY_RUN', { viewer: { subject: 'officer-tangsel', role: Role.OFFICER, region: '36.74' } });
    expect(outcome.report.summaryLine()).toBe('11 rows: 0 valid, 11 invalid');
    expect(new Set(outcome.report.issues.filter((issue) => issue.line !== 12).map((issue) => issue.code))).toEqual(new Set(['FORBIDDEN_REGION', 'INVALID_VALUE', 'OUT_OF_RANGE']));
  });
});
