import type { GraphClient } from './graph-client';
import { graphql } from './gql';

/** The coordination meeting's question: the three Rakor regions side by side. */
export const RakorOverview = graphql(`
  query RakorOverview($codes: [String!]!, $trainingFrom: LocalDate) {
    regions(codes: $codes) {
      code
      name
      cooperativeSummary {
        active
        members
        withoutRecentRat
        byType {
          type
          count
        }
      }
      umkmSummary {
        total
        halalCertified
        byScale {
          scale
          count
        }
      }
      trainingSummary(from: $trainingFrom) {
        programs
        participants
        certified
      }
    }
  }
`);

/** One line per region, as a meeting paper lists them. */
export async function rakorLines(client: GraphClient, codes = ['81', '31.72', '36.74']): Promise<string[]> {
  const { regions } = await client.execute(RakorOverview, { codes, trainingFrom: '2022-01-01' });
  return regions.map((region) => {
    const micro = region.umkmSummary?.byScale.find((scale) => scale.scale === 'MIKRO')?.count ?? 'n/a';
    // A summary is null when its subgraph could not answer: the line says so rather than showing 0.
    const count = (value: number | undefined) => (value === undefined ? 'n/a' : String(value));
    return `${region.name}: ${count(region.cooperativeSummary?.active)} active cooperatives, ${count(region.umkmSummary?.total)} UMKM (${micro} micro), ${count(region.trainingSummary?.participants)} trained`;
  });
}
