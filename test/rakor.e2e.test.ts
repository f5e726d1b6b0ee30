import { testDrivers } from '@kumkm/subgraph-kit/testing';
import { startGraphStack, type GraphStack, type SubgraphName } from './support/graph-stack';

const RAKOR = `query Rakor {
  regions(codes: ["81", "31.72", "36.74"]) {
    code name
    cooperativeSummary(asOfYear: 2026) { active byType { type count } members withoutRecentRat }
    umkmSummary { total byScale { scale count } bySector { sector count } halalCertified womanOwned employees annualSales }
    trainingSummary(from: "2022-01-01") { programs participants completed certified byKind { kind programs participants } }
  }
}`;

const DRILL_DOWN = `query DrillDown($first: Int) {
  cooperatives(filter: { region: "36.74", type: SIMPAN_PINJAM }, first: $first) {
    edges { node {
      name memberCount
      members(first: 10) { edges { node { businessName scale trainings { program { title startsOn } status } } } }
      trainings { program { title } status }
    } }
  }
}`;

interface RakorRegion {
  code: string;
  umkmSummary: {
    total: number;
    byScale: Array<{ scale: string; count: number }>;
    bySector: Array<{ sector: string; count: number }>;
    halalCertified: number;
    womanOwned: number;
    employees: number;
    annualSales: string;
  };
  trainingSummary: {
    programs: number;
    participants: number;
    completed: number;
    certified: number;
    byKind: Array<{ kind: string; programs: number; participants: number }>;
  };
}

