import { testDrivers } from '@kumkm/subgraph-kit/testing';
import { startGraphStack, type GraphQLResponse, type GraphStack } from './support/graph-stack';

const TANGSEL = '36.74';

interface CooperativePage {
  cooperatives: { edges: Array<{ node: { ratCompliant: boolean } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

interface ActorReadiness {
  id: string;
  nib: string;
  scale: string;
  halalCertification: { number: string } | null;
  cooperative: { ratCompliant: boolean } | null;
  trainingReadiness: { completedPrograms: number; certificates: number };
}

/**
 * A supplier's readiness for government procurement (Bela Pengadaan), each part from the subgraph
 * that owns it: NIB, halal certificate and scale (umkm), the cooperative's RAT compliance
 * (cooperatives), programmes completed and certificates held (training). Nothing is copied.
 */
describe.each(testDrivers())('supplier readiness across subgraphs (%s)', (driver) => {
  let stack: GraphStack;

  beforeAll(async () => {
    stack = await startGraphStack({ driver });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('answers every part for a page of business actors, training counted as the training database has it, in one statement there', async () => {
    const query = `{ umkmActors(first: 100, filter: { region: "${TANGSEL}" }) { edges { node { id nib scale halalCertification { number }
      cooperative { ratCompliant(asOfYear: 2026) } trainingReadiness { completedPrograms certificates } } } } }`;
    const { result, statements } = await stack.subgraphs.training.statements.during(() => stack.query<{ umkmActors: { edges: Array<{ node: ActorReadiness }> } }>(query));
    expect(result.body.errors).toBeUndefined();
    expect(statements.filter((statement) => statement.includes('enrollments'))).toHaveLength(1);
    const actors = result.body.data!.umkmActors.edges.map((edge) => edge.node);
    expect(actors).toHaveLength(100);
    const rows = await stack.sql<{ participantId: string; completed: number; certificates: number }>(
      'training',
      `SELECT participantId,
         COUNT(DISTINCT CASE WHEN status IN ('COMPLETED', 'CERTIFIED') THEN programId END) AS completed,
         SUM(CASE WHEN status = 'CERTIFIED' AND certificateNumber IS NOT NULL THEN 1 ELSE 0 END) AS certificates
       FROM enrollments WHERE participantType = 'UMKM_ACTOR' GROUP BY participantId`,
    );
    const expected = new Map(rows.map((row) => [row.participantId, { completedPrograms: Number(row.completed), certificates: Number(row.certificates) }]));
    for (const actor of actors) expect([actor.id, actor.trainingReadiness]).toEqual([actor.id, expected.get(actor.id) ?? { completedPrograms: 0, certificates: 0 }]);
    // The seed trains some of them: the comparison above is not all zeros.
    expect(actors.some((actor) => actor.trainingReadiness.completedPrograms > 0)).toBe(true);
    expect(actors.some((actor) => actor.cooperative !== null)).toBe(true);
  });

  it("counts as RAT-compliant exactly the active cooperatives the Rakor summary does not count as without a recent RAT", async () => {
    let nonCompliant = 0;
    let after: string | null = null;
    do {
      const page: GraphQLResponse<CooperativePage> = await stack.query<CooperativePage>(
        `query($after: String) { cooperatives(first: 100, after: $after, filter: { region: "${TANGSEL}", status: ACTIVE }) { edges { node { ratCompliant(asOfYear: 2026) } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      const connection = page.body.data!.cooperatives;
      nonCompliant += connection.edges.filter((edge) => !edge.node.ratCompliant).length;
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    const summary = await stack.query<{ regions: Array<{ cooperativeSummary: { withoutRecentRat: number } }> }>(
      `{ regions(codes: ["${TANGSEL}"]) { cooperativeSummary(asOfYear: 2026) { withoutRecentRat } } }`,
    );
    expect(nonCompliant).toBe(summary.body.data!.regions[0].cooperativeSummary.withoutRecentRat);
    expect(nonCompliant).toBeGreaterThan(0);
  });
});
