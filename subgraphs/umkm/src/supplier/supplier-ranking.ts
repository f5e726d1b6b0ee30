import type { OfferMatch } from '@kumkm/subgraph-kit';

/** Who offers what a search found: a business actor (its products) or a cooperative (its business lines). */
export type SupplierKind = 'UMKM_ACTOR' | 'COOPERATIVE';

/** A supplier found by a search, with its matching offers best first. */
export interface RankedSupplier {
  type: SupplierKind;
  id: string;
  offerIds: string[];
  relevance: number;
}

/**
 * Each offer's relevance on one scale across both kinds. The engines' scores (MySQL MATCH, SQLite
 * bm25) are only comparable within one answer, so each answer's are divided by its best; the
 * words standing together as typed add 1, which no partial match reaches.
 */
function normalised(matches: readonly OfferMatch[]): number[] {
  const best = Math.max(0, ...matches.map((match) => match.relevance));
  return matches.map((match) => (match.exactPhrase ? 1 : 0) + (best > 0 ? match.relevance / best : 0));
}

/**
 * Groups the offers of each kind by supplier and ranks the suppliers by their best offer. Ties keep
 * the order the subgraphs gave (by offer name without a search), business actors first.
 */
export function rankSuppliers(matches: ReadonlyArray<[SupplierKind, readonly OfferMatch[]]>): RankedSupplier[] {
  const suppliers = new Map<string, RankedSupplier>();
  for (const [type, offers] of matches) {
    const relevance = normalised(offers);
    offers.forEach((offer, index) => {
      const key = `${type}:${offer.supplierId}`;
      const supplier = suppliers.get(key) ?? { type, id: offer.supplierId, offerIds: [], relevance: relevance[index] };
      supplier.offerIds.push(offer.offerId);
      suppliers.set(key, supplier);
    });
  }
  // Offers arrive best first, so a supplier's first offer carries its best relevance.
  return [...suppliers.values()].sort((a, b) => b.relevance - a.relevance);
}
