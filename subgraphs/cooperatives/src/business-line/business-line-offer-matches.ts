import { findOfferMatches, type OfferMatch, type OfferMatchArgs, type OfferMatchQuery, type SubgraphContext } from '@kumkm/subgraph-kit';
import { CooperativeStatus } from '../cooperative/cooperative.enums';
import { BusinessLine } from './business-line.entity';

/** Business lines as the kit's offer search reads them: aliased `line`, their cooperative `cooperative`. */
export const BUSINESS_LINE_OFFERS: OfferMatchQuery = {
  index: { alias: 'line', columns: ['name', 'description'], searchTerms: 'searchTerms', ftsTable: 'business_lines_search' },
  offerId: 'line.id',
  supplierId: 'line.cooperativeId',
  region: 'cooperative.regionCode',
  kbli: 'line.kbliCode',
  orderWithoutSearch: 'line.name',
};

/**
 * Business lines of active cooperatives matching a supplier search, best first. A cooperative
 * that is inactive or dissolved cannot supply, whatever its lines say.
 */
export function businessLineOfferMatches(context: SubgraphContext, args: OfferMatchArgs): Promise<OfferMatch[]> {
  const query = context.db
    .getRepository(BusinessLine)
    .createQueryBuilder('line')
    .innerJoin('line.cooperative', 'cooperative')
    .where('cooperative.status = :active', { active: CooperativeStatus.ACTIVE });
  return findOfferMatches(context.db, query, BUSINESS_LINE_OFFERS, args);
}
