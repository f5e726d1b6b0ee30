import { randomUUID } from 'node:crypto';
import { testDrivers } from '@kumkm/subgraph-kit/testing';
import { errorCodes, startGraphStack, type GraphStack, type SubgraphName } from './support/graph-stack';

describe.each(testDrivers())('UMKM and training writes through the gateway (%s)', (driver) => {
  let stack: GraphStack;
  const count = async (subgraph: SubgraphName, table: string) => Number((await stack.sql(subgraph, `SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  const anyId = async (subgraph: SubgraphName, query: string) => (await stack.sql(subgraph, query))[0].id as string;

  beforeAll(async () => {
    stack = await startGraphStack({ driver });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  describe('business actors', () => {
    const REGISTER = `mutation($input: RegisterUmkmActorInput!) {
      registerUmkmActor(input: $input) { id nib scale annualSales sector kbliVersion halalCertification { number certifiedOn } region { name }
        cooperative { id name } products { name } provenance { office } }
    }`;
    const valid = {
      nib: '9120000000001',
      ownerName: 'Yohana Pattiasina',
      businessName: 'Ikan Asap Mama Yo',
      sector: 'C',
      annualSales: '3000000000',
      employees: 6,
      halalCertificateNumber: 'ID81710000123',
      halalCertifiedOn: '2024-05-02',
      isWomanOwned: true,
      regionCode: '81.71.01.1006',
      products: [{ name: 'Ikan asap cakalang' }],
      reportingOffice: 'Dinas Koperasi dan UKM Kota Ambon',
    };
    const totals = async () => ({ actors: await count('umkm', 'umkm_actors'), products: await count('umkm', 'umkm_products') });
    let actorId: string;

    it('registers one, deriving the scale from the annual sales', async () => {
      const response = await stack.query<{ registerUmkmActor: any }>(REGISTER, { input: valid });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.registerUmkmActor).toMatchObject({
        nib: valid.nib,
        scale: 'KECIL',
        annualSales: '3000000000',
        kbliVersion: '2020',
        halalCertification: { number: 'ID81710000123', certifiedOn: '2024-05-02' },
        cooperative: null,
        products: [{ name: 'Ikan asap cakalang' }],
        provenance: { office: valid.reportingOffice },
      });
      actorId = response.body.data!.registerUmkmActor.id;
    });

    it.each([
      ['a malformed NIB', { nib: '12345' }, 'BAD_USER_INPUT'],
      ['a duplicate NIB', {}, 'CONFLICT'],
      ['negative money', { nib: '9120000000002', annualSales: '-1000' }, 'BAD_USER_INPUT'],
      ['non-numeric money', { nib: '9120000000003', annualSales: 'tiga miliar' }, 'BAD_USER_INPUT'],
      ['money as a fractional JSON number', { nib: '9120000000004', annualSales: 2500000.75 }, 'BAD_USER_INPUT'],
      ['an unknown KBLI letter', { nib: '9120000000005', sector: 'Z' }, 'BAD_USER_INPUT'],
      ['a scale that contradicts the sales', { nib: '9120000000006', declaredScale: 'MIKRO' }, 'BAD_USER_INPUT'],
      ['sales of a large business', { nib: '9120000000007', annualSales: '534000000000' }, 'BAD_USER_INPUT'],
      ['a halal number without its date', { nib: '9120000000008', halalCertifiedOn: null }, 'BAD_USER_INPUT'],
      ['an unknown cooperative', { nib: '9120000000009', cooperativeId: randomUUID() }, 'NOT_FOUND'],
      ['an unknown region', { nib: '9120000000010', regionCode: '81.71.09.9999' }, 'BAD_USER_INPUT'],
    ])('refuses %s and writes nothing', async (_label, change, code) => {
      const before = await totals();
      const response = await stack.query(REGISTER, { input: { ...valid, ...change } });
      expect(response.status).toBeLessThan(500);
      expect(errorCodes(response)).toEqual([code]);
      expect(response.body.errors![0].message.length).toBeGreaterThan(10);
      expect(await totals()).toEqual(before);
    });

    it('re-derives the scale when the sales change', async () => {
      const response = await stack.query<{ updateUmkmActor: { scale: string } }>(
        'mutation($id: ID!) { updateUmkmActor(id: $id, input: { annualSales: "1500000000", reportingOffice: "Dinas KUKM Kota Ambon" }) { scale } }',
        { id: actorId },
      );
      expect(response.body.data?.updateUmkmActor.scale).toBe('MIKRO');
    });

    it('joins and leaves a cooperative, which then lists it among its members', async () => {
      const cooperativeId = await anyId('cooperatives', "SELECT id FROM cooperatives WHERE regionCode LIKE '81.71.%' AND status = 'ACTIVE' ORDER BY id LIMIT 1");
      const members = async () =>
        (await stack.query<{ cooperative: { memberSummary: { total: number }; members: { totalCount: number; edges: Array<{ node: { id: string } }> } } }>(
          'query($id: ID!) { cooperative(id: $id) { memberSummary { total } members(first: 100) { totalCount edges { node { id } } } } }',
          { id: cooperativeId },
        )).body.data!.cooperative;
      const before = await members();
      const JOIN = 'mutation($actor: ID!, $cooperative: ID!) { joinCooperative(umkmActorId: $actor, cooperativeId: $cooperative) { cooperative { id name } } }';
      const joined = await stack.query<{ joinCooperative: { cooperative: { id: string; name: string } } }>(JOIN, { actor: actorId, cooperative: cooperativeId });
      expect(joined.body.errors).toBeUndefined();
      expect(joined.body.data!.joinCooperative.cooperative.id).toBe(cooperativeId);
      expect(joined.body.data!.joinCooperative.cooperative.name).toBeTruthy();
      const after = await members();
      expect(after.memberSummary.total).toBe(before.memberSummary.total + 1);
      expect(after.members.totalCount).toBe(before.members.totalCount + 1);
      expect(after.members.edges.map((edge) => edge.node.id)).toContain(actorId);

      expect(errorCodes(await stack.query(JOIN, { actor: actorId, cooperative: cooperativeId }))).toEqual(['CONFLICT']);
      expect(errorCodes(await stack.query(JOIN, { actor: actorId, cooperative: randomUUID() }))).toEqual(['NOT_FOUND']);
      const LEAVE = 'mutation($actor: ID!) { leaveCooperative(umkmActorId: $actor) { cooperative { id } } }';
      expect((await stack.query<{ leaveCooperative: { cooperative: null } }>(LEAVE, { actor: actorId })).body.data!.leaveCooperative.cooperative).toBeNull();
      expect(errorCodes(await stack.query(LEAVE, { actor: actorId }))).toEqual(['CONFLICT']);
    });

    it('pages through a cooperative\'s members in business-name order, matching the umkm database', async () => {
      const [kkmp] = await stack.sql('cooperatives', "SELECT id FROM cooperatives WHERE regionCode = '31.72.02.1006' AND isMerahPutih = 1");
      const expected = (await stack.sql('umkm', 'SELECT id FROM umkm_actors WHERE cooperativeId = ? ORDER BY businessName, id', [kkmp.id])).map((row) => row.id);
      expect(expected.length).toBeGreaterThan(3);
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const response: any = await stack.query(
          'query($id: ID!, $after: String) { cooperative(id: $id) { members(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }',
          { id: kkmp.id, after },
        );
        const members = response.body.data.cooperative.members;
        expect(members.totalCount).toBe(expected.length);
        seen.push(...members.edges.map((edge: { node: { id: string } }) => edge.node.id));
        after = members.pageInfo.hasNextPage ? members.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual(expected);
    });

    it.each([
      ['a malformed NIB', '{ umkmActorByNib(nib: "12") { id } }'],
      ['a malformed region', '{ umkmActors(filter: { region: "81.7" }) { totalCount } }'],
      ['a page over the maximum', '{ umkmActors(first: 500) { totalCount } }'],
    ])('answers %s in a query with BAD_USER_INPUT', async (_label, query) => {
      expect(errorCodes(await stack.query(query))).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('programmes and enrollments', () => {
    const CREATE = `mutation($input: CreateTrainingProgramInput!) { createTrainingProgram(input: $input) { id kind waves { id number capacity } } }`;
    const program = {
      title: 'Pelatihan Uji Kapasitas',
      kind: 'CERTIFICATION',
      organizer: 'Dinas Koperasi dan UKM Kota Tangerang Selatan',
      regionCode: '36.74',
      startsOn: '2026-02-02',
      endsOn: '2026-02-03',
      topics: ['pembukuan'],
      audience: 'UMKM',
      waves: [{ number: 1, capacity: 2, venue: 'Balaikota Tangsel' }, { number: 2 }],
      reportingOffice: 'Dinas Koperasi dan UKM Kota Tangerang Selatan',
    };
    const ENROLL = `mutation($input: EnrollParticipantInput!) { enrollParticipant(input: $input) { id status attendeeRole
      participant { ... on UmkmActor { businessName } ... on Cooperative { name } } } }`;
    const totals = async () => ({ programs: await count('training', 'training_programs'), enrollments: await count('training', 'enrollments') });
    let programId: string;
    let waveId: string;
    let actors: string[];

    beforeAll(async () => {
      actors = (await stack.sql('umkm', "SELECT id FROM umkm_actors WHERE regionCode LIKE '36.74.%' ORDER BY id LIMIT 3")).map((row) => row.id);
    });

    it('refuses a programme whose dates end before they start, and writes nothing', async () => {
      const before = await totals();
      const response = await stack.query(CREATE, { input: { ...program, endsOn: '2026-01-01' } });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(await totals()).toEqual(before);
    });

    it('refuses a date filter that ends before it starts', async () => {
      const response = await stack.query('{ trainingPrograms(filter: { from: "2024-01-01", to: "2023-01-01" }) { totalCount } }');
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      const summary = await stack.query('{ region(code: "36.74") { trainingSummary(from: "2024-01-01", to: "2023-01-01") { programs } } }');
      expect(errorCodes(summary)).toEqual(['BAD_USER_INPUT']);
    });

    it('creates a programme with its waves', async () => {
      const response = await stack.query<{ createTrainingProgram: { id: string; waves: Array<{ id: string; number: number; capacity: number | null }> } }>(CREATE, { input: program });
      expect(response.body.errors).toBeUndefined();
      programId = response.body.data!.createTrainingProgram.id;
      waveId = response.body.data!.createTrainingProgram.waves.find((wave) => wave.number === 1)!.id;
      expect(response.body.data!.createTrainingProgram.waves.map((wave) => wave.capacity)).toEqual([2, null]);
    });

    it('enrolls a business actor, resolving it in the umkm subgraph', async () => {
      const response = await stack.query<{ enrollParticipant: any }>(ENROLL, {
        input: { programId, waveId, participant: { type: 'UMKM_ACTOR', id: actors[0] }, reportingOffice: 'Dinas KUKM Tangsel' },
      });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.enrollParticipant).toMatchObject({ status: 'REGISTERED', attendeeRole: 'OWNER' });
      expect(response.body.data!.enrollParticipant.participant.businessName).toBeTruthy();
    });

    it.each([
      ['a duplicate enrollment', () => ({ participant: { type: 'UMKM_ACTOR', id: actors[0] } }), 'CONFLICT'],
      ['an unknown participant', () => ({ participant: { type: 'UMKM_ACTOR', id: randomUUID() } }), 'NOT_FOUND'],
      ['an unknown cooperative', () => ({ participant: { type: 'COOPERATIVE', id: randomUUID() } }), 'NOT_FOUND'],
      ['a malformed participant id', () => ({ participant: { type: 'COOPERATIVE', id: 'koperasi-1' } }), 'BAD_USER_INPUT'],
      ['a business attending as pengurus', () => ({ participant: { type: 'UMKM_ACTOR', id: actors[1] }, attendeeRole: 'PENGURUS' }), 'BAD_USER_INPUT'],
      ['an unknown programme', () => ({ programId: randomUUID(), participant: { type: 'UMKM_ACTOR', id: actors[1] } }), 'NOT_FOUND'],
    ])('refuses %s and writes nothing', async (_label, change, code) => {
      const before = await totals();
      const response = await stack.query(ENROLL, { input: { programId, waveId, reportingOffice: 'Dinas KUKM Tangsel', ...change() } });
      expect(response.status).toBeLessThan(500);
      expect(errorCodes(response)).toEqual([code]);
      expect(await totals()).toEqual(before);
    });

    it('refuses to enroll into a full wave', async () => {
      const enroll = (id: string) => stack.query(ENROLL, { input: { programId, waveId, participant: { type: 'UMKM_ACTOR', id }, reportingOffice: 'Dinas KUKM Tangsel' } });
      expect((await enroll(actors[1])).body.errors).toBeUndefined();
      const before = await totals();
      const full = await enroll(actors[2]);
      expect(errorCodes(full)).toEqual(['CONFLICT']);
      expect(full.body.errors![0].message).toMatch(/full/);
      expect(await totals()).toEqual(before);
    });

    it('moves an enrollment forward only, up to certification, and shows it on the business actor', async () => {
      const [enrollment] = await stack.sql('training', 'SELECT id FROM enrollments WHERE programId = ? AND participantId = ?', [programId, actors[0]]);
      const step = (mutation: string, extra = '') => stack.query<Record<string, { status: string }>>(`mutation($id: ID!) { ${mutation}(enrollmentId: $id${extra}) { status } }`, { id: enrollment.id });
      const certify = () => step('certifyParticipant', ', input: { certificateNumber: "SERT/TEST/0001", certifiedOn: "2026-02-03" }');
      expect(errorCodes(await certify())).toEqual(['CONFLICT']);
      expect((await step('recordAttendance')).body.data?.recordAttendance.status).toBe('ATTENDED');
      expect(errorCodes(await step('recordAttendance'))).toEqual(['CONFLICT']);
      expect((await step('recordCompletion')).body.data?.recordCompletion.status).toBe('COMPLETED');
      expect((await certify()).body.data?.certifyParticipant.status).toBe('CERTIFIED');
      const trainings = await stack.query<{ umkmActor: { trainings: Array<{ status: string; program: { title: string } }> } }>(
        'query($id: ID!) { umkmActor(id: $id) { trainings { status program { title } } } }',
        { id: actors[0] },
      );
      expect(trainings.body.data!.umkmActor.trainings).toContainEqual({ status: 'CERTIFIED', program: { title: program.title } });
    });
  });
});
