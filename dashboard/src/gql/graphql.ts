/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Business scale by annual sales (hasil penjualan tahunan), PP 7/2021. */
export type BusinessScale =
  /** Small: annual sales over Rp2 billion up to Rp15 billion. */
  | 'KECIL'
  /** Medium: annual sales over Rp15 billion up to Rp50 billion. */
  | 'MENENGAH'
  /** Micro: annual sales up to Rp2 billion. */
  | 'MIKRO';

/** Type of cooperative (jenis koperasi). */
export type CooperativeType =
  /** Services (jasa). */
  | 'JASA'
  /** Consumer (konsumen). */
  | 'KONSUMEN'
  /** Marketing (pemasaran). */
  | 'PEMASARAN'
  /** Producer (produsen). */
  | 'PRODUSEN'
  /** Savings and loan (simpan pinjam). */
  | 'SIMPAN_PINJAM';

/** KBLI 2020 category letter (A–U) of a business sector. */
export type KbliCategory =
  /** Pertanian, Kehutanan dan Perikanan (agriculture, forestry and fishing) */
  | 'A'
  /** Pertambangan dan Penggalian (mining and quarrying) */
  | 'B'
  /** Industri Pengolahan (manufacturing) */
  | 'C'
  /** Pengadaan Listrik, Gas, Uap/Air Panas dan Udara Dingin (electricity, gas, steam and air conditioning supply) */
  | 'D'
  /** Treatment Air, Treatment Air Limbah, Treatment dan Pemulihan Material Sampah, dan Aktivitas Remediasi (water supply, sewerage, waste management) */
  | 'E'
  /** Konstruksi (construction) */
  | 'F'
  /** Perdagangan Besar dan Eceran; Reparasi dan Perawatan Mobil dan Sepeda Motor (wholesale and retail trade) */
  | 'G'
  /** Pengangkutan dan Pergudangan (transportation and storage) */
  | 'H'
  /** Penyediaan Akomodasi dan Penyediaan Makan Minum (accommodation and food service) */
  | 'I'
  /** Informasi dan Komunikasi (information and communication) */
  | 'J'
  /** Aktivitas Keuangan dan Asuransi (financial and insurance activities) */
  | 'K'
  /** Real Estat (real estate) */
  | 'L'
  /** Aktivitas Profesional, Ilmiah dan Teknis (professional, scientific and technical activities) */
  | 'M'
  /** Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi, Ketenagakerjaan, Agen Perjalanan dan Penunjang Usaha Lainnya (administrative and support services) */
  | 'N'
  /** Administrasi Pemerintahan, Pertahanan dan Jaminan Sosial Wajib (public administration) */
  | 'O'
  /** Pendidikan (education) */
  | 'P'
  /** Aktivitas Kesehatan Manusia dan Aktivitas Sosial (health and social work) */
  | 'Q'
  /** Kesenian, Hiburan dan Rekreasi (arts, entertainment and recreation) */
  | 'R'
  /** Aktivitas Jasa Lainnya (other service activities) */
  | 'S'
  /** Aktivitas Rumah Tangga sebagai Pemberi Kerja (activities of households as employers) */
  | 'T'
  /** Aktivitas Badan Internasional dan Badan Ekstra Internasional Lainnya (extraterritorial organizations) */
  | 'U';

/** Procurement category of a product (kategori barang for Bela Pengadaan). */
export type ProductCategory =
  /** Hasil pertanian, perkebunan, peternakan dan perikanan. */
  | 'AGRICULTURE_FISHERIES'
  /** Katering dan makanan siap saji untuk acara. */
  | 'CATERING'
  /** Kerajinan tangan dan suvenir. */
  | 'CRAFTS'
  /** Fesyen, batik, tenun dan tekstil. */
  | 'FASHION_TEXTILES'
  /** Alat tulis dan perlengkapan kantor. */
  | 'OFFICE_SUPPLIES'
  /** Lainnya. */
  | 'OTHER'
  /** Percetakan dan sablon. */
  | 'PRINTING'
  /** Makanan dan minuman olahan (keripik, kue, sambal, minuman kemasan). */
  | 'PROCESSED_FOOD';

/** Administrative level of a region in the Kemendagri hierarchy. */
export type RegionLevel =
  /** Kota (code PP.KK, KK from 71 to 99). */
  | 'CITY'
  /** Desa, a rural village (code PP.KK.DD.2VVV). */
  | 'DESA'
  /** Kecamatan (code PP.KK.DD). */
  | 'DISTRICT'
  /** Kelurahan, an urban village (code PP.KK.DD.1VVV). */
  | 'KELURAHAN'
  /** Provinsi (code PP). */
  | 'PROVINCE'
  /** Kabupaten (code PP.KK, KK below 71). */
  | 'REGENCY';

/** What suppliers must be or offer. Each filter is answered by the subgraph that owns it. */
export type SupplierFilter = {
  /** Procurement category of a product; lists business actors only, since business lines are classified by KBLI. */
  category?: ProductCategory | null | undefined;
  /** Only business actors holding a halal certificate (true), or suppliers without one (false); cooperatives hold none in this graph. */
  halal?: boolean | null | undefined;
  /** KBLI 2020 code or its first digits (the 2-digit division at least): a business line's code, or the code of the business actor making the product. */
  kbli?: string | null | undefined;
  /** Only offers that are (true) or are not (false) offered for government procurement. */
  offeredForProcurement?: boolean | null | undefined;
  /** Kemendagri code of the region the supplier is in (a province, regency, district or village). */
  region?: string | null | undefined;
  /** Only business actors of this scale (PP 7/2021); lists business actors only. */
  scale?: BusinessScale | null | undefined;
  /** Only suppliers that completed at least one programme of the regional offices (true), or none (false). */
  trained?: boolean | null | undefined;
};

export type OriginFragment = { synthetic: number, reported: number, latestReportedAt: string | null, latestOffice: string | null };

export type RegionFiguresFragment = { code: string, name: string, level: RegionLevel, cooperativeSummary: { total: number, active: number, members: number, withoutRecentRat: number, withoutNik: number, annualMeetingsByYear: Array<{ fiscalYear: number, cooperatives: number }>, byType: Array<{ type: CooperativeType, count: number }> } | null, umkmSummary: { total: number, halalCertified: number, womanOwned: number, withoutKbliCode: number, annualSales: string, byScale: Array<{ scale: BusinessScale, count: number }>, bySector: Array<{ sector: KbliCategory, count: number }> } | null, trainingSummary: { programs: number, participants: number, completed: number, certified: number, byYear: Array<{ year: number, participants: number }> } | null, cooperativeRecords: { synthetic: number, reported: number, latestReportedAt: string | null, latestOffice: string | null } | null, umkmRecords: { synthetic: number, reported: number, latestReportedAt: string | null, latestOffice: string | null } | null, trainingRecords: { synthetic: number, reported: number, latestReportedAt: string | null, latestOffice: string | null } | null };

export type RegionsSideBySideQueryVariables = Exact<{
  codes: Array<string> | string;
  from?: string | null | undefined;
  to?: string | null | undefined;
  asOfYear?: number | null | undefined;
}>;


export type RegionsSideBySideQuery = { regions: Array<{ code: string, name: string, level: RegionLevel, cooperativeSummary: { total: number, active: number, members: number, withoutRecentRat: number, withoutNik: number, annualMeetingsByYear: Array<{ fiscalYear: number, cooperatives: number }>, byType: Array<{ type: CooperativeType, count: number }> } | null, umkmSummary: { total: number, halalCertified: number, womanOwned: number, withoutKbliCode: number, annualSales: string, byScale: Array<{ scale: BusinessScale, count: number }>, bySector: Array<{ sector: KbliCategory, count: number }> } | null, trainingSummary: { programs: number, participants: number, completed: number, certified: number, byYear: Array<{ year: number, participants: number }> } | null, cooperativeRecords: { synthetic: number, reported: number, latestReportedAt: string | null, latestOffice: string | null } | null, umkmRecords: { synthetic: number, reported: number, latestReportedAt: string | null, latestOffice: string | null } | null, trainingRecords: { synthetic: number, reported: number, latestReportedAt: string | null, latestOffice: string | null } | null }> };

export type RegionDrillDownQueryVariables = Exact<{
  code: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
  asOfYear?: number | null | undefined;
}>;


export type RegionDrillDownQuery = { region: { code: string, name: string, children: Array<{ code: string, name: string, level: RegionLevel, cooperativeSummary: { total: number, active: number, members: number, withoutRecentRat: number, withoutNik: number, annualMeetingsByYear: Array<{ fiscalYear: number, cooperatives: number }>, byType: Array<{ type: CooperativeType, count: number }> } | null, umkmSummary: { total: number, halalCertified: number, womanOwned: number, withoutKbliCode: number, annualSales: string, byScale: Array<{ scale: BusinessScale, count: number }>, bySector: Array<{ sector: KbliCategory, count: number }> } | null, trainingSummary: { programs: number, participants: number, completed: number, certified: number, byYear: Array<{ year: number, participants: number }> } | null, cooperativeRecords: { synthetic: number, reported: number, latestReportedAt: string | null, latestOffice: string | null } | null, umkmRecords: { synthetic: number, reported: number, latestReportedAt: string | null, latestOffice: string | null } | null, trainingRecords: { synthetic: number, reported: number, latestReportedAt: string | null, latestOffice: string | null } | null }> } | null };

export type SupplierSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  filter?: SupplierFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type SupplierSearchQuery = { suppliers: { totalCount: number, complete: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ relevance: number, node:
        | { __typename: 'Cooperative', id: string, name: string, nik: string | null, regionCode: string, ratCompliant: boolean, region: { name: string } | null, trainingReadiness: { completedPrograms: number, certificates: number } | null }
        | { __typename: 'UmkmActor', id: string, businessName: string, nib: string, scale: BusinessScale, regionCode: string, region: { name: string } | null, halalCertification: { number: string } | null, cooperative: { name: string, ratCompliant: boolean } | null, trainingReadiness: { completedPrograms: number, certificates: number } | null }
      , offers: Array<
        | { __typename: 'BusinessLine', id: string, name: string, kbliCode: string, offer: { priceMin: string | null, priceMax: string | null, unit: string | null, monthlyCapacity: number | null, offeredForProcurement: boolean } }
        | { __typename: 'Product', id: string, name: string, category: ProductCategory | null, offer: { priceMin: string | null, priceMax: string | null, unit: string | null, monthlyCapacity: number | null, offeredForProcurement: boolean } }
      > }> } };

