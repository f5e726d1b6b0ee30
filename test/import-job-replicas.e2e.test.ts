import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { subgraph as cooperativesSubgraph } from '@kumkm/cooperatives';
import { createLogger, issueToken, launchSubgraph, readImportConfig, Role, type AuthConfig, type RunningSubgraph } from '@kumkm/subgraph-kit';
import { describeWithRedis, openTestRedisLink, REDIS_TEST_URL } from '@kumkm/subgraph-kit/testing';
import { postGraphQL } from './support/graph-stack';

const COOPERATIVES_CSV = path.resolve(__dirname, '../subgraphs/cooperatives/src/cooperative-import/sample-sheets/cooperatives-ambon.csv');
const JOB = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on CooperativesImportJob { id status summaryLine errorsFileUrl } } }`;

describeWithRedis('Import job replicas test')('import jobs of a subgraph run as replicas that share Redis', () => {
  const auth: AuthConfig = { secret: randomBytes(32).toString('hex'), issuer: 'kumkm-graph', audience: 'kumkm-graph', publicKeyAlgorithm: 'RS256' };
  const dir = mkdtempSync(path.join(tmpdir(), 'kumkm-import-replicas-'));
  const replicas: RunningSubgraph[] = [];
  const jobIds: string[] = [];
  let officer: string;

  /** A replica of the cooperatives subgraph: the one database, its own jobs folder, Redis or not. */
  const replica = async (name: string, redisUrl?: string) => {
    const running = await launchSubgraph(cooperativesSubgraph, {
      databaseUrl: `sqlite:${path.join(dir, 'cooperatives.sqlite')}`,
      port: 0,
      seed: false,
      logger: createLogger('test', 'silent'),
      auth,
      redisUrl,
      // No gateway to tell: this import is a dry run.
      importConfig: { ...readImportConfig({}), jobsDirectory: path.join(dir, name) },
    });
    replicas.push(running);
    return running;
  };

  const jobOn = async (running: RunningSubgraph, id: string) => {
    const { body } = await postGraphQL<{ _entities: Array<{ id: string; status: string; summaryLine: string | null; errorsFileUrl: string | null } | null> }>(
      running.url,
      JOB,
      { representations: [{ __typename: 'CooperativesImportJob', id }] },
      officer,
    );
    return body;
  };

  const errorsFileOn = (running: RunningSubgraph, id: string) => fetch(running.url.replace(/graphql$/, `imports/${id}/errors`), { headers: { authorization: `Bearer ${officer}` } });

  beforeAll(async () => {
    officer = await issueToken(auth, { subject: `officer-${randomBytes(4).toString('hex')}`, role: Role.OFFICER, region: '81.71' });
  });

  afterAll(async () => {
    await Promise.all(replicas.map((running) => running.stop()));
    // The shared Redis is a developer's own too: leave no job of this test in it for 30 days.
    const link = await openTestRedisLink();
    if (jobIds.length > 0) await link.commands.del(...jobIds.flatMap((id) => [`kumkm:import-jobs:${id}`, `kumkm:import-jobs:${id}:errors`]));
    await link.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers importJob(id) and serves the errors file on a replica other than the one that ran the job', async () => {
    const a = await replica('a', REDIS_TEST_URL);
    const b = await replica('b', REDIS_TEST_URL);
    const alone = await replica('alone');
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(readFileSync(COOPERATIVES_CSV))]), 'cooperatives-ambon.csv');
    const upload = await fetch(a.url.replace(/graphql$/, 'imports?kind=cooperatives&region=81.71&mode=DRY_RUN'), { method: 'POST', body: form, headers: { authorization: `Bearer ${officer}` } });
    expect(upload.status).toBe(202);
    const { jobId } = (await upload.json()) as { jobId: string };
    jobIds.push(jobId);

    let job;
    for (let attempt = 0; attempt < 200; attempt += 1) {
      job = (await jobOn(b, jobId)).data?._entities[0];
      if (job && !['RECEIVING', 'RUNNING'].includes(job.status)) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(job).toEqual({ id: jobId, status: 'VALIDATED', summaryLine: '8 rows: 4 valid, 4 invalid', errorsFileUrl: `/imports/${jobId}/errors` });

    const fromA = await errorsFileOn(a, jobId);
    const fromB = await errorsFileOn(b, jobId);
    expect([fromA.status, fromB.status]).toEqual([200, 200]);
    expect(fromB.headers.get('content-disposition')).toMatch(/cooperatives-ambon\.errors\.csv/);
    expect(Buffer.from(await fromB.arrayBuffer())).toEqual(Buffer.from(await fromA.arrayBuffer()));

    // A replica that does not share Redis knows nothing of the job: the sharing is what answers.
    expect((await jobOn(alone, jobId)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await errorsFileOn(alone, jobId)).status).toBe(404);
  });
});
