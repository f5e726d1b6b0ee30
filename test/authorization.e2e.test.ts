import { randomBytes } from 'node:crypto';
import { issueToken, Role } from '@kumkm/subgraph-kit';
import { testDrivers } from '@kumkm/subgraph-kit/testing';
import { errorCodes, postGraphQL, startGraphStack, type GraphStack, type SubgraphName } from './support/graph-stack';

const TANGSEL = '36.74';
const AMBON = '81.71';

/** Every role the graph knows, scoped where the role needs a region. */
const CALLERS = [
  { label: 'analyst', role: Role.ANALYST, region: undefined },
  { label: 'officer of Tangsel', role: Role.OFFICER, region: TANGSEL },
  { label: 'officer of Ambon', role: Role.OFFICER, region: AMBON },
  { label: 'coordinator of Banten', role: Role.COORDINATOR, region: '36' },
  { label: 'coordinator of Maluku', role: Role.COORDINATOR, region: '81' },
  { label: 'admin', role: Role.ADMIN, region: undefined },
] as const;
type Caller = (typeof CALLERS)[number];

const within = (region: string, scope: string | undefined) => scope !== undefined && (region === scope || region.startsWith(`${scope}.`));
const mayReadPersonal = (caller: Caller, region: string) => caller.role === Role.ADMIN || (caller.role !== Role.ANALYST && within(region, caller.region));
const mayWrite = (caller: Caller, region: string) => caller.role === Role.ADMIN || (caller.role === Role.OFFICER && within(region, caller.region));

