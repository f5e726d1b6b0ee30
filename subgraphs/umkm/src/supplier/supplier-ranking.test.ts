import { rankSuppliers } from './supplier-ranking';

const match = (offerId: string, supplierId: string, relevance: number, exactPhrase = false) => ({ offerId, supplierId, relevance, exactPhrase });

describe('rankSuppliers', () => {
  it('puts each kind on one scale (relative to its best), an exact phrase above any partial match', () => {
    const ranked = rankSuppliers([
      // MySQL-sized scores on one side, bm25-sized on the other: only their ratios count.
      ['UMKM_ACTOR', [match('p1', 'a1', 40), match('p2', 'a2', 10)]],
      ['COOPERATIVE', [match('l1', 'c1', 0.5, true), match('l2', 'c2', 0.45)]],
    ]);
    expect(ranked.map((supplier) => [supplier.id, supplier.relevance])).toEqual([
      ['c1', 2],
      ['a1', 1],
      ['c2', 0.9],
      ['a2', 0.25],
    ]);
  });

  it('groups a supplier\'s offers, best first, and ranks it by its best', () => {
    const ranked = rankSuppliers([['UMKM_ACTOR', [match('p1', 'a1', 8), match('p2', 'a2', 6), match('p3', 'a1', 2)]]]);
    expect(ranked).toEqual([
      { type: 'UMKM_ACTOR', id: 'a1', offerIds: ['p1', 'p3'], relevance: 1 },
      { type: 'UMKM_ACTOR', id: 'a2', offerIds: ['p2'], relevance: 0.75 },
    ]);
  });

  it('keeps the subgraphs\' order without a search (every relevance 0), and tells a cooperative from an actor with the same id', () => {
    const ranked = rankSuppliers([
      ['UMKM_ACTOR', [match('p1', 'x', 0), match('p2', 'y', 0)]],
      ['COOPERATIVE', [match('l1', 'x', 0)]],
    ]);
    expect(ranked.map((supplier) => `${supplier.type}:${supplier.id}:${supplier.relevance}`)).toEqual(['UMKM_ACTOR:x:0', 'UMKM_ACTOR:y:0', 'COOPERATIVE:x:0']);
  });
});
