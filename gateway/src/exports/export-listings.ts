import { canReadPersonalData, type Viewer } from '@kumkm/subgraph-kit';
import { ExportRefusal } from './export-refusal';

/** How a query-string value becomes a filter variable; GraphQL then validates it (an unknown enum value is BAD_USER_INPUT). */
type FilterValue = 'text' | 'boolean' | 'int';

/** One column of an export: its Indonesian header, and how a row's value is read from a node. */
export interface ExportColumn {
  header: string;
  value: (node: any) => unknown;
}

/**
 * A listing the graph exports as a file: the paged GraphQL query that reads it (the public API,
 * with the caller's token), its filters (those of the GraphQL query), and its columns. Personal
 * columns (names: personal data under UU PDP) come only with `?columns=personal`, for a role that
 * may read them in the region asked.
 */
export interface ExportListing {
  /** The root field the query pages through. */
  field: string;
  query: string;
  filters: Record<string, FilterValue>;
  /** Arguments of the root field beside its filter (a search's words), taken from the query string too. */
  arguments?: Record<string, FilterValue>;
  /** A row is an edge (a supplier with its matching offers), not only its node. */
  rowIsEdge?: boolean;
  columns: ExportColumn[];
  personalColumns: ExportColumn[];
  /** The fields the personal columns need, added to the query's node selection. */
  personalSelection: string;
}

const provenanceColumns: ExportColumn[] = [
  { header: 'Kode Wilayah', value: (node) => node.regionCode },
  { header: 'Wilayah', value: (node) => node.region?.name },
  { header: 'Dilaporkan oleh', value: (node) => node.provenance.office },
  { header: 'Tanggal Laporan', value: (node) => String(node.provenance.reportedAt).slice(0, 10) },
];

const pagedQuery = (name: string, field: string, filterType: string, selection: string) =>
  `query ${name}($filter: ${filterType}, $first: Int!, $after: String) { ${field}(filter: $filter, first: $first, after: $after) { edges { node { ${selection} regionCode region { name } provenance { office reportedAt } } } pageInfo { hasNextPage endCursor } } }`;

