import {
  assertKbliPrefix,
  assertKnownRegion,
  badUserInput,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  OFFER_MATCH_LIMIT,
  recordsById,
  searchWords,
  type OfferMatch,
  type PageArgs,
  type SubgraphContext,
} from '@kumkm/subgraph-kit';
import { Cooperative } from '../cooperative/cooperative.type';
import { Product } from '../product/product.entity';
import { productOfferMatches } from '../product/product-offer-matches';
import { umkmActorById } from '../umkm-actor/umkm-actor.loaders';
import { rankSuppliers, type RankedSupplier } from './supplier-ranking';
import { BusinessLine, type SupplierConnection, type SupplierEdge, type SupplierFilter } from './supplier.types';

const BUSINESS_LINE_MATCHES = `query($search: String, $region: String, $kbli: String, $offeredForProcurement: Boolean) {
  matches: businessLineOfferMatches(search: $search, region: $region, kbli: $kbli, offeredForProcurement: $offeredForProcurement) { offerId supplierId relevance exactPhrase }
}`;

const TRAINED = `query($umkmActorIds: [ID!]!, $cooperativeIds: [ID!]!) {
  trained: participantsTrained(umkmActorIds: $umkmActorIds, cooperativeIds: $cooperativeIds) { umkmActorIds cooperativeIds }
}`;

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

/** The cooperatives subgraph's business lines matching the search, with the caller's token. */
async function businessLineMatches(context: SubgraphContext, variables: Record<string, unknown>): Promise<OfferMatch[]> {
  const data = await context.entityOwners.ask<{ matches: OfferMatch[] }>('Cooperative', BUSINESS_LINE_MATCHES, variables);
  return data.matches;
}

/** The suppliers among `ranked` with (or without) a completed programme: one question to the training subgraph. */
async function whereTrained(context: SubgraphContext, ranked: RankedSupplier[], trained: boolean): Promise<RankedSupplier[]> {
  if (ranked.length === 0) return ranked;
  const idsOf = (type: RankedSupplier['type']) => ranked.filter((supplier) => supplier.type === type).map((supplier) => supplier.id);
  const { trained: answer } = await context.entityOwners.ask<{ trained: { umkmActorIds: string[]; cooperativeIds: string[] } }>('TrainingProgram', TRAINED, {
    umkmActorIds: idsOf('UMKM_ACTOR'),
    cooperativeIds: idsOf('COOPERATIVE'),
  });
  const completed = new Set([...answer.umkmActorIds.map((id) => `UMKM_ACTOR:${id}`), ...answer.cooperativeIds.map((id) => `COOPERATIVE:${id}`)]);
  return ranked.filter((supplier) => completed.has(`${supplier.type}:${supplier.id}`) === trained);
}

/**
 * One supplier of a page. Business actors and their products are this subgraph's own, so they are
 * loaded here (batched: one statement each for the whole page) and their fields answered in the same
 * response; cooperatives and business lines are references the gateway resolves in their subgraph.
 * Null for a business actor removed between the search and this read: left out rather than answered half.
 */
async function edgeOf(context: SubgraphContext, supplier: RankedSupplier, position: number): Promise<SupplierEdge | null> {
  const cursor = encodeCursor([position]);
  const { relevance } = supplier;
  if (supplier.type === 'COOPERATIVE') {
    return { cursor, node: Object.assign(new Cooperative(), { id: supplier.id }), offers: supplier.offerIds.map((id) => Object.assign(new BusinessLine(), { id })), relevance };
  }
  const [node, offers] = await Promise.all([umkmActorById(context).load(supplier.id), Promise.all(supplier.offerIds.map((id) => recordsById(context, Product).load(id)))]);
  if (!node) return null;
  return { cursor, node, offers: offers.filter((offer): offer is Product => offer !== null), relevance };
}

function offsetAfter(after: string | undefined): number {
  if (!after) return 0;
  const [position] = decodeCursor(after, 1);
  if (typeof position !== 'number' || !Number.isInteger(position) || position < 0) throw badUserInput('The "after" cursor is not one this list issued', { argument: 'after' });
  return position + 1;
}

/**
 * Suppliers whose offers match a search (Bela Pengadaan): this subgraph's products and the
 * cooperatives subgraph's business lines, each ranked by its own engine, searched at once; merged
 * here, filtered by training when asked (the training subgraph owns it), and paged.
 */
export async function searchSuppliers(context: SubgraphContext, search: string | null | undefined, filter: SupplierFilter = {}, page: PageArgs = {}): Promise<SupplierConnection> {
  assertNarrowed(search, filter);
  const { trained, category, halal, scale, ...shared } = filter;
  const common = { search: search?.trim() || null, region: shared.region, kbli: shared.kbli, offeredForProcurement: shared.offeredForProcurement };
  const [products, businessLines] = await Promise.all([
    productOfferMatches(context, { ...common, category, halal, scale }),
    cooperativesCanMatch(filter) ? businessLineMatches(context, common) : [],
  ]);
  let ranked = rankSuppliers([['UMKM_ACTOR', products], ['COOPERATIVE', businessLines]]);
  if (trained !== undefined && trained !== null) ranked = await whereTrained(context, ranked, trained);
  const offset = offsetAfter(page.after);
  const size = page.first ?? DEFAULT_PAGE_SIZE;
  const edges = (await Promise.all(ranked.slice(offset, offset + size).map((supplier, index) => edgeOf(context, supplier, offset + index)))).filter((edge): edge is SupplierEdge => edge !== null);
  return {
    edges,
    pageInfo: { hasNextPage: offset + size < ranked.length, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: ranked.length,
    complete: products.length < OFFER_MATCH_LIMIT && businessLines.length < OFFER_MATCH_LIMIT,
  };
}
