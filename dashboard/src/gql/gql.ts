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
    "\n  fragment Origin on RecordsOrigin {\n    synthetic\n    reported\n    latestReportedAt\n    latestOffice\n  }\n": typeof types.OriginFragmentDoc,
    "\n  fragment RegionFigures on Region {\n    code\n    name\n    level\n    cooperativeSummary(asOfYear: $asOfYear) {\n      total\n      active\n      members\n      withoutRecentRat\n      withoutNik\n      annualMeetingsByYear {\n        fiscalYear\n        cooperatives\n      }\n      byType {\n        type\n        count\n      }\n    }\n    umkmSummary {\n      total\n      halalCertified\n      womanOwned\n      withoutKbliCode\n      annualSales\n      byScale {\n        scale\n        count\n      }\n      bySector {\n        sector\n        count\n      }\n    }\n    trainingSummary(from: $from, to: $to) {\n      programs\n      participants\n      completed\n      certified\n      byYear {\n        year\n        participants\n      }\n    }\n    cooperativeRecords {\n      ...Origin\n    }\n    umkmRecords {\n      ...Origin\n    }\n    trainingRecords {\n      ...Origin\n    }\n  }\n": typeof types.RegionFiguresFragmentDoc,
    "\n  query RegionsSideBySide($codes: [String!]!, $from: LocalDate, $to: LocalDate, $asOfYear: Int) {\n    regions(codes: $codes) {\n      ...RegionFigures\n    }\n  }\n": typeof types.RegionsSideBySideDocument,
    "\n  query RegionDrillDown($code: String!, $from: LocalDate, $to: LocalDate, $asOfYear: Int) {\n    region(code: $code) {\n      code\n      name\n      children {\n        ...RegionFigures\n      }\n    }\n  }\n": typeof types.RegionDrillDownDocument,
};
const documents: Documents = {
    "\n  fragment Origin on RecordsOrigin {\n    synthetic\n    reported\n    latestReportedAt\n    latestOffice\n  }\n": types.OriginFragmentDoc,
    "\n  fragment RegionFigures on Region {\n    code\n    name\n    level\n    cooperativeSummary(asOfYear: $asOfYear) {\n      total\n      active\n      members\n      withoutRecentRat\n      withoutNik\n      annualMeetingsByYear {\n        fiscalYear\n        cooperatives\n      }\n      byType {\n        type\n        count\n      }\n    }\n    umkmSummary {\n      total\n      halalCertified\n      womanOwned\n      withoutKbliCode\n      annualSales\n      byScale {\n        scale\n        count\n      }\n      bySector {\n        sector\n        count\n      }\n    }\n    trainingSummary(from: $from, to: $to) {\n      programs\n      participants\n      completed\n      certified\n      byYear {\n        year\n        participants\n      }\n    }\n    cooperativeRecords {\n      ...Origin\n    }\n    umkmRecords {\n      ...Origin\n    }\n    trainingRecords {\n      ...Origin\n    }\n  }\n": types.RegionFiguresFragmentDoc,
    "\n  query RegionsSideBySide($codes: [String!]!, $from: LocalDate, $to: LocalDate, $asOfYear: Int) {\n    regions(codes: $codes) {\n      ...RegionFigures\n    }\n  }\n": types.RegionsSideBySideDocument,
    "\n  query RegionDrillDown($code: String!, $from: LocalDate, $to: LocalDate, $asOfYear: Int) {\n    region(code: $code) {\n      code\n      name\n      children {\n        ...RegionFigures\n      }\n    }\n  }\n": types.RegionDrillDownDocument,
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
export function graphql(source: "\n  fragment Origin on RecordsOrigin {\n    synthetic\n    reported\n    latestReportedAt\n    latestOffice\n  }\n"): (typeof documents)["\n  fragment Origin on RecordsOrigin {\n    synthetic\n    reported\n    latestReportedAt\n    latestOffice\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionFigures on Region {\n    code\n    name\n    level\n    cooperativeSummary(asOfYear: $asOfYear) {\n      total\n      active\n      members\n      withoutRecentRat\n      withoutNik\n      annualMeetingsByYear {\n        fiscalYear\n        cooperatives\n      }\n      byType {\n        type\n        count\n      }\n    }\n    umkmSummary {\n      total\n      halalCertified\n      womanOwned\n      withoutKbliCode\n      annualSales\n      byScale {\n        scale\n        count\n      }\n      bySector {\n        sector\n        count\n      }\n    }\n    trainingSummary(from: $from, to: $to) {\n      programs\n      participants\n      completed\n      certified\n      byYear {\n        year\n        participants\n      }\n    }\n    cooperativeRecords {\n      ...Origin\n    }\n    umkmRecords {\n      ...Origin\n    }\n    trainingRecords {\n      ...Origin\n    }\n  }\n"): (typeof documents)["\n  fragment RegionFigures on Region {\n    code\n    name\n    level\n    cooperativeSummary(asOfYear: $asOfYear) {\n      total\n      active\n      members\n      withoutRecentRat\n      withoutNik\n      annualMeetingsByYear {\n        fiscalYear\n        cooperatives\n      }\n      byType {\n        type\n        count\n      }\n    }\n    umkmSummary {\n      total\n      halalCertified\n      womanOwned\n      withoutKbliCode\n      annualSales\n      byScale {\n        scale\n        count\n      }\n      bySector {\n        sector\n        count\n      }\n    }\n    trainingSummary(from: $from, to: $to) {\n      programs\n      participants\n      completed\n      certified\n      byYear {\n        year\n        participants\n      }\n    }\n    cooperativeRecords {\n      ...Origin\n    }\n    umkmRecords {\n      ...Origin\n    }\n    trainingRecords {\n      ...Origin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionsSideBySide($codes: [String!]!, $from: LocalDate, $to: LocalDate, $asOfYear: Int) {\n    regions(codes: $codes) {\n      ...RegionFigures\n    }\n  }\n"): (typeof documents)["\n  query RegionsSideBySide($codes: [String!]!, $from: LocalDate, $to: LocalDate, $asOfYear: Int) {\n    regions(codes: $codes) {\n      ...RegionFigures\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionDrillDown($code: String!, $from: LocalDate, $to: LocalDate, $asOfYear: Int) {\n    region(code: $code) {\n      code\n      name\n      children {\n        ...RegionFigures\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionDrillDown($code: String!, $from: LocalDate, $to: LocalDate, $asOfYear: Int) {\n    region(code: $code) {\n      code\n      name\n      children {\n        ...RegionFigures\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;