export const EXPORT_LISTINGS: Record<string, ExportListing> = {
  cooperatives: {
    field: 'cooperatives',
    query: pagedQuery('ExportCooperatives', 'cooperatives', 'CooperativeFilter', 'nik legalEntityNumber name type pattern status isMerahPutih memberCount establishedOn lastAnnualMeetingYear assets businessVolume address'),
    filters: { region: 'text', type: 'text', pattern: 'text', status: 'text', isMerahPutih: 'boolean', establishedFrom: 'text', establishedTo: 'text', noAnnualMeetingSince: 'int', nameContains: 'text' },
    columns: [
      { header: 'Nomor Induk Koperasi (NIK)', value: (node) => node.nik },
      { header: 'No. Badan Hukum', value: (node) => node.legalEntityNumber },
      { header: 'Nama Koperasi', value: (node) => node.name },
      { header: 'Jenis Koperasi', value: (node) => node.type },
      { header: 'Pola', value: (node) => node.pattern },
      { header: 'Status', value: (node) => node.status },
      { header: 'Koperasi Merah Putih', value: (node) => (node.isMerahPutih ? 'Ya' : 'Tidak') },
      { header: 'Jumlah Anggota', value: (node) => node.memberCount },
      { header: 'Tgl Badan Hukum', value: (node) => node.establishedOn },
      { header: 'Tahun RAT Terakhir', value: (node) => node.lastAnnualMeetingYear },
      { header: 'Aset (Rp)', value: (node) => node.assets },
      { header: 'Volume Usaha (Rp)', value: (node) => node.businessVolume },
      { header: 'Alamat', value: (node) => node.address },
      ...provenanceColumns,
    ],
    personalColumns: [
      { header: 'Pengurus dan Pengawas', value: (node) => node.officers?.map((officer: { fullName: string; position: string }) => `${officer.fullName} (${officer.position})`).join('; ') },
    ],
    personalSelection: 'officers { fullName position }',
  },
  'umkm-actors': {
    field: 'umkmActors',
    query: pagedQuery('ExportUmkmActors', 'umkmActors', 'UmkmActorFilter', 'nib businessName sector kbliVersion scale annualSales assets employees isWomanOwned halalCertification { number certifiedOn }'),
    filters: { region: 'text', scale: 'text', sector: 'text', isHalalCertified: 'boolean', isWomanOwned: 'boolean', cooperativeId: 'text', nameContains: 'text' },
    columns: [
      { header: 'NIB', value: (node) => node.nib },
      { header: 'Nama Usaha', value: (node) => node.businessName },
      { header: 'Sektor (KBLI)', value: (node) => node.sector },
      { header: 'Versi KBLI', value: (node) => node.kbliVersion },
      { header: 'Skala Usaha', value: (node) => node.scale },
      { header: 'Omzet per Tahun (Rp)', value: (node) => node.annualSales },
      { header: 'Aset (Rp)', value: (node) => node.assets },
      { header: 'Jumlah Tenaga Kerja', value: (node) => node.employees },
      { header: 'Milik Perempuan', value: (node) => (node.isWomanOwned ? 'Ya' : 'Tidak') },
      { header: 'No. Sertifikat Halal', value: (node) => node.halalCertification?.number },
      { header: 'Tanggal Sertifikat Halal', value: (node) => node.halalCertification?.certifiedOn },
      ...provenanceColumns,
    ],
    personalColumns: [{ header: 'Nama Pemilik', value: (node) => node.ownerName }],
    personalSelection: 'ownerName',
  },
  'training-programs': {
    field: 'trainingPrograms',
    query: pagedQuery('ExportTrainingPrograms', 'trainingPrograms', 'TrainingProgramFilter', 'title kind organizer venue startsOn endsOn topics audience participantCount'),
    filters: { region: 'text', from: 'text', to: 'text', kind: 'text', organizerContains: 'text' },
    columns: [
      { header: 'Nama Kegiatan', value: (node) => node.title },
      { header: 'Jenis Kegiatan', value: (node) => node.kind },
      { header: 'Penyelenggara', value: (node) => node.organizer },
      { header: 'Tempat', value: (node) => node.venue },
      { header: 'Tanggal Mulai', value: (node) => node.startsOn },
      { header: 'Tanggal Selesai', value: (node) => node.endsOn },
      { header: 'Materi', value: (node) => node.topics.join('; ') },
      { header: 'Sasaran', value: (node) => node.audience },
      { header: 'Jumlah Peserta', value: (node) => node.participantCount },
      ...provenanceColumns,
    ],
    personalColumns: [],
    personalSelection: '',
  },
  suppliers: {
    field: 'suppliers',
    query: `query ExportSuppliers($search: String, $filter: SupplierFilter, $first: Int!, $after: String) { suppliers(search: $search, filter: $filter, first: $first, after: $after) {
      edges { relevance
        node { __typename
          ... on UmkmActor { nib businessName scale halalCertification { number } cooperative { name ratCompliant } trainingReadiness { completedPrograms certificates } regionCode region { name } }
          ... on Cooperative { nik name ratCompliant trainingReadiness { completedPrograms certificates } regionCode region { name } } }
        offers { ... on Product { name offer { ...Terms } } ... on BusinessLine { name kbliCode offer { ...Terms } } } }
      pageInfo { hasNextPage endCursor } } }
      fragment Terms on OfferTerms { priceMin priceMax unit monthlyCapacity offeredForProcurement }`,
    filters: { region: 'text', category: 'text', kbli: 'text', halal: 'boolean', scale: 'text', trained: 'boolean', offeredForProcurement: 'boolean' },
    arguments: { search: 'text' },
    rowIsEdge: true,
    columns: [
      { header: 'Jenis Penyedia', value: (edge) => (edge.node.__typename === 'Cooperative' ? 'Koperasi' : 'UMKM') },
      { header: 'Nama Penyedia', value: (edge) => edge.node.businessName ?? edge.node.name },
      { header: 'NIB / NIK Koperasi', value: (edge) => edge.node.nib ?? edge.node.nik },
      { header: 'Kode Wilayah', value: (edge) => edge.node.regionCode },
      { header: 'Wilayah', value: (edge) => edge.node.region?.name },
      { header: 'Skala Usaha', value: (edge) => edge.node.scale },
      { header: 'No. Sertifikat Halal', value: (edge) => edge.node.halalCertification?.number },
      { header: 'Anggota Koperasi', value: (edge) => edge.node.cooperative?.name },
      { header: 'RAT Tertib', value: (edge) => yesNo(edge.node.ratCompliant ?? edge.node.cooperative?.ratCompliant) },
      { header: 'Pelatihan Selesai', value: (edge) => edge.node.trainingReadiness?.completedPrograms },
      { header: 'Sertifikat Pelatihan', value: (edge) => edge.node.trainingReadiness?.certificates },
      { header: 'Penawaran', value: (edge) => edge.offers.map(describeOffer).join('; ') },
      { header: 'Ditawarkan untuk Pengadaan', value: (edge) => yesNo(edge.offers.some((offer: { offer: { offeredForProcurement: boolean } }) => offer.offer.offeredForProcurement)) },
      { header: 'Relevansi', value: (edge) => Math.round(edge.relevance * 1000) / 1000 },
    ],
    personalColumns: [],
    personalSelection: '',
  },
};

