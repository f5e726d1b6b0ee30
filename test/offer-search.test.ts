import { PRODUCT_OFFERS, subgraph as umkmSubgraph } from '@kumkm/umkm';
import { containsPhrase, findOfferMatches, whereFullText, newId, offerTermsAfter, searchTermsOf, reportedNow, searchWords, type OfferMatch, type RunningSubgraph } from '@kumkm/subgraph-kit';
import { testDrivers } from '@kumkm/subgraph-kit/testing';
import { seededSubgraph } from './support/seeded-subgraph';

/**
 * Full-text search of offers on both drivers (MySQL/MariaDB FULLTEXT, SQLite FTS5), as the
 * supplier search will use it: Indonesian text without accents or case, prefixes for type-ahead,
 * an exact phrase first, and nothing a caller types taken as syntax.
 */
describe.each(testDrivers())('full-text search of products (%s)', (driver) => {
  let stop: () => Promise<void>;
  let umkm: RunningSubgraph;
  const ids: Record<string, string> = {};
  let actorRegion: string;
  let otherProvince: string;

  beforeAll(async () => {
    ({ subgraph: umkm, stop } = await seededSubgraph(umkmSubgraph, driver, 'offer_search'));
    const [actor] = await umkm.db.query('SELECT id, regionCode FROM umkm_actors LIMIT 1');
    actorRegion = actor.regionCode;
    otherProvince = actorRegion.startsWith('81') ? '31' : '81';
    const products = {
      phrase: ['Keripik Pisang Ambon', 'Keripik pisang renyah, kemasan 250 g'],
      apart: ['Pisang Goreng', 'Bonus keripik untuk setiap pembelian'],
      accented: ['Kéripik Singkong Pedas', null],
      other: ['Sambal Roa', 'Sambal ikan roa khas Manado'],
    };
    for (const [key, [name, description]] of Object.entries(products)) {
      ids[key] = newId();
      await umkm.db.getRepository('Product').insert({ id: ids[key], umkmActorId: actor.id, searchTerms: searchTermsOf(actor.regionCode, [name, description]), name, description, category: null, offer: offerTermsAfter(undefined), provenance: reportedNow('Dinas Koperasi dan UKM (test)') });
    }
  });

  afterAll(async () => {
    await stop?.();
  });

  /** Our products among the matches of a search, in a region if given, with what the kit reports of each. */
  const matches = async (text: string, region?: string): Promise<Array<[string, OfferMatch]>> => {
    const query = umkm.db.getRepository('Product').createQueryBuilder('product').innerJoin('product.umkmActor', 'actor');
    const found = await findOfferMatches(umkm.db, query, PRODUCT_OFFERS, { search: text, region });
    const ours = new Map(Object.entries(ids).map(([key, id]) => [id, key]));
    return found.filter((match) => ours.has(match.offerId)).map((match) => [ours.get(match.offerId)!, match]);
  };
  /** Our products among the matches, by relevance. */
  const search = async (text: string, region?: string) => (await matches(text, region)).map(([key]) => key);

  it('tells the exact phrase from the same words apart, and leaves out what lacks a word', async () => {
    const found = Object.fromEntries(await matches('keripik pisang'));
    expect(Object.keys(found).sort()).toEqual(['apart', 'phrase']);
    expect(found.phrase.exactPhrase).toBe(true);
    expect(found.apart.exactPhrase).toBe(false);
    expect(found.phrase.relevance).toBeGreaterThan(0);
  });

  it('searches within a region, on MySQL/MariaDB as words of the index', async () => {
    expect((await search('keripik', actorRegion)).sort()).toEqual(['accented', 'apart', 'phrase']);
    expect((await search('keripik', actorRegion.split('.')[0])).sort()).toEqual(['accented', 'apart', 'phrase']);
    expect(await search('keripik', otherProvince)).toEqual([]);
  });

  it('reads a phrase as typed: in order, the last word as a prefix', () => {
    expect(containsPhrase('Keripik Pisang Ambon', ['keripik', 'pis'])).toBe(true);
    expect(containsPhrase('Pisang, keripik', ['keripik', 'pisang'])).toBe(false);
    expect(containsPhrase('Kéripik-PISANG', ['keripik', 'pisang'])).toBe(true);
    expect(searchTermsOf('81.71.01.1001', ['Keripik Pisang', null, 'ke'])).toBe('kw81 kw8171 kw817101 kw8171011001 kw81pker kw81pkeri kw81pkerip kw81pkeripi kw81ppis kw81ppisa kw81ppisan kw81ppisang');
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

  it('scores every match of an extra-words-only search the same, so it is not sorted by score', async () => {
    // "keri" in a region is one extra word (the province's prefix): equal scores, so the statement
    // takes the index's first matches instead of sorting every match in the province.
    const onMySql = driver === 'mysql';
    const vary = (words: string[], region?: string) => whereFullText(umkm.db, umkm.db.getRepository('Product').createQueryBuilder('product'), PRODUCT_OFFERS.index, words, region).scoresVary;
    expect(vary(['keri'], actorRegion)).toBe(!onMySql);
    expect(vary(['keri'], actorRegion.split('.')[0])).toBe(!onMySql);
    expect(vary(['keripik'], actorRegion)).toBe(true);
    expect(vary(['keripik', 'pis'], actorRegion)).toBe(true);
    expect(vary(['keri'])).toBe(true);
    const found = await matches('keri', actorRegion);
    expect(found.map(([key]) => key).sort()).toEqual(['accented', 'apart', 'phrase']);
    if (onMySql) expect(new Set(found.map(([, match]) => match.relevance)).size).toBe(1);
    expect(await matches('keri', actorRegion)).toEqual(found);
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
