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

/** How far a participant got in a programme; it only moves forward. */
export type EnrollmentStatus =
  /** Attended. */
  | 'ATTENDED'
  /** Certified (certification programmes), with a certificate number. */
  | 'CERTIFIED'
  /** Completed the programme. */
  | 'COMPLETED'
  /** Enrolled. */
  | 'REGISTERED';

/** An annual members' meeting (RAT) to record. */
export type RecordAnnualMeetingInput = {
  /** Members present. */
  attendance?: number | null | undefined;
  /** Fiscal year (tahun buku) whose accounts the meeting approved: the year it was held or up to two years before. */
  fiscalYear: number;
  /** Date the meeting was held; not in the future. */
  heldOn: string;
  /** The regional office reporting the meeting. */
  reportingOffice: string;
};

export type RecordAnnualMeetingMutationVariables = Exact<{
  cooperativeId: string | number;
  input: RecordAnnualMeetingInput;
}>;


export type RecordAnnualMeetingMutation = { recordAnnualMeeting: { id: string, fiscalYear: number, heldOn: string } };

export type CooperativeDrillDownQueryVariables = Exact<{
  region: string;
  type?: CooperativeType | null | undefined;
}>;


export type CooperativeDrillDownQuery = { cooperatives: { edges: Array<{ node: { id: string, name: string, memberCount: number, members: { edges: Array<{ node: { businessName: string, scale: BusinessScale, trainings: Array<{ status: EnrollmentStatus, program: { title: string, startsOn: string } }> | null } }> } | null, trainings: Array<{ status: EnrollmentStatus, program: { title: string } }> | null } }> } };

export type UmkmActorListingQueryVariables = Exact<{
  region: string;
  first: number;
  after?: string | null | undefined;
}>;


export type UmkmActorListingQuery = { umkmActors: { totalCount: number, edges: Array<{ node: { nib: string, businessName: string, scale: BusinessScale } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RakorOverviewQueryVariables = Exact<{
  codes: Array<string> | string;
  trainingFrom?: string | null | undefined;
}>;


export type RakorOverviewQuery = { regions: Array<{ code: string, name: string, cooperativeSummary: { active: number, members: number, withoutRecentRat: number, byType: Array<{ type: CooperativeType, count: number }> } | null, umkmSummary: { total: number, halalCertified: number, byScale: Array<{ scale: BusinessScale, count: number }> } | null, trainingSummary: { programs: number, participants: number, certified: number } | null }> };


export const RecordAnnualMeetingDocument = {"__meta__":{"hash":"sha256:c1f00678e7aa6ea0bbfdc1206c4ea6e8ead009e176215f4828e829bbd3d9d0e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAnnualMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperativeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAnnualMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAnnualMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperativeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}}]} as unknown as DocumentNode<RecordAnnualMeetingMutation, RecordAnnualMeetingMutationVariables>;
export const CooperativeDrillDownDocument = {"__meta__":{"hash":"sha256:661b1051b4a3ab32a44ccc6a0663c2aff9da1c96e4a0171351d33bed4c9436b1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CooperativeDrillDown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CooperativeType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessName"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CooperativeDrillDownQuery, CooperativeDrillDownQueryVariables>;
export const UmkmActorListingDocument = {"__meta__":{"hash":"sha256:84f4a6ac2ce60b4b4b729a12a0f25c014dcff85a8e5f42e90618a351580c63a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UmkmActorListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"umkmActors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nib"}},{"kind":"Field","name":{"kind":"Name","value":"businessName"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<UmkmActorListingQuery, UmkmActorListingQueryVariables>;
export const RakorOverviewDocument = {"__meta__":{"hash":"sha256:ff36cc870d15cda199ba614f2569b20a33af9a5ebb2f1e42e490381d5fc0fa61"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RakorOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trainingFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativeSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"withoutRecentRat"}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"umkmSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"halalCertified"}},{"kind":"Field","name":{"kind":"Name","value":"byScale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trainingFrom"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"certified"}}]}}]}}]}}]} as unknown as DocumentNode<RakorOverviewQuery, RakorOverviewQueryVariables>;