export type OfferTermsShownFragment = { priceMin: string | null, priceMax: string | null, unit: string | null, monthlyCapacity: number | null, offeredForProcurement: boolean };

export const OriginFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Origin"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordsOrigin"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"latestReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"latestOffice"}}]}}]} as unknown as DocumentNode<OriginFragment, unknown>;
export const RegionFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOfYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOfYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"withoutRecentRat"}},{"kind":"Field","name":{"kind":"Name","value":"withoutNik"}},{"kind":"Field","name":{"kind":"Name","value":"annualMeetingsByYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"cooperatives"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"umkmSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"halalCertified"}},{"kind":"Field","name":{"kind":"Name","value":"womanOwned"}},{"kind":"Field","name":{"kind":"Name","value":"withoutKbliCode"}},{"kind":"Field","name":{"kind":"Name","value":"annualSales"}},{"kind":"Field","name":{"kind":"Name","value":"byScale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"certified"}},{"kind":"Field","name":{"kind":"Name","value":"byYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperativeRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Origin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"umkmRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Origin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Origin"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Origin"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordsOrigin"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"latestReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"latestOffice"}}]}}]} as unknown as DocumentNode<RegionFiguresFragment, unknown>;
export const OfferTermsShownFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferTermsShown"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfferTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceMin"}},{"kind":"Field","name":{"kind":"Name","value":"priceMax"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"offeredForProcurement"}}]}}]} as unknown as DocumentNode<OfferTermsShownFragment, unknown>;
export const RegionsSideBySideDocument = {"__meta__":{"hash":"sha256:b7150af66e263a4fbba59c6a2d190c2b7c9a86cfbca622b6b3a86299b86383f6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionsSideBySide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOfYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Origin"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordsOrigin"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"latestReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"latestOffice"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOfYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOfYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"withoutRecentRat"}},{"kind":"Field","name":{"kind":"Name","value":"withoutNik"}},{"kind":"Field","name":{"kind":"Name","value":"annualMeetingsByYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"cooperatives"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"umkmSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"halalCertified"}},{"kind":"Field","name":{"kind":"Name","value":"womanOwned"}},{"kind":"Field","name":{"kind":"Name","value":"withoutKbliCode"}},{"kind":"Field","name":{"kind":"Name","value":"annualSales"}},{"kind":"Field","name":{"kind":"Name","value":"byScale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"certified"}},{"kind":"Field","name":{"kind":"Name","value":"byYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperativeRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Origin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"umkmRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Origin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Origin"}}]}}]}}]} as unknown as DocumentNode<RegionsSideBySideQuery, RegionsSideBySideQueryVariables>;
export const RegionDrillDownDocument = {"__meta__":{"hash":"sha256:5dad9e86afb397868b58ca31fc709084cff1b45cac237ddceec7155a358c19d5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionDrillDown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOfYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionFigures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Origin"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordsOrigin"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"latestReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"latestOffice"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOfYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOfYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"withoutRecentRat"}},{"kind":"Field","name":{"kind":"Name","value":"withoutNik"}},{"kind":"Field","name":{"kind":"Name","value":"annualMeetingsByYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"cooperatives"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"umkmSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"halalCertified"}},{"kind":"Field","name":{"kind":"Name","value":"womanOwned"}},{"kind":"Field","name":{"kind":"Name","value":"withoutKbliCode"}},{"kind":"Field","name":{"kind":"Name","value":"annualSales"}},{"kind":"Field","name":{"kind":"Name","value":"byScale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"certified"}},{"kind":"Field","name":{"kind":"Name","value":"byYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperativeRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Origin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"umkmRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Origin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Origin"}}]}}]}}]} as unknown as DocumentNode<RegionDrillDownQuery, RegionDrillDownQueryVariables>;
export const SupplierSearchDocument = {"__meta__":{"hash":"sha256:7ab5e2953a60517480e08fa74bc4a8bad6f6f885fd7c1eb33c4afd8f8ffe1fd8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupplierSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UmkmActor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"businessName"}},{"kind":"Field","name":{"kind":"Name","value":"nib"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"halalCertification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ratCompliant"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingReadiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedPrograms"}},{"kind":"Field","name":{"kind":"Name","value":"certificates"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cooperative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nik"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratCompliant"}},{"kind":"Field","name":{"kind":"Name","value":"trainingReadiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedPrograms"}},{"kind":"Field","name":{"kind":"Name","value":"certificates"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferTermsShown"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kbliCode"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferTermsShown"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferTermsShown"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfferTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceMin"}},{"kind":"Field","name":{"kind":"Name","value":"priceMax"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"offeredForProcurement"}}]}}]} as unknown as DocumentNode<SupplierSearchQuery, SupplierSearchQueryVariables>;