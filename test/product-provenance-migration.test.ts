import { subgraph as umkmSubgraph } from '@kumkm/umkm';
import { type RunningSubgraph } from '@kumkm/subgraph-kit';
import { testDrivers } from '@kumkm/subgraph-kit/testing';
import { seededSubgraph } from './support/seeded-subgraph';

/**
 * Upgrading a database whose products have no provenance yet (every install before the products
 * import): the migration gives each product its business actor's, and on SQLite, whose migration
 * rebuilds the table, the full-text search still follows writes afterwards.
 */
describe.each(testDrivers())('the ProductProvenance migration on a database with products (%s)', (driver) => {
  let stop: () => Promise<void>;
  let umkm: RunningSubgraph;

  beforeAll(async () => {
    ({ subgraph: umkm, stop } = await seededSubgraph(umkmSubgraph, driver, 'product_provenance'));
  });

  afterAll(async () => {
    await stop?.();
  });

  it('fills every product\'s provenance from its business actor, down and up again', async () => {
    const db = umkm.db;
    const products = Number((await db.query('SELECT COUNT(*) AS n FROM umkm_products'))[0].n);
    expect(products).toBeGreaterThan(1000);
    // Later migrations are undone first, down to and including this one.
    const lastName = async () => (await db.query('SELECT name FROM migrations ORDER BY id DESC LIMIT 1'))[0].name as string;
    while (!(await lastName()).startsWith('ProductProvenance')) await db.undoLastMigration();
    await db.undoLastMigration();
    await expect(db.query('SELECT provenanceOffice FROM umkm_products LIMIT 1')).rejects.toThrow();
    await db.runMigrations();

    expect(Number((await db.query('SELECT COUNT(*) AS n FROM umkm_products'))[0].n)).toBe(products);
    const mismatched = await db.query(
      `SELECT COUNT(*) AS n FROM umkm_products p JOIN umkm_actors a ON a.id = p.umkmActorId
       WHERE p.provenanceOffice <> a.provenanceOffice OR p.provenanceSource <> a.provenanceSource OR p.provenanceReportedat <> a.provenanceReportedat`,
    );
    expect(Number(mismatched[0].n)).toBe(0);
    if (driver !== 'sqlite') return;
    // The rebuilt table's triggers keep the search table in step.
    const [product] = await db.query('SELECT id FROM umkm_products LIMIT 1');
    await db.query("UPDATE umkm_products SET name = 'Sagu Tumbu Istimewa' WHERE id = ?", [product.id]);
    expect(await db.query("SELECT id FROM umkm_products_search WHERE umkm_products_search MATCH 'tumbu'")).toEqual([{ id: product.id }]);
  });
});
