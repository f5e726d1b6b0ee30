/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation RecordAnnualMeeting($cooperativeId: ID!, $input: RecordAnnualMeetingInput!) {\n    recordAnnualMeeting(cooperativeId: $cooperativeId, input: $input) {\n      id\n      fiscalYear\n      heldOn\n    }\n  }\n": typeof types.RecordAnnualMeetingDocument,
    "\n  query CooperativeDrillDown($region: String!, $type: CooperativeType) {\n    cooperatives(filter: { region: $region, type: $type }, first: 20) {\n      edges {\n        node {\n          id\n          name\n          memberCount\n          members(first: 10) {\n            edges {\n              node {\n                businessName\n                scale\n                trainings {\n                  status\n                  program {\n                    title\n                    startsOn\n                  }\n                }\n              }\n            }\n          }\n          trainings {\n            status\n            program {\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CooperativeDrillDownDocument,
    "\n  query UmkmActorListing($region: String!, $first: Int!, $after: String) {\n    umkmActors(filter: { region: $region }, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          nib\n          businessName\n          scale\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.UmkmActorListingDocument,
    "\n  query RakorOverview($codes: [String!]!, $trainingFrom: LocalDate) {\n    regions(codes: $codes) {\n      code\n      name\n      cooperativeSummary {\n        active\n        members\n        withoutRecentRat\n        byType {\n          type\n          count\n        }\n      }\n      umkmSummary {\n        total\n        halalCertified\n        byScale {\n          scale\n          count\n        }\n      }\n      trainingSummary(from: $trainingFrom) {\n        programs\n        participants\n        certified\n      }\n    }\n  }\n": typeof types.RakorOverviewDocument,
};
const documents: Documents = {
    "\n  mutation RecordAnnualMeeting($cooperativeId: ID!, $input: RecordAnnualMeetingInput!) {\n    recordAnnualMeeting(cooperativeId: $cooperativeId, input: $input) {\n      id\n      fiscalYear\n      heldOn\n    }\n  }\n": types.RecordAnnualMeetingDocument,
    "\n  query CooperativeDrillDown($region: String!, $type: CooperativeType) {\n    cooperatives(filter: { region: $region, type: $type }, first: 20) {\n      edges {\n        node {\n          id\n          name\n          memberCount\n          members(first: 10) {\n            edges {\n              node {\n                businessName\n                scale\n                trainings {\n                  status\n                  program {\n                    title\n                    startsOn\n                  }\n                }\n              }\n            }\n          }\n          trainings {\n            status\n            program {\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CooperativeDrillDownDocument,
    "\n  query UmkmActorListing($region: String!, $first: Int!, $after: String) {\n    umkmActors(filter: { region: $region }, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          nib\n          businessName\n          scale\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.UmkmActorListingDocument,
    "\n  query RakorOverview($codes: [String!]!, $trainingFrom: LocalDate) {\n    regions(codes: $codes) {\n      code\n      name\n      cooperativeSummary {\n        active\n        members\n        withoutRecentRat\n        byType {\n          type\n          count\n        }\n      }\n      umkmSummary {\n        total\n        halalCertified\n        byScale {\n          scale\n          count\n        }\n      }\n      trainingSummary(from: $trainingFrom) {\n        programs\n        participants\n        certified\n      }\n    }\n  }\n": types.RakorOverviewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAnnualMeeting($cooperativeId: ID!, $input: RecordAnnualMeetingInput!) {\n    recordAnnualMeeting(cooperativeId: $cooperativeId, input: $input) {\n      id\n      fiscalYear\n      heldOn\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAnnualMeeting($cooperativeId: ID!, $input: RecordAnnualMeetingInput!) {\n    recordAnnualMeeting(cooperativeId: $cooperativeId, input: $input) {\n      id\n      fiscalYear\n      heldOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CooperativeDrillDown($region: String!, $type: CooperativeType) {\n    cooperatives(filter: { region: $region, type: $type }, first: 20) {\n      edges {\n        node {\n          id\n          name\n          memberCount\n          members(first: 10) {\n            edges {\n              node {\n                businessName\n                scale\n                trainings {\n                  status\n                  program {\n                    title\n                    startsOn\n                  }\n                }\n              }\n            }\n          }\n          trainings {\n            status\n            program {\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CooperativeDrillDown($region: String!, $type: CooperativeType) {\n    cooperatives(filter: { region: $region, type: $type }, first: 20) {\n      edges {\n        node {\n          id\n          name\n          memberCount\n          members(first: 10) {\n            edges {\n              node {\n                businessName\n                scale\n                trainings {\n                  status\n                  program {\n                    title\n                    startsOn\n                  }\n                }\n              }\n            }\n          }\n          trainings {\n            status\n            program {\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UmkmActorListing($region: String!, $first: Int!, $after: String) {\n    umkmActors(filter: { region: $region }, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          nib\n          businessName\n          scale\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query UmkmActorListing($region: String!, $first: Int!, $after: String) {\n    umkmActors(filter: { region: $region }, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          nib\n          businessName\n          scale\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RakorOverview($codes: [String!]!, $trainingFrom: LocalDate) {\n    regions(codes: $codes) {\n      code\n      name\n      cooperativeSummary {\n        active\n        members\n        withoutRecentRat\n        byType {\n          type\n          count\n        }\n      }\n      umkmSummary {\n        total\n        halalCertified\n        byScale {\n          scale\n          count\n        }\n      }\n      trainingSummary(from: $trainingFrom) {\n        programs\n        participants\n        certified\n      }\n    }\n  }\n"): (typeof documents)["\n  query RakorOverview($codes: [String!]!, $trainingFrom: LocalDate) {\n    regions(codes: $codes) {\n      code\n      name\n      cooperativeSummary {\n        active\n        members\n        withoutRecentRat\n        byType {\n          type\n          count\n        }\n      }\n      umkmSummary {\n        total\n        halalCertified\n        byScale {\n          scale\n          count\n        }\n      }\n      trainingSummary(from: $trainingFrom) {\n        programs\n        participants\n        certified\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;