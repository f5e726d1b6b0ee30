import { randomBytes } from 'node:crypto';
import { subgraph as umkmSubgraph } from '@kumkm/umkm';
import { createLogger, launchSubgraph, newId, offerTermsAfter, searchWords, whereFullText, type RunningSubgraph } from '@kumkm/subgraph-kit';
import { createTestDatabase, testDrivers, type TestDatabase } from '@kumkm/subgraph-kit/testing';

const PRODUCTS = { index: { alias: 'product', columns: ['name', 'description'], ftsTable: 'umkm_products_search' } };

/**
 * Full-text search of offers on both drivers (MySQL/MariaDB FULLTEXT, SQLite FTS5), as the
 * supplier search will use it: Indonesian text without accents or case, prefixes for type-ahead,
 * an exact phrase first, and nothing a caller types taken as syntax.
 */
describe.each(testDrivers())('full-text search of products (%s)', (driver) => {
  let database: TestDatabase;
  let umkm: RunningSubgraph;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase(driver, 'offer_search');
    umkm = await launchSubgraph(umkmSubgraph, {
      databaseUrl: database.url,
      seed: true,
      port: 0,
      logger: createLogger('test', 'silent'),
      auth: { secret: randomBytes(32).toString('hex'), issuer: 'kumkm-graph', audience: 'kumkm-graph', publicKeyAlgorithm: 'RS256' },
    });
    const [actor] = await umkm.db.query('SELECT id FROM umkm_actors LIMIT 1');
    const products = {
      phrase: ['Keripik Pisang Ambon', 'Keripik pisang renyah, kemasan 250 g'],
      apart: ['Pisang Goreng', 'Bonus keripik untuk setiap pembelian'],
      accented: ['Kéripik Singkong Pedas', null],
      other: ['Sambal Roa', 'Sambal ikan roa khas Manado'],
    };
    for (const [key, [name, description]] of Object.entries(products)) {
      ids[key] = newId();
      await umkm.db.getRepository('Product').insert({ id: ids[key], umkmActorId: actor.id, name, description, category: null, offer: offerTermsAfter(undefined) });
    }
  });

  afterAll(async () => {
    await umkm?.stop();
    await database?.drop();
  });

  /** Our products among the matches, best first. */
  const search = async (text: string): Promise<string[]> => {
    const query = umkm.db.getRepository('Product').createQueryBuilder('product').select('product.id', 'id');
    const rows: Array<{ id: string }> = await whereFullText(umkm.db, query, PRODUCTS.index, searchWords(text)).orderBy('score', 'DESC').addOrderBy('product.id').getRawMany();
    const ours = new Map(Object.entries(ids).map(([key, id]) => [id, key]));
    return rows.map((row) => ours.get(row.id)).filter((key): key is string => key !== undefined);
  };

  it('ranks the exact phrase above the same words apart, and leaves out what lacks a word', async () => {
    expect(await search('keripik pisang')).toEqual(['phrase', 'apart']);
  });

  it('finds a word whatever its case, accents or punctuation', async () => {
    expect((await search('KERIPIK')).sort()).toEqual(['accented', 'apart', 'phrase']);
    expect((await search('kéripik!!!')).sort()).toEqual(['accented', 'apart', 'phrase']);
    expect(await search('roa')).toEqual(['other']);
  });

  it('matches the start of a word, for type-ahead', async () => {
    expect((await search('keri')).sort()).toEqual(['accented', 'apart', 'phrase']);
    expect(await search('singk')).toEqual(['accented']);
  });

  it('takes operators and injection attempts as plain text, never as syntax', async () => {
    await expect(search('keripik" IN BOOLEAN MODE) OR 1=1 -- ')).resolves.toEqual([]);
    // Every word is required, "or" and "1" too: a widening trick narrows instead.
    await expect(search("roa' OR '1'='1")).resolves.toEqual([]);
    await expect(search("roa'; DROP TABLE umkm_products; --")).resolves.toEqual([]);
    await expect(search('sambal NEAR roa')).resolves.toEqual([]);
    expect(await search('roa')).toEqual(['other']);
    expect(() => searchWords('+-*"()~<>@')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    expect(() => searchWords('k'.repeat(101))).toThrow(/at most 100/);
  });

  it('follows writes: a renamed product is found by its new name, a deleted one no more', async () => {
    await umkm.db.getRepository('Product').update({ id: ids.other }, { name: 'Sambal Dabu-dabu' });
    expect(await search('dabu')).toEqual(['other']);
    await umkm.db.getRepository('Product').delete({ id: ids.other });
    expect(await search('dabu')).toEqual([]);
  });
});
