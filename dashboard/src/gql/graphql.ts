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

export type OriginFragment = { synthetic: number, reported: number, latestReportedAt: string | null, latestOffice: string | null };

export type RegionFiguresFragment = { code: string, name: string, level: RegionLevel, cooperativeSummary: { total: number, active: number, members: number, withoutRecentRat: number, withoutNik: number, byType: Array<{ type: CooperativeType, count: number }> } | null, umkmSummary: { total: number, halalCertified: number, womanOwned: number, byScale: Array<{ scale: BusinessScale, count: number }>, bySector: Array<{ sector: KbliCategory, count: number }> } | null, trainingSummary: { programs: number, participants: number, completed: number, certified: number } | null, cooperativeRecords: { synthetic: number, reported: number, latestReportedAt: string | null, latestOffice: string | null } | null, umkmRecords: { synthetic: number, reported: number, latestReportedAt: string | null, latestOffice: string | null } | null, trainingRecords: { synthetic: number, reported: number, latestReportedAt: string | null, latestOffice: string | null } | null };

export type RegionsSideBySideQueryVariables = Exact<{
  codes: Array<string> | string;
  from?: string | null | undefined;
  to?: string | null | undefined;
  asOfYear?: number | null | undefined;
}>;


export type RegionsSideBySideQuery = { regions: Array<{ code: string, name: string, level: RegionLevel, cooperativeSummary: { total: number, active: number, members: number, withoutRecentRat: number, withoutNik: number, byType: Array<{ type: CooperativeType, count: number }> } | null, umkmSummary: { total: number, halalCertified: number, womanOwned: number, byScale: Array<{ scale: BusinessScale, count: number }>, bySector: Array<{ sector: KbliCategory, count: number }> } | null, trainingSummary: { programs: number, participants: number, completed: number, certified: number } | null, cooperativeRecords: { synthetic: number, reported: number, latestReportedAt: string | null, latestOffice: string | null } | null, umkmRecords: { synthetic: number, reported: number, latestReportedAt: string | null, latestOffice: string | null } | null, trainingRecords: { synthetic: number, reported: number, latestReportedAt: string | null, latestOffice: string | null } | null }> };

export type RegionDrillDownQueryVariables = Exact<{
  code: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
  asOfYear?: number | null | undefined;
}>;


export type RegionDrillDownQuery = { region: { code: string, name: string, children: Array<{ code: string, name: string, level: RegionLevel, cooperativeSummary: { total: number, active: number, members: number, withoutRecentRat: number, withoutNik: number, byType: Array<{ type: CooperativeType, count: number }> } | null, umkmSummary: { total: number, halalCertified: number, womanOwned: number, byScale: Array<{ scale: BusinessScale, count: number }>, bySector: Array<{ sector: KbliCategory, count: number }> } | null, trainingSummary: { programs: number, participants: number, completed: number, certified: number } | null, cooperativeRecords: { synthetic: number, reported: number, latestReportedAt: string | null, latestOffice: string | null } | null, umkmRecords: { synthetic: number, reported: number, latestReportedAt: string | null, latestOffice: string | null } | null, trainingRecords: { synthetic: number, reported: number, latestReportedAt: string | null, latestOffice: string | null } | null }> } | null };

export const OriginFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Origin"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordsOrigin"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"latestReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"latestOffice"}}]}}]} as unknown as DocumentNode<OriginFragment, unknown>;
export const RegionFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOfYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOfYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"withoutRecentRat"}},{"kind":"Field","name":{"kind":"Name","value":"withoutNik"}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"umkmSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"halalCertified"}},{"kind":"Field","name":{"kind":"Name","value":"womanOwned"}},{"kind":"Field","name":{"kind":"Name","value":"byScale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"certified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperativeRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Origin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"umkmRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Origin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Origin"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Origin"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordsOrigin"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"latestReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"latestOffice"}}]}}]} as unknown as DocumentNode<RegionFiguresFragment, unknown>;
export const RegionsSideBySideDocument = {"__meta__":{"hash":"sha256:ad6bdd753d2c49ea820555d28c4e66130903e76ea8eae19e228f7cc44abcc155"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionsSideBySide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOfYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Origin"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordsOrigin"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"latestReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"latestOffice"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOfYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOfYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"withoutRecentRat"}},{"kind":"Field","name":{"kind":"Name","value":"withoutNik"}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"umkmSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"halalCertified"}},{"kind":"Field","name":{"kind":"Name","value":"womanOwned"}},{"kind":"Field","name":{"kind":"Name","value":"byScale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"certified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperativeRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Origin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"umkmRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Origin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Origin"}}]}}]}}]} as unknown as DocumentNode<RegionsSideBySideQuery, RegionsSideBySideQueryVariables>;
export const RegionDrillDownDocument = {"__meta__":{"hash":"sha256:865095b123a4e7732fbcb675bf2fa09993bac04e6cf21895774a1904342644cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionDrillDown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOfYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionFigures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Origin"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordsOrigin"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"latestReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"latestOffice"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOfYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOfYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"withoutRecentRat"}},{"kind":"Field","name":{"kind":"Name","value":"withoutNik"}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"umkmSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"halalCertified"}},{"kind":"Field","name":{"kind":"Name","value":"womanOwned"}},{"kind":"Field","name":{"kind":"Name","value":"byScale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"certified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperativeRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Origin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"umkmRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Origin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Origin"}}]}}]}}]} as unknown as DocumentNode<RegionDrillDownQuery, RegionDrillDownQueryVariables>;