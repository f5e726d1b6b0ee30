import { graphql } from '../gql';

/** The supplier search as a buyer's page asks it: a page of suppliers, their readiness and the offers that matched. */
export const SupplierSearch = graphql(`
  query SupplierSearch($search: String, $filter: SupplierFilter, $after: String) {
    suppliers(search: $search, filter: $filter, first: 20, after: $after) {
      totalCount
      complete
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        relevance
        node {
          __typename
          ... on UmkmActor {
            id
            businessName
            nib
            scale
            regionCode
            region {
              name
            }
            halalCertification {
              number
            }
            cooperative {
              name
              ratCompliant
            }
            trainingReadiness {
              completedPrograms
              certificates
            }
          }
          ... on Cooperative {
            id
            name
            nik
            regionCode
            region {
              name
            }
            ratCompliant
            trainingReadiness {
              completedPrograms
              certificates
            }
          }
        }
        offers {
          __typename
          ... on Product {
            id
            name
            category
            offer {
              ...OfferTermsShown
            }
          }
          ... on BusinessLine {
            id
            name
            kbliCode
            offer {
              ...OfferTermsShown
            }
          }
        }
      }
    }
  }

  fragment OfferTermsShown on OfferTerms {
    priceMin
    priceMax
    unit
    monthlyCapacity
    offeredForProcurement
  }
`);
