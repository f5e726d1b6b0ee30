import { randomBytes } from 'node:crypto';
import { subgraph as cooperativesSubgraph } from '@kumkm/cooperatives';
import { createLogger, issueToken, launchSubgraph, Role, type AuthConfig, type RunningSubgraph } from '@kumkm/subgraph-kit';
import { createConnection } from 'mysql2/promise';
import { postGraphQL } from './support/graph-stack';
import { haveMariadb, MARIADBD, TemporaryMariaDb } from './support/temporary-mariadb';

if (!haveMariadb && process.env.CI) throw new Error(`${MARIADBD} is missing: this machine kind ships MariaDB`);
const describeWithMariadb = haveMariadb ? describe : describe.skip;

const REGISTER = `mutation($input: RegisterCooperativeInput!) { registerCooperative(input: $input) { id } }`;

describeWithMariadb('a subgraph whose MariaDB restarts during a stream of writes', () => {
  let server: TemporaryMariaDb;
  let subgraph: RunningSubgraph;
  let token: string;
  const auth: AuthConfig = { secret: randomBytes(32).toString('hex'), issuer: 'kumkm-graph', audience: 'kumkm-graph', publicKeyAlgorithm: 'RS256' };

  beforeAll(async () => {
    server = await TemporaryMariaDb.create();
    const admin = await createConnection(server.url);
    await admin.query('CREATE DATABASE cooperatives');
    await admin.end();
    subgraph = await launchSubgraph(cooperativesSubgraph, {
      databaseUrl: `${server.url}/cooperatives`,
      port: 0,
      seed: false,
      logger: createLogger('test', process.env.RESTART_TEST_LOG ?? 'silent'),
      auth,
    });
    token = await issueToken(auth, { subject: 'restart-test', role: Role.ADMIN });
  });

  afterAll(async () => {
    await subgraph?.stop();
    await server?.destroy();
  });

  it('refuses writes clearly during the outage, reconnects by itself, and loses no acknowledged write', async () => {
    const acknowledged = new Map<string, string>();
    const refused: Array<{ legal: string; code: unknown; message: string }> = [];
    let readyDuringOutage = 0;
    const write = async (index: number) => {
      const legal = `RESTART-${String(index).padStart(3, '0')}`;
      const response = await postGraphQL<{ registerCooperative: { id: string } }>(
        subgraph.url,
        REGISTER,
        {
          input: {
            legalEntityNumber: legal,
            name: `Koperasi Uji Pemulihan ${index}`,
            type: 'JASA',
            memberCount: 30,
            regionCode: '36.74.03.1002',
            officers: [
              { fullName: 'Ketua Uji', position: 'KETUA', termStartYear: 2026 },
              { fullName: 'Pengawas Uji', position: 'PENGAWAS', termStartYear: 2026 },
            ],
            reportingOffice: 'Dinas Koperasi dan UKM Kota Tangerang Selatan',
          },
        },
        token,
      );
      expect(response.status).toBeLessThan(500);
      if (response.body.data?.registerCooperative) acknowledged.set(legal, response.body.data.registerCooperative.id);
      else refused.push({ legal, code: response.body.errors?.[0]?.extensions?.code, message: response.body.errors?.[0]?.message ?? '' });
    };

    for (let i = 0; i < 15; i++) await write(i);
    // The restart lands while writes keep coming: the stop is not awaited before the next write.
    const outage = server.stop();
    for (let i = 15; i < 30; i++) await write(i);
    await outage;
    readyDuringOutage = (await fetch(subgraph.url.replace(/graphql$/, 'ready'))).status;
    for (let i = 30; i < 35; i++) await write(i);
    await server.start();
    // Reconnection is the pool's job: no restart of the subgraph, no manual step.
    for (let i = 35; i < 60; i++) await write(i);

    expect(readyDuringOutage).toBe(503);
    expect((await fetch(subgraph.url.replace(/graphql$/, 'ready'))).status).toBe(200);
    expect(refused.length).toBeGreaterThan(0);
    for (const refusal of refused) {
      expect(refusal.code).toBe('DATABASE_UNAVAILABLE');
      expect(refusal.message).toMatch(/nothing was written/);
    }
    // Writes after the restart all land (allowing the first to find a stale pooled connection).
    const afterRestart = [...Array(25).keys()].map((i) => `RESTART-${String(35 + i).padStart(3, '0')}`);
    expect(afterRestart.filter((legal) => !acknowledged.has(legal)).length).toBeLessThanOrEqual(1);

    const check = await createConnection(`${server.url}/cooperatives`);
    const [rows] = await check.query("SELECT c.id, c.legalEntityNumber, COUNT(o.id) AS officers FROM cooperatives c LEFT JOIN cooperative_officers o ON o.cooperativeId = c.id WHERE c.legalEntityNumber LIKE 'RESTART-%' GROUP BY c.id, c.legalEntityNumber");
    await check.end();
    const present = new Map((rows as Array<{ id: string; legalEntityNumber: string; officers: number }>).map((row) => [row.legalEntityNumber, row]));
    // Nothing acknowledged is lost.
    for (const [legal, id] of acknowledged) expect(present.get(legal)?.id).toBe(id);
    // Nothing half-written: every cooperative present has both its officers.
    for (const row of present.values()) expect(Number(row.officers)).toBe(2);
    // A refused write left nothing, except possibly the one in flight when the server went down,
    // whose commit may have landed before its answer was lost.
    const unacknowledgedPresent = [...present.keys()].filter((legal) => !acknowledged.has(legal));
    expect(unacknowledgedPresent.length).toBeLessThanOrEqual(1);
  });
});