describe.each(testDrivers())('the coordination view across all three subgraphs (%s)', (driver) => {
  let stack: GraphStack;
  const count = async (subgraph: SubgraphName, query: string, parameters: unknown[] = []) => Number((await stack.sql(subgraph, query, parameters))[0].n);
  const within = (column: string, code: string) => ({ where: `(${column} = ? OR ${column} LIKE ?)`, parameters: [code, `${code}.%`] });

  beforeAll(async () => {
    stack = await startGraphStack({ driver });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('answers the Rakor query with UMKM and training counts equal to SQL counts on each subgraph\'s database', async () => {
    const response = await stack.query<{ regions: RakorRegion[] }>(RAKOR);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.regions.map((region) => region.code)).toEqual(['81', '31.72', '36.74']);
    for (const region of response.body.data!.regions) {
      const actors = within('regionCode', region.code);
      const umkm = region.umkmSummary;
      expect(umkm.total).toBe(await count('umkm', `SELECT COUNT(*) AS n FROM umkm_actors WHERE ${actors.where}`, actors.parameters));
      expect(umkm.halalCertified).toBe(
        await count('umkm', `SELECT COUNT(*) AS n FROM umkm_actors WHERE halalCertificateNumber IS NOT NULL AND ${actors.where}`, actors.parameters),
      );
      expect(umkm.womanOwned).toBe(await count('umkm', `SELECT COUNT(*) AS n FROM umkm_actors WHERE isWomanOwned = 1 AND ${actors.where}`, actors.parameters));
      expect(umkm.employees).toBe(await count('umkm', `SELECT COALESCE(SUM(employees), 0) AS n FROM umkm_actors WHERE ${actors.where}`, actors.parameters));
      expect(Number(umkm.annualSales)).toBe(await count('umkm', `SELECT COALESCE(SUM(annualSales), 0) AS n FROM umkm_actors WHERE ${actors.where}`, actors.parameters));
      for (const { scale, count: n } of umkm.byScale) {
        expect(n).toBe(await count('umkm', `SELECT COUNT(*) AS n FROM umkm_actors WHERE scale = ? AND ${actors.where}`, [scale, ...actors.parameters]));
      }
      for (const { sector, count: n } of umkm.bySector) {
        expect(n).toBe(await count('umkm', `SELECT COUNT(*) AS n FROM umkm_actors WHERE sector = ? AND ${actors.where}`, [sector, ...actors.parameters]));
      }
      expect(umkm.bySector.reduce((sum, entry) => sum + entry.count, 0)).toBe(umkm.total);

      const programs = within('regionCode', region.code);
      const inRange = `SELECT id FROM training_programs WHERE startsOn >= '2022-01-01' AND ${programs.where}`;
      const training = region.trainingSummary;
      expect(training.programs).toBe(await count('training', `SELECT COUNT(*) AS n FROM (${inRange}) p`, programs.parameters));
      expect(training.participants).toBe(await count('training', `SELECT COUNT(*) AS n FROM enrollments WHERE programId IN (${inRange})`, programs.parameters));
      expect(training.completed).toBe(
        await count('training', `SELECT COUNT(*) AS n FROM enrollments WHERE status IN ('COMPLETED', 'CERTIFIED') AND programId IN (${inRange})`, programs.parameters),
      );
      expect(training.certified).toBe(
        await count('training', `SELECT COUNT(*) AS n FROM enrollments WHERE status = 'CERTIFIED' AND programId IN (${inRange})`, programs.parameters),
      );
      expect(training.byKind.reduce((sum, entry) => sum + entry.participants, 0)).toBe(training.participants);
    }
  });

  it('returns the facts of the regional reports exactly', async () => {
    const response = await stack.query<{ trainingPrograms: { edges: Array<{ node: Record<string, any> }> } }>(`{
      trainingPrograms(first: 100, filter: { to: "2025-12-31" }) { edges { node {
        title kind startsOn endsOn venue organizer participantCount region { code name }
        waves { number heldOn venue target capacity enrolled }
      } } }
    }`);
    expect(response.body.errors).toBeUndefined();
    const programs = response.body.data!.trainingPrograms.edges.map((edge) => edge.node);
    const tangsel = programs.find((program) => program.startsOn === '2024-01-15')!;
    expect(tangsel).toMatchObject({ kind: 'CERTIFICATION', venue: 'Aula Blandongan Puspemkot Tangsel', region: { name: 'Kota Tangerang Selatan' } });
    expect(tangsel.waves).toEqual([
      { number: 1, heldOn: '2024-01-15', venue: 'Aula Blandongan Puspemkot Tangsel', target: null, capacity: null, enrolled: 382 },
      { number: 2, heldOn: null, venue: 'Balaikota Tangsel', target: 400, capacity: 400, enrolled: 0 },
    ]);
    const ambon = programs.find((program) => program.startsOn === '2022-11-16')!;
    expect(ambon).toMatchObject({ participantCount: 50, organizer: 'Dinas Koperasi dan UKM Kota Ambon', region: { code: '81.71' } });
    const rakor = programs.find((program) => program.kind === 'COORDINATION_MEETING')!;
    expect(rakor).toMatchObject({ startsOn: '2023-03-08', endsOn: '2023-03-09', venue: 'Hotel Santika Ambon', organizer: 'Dinas Koperasi dan UKM Provinsi Maluku' });

    const ambonParticipants = await stack.sql('training', "SELECT participantType, COUNT(*) AS n FROM enrollments e JOIN training_programs p ON p.id = e.programId WHERE p.startsOn = '2022-11-16' GROUP BY participantType ORDER BY participantType");
    expect(ambonParticipants.map((row) => [row.participantType, Number(row.n)])).toEqual([['COOPERATIVE', 20], ['UMKM_ACTOR', 30]]);
  });

  it('resolves the 62 Jakarta Utara trainees to the 31 KKMP in the cooperatives subgraph', async () => {
    const [program] = await stack.sql('training', "SELECT id FROM training_programs WHERE title LIKE '%Merah Putih%'");
    const response = await stack.query<{ trainingProgram: { participantCount: number; enrollments: { edges: Array<{ node: any }> } } }>(
      `query($id: ID!) { trainingProgram(id: $id) { participantCount enrollments(first: 100) { edges { node {
        attendeeRole participant { __typename ... on Cooperative { name isMerahPutih regionCode } } } } } } }`,
      { id: program.id },
    );
    expect(response.body.errors).toBeUndefined();
    const nodes = response.body.data!.trainingProgram.enrollments.edges.map((edge) => edge.node);
    expect(response.body.data!.trainingProgram.participantCount).toBe(62);
    expect(nodes).toHaveLength(62);
    expect(nodes.every((node) => node.participant.__typename === 'Cooperative' && node.participant.isMerahPutih)).toBe(true);
    expect(new Set(nodes.map((node) => node.participant.regionCode)).size).toBe(31);
    expect(nodes.filter((node) => node.attendeeRole === 'PENGAWAS')).toHaveLength(31);
  });

  it('runs the drill-down across all three subgraphs at a fixed SQL cost per subgraph, whatever the page size', async () => {
    const measure = async (first: number) => {
      const parts = Object.values(stack.subgraphs);
      parts.forEach((part) => part.statements.reset());
      const response = await stack.query<{ cooperatives: { edges: Array<{ node: any }> } }>(DRILL_DOWN, { first });
      expect(response.body.errors).toBeUndefined();
      return {
        edges: response.body.data!.cooperatives.edges,
        statements: Object.fromEntries(Object.entries(stack.subgraphs).map(([name, part]) => [name, part.statements.statements.length])),
      };
    };
    // Both pages must exercise every nested field, or a smaller count would only mean less data.
    const exercisesEverything = (edges: Array<{ node: any }>) =>
      edges.some((edge) => edge.node.trainings.length > 0) &&
      edges.some((edge) => edge.node.members.edges.some((member: any) => member.node.trainings.length > 0));
    const small = await measure(20);
    const large = await measure(50);
    expect(small.edges).toHaveLength(20);
    expect(large.edges).toHaveLength(50);
    expect(exercisesEverything(small.edges)).toBe(true);
    expect(exercisesEverything(large.edges)).toBe(true);
    expect(large.statements).toEqual(small.statements);
    // Page, then members (window + load), then per entity fetch: enrollments + programmes.
    expect(large.statements).toEqual({ cooperatives: 1, umkm: 2, training: 4 });
  });

  describe('when a referenced record no longer exists', () => {
    let cooperativeId: string;
    let memberId: string;

    beforeAll(async () => {
      // An Ambon cooperative that both took part in the 2022 training and has member businesses.
      const enrolled = await stack.sql('training', "SELECT participantId FROM enrollments e JOIN training_programs p ON p.id = e.programId WHERE p.startsOn = '2022-11-16' AND participantType = 'COOPERATIVE'");
      const ids = enrolled.map((row) => row.participantId);
      const [member] = await stack.sql('umkm', `SELECT id, cooperativeId FROM umkm_actors WHERE cooperativeId IN (${ids.map(() => '?').join(', ')}) ORDER BY id LIMIT 1`, ids);
      cooperativeId = member.cooperativeId;
      memberId = member.id;
      await stack.sql('cooperatives', 'DELETE FROM cooperatives WHERE id = ?', [cooperativeId]);
    });

    it('returns the rest of the data with null where the participant was', async () => {
      const [program] = await stack.sql('training', "SELECT id FROM training_programs WHERE startsOn = '2022-11-16'");
      const response = await stack.query<{ trainingProgram: { enrollments: { edges: Array<{ node: any }> } } }>(
        `query($id: ID!) { trainingProgram(id: $id) { title enrollments(first: 100) { edges { node {
          participantType participant { ... on Cooperative { id name } ... on UmkmActor { id businessName } } } } } } }`,
        { id: program.id },
      );
      expect(response.status).toBe(200);
      const nodes = response.body.data!.trainingProgram.enrollments.edges.map((edge) => edge.node);
      expect(nodes).toHaveLength(50);
      expect(nodes.filter((node) => node.participant === null)).toHaveLength(1);
      expect(nodes.filter((node) => node.participant?.name || node.participant?.businessName)).toHaveLength(49);
    });

    it('returns the member business with a null cooperative', async () => {
      const response = await stack.query<{ umkmActor: { businessName: string; cooperative: null | { name: string } } }>(
        'query($id: ID!) { umkmActor(id: $id) { businessName cooperative { name } } }',
        { id: memberId },
      );
      expect(response.status).toBe(200);
      expect(response.body.data!.umkmActor.businessName).toBeTruthy();
      expect(response.body.data!.umkmActor.cooperative).toBeNull();
    });
  });
});
