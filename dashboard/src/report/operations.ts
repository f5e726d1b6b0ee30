import { graphql } from '../gql';

/**
 * The page's questions. Each view is one request, whatever the number of regions: the regions side
 * by side, or one region's children when it is drilled down.
 */
graphql(`
  fragment Origin on RecordsOrigin {
    synthetic
    reported
    latestReportedAt
    latestOffice
  }
`);

graphql(`
  fragment RegionFigures on Region {
    code
    name
    level
    cooperativeSummary(asOfYear: $asOfYear) {
      total
      active
      members
      withoutRecentRat
      withoutNik
      annualMeetingsByYear {
        fiscalYear
        cooperatives
      }
      byType {
        type
        count
      }
    }
    umkmSummary {
      total
      halalCertified
      womanOwned
      withoutKbliCode
      annualSales
      byScale {
        scale
        count
      }
      bySector {
        sector
        count
      }
    }
    trainingSummary(from: $from, to: $to) {
      programs
      participants
      completed
      certified
      byYear {
        year
        participants
      }
    }
    cooperativeRecords {
      ...Origin
    }
    umkmRecords {
      ...Origin
    }
    trainingRecords {
      ...Origin
    }
  }
`);

export const RegionsSideBySide = graphql(`
  query RegionsSideBySide($codes: [String!]!, $from: LocalDate, $to: LocalDate, $asOfYear: Int) {
    regions(codes: $codes) {
      ...RegionFigures
    }
  }
`);

export const RegionDrillDown = graphql(`
  query RegionDrillDown($code: String!, $from: LocalDate, $to: LocalDate, $asOfYear: Int) {
    region(code: $code) {
      code
      name
      children {
        ...RegionFigures
      }
    }
  }
`);
