import type { GraphClient } from './graph-client';
import { graphql } from './gql';

/** Business actors of a region, one page at a time (the cursor of the last edge asks for the next page). */
export const UmkmActorListing = graphql(`
  query UmkmActorListing($region: String!, $first: Int!, $after: String) {
    umkmActors(filter: { region: $region }, first: $first, after: $after) {
      totalCount
      edges {
        node {
          nib
          businessName
          scale
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Every business actor's NIB in a region, page after page, as an export would read them. */
export async function allNibs(client: GraphClient, region: string, pageSize = 50): Promise<string[]> {
  const nibs: string[] = [];
  let after: string | null | undefined;
  do {
    const { umkmActors } = await client.execute(UmkmActorListing, { region, first: pageSize, after });
    nibs.push(...umkmActors.edges.map((edge) => edge.node.nib));
    after = umkmActors.pageInfo.hasNextPage ? umkmActors.pageInfo.endCursor : undefined;
  } while (after);
  return nibs;
}
