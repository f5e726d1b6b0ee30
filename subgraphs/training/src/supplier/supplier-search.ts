import {
  assertKbliPrefix,
  assertKnownRegion,
  badUserInput,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  OFFER_MATCH_LIMIT,
  searchWords,
  type EntityOwners,
  type OfferMatch,
  type PageArgs,
  type SubgraphContext,
} from '@kumkm/subgraph-kit';
import { In } from 'typeorm';
import { Enrollment } from '../enrollment/enrollment.entity';
import { EnrollmentStatus, ParticipantType } from '../enrollment/enrollment.enums';
import { Cooperative, UmkmActor } from '../participant/participant.types';
import { rankSuppliers, type RankedSupplier } from './supplier-ranking';
import { BusinessLine, Product, type SupplierConnection, type SupplierEdge, type SupplierFilter } from './supplier.types';

const MATCH_FIELDS = 'offerId supplierId relevance exactPhrase';

const PRODUCT_MATCHES = `query($search: String, $region: String, $kbli: String, $offeredForProcurement: Boolean, $category: ProductCategory, $halal: Boolean, $scale: BusinessScale) {
  matches: productOfferMatches(search: $search, region: $region, kbli: $kbli, offeredForProcurement: $offeredForProcurement, category: $category, halal: $halal, scale: $scale) { ${MATCH_FIELDS} }
}`;

const BUSINESS_LINE_MATCHES = `query($search: String, $region: String, $kbli: String, $offeredForProcurement: Boolean) {
  matches: businessLineOfferMatches(search: $search, region: $region, kbli: $kbli, offeredForProcurement: $offeredForProcurement) { ${MATCH_FIELDS} }
}`;

const COMPLETED = [EnrollmentStatus.COMPLETED, EnrollmentStatus.CERTIFIED];

/**
 * A search with neither words nor a filter would list the whole country; each filter's value is
 * checked here, before any subgraph is asked.
 */
function assertNarrowed(search: string | null | undefined, filter: SupplierFilter): void {
  if (search?.trim()) searchWords(search);
  if (filter.region) assertKnownRegion(filter.region, 'filter.region');
  if (filter.kbli) assertKbliPrefix(filter.kbli, 'filter.kbli');
  const filtered = Object.values(filter).some((value) => value !== undefined && value !== null);
  if (!search?.trim() && !filtered) throw badUserInput('Give words to search for or a filter (a region, say): a search without either would list every supplier in the country', { argument: 'search' });
}

/** Cooperatives hold no products, scale or halal certificate: a filter on those leaves them out. */
function cooperativesCanMatch(filter: SupplierFilter): boolean {
  return !filter.category && !filter.scale && filter.halal !== true;
}

async function askMatches(owners: EntityOwners, typename: string, query: string, variables: Record<string, unknown>): Promise<OfferMatch[]> {
  const data = await owners.ask<{ matches: OfferMatch[] }>(typename, query, variables);
  return data.matches;
}

/** The suppliers among `ranked` with (or without) a completed programme, in one statement. */
async function whereTrained(context: SubgraphContext, ranked: RankedSupplier[], trained: boolean): Promise<RankedSupplier[]> {
  if (ranked.length === 0) return ranked;
  const rows: Array<Pick<Enrollment, 'participantType' | 'participantId'>> = await context.db
    .getRepository(Enrollment)
    .createQueryBuilder('enrollment')
    .select(['enrollment.participantType', 'enrollment.participantId'])
    .distinct(true)
    .where({ participantId: In(ranked.map((supplier) => supplier.id)), status: In(COMPLETED) })
    .getMany();
  const completed = new Set(rows.map((row) => `${row.participantType}:${row.participantId}`));
  return ranked.filter((supplier) => completed.has(`${supplier.type}:${supplier.id}`) === trained);
}

function edgeOf(supplier: RankedSupplier, position: number): SupplierEdge {
  const isCooperative = supplier.type === ParticipantType.COOPERATIVE;
  return {
    cursor: encodeCursor([position]),
    node: Object.assign(isCooperative ? new Cooperative() : new UmkmActor(), { id: supplier.id }),
    offers: supplier.offerIds.map((id) => Object.assign(isCooperative ? new BusinessLine() : new Product(), { id })),
    relevance: supplier.relevance,
  };
}

function offsetAfter(after: string | undefined): number {
  if (!after) return 0;
  const [position] = decodeCursor(after, 1);
  if (typeof position !== 'number' || !Number.isInteger(position) || position < 0) throw badUserInput('The "after" cursor is not one this list issued', { argument: 'after' });
  return position + 1;
}

/**
 * Suppliers whose offers match a search (Bela Pengadaan): the umkm and cooperatives subgraphs each
 * rank their own offers with the caller's token, at once; this subgraph merges them, applies the
 * training filter it owns, and pages. Three statements in all, whatever the page.
 */
export async function searchSuppliers(context: SubgraphContext, search: string | null | undefined, filter: SupplierFilter = {}, page: PageArgs = {}): Promise<SupplierConnection> {
  assertNarrowed(search, filter);
  const { trained, category, halal, scale, ...shared } = filter;
  const common = { search: search?.trim() || null, region: shared.region, kbli: shared.kbli, offeredForProcurement: shared.offeredForProcurement };
  const [products, businessLines] = await Promise.all([
    askMatches(context.entityOwners, 'UmkmActor', PRODUCT_MATCHES, { ...common, category, halal, scale }),
    cooperativesCanMatch(filter) ? askMatches(context.entityOwners, 'Cooperative', BUSINESS_LINE_MATCHES, common) : [],
  ]);
  let ranked = rankSuppliers([[ParticipantType.UMKM_ACTOR, products], [ParticipantType.COOPERATIVE, businessLines]]);
  if (trained !== undefined && trained !== null) ranked = await whereTrained(context, ranked, trained);
  const offset = offsetAfter(page.after);
  const size = page.first ?? DEFAULT_PAGE_SIZE;
  const edges = ranked.slice(offset, offset + size).map((supplier, index) => edgeOf(supplier, offset + index));
  return {
    edges,
    pageInfo: { hasNextPage: offset + size < ranked.length, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: ranked.length,
    complete: products.length < OFFER_MATCH_LIMIT && businessLines.length < OFFER_MATCH_LIMIT,
  };
}
