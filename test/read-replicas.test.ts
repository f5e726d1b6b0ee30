import { randomBytes } from 'node:crypto';
import { subgraph as cooperativesSubgraph } from '@kumkm/cooperatives';
import { createLogger, issueToken, launchSubgraph, Role, type AuthConfig, type RunningSubgraph } from '@kumkm/subgraph-kit';
import { createConnection } from 'mysql2/promise';
import { postGraphQL } from './support/graph-stack';
import { haveMariadb, MARIADBD, TemporaryMariaDb } from './support/temporary-mariadb';

if (!haveMariadb && process.env.CI) throw new Error(`${MARIADBD} is missing: this machine kind ships MariaDB`);
const describeWithMariadb = haveMariadb ? describe : describe.skip;

const REGISTER = `mutation($input: RegisterCooperativeInput!) { registerCooperative(input: $input) { id } }`;
const READ = `query($id: ID!) { cooperative(id: $id) { id name } }`;

async function onServer<T>(url: string, statement: string): Promise<T> {
  const connection = await createConnection(url);
  try {
    const [rows] = await connection.query(statement);
    return rows as T;
  } finally {
    await connection.end();
  }
}

const selectsOn = async (server: TemporaryMariaDb) => Number((await onServer<Array<{ Value: string }>>(server.url, "SHOW GLOBAL STATUS LIKE 'Com_select'"))[0].Value);

describeWithMariadb('a subgraph over a primary and a real MariaDB read replica', () => {
  let primary: TemporaryMariaDb;
  let replica: TemporaryMariaDb;
  let subgraph: RunningSubgraph;
  let token: string;
  const auth: AuthConfig = { secret: randomBytes(32).toString('hex'), issuer: 'kumkm-graph', audience: 'kumkm-graph', publicKeyAlgorithm: 'RS256' };
  let registered = 0;

  const register = async () => {
    registered += 1;
    const response = await postGraphQL<{ registerCooperative: { id: string } }>(
      subgraph.url,
      REGISTER,
      {
        input: {
          legalEntityNumber: `REPLICA-${registered}`,
          name: `Koperasi Replika ${registered}`,
          type: 'JASA',
          memberCount: 25,
          regionCode: '36.74.03.1002',
          reportingOffice: 'Dinas Koperasi dan UKM Kota Tangerang Selatan',
        },
      },
      token,
    );
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.registerCooperative.id;
  };
  const read = (id: string) => postGraphQL<{ cooperative: { id: string; name: string } | null }>(subgraph.url, READ, { id }, token);

  beforeAll(async () => {
    primary = await TemporaryMariaDb.create({ serverId: 1, binlog: true });
    replica = await TemporaryMariaDb.create({ serverId: 2, binlog: false });
    await replica.replicate(primary);
    await onServer(primary.url, 'CREATE DATABASE cooperatives');
    subgraph = await launchSubgraph(cooperativesSubgraph, {
      databaseUrl: `${primary.url}/cooperatives`,
      databaseReplicaUrls: [`${replica.url}/cooperatives`],
      port: 0,
      seed: false,
      logger: createLogger('test', process.env.REPLICA_TEST_LOG ?? 'silent'),
      auth,
    });
    token = await issueToken(auth, { subject: 'replica-test', role: Role.ADMIN });
  }, 120_000);

  afterAll(async () => {
    await subgraph?.stop();
    await replica?.destroy();
    await primary?.destroy();
  });

  it('sends reads to the replica: counted by the subgraph and by the replica server itself', async () => {
    const id = await register();
    const before = { counted: subgraph.readReplicas!.counts.replica, replicaSelects: await selectsOn(replica), primarySelects: await selectsOn(primary) };
    for (let index = 0; index < 20; index += 1) expect((await read(id)).body.data?.cooperative?.id).toBe(id);
    expect(subgraph.readReplicas!.counts.replica - before.counted).toBeGreaterThanOrEqual(20);
    // The status query itself is one SELECT on each server.
    expect((await selectsOn(replica)) - before.replicaSelects).toBeGreaterThanOrEqual(20);
    expect((await selectsOn(primary)) - before.primarySelects).toBeLessThan(5);
    const metrics = await (await fetch(subgraph.url.replace(/graphql$/, 'metrics'))).text();
    expect(Number(/^db_replica_reads_total(?:{[^}]*})? (\d+)$/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(20);
  });

  it('lets a caller read their own write at once, even while the replica applies writes a second late', async () => {
    await onServer(replica.url, 'STOP SLAVE');
    await onServer(replica.url, 'CHANGE MASTER TO MASTER_DELAY=1');
    await onServer(replica.url, 'START SLAVE');
    try {
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const started = Date.now();
        const id = await register();
        // The mutation was answered only once the delayed replica had it.
        expect(Date.now() - started).toBeGreaterThanOrEqual(900);
        expect((await read(id)).body.data?.cooperative?.id).toBe(id);
      }
    } finally {
      await onServer(replica.url, 'STOP SLAVE');
      await onServer(replica.url, 'CHANGE MASTER TO MASTER_DELAY=0');
      await onServer(replica.url, 'START SLAVE');
    }
  });

  it('sends reads to the primary when the replica stops, with no failed request', async () => {
    const id = await register();
    const fallbacksBefore = subgraph.readReplicas!.counts.primaryFallback;
    const answers: Array<string | undefined> = [];
    const reading = (async () => {
      for (let index = 0; index < 60; index += 1) {
        const response = await read(id);
        answers.push(response.status === 200 && !response.body.errors ? response.body.data?.cooperative?.id : JSON.stringify(response.body.errors));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await replica.stop();
    await reading;
    expect(answers.filter((answer) => answer !== id)).toEqual([]);
    expect(subgraph.readReplicas!.counts.primaryFallback).toBeGreaterThan(fallbacksBefore);
    // A write while the replica is away is answered after its catch-up wait gives up, not refused.
    expect(await register()).toBeTruthy();
  });
});
