import type { GraphClient } from './graph-client';
import { graphql } from './gql';

/** Savings and loan cooperatives of a region, their member businesses and everyone's training, across all three subgraphs. */
export const CooperativeDrillDown = graphql(`
  query CooperativeDrillDown($region: String!, $type: CooperativeType) {
    cooperatives(filter: { region: $region, type: $type }, first: 20) {
      edges {
        node {
          id
          name
          memberCount
          members(first: 10) {
            edges {
              node {
                businessName
                scale
                trainings {
                  status
                  program {
                    title
                    startsOn
                  }
                }
              }
            }
          }
          trainings {
            status
            program {
              title
            }
          }
        }
      }
    }
  }
`);

export interface CooperativeTrainingRecord {
  cooperative: string;
  trainedMemberBusinesses: number;
  ownTrainings: number;
}

/** For each cooperative: how many of its member businesses took part in a programme, and its own programmes. */
export async function trainingReach(client: GraphClient, region: string): Promise<CooperativeTrainingRecord[]> {
  const { cooperatives } = await client.execute(CooperativeDrillDown, { region, type: 'SIMPAN_PINJAM' });
  return cooperatives.edges.map(({ node }) => ({
    cooperative: node.name,
    // Null when the umkm or training subgraph could not answer: the rest of the answer still comes.
    trainedMemberBusinesses: node.members?.edges.filter((member) => (member.node.trainings?.length ?? 0) > 0).length ?? 0,
    ownTrainings: node.trainings?.length ?? 0,
  }));
}
