import { RegionDirectory } from '@kumkm/subgraph-kit';

/**
 * The benchmark's fixed query mix: what coordination meetings and frontends ask most. The regions
 * are the regional offices' (present at every scale), so a run at regional and one at national
 * scale answer the same questions over tables of very different size.
 */
export interface BenchQuery {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const RAKOR: BenchQuery = {
  name: 'Rakor',
  query: `query Rakor { regions(codes: ["81", "31.72", "36.74"]) { code name
    cooperativeSummary { active byType { type count } members withoutRecentRat }
    umkmSummary { total byScale { scale count } bySector { sector count } halalCertified }
    trainingSummary(from: "2022-01-01") { programs participants certified } } }`,
};

export const QUERY_MIX: BenchQuery[] = [
  RAKOR,
  {
    name: 'DrillDown',
    query: `query DrillDown { cooperatives(filter: { region: "36.74", type: SIMPAN_PINJAM }, first: 20) { edges { node { name memberCount
      members(first: 10) { edges { node { businessName scale trainings { program { title startsOn } status } } } }
      trainings { program { title } status } } } } }`,
  },
  {
    name: 'Listing',
    query: `query Listing { umkmActors(first: 25, filter: { region: "36.74", scale: MIKRO }) { totalCount
      edges { node { businessName sector annualSales } } pageInfo { endCursor hasNextPage } } }`,
  },
  {
    name: 'Programmes',
    query: `query Programmes { trainingPrograms(first: 20, filter: { region: "81" }) { totalCount
      edges { node { title startsOn participantCount waves { number enrolled } } } } }`,
  },
  {
    name: 'Lookup',
    query: `query Lookup($nib: String!) { umkmActorByNib(nib: $nib) { id businessName scale
      cooperative { name type } trainings { program { title } status } } }`,
    variables: { nib: '3674000000382' },
  },
];

const PROVINCES = { provinces: RegionDirectory.load().provinces().map((province) => province.code) };

/**
 * Not in the mix: the widest summary questions a meeting asks, every regency and city of Indonesia
 * (the children of all 38 provinces, 514 regions) with the three subgraphs' summaries, first with
 * their totals (the issue 10 question), then with every breakdown. Timed on their own, one request
 * at a time, because one of them does the work of hundreds of mix requests.
 */
export const REGENCY_TABLES: BenchQuery[] = [
  {
    name: 'RegencyTotals',
    query: `query RegencyTotals($provinces: [String!]!) { regions(codes: $provinces) { code children { code name
      cooperativeSummary(asOfYear: 2026) { total active members }
      umkmSummary { total halalCertified }
      trainingSummary(from: "2022-01-01") { programs participants } } } }`,
    variables: PROVINCES,
  },
  {
    name: 'RegencyBreakdowns',
    query: `query RegencyBreakdowns($provinces: [String!]!) { regions(codes: $provinces) { code children { code name
      cooperativeSummary(asOfYear: 2026) { total active members withoutRecentRat byType { type count } }
      umkmSummary { total halalCertified womanOwned byScale { scale count } bySector { sector count } }
      trainingSummary(from: "2022-01-01") { programs participants certified } } } }`,
    variables: PROVINCES,
  },
];

/** The supplier search of Bela Pengadaan as a buyer's page asks it (`npm run bench:suppliers` draws its words and regions). */
export const SUPPLIER_SEARCH = `query Suppliers($search: String, $filter: SupplierFilter) { suppliers(search: $search, filter: $filter, first: 20) {
  totalCount complete edges { relevance
    node { ... on UmkmActor { id businessName regionCode scale } ... on Cooperative { id name regionCode } }
    offers { ... on Product { name offer { priceMin priceMax unit } } ... on BusinessLine { name kbliCode offer { priceMin priceMax unit } } } } } }`;

/** One supplier search of each shape, for `npm run explain`. */
export const SUPPLIER_SEARCHES: BenchQuery[] = [
  { name: 'Suppliers: a word in a province', query: SUPPLIER_SEARCH, variables: { search: 'keripik', filter: { region: '81' } } },
  { name: 'Suppliers: a prefix in a province (type-ahead)', query: SUPPLIER_SEARCH, variables: { search: 'ker', filter: { region: '81' } } },
  { name: 'Suppliers: a word in the whole country', query: SUPPLIER_SEARCH, variables: { search: 'keripik' } },
];