function yesNo(value: boolean | null | undefined): string | undefined {
  return value === undefined || value === null ? undefined : value ? 'Ya' : 'Tidak';
}

/** Numbers as Indonesian readers write them: "15.000", "2.000", "12.500,50". */
const INDONESIAN_NUMBER = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
const indonesian = (value: string | number) => INDONESIAN_NUMBER.format(Number(value));

/** "Keripik Pisang (Rp 15.000–25.000 per bungkus, 2.000 per bulan)": an offer as one cell can hold it. */
function describeOffer(offer: { name: string; offer: { priceMin: string | null; priceMax: string | null; unit: string | null; monthlyCapacity: number | null } }): string {
  const { priceMin, priceMax, unit, monthlyCapacity } = offer.offer;
  const price = priceMin && `Rp ${indonesian(priceMin)}${priceMax && priceMax !== priceMin ? `–${indonesian(priceMax)}` : ''}${unit ? ` per ${unit}` : ''}`;
  const terms = [price, monthlyCapacity && `${indonesian(monthlyCapacity)} per bulan`].filter(Boolean);
  return terms.length ? `${offer.name} (${terms.join(', ')})` : offer.name;
}

/** A query-string value as the GraphQL variable wants it. */
function typedValue(name: string, kind: FilterValue, raw: unknown): string | number | boolean {
  if (typeof raw !== 'string') throw new ExportRefusal(400, 'BAD_USER_INPUT', `Give the filter "${name}" once`);
  if (kind === 'boolean' && !['true', 'false'].includes(raw)) throw new ExportRefusal(400, 'BAD_USER_INPUT', `The filter "${name}" is true or false`);
  if (kind === 'int' && !/^\d{1,9}$/.test(raw)) throw new ExportRefusal(400, 'BAD_USER_INPUT', `The filter "${name}" is a whole number`);
  return kind === 'boolean' ? raw === 'true' : kind === 'int' ? Number(raw) : raw;
}

/** The query's variables from the query string: the filter, and the root field's other arguments. */
export function exportVariables(listing: ExportListing, query: Record<string, unknown>): Record<string, unknown> {
  const variables: Record<string, unknown> = { filter: exportFilter(listing, query) };
  for (const [name, kind] of Object.entries(listing.arguments ?? {})) if (query[name] !== undefined) variables[name] = typedValue(name, kind, query[name]);
  return variables;
}

/** The filter variables from the query string, typed as the listing's GraphQL filter wants them. */
export function exportFilter(listing: ExportListing, query: Record<string, unknown>): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(query)) {
    if (name === 'columns' || listing.arguments?.[name]) continue;
    const kind = listing.filters[name];
    if (!kind) throw new ExportRefusal(400, 'BAD_USER_INPUT', `Unknown filter "${name}"; this export takes ${[...Object.keys(listing.filters), ...Object.keys(listing.arguments ?? {})].join(', ')} and columns`);
    filter[name] = typedValue(name, kind, raw);
  }
  return filter;
}

/**
 * The columns of this export for this caller: personal ones only when asked, and only for a role
 * that reads personal data in the whole region asked (an analyst never; an officer within its own region).
 */
export function exportColumns(listing: ExportListing, columnSet: unknown, viewer: Viewer, region: unknown): ExportColumn[] {
  if (columnSet === undefined || columnSet === 'standard') return listing.columns;
  if (columnSet !== 'personal') throw new ExportRefusal(400, 'BAD_USER_INPUT', 'columns is "standard" or "personal"');
  if (listing.personalColumns.length === 0) throw new ExportRefusal(400, 'BAD_USER_INPUT', 'This export has no personal columns');
  const regionAsked = typeof region === 'string' ? region : '';
  // The whole listing must be readable: the region asked must lie within the caller's scope (every region, for an admin).
  if (!canReadPersonalData(viewer, regionAsked)) {
    throw new ExportRefusal(403, 'FORBIDDEN', `Personal columns (names, UU PDP) are exported only to officers and coordinators for their own region (give ?region=), and to admins; not to ${viewer.role.toLowerCase()}${viewer.region ? ` ${viewer.region}` : ''} for ${regionAsked || 'every region'}`);
  }
  return [...listing.columns, ...listing.personalColumns];
}