describe.each(testDrivers())('who may do what (%s)', (driver) => {
  let stack: GraphStack;
  const tokens = new Map<string, string>();
  const as = (caller: Caller) => tokens.get(caller.label)!;
  const sql = (subgraph: SubgraphName, query: string, parameters: unknown[] = []) => stack.sql(subgraph, query, parameters);

  beforeAll(async () => {
    stack = await startGraphStack({ driver });
    for (const caller of CALLERS) tokens.set(caller.label, await stack.tokenFor(caller.role, caller.region));
  });

  afterAll(async () => {
    await stack?.stop();
  });

  describe('authentication', () => {
    const RAKOR = '{ regions(codes: ["81", "36.74"]) { name cooperativeSummary { active } umkmSummary { total } trainingSummary { programs } } }';

    it.each([
      ['no token', async () => undefined],
      ['a token signed with another secret', async () => issueToken({ ...stack.auth, secret: randomBytes(32).toString('hex') }, { subject: 'x', role: Role.ADMIN })],
      ['an expired token', async () => issueToken(stack.auth, { subject: 'x', role: Role.ADMIN }, '10s ago')],
      ['a token for another audience', async () => issueToken({ ...stack.auth, audience: 'another-graph' }, { subject: 'x', role: Role.ADMIN })],
      ['an officer token without a region', async () => issueToken(stack.auth, { subject: 'x', role: Role.OFFICER })],
      ['a coordinator token scoped below a province', async () => issueToken(stack.auth, { subject: 'x', role: Role.COORDINATOR, region: '36.74' })],
      ['a malformed header', async () => 'not.a.jwt'],
    ])('refuses %s with 401 UNAUTHENTICATED and no data', async (_label, token) => {
      const response = await stack.queryAs(await token(), RAKOR);
      expect(response.status).toBe(401);
      expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
      expect(response.body.data ?? null).toBeNull();
    });

    it('refuses introspection without a token', async () => {
      const response = await stack.queryAs(undefined, '{ __schema { types { name } } }');
      expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    });

    it('enforces the token in each subgraph too, not only at the gateway', async () => {
      for (const part of Object.values(stack.subgraphs)) {
        const response = await postGraphQL(part.server.url, '{ region(code: "81") { name } }');
        expect(response.status).toBe(401);
        expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
      }
      const direct = await postGraphQL(
        stack.subgraphs.cooperatives.server.url,
        'mutation { updateCooperative(id: "0190f6a2-7c3e-7d4b-9a1f-2b3c4d5e6f70", input: { memberCount: 1, reportingOffice: "x" }) { id } }',
        undefined,
        as(CALLERS[0]),
      );
      expect(errorCodes(direct)).toEqual(['FORBIDDEN']);
    });

    it('serves health and the GraphiQL page without a token', async () => {
      expect((await fetch(`${stack.gatewayBase}/health`)).status).toBe(200);
      expect((await fetch(`${stack.gatewayBase}/`)).status).toBe(200);
    });

    it.each(CALLERS)('lets the $label read the coordination summaries', async (caller) => {
      const response = await stack.queryAs(as(caller), RAKOR);
      expect(response.body.errors).toBeUndefined();
      expect((response.body.data as { regions: unknown[] }).regions).toHaveLength(2);
    });
  });

  describe.each([TANGSEL, AMBON])('personal data of region %s', (region) => {
    let actorId: string;
    let cooperativeId: string;

    beforeAll(async () => {
      [{ id: actorId }] = await sql('umkm', 'SELECT id FROM umkm_actors WHERE regionCode LIKE ? ORDER BY id LIMIT 1', [`${region}.%`]);
      [{ id: cooperativeId }] = await sql('cooperatives', 'SELECT id FROM cooperatives WHERE regionCode LIKE ? ORDER BY id LIMIT 1', [`${region}.%`]);
    });

    it.each(CALLERS)('is shown to the $label only within its scope', async (caller) => {
      const response = await stack.queryAs<{ umkmActor: { businessName: string; ownerName: string | null }; cooperative: { name: string; officers: Array<{ position: string; fullName: string | null }> } }>(
        as(caller),
        'query($actor: ID!, $cooperative: ID!) { umkmActor(id: $actor) { businessName ownerName } cooperative(id: $cooperative) { name officers { position fullName } } }',
        { actor: actorId, cooperative: cooperativeId },
      );
      const data = response.body.data!;
      expect(data.umkmActor.businessName).toBeTruthy();
      expect(data.cooperative.officers.length).toBeGreaterThan(0);
      if (mayReadPersonal(caller, region)) {
        expect(response.body.errors).toBeUndefined();
        expect(data.umkmActor.ownerName).toBeTruthy();
        expect(data.cooperative.officers.every((officer) => officer.fullName)).toBe(true);
      } else {
        expect(data.umkmActor.ownerName).toBeNull();
        expect(data.cooperative.officers.every((officer) => officer.fullName === null)).toBe(true);
        expect(new Set(errorCodes(response))).toEqual(new Set(['FORBIDDEN']));
        expect(response.body.errors!.length).toBe(1 + data.cooperative.officers.length);
      }
    });
  });

  describe('writes', () => {
    const fixtures: Record<string, { village: string; cooperative: string; savingsAndLoan: string; actors: string[]; program: string; certification: string }> = {};
    let sequence = 0;
    const next = () => ++sequence;

    const admin = <T = any>(query: string, variables?: Record<string, unknown>) => stack.query<T>(query, variables);
    const registerActor = async (region: string, cooperativeId?: string) =>
      (await admin<{ registerUmkmActor: { id: string } }>(
        'mutation($input: RegisterUmkmActorInput!) { registerUmkmActor(input: $input) { id } }',
        {
          input: {
            nib: `77${String(next()).padStart(11, '0')}`,
            ownerName: 'Pemilik Uji',
            businessName: 'Usaha Uji',
            sector: 'G',
            annualSales: '100000000',
            employees: 1,
            regionCode: fixtures[region].village,
            cooperativeId,
            reportingOffice: 'Admin',
          },
        },
      )).body.data!.registerUmkmActor.id;
    const enrollAsAdmin = async (programId: string, actorId: string) =>
      (await admin<{ enrollParticipant: { id: string } }>(
        'mutation($input: EnrollParticipantInput!) { enrollParticipant(input: $input) { id } }',
        { input: { programId, participant: { type: 'UMKM_ACTOR', id: actorId }, reportingOffice: 'Admin' } },
      )).body.data!.enrollParticipant.id;
    const advanceAsAdmin = async (enrollmentId: string, ...steps: string[]) => {
      for (const step of steps) await admin(`mutation($id: ID!) { ${step}(enrollmentId: $id) { status } }`, { id: enrollmentId });
    };
    const createProgram = async (region: string, kind: string) =>
      (await admin<{ createTrainingProgram: { id: string } }>(
        'mutation($input: CreateTrainingProgramInput!) { createTrainingProgram(input: $input) { id } }',
        { input: { title: `Program ${kind} ${region}`, kind, organizer: 'Dinas', regionCode: region, startsOn: '2026-01-05', audience: 'UMKM', reportingOffice: 'Admin' } },
      )).body.data!.createTrainingProgram.id;

    beforeAll(async () => {
      for (const region of [TANGSEL, AMBON]) {
        const [{ code: village }] = await sql('cooperatives', 'SELECT regionCode AS code FROM cooperatives WHERE regionCode LIKE ? ORDER BY id LIMIT 1', [`${region}.%`]);
        const [{ id: cooperative }] = await sql('cooperatives', "SELECT id FROM cooperatives WHERE status = 'ACTIVE' AND regionCode LIKE ? ORDER BY id LIMIT 1", [`${region}.%`]);
        const [{ id: savingsAndLoan }] = await sql('cooperatives', "SELECT id FROM cooperatives WHERE status = 'ACTIVE' AND type = 'SIMPAN_PINJAM' AND regionCode LIKE ? ORDER BY id LIMIT 1", [`${region}.%`]);
        const actors = (await sql('umkm', 'SELECT id FROM umkm_actors WHERE regionCode LIKE ? ORDER BY id LIMIT 5', [`${region}.%`])).map((row) => row.id);
        fixtures[region] = { village, cooperative, savingsAndLoan, actors, program: '', certification: '' };
        fixtures[region].program = await createProgram(region, 'TRAINING');
        fixtures[region].certification = await createProgram(region, 'CERTIFICATION');
      }
    });

    /** Each mutation, prepared (as an admin where it needs a record in a given state) for one attempt in a region. */
    const MUTATIONS: Array<{ name: string; table?: [SubgraphName, string]; attempt: (region: string) => Promise<{ query: string; variables: Record<string, unknown> }> }> = [
      {
        name: 'registerCooperative',
        table: ['cooperatives', 'cooperatives'],
        attempt: async (region) => ({
          query: 'mutation($input: RegisterCooperativeInput!) { registerCooperative(input: $input) { id } }',
          variables: { input: { legalEntityNumber: `AUTHZ-${next()}`, name: 'Koperasi Uji Wewenang', type: 'JASA', memberCount: 25, regionCode: fixtures[region].village, reportingOffice: 'Dinas' } },
        }),
      },
      {
        name: 'updateCooperative',
        attempt: async (region) => ({
          query: 'mutation($id: ID!) { updateCooperative(id: $id, input: { memberCount: 99, reportingOffice: "Dinas" }) { id } }',
          variables: { id: fixtures[region].cooperative },
        }),
      },
      {
        name: 'recordAnnualMeeting',
        table: ['cooperatives', 'annual_meetings'],
        attempt: async (region) => {
          const year = 1990 + next();
          return {
            query: 'mutation($id: ID!, $input: RecordAnnualMeetingInput!) { recordAnnualMeeting(cooperativeId: $id, input: $input) { id } }',
            variables: { id: fixtures[region].cooperative, input: { fiscalYear: year, heldOn: `${year}-03-01`, reportingOffice: 'Dinas' } },
          };
        },
      },
      {
        name: 'recordHealthRating',
        table: ['cooperatives', 'health_ratings'],
        attempt: async (region) => ({
          query: 'mutation($id: ID!, $input: RecordHealthRatingInput!) { recordHealthRating(cooperativeId: $id, input: $input) { id } }',
          variables: { id: fixtures[region].savingsAndLoan, input: { year: 1990 + next(), score: 75, reportingOffice: 'Dinas' } },
        }),
      },
      {
        name: 'registerUmkmActor',
        table: ['umkm', 'umkm_actors'],
        attempt: async (region) => ({
          query: 'mutation($input: RegisterUmkmActorInput!) { registerUmkmActor(input: $input) { id } }',
          variables: {
            input: { nib: `88${String(next()).padStart(11, '0')}`, ownerName: 'Pemilik', businessName: 'Usaha', sector: 'I', annualSales: '50000000', employees: 1, regionCode: fixtures[region].village, reportingOffice: 'Dinas' },
          },
        }),
      },
      {
        name: 'updateUmkmActor',
        attempt: async (region) => ({
          query: 'mutation($id: ID!) { updateUmkmActor(id: $id, input: { employees: 3, reportingOffice: "Dinas" }) { id } }',
          variables: { id: fixtures[region].actors[0] },
        }),
      },
      {
        name: 'joinCooperative',
        attempt: async (region) => ({
          query: 'mutation($actor: ID!, $cooperative: ID!) { joinCooperative(umkmActorId: $actor, cooperativeId: $cooperative) { id } }',
          variables: { actor: await registerActor(region), cooperative: fixtures[region].cooperative },
        }),
      },
      {
        name: 'leaveCooperative',
        attempt: async (region) => ({
          query: 'mutation($actor: ID!) { leaveCooperative(umkmActorId: $actor) { id } }',
          variables: { actor: await registerActor(region, fixtures[region].cooperative) },
        }),
      },
      {
        name: 'createTrainingProgram',
        table: ['training', 'training_programs'],
        attempt: async (region) => ({
          query: 'mutation($input: CreateTrainingProgramInput!) { createTrainingProgram(input: $input) { id } }',
          variables: { input: { title: `Uji ${next()}`, kind: 'TRAINING', organizer: 'Dinas', regionCode: region, startsOn: '2026-03-01', audience: 'UMKM', reportingOffice: 'Dinas' } },
        }),
      },
      {
        name: 'enrollParticipant',
        table: ['training', 'enrollments'],
        attempt: async (region) => ({
          query: 'mutation($input: EnrollParticipantInput!) { enrollParticipant(input: $input) { id } }',
          variables: { input: { programId: fixtures[region].program, participant: { type: 'UMKM_ACTOR', id: await registerActor(region) }, reportingOffice: 'Dinas' } },
        }),
      },
      {
        name: 'recordAttendance',
        attempt: async (region) => ({
          query: 'mutation($id: ID!) { recordAttendance(enrollmentId: $id) { id } }',
          variables: { id: await enrollAsAdmin(fixtures[region].program, await registerActor(region)) },
        }),
      },
      {
        name: 'recordCompletion',
        attempt: async (region) => {
          const enrollment = await enrollAsAdmin(fixtures[region].program, await registerActor(region));
          await advanceAsAdmin(enrollment, 'recordAttendance');
          return { query: 'mutation($id: ID!) { recordCompletion(enrollmentId: $id) { id } }', variables: { id: enrollment } };
        },
      },
      {
        name: 'certifyParticipant',
        attempt: async (region) => {
          const enrollment = await enrollAsAdmin(fixtures[region].certification, await registerActor(region));
          await advanceAsAdmin(enrollment, 'recordAttendance', 'recordCompletion');
          return {
            query: 'mutation($id: ID!, $input: CertifyParticipantInput!) { certifyParticipant(enrollmentId: $id, input: $input) { id } }',
            variables: { id: enrollment, input: { certificateNumber: `SERT/AUTHZ/${next()}`, certifiedOn: '2026-01-06' } },
          };
        },
      },
    ];

    const cases = MUTATIONS.flatMap((mutation) => [TANGSEL, AMBON].flatMap((region) => CALLERS.map((caller) => [mutation.name, region, caller.label, mutation, caller] as const)));

    it.each(cases)('%s in %s by the %s', async (_name, region, _label, mutation, caller) => {
      const { query, variables } = await mutation.attempt(region);
      const count = async () => (mutation.table ? Number((await sql(mutation.table[0], `SELECT COUNT(*) AS n FROM ${mutation.table[1]}`))[0].n) : 0);
      const before = await count();
      const response = await stack.queryAs(as(caller), query, variables);
      if (mayWrite(caller, region)) {
        expect(response.body.errors).toBeUndefined();
        if (mutation.table) expect(await count()).toBe(before + 1);
      } else {
        expect(errorCodes(response)).toEqual(['FORBIDDEN']);
        expect(await count()).toBe(before);
      }
    });
  });
});
