import { offerTermsAfter, type OfferTerms } from '../procurement/offer-terms';
import type { SeededRandom } from './seeded-random';

/** What seeded offers of one kind typically ask: a price range in rupiah, a unit, a monthly capacity. */
export interface TypicalTerms {
  unit: string;
  price: [number, number];
  capacity: [number, number];
}

/**
 * Offer terms drawn around what a kind of offer typically asks: prices rounded to Rp500, the top
 * of the range 1.2 to 2.2 times its bottom, offered to government buyers with chance `offered`.
 */
export function seededOfferTerms(random: SeededRandom, typical: TypicalTerms, offered: number): OfferTerms {
  const low = Math.round(random.integer(typical.price[0], typical.price[1]) / 500) * 500;
  return offerTermsAfter({
    priceMin: String(low),
    priceMax: String(Math.round((low * (1.2 + random.next())) / 500) * 500),
    unit: typical.unit,
    monthlyCapacity: random.integer(typical.capacity[0], typical.capacity[1]),
    offeredForProcurement: random.next() < offered,
  });
}
