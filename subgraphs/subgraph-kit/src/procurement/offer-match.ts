import { ArgsType, Directive, Field, Float, ID, ObjectType } from 'type-graphql';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { assertKbliPrefix } from '../classification/kbli';
import { containsPhrase, searchWords, whereFullText, type FullTextIndex } from '../database/full-text-search';
import { driverOf } from '../database/open-database';
import { whereFlag, whereWithinRegion } from '../database/query-filters';
import { assertRegionCode } from '../region/region-code';

/**
 * Most offers one subgraph returns to a supplier search. Ranking needs every candidate's score,
 * so a search is bounded here rather than paged: past this many, the buyer narrows the search.
 */
export const OFFER_MATCH_LIMIT = 200;

/**
 * One offer (a product or a business line) that a supplier search found in the subgraph holding
 * it. The umkm subgraph, which serves `suppliers`, finds its own products and asks the cooperatives
 * subgraph for its business lines as these (@inaccessible: clients never see this type).
 */
@Directive('@shareable')
@Directive('@inaccessible')
@ObjectType({ description: 'An offer found by a supplier search, with its relevance; internal to the graph.' })
export class OfferMatch {
  @Field(() => ID, { description: 'Id of the product or business line.' })
  offerId!: string;

  @Field(() => ID, { description: 'Id of the business actor or cooperative offering it.' })
  supplierId!: string;

  @Field(() => Float, { description: 'The database engine\'s text relevance (0 without a search); comparable within one answer only.' })
  relevance!: number;

  @Field({ description: 'Whether the search\'s words stand together in the offer as typed.' })
  exactPhrase!: boolean;
}

/** What a supplier search asks of every subgraph holding offers; each adds the filters it owns. */
@ArgsType()
export class OfferMatchArgs {
  @Field(() => String, { nullable: true, description: 'Words to find in the offer\'s name and description; the last may be a prefix.' })
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Kemendagri code of a region the supplier must be in.' })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'KBLI 2020 code or its first digits (at least the 2-digit division).' })
  kbli?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only offers that are (true) or are not (false) offered for government procurement.' })
  offeredForProcurement?: boolean | null;
}

/**
 * Whether a search finds its region through the full-text index (MySQL/MariaDB, with words) rather
 * than a filter on the supplier's region column: then a query needs its supplier's table only for
 * the filters it owns.
 */
export function regionSearchedByIndex(db: DataSource, args: OfferMatchArgs): boolean {
  return driverOf(db) === 'mysql' && Boolean(args.search && args.region);
}

export interface OfferMatchQuery {
  /** The offers' full-text index (its alias is the query's offer alias). */
  index: FullTextIndex;
  /** Column expressions of the offer's id, its supplier's id, the supplier's region and the KBLI code searched. */
  offerId: string;
  supplierId: string;
  region: string;
  kbli: string;
  /** Order without a search: the offer's name, say, so that pages are stable. */
  orderWithoutSearch: string;
}

/**
 * The best offers of a query filtered by what the subgraph owns, with the filters every side
 * shares applied here, in one statement: by text relevance when there is a search (at most
 * OFFER_MATCH_LIMIT; when every match scores the same, the first in the index), else in
 * `orderWithoutSearch`. Whether the words stand together as typed is
 * read from the returned rows' text, not asked of the engine: a phrase search over the whole index
 * costs MariaDB more than the search itself.
 */
export async function findOfferMatches<T extends ObjectLiteral>(db: DataSource, query: SelectQueryBuilder<T>, shape: OfferMatchQuery, args: OfferMatchArgs): Promise<OfferMatch[]> {
  const { alias, columns } = shape.index;
  query.select(shape.offerId, 'offerId').addSelect(shape.supplierId, 'supplierId').limit(OFFER_MATCH_LIMIT);
  for (const column of columns) query.addSelect(`${alias}.${column}`, column);
  if (args.kbli) query.andWhere(`${shape.kbli} LIKE :kbliPrefix`, { kbliPrefix: `${assertKbliPrefix(args.kbli)}%` });
  whereFlag(query, `${alias}.offeredForProcurement`, args.offeredForProcurement);
  // Checked before it can become a word of the MySQL search, where a space or sign would be syntax.
  if (args.region) assertRegionCode(args.region);
  const words = args.search ? searchWords(args.search) : undefined;
  const regionInIndex = regionSearchedByIndex(db, args);
  const fullText = words && whereFullText(db, query, shape.index, words, regionInIndex ? args.region : undefined);
  if (!regionInIndex) whereWithinRegion(query, shape.region, args.region);
  if (!fullText) query.addSelect('0', 'score').orderBy(shape.orderWithoutSearch).addOrderBy(shape.offerId);
  // Equal scores keep the index's order, which is stable between requests, so pages stay stable.
  else if (fullText.scoresVary) query.orderBy('score', 'DESC').addOrderBy(shape.offerId);
  const rows: Array<Record<string, string | number | null>> = await query.getRawMany();
  return rows.map((row) => ({
    offerId: String(row.offerId),
    supplierId: String(row.supplierId),
    relevance: Number(row.score),
    exactPhrase: words ? columns.some((column) => containsPhrase(String(row[column] ?? ''), words)) : false,
  }));
}
