import { alive } from './support/processes';
import { analystToken, askOnce, servingWorkers, startGatewayProcess, startSubgraphProcesses, workerPids, type GatewayProcess, type SubgraphProcesses } from './support/gateway-processes';

const LIMIT = 20;

/** The sum of a counter over all its label sets in a Prometheus exposition. */
function counterTotal(exposition: string, name: string): number {
  return exposition
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

async function until<T>(read: () => T | undefined, what: string, deadlineMs = 30_000): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${deadlineMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the gateway as workers sharing one port (GATEWAY_WORKERS=2)', () => {
  let subgraphs: SubgraphProcesses;
  let gateway: GatewayProcess;

  beforeAll(async () => {
    subgraphs = await startSubgraphProcesses();
    gateway = await startGatewayProcess(subgraphs, { GATEWAY_WORKERS: '2', RATE_LIMIT_PER_MINUTE: String(LIMIT) });
  }, 180_000);

  afterAll(async () => {
    await gateway?.process.stop();
    await subgraphs?.stop();
  });

  it('loses no request when a worker is killed between requests, and starts another in its place', async () => {
    // Ready means one worker answers; the other may still be starting.
    const workers = await until(() => {
      const serving = servingWorkers(gateway.process, gateway.port);
      return serving.length === 2 ? serving : undefined;
    }, 'both workers serving');
    expect(workers.sort()).toEqual(workerPids(gateway.process).sort());
    const killed: number[] = [];
    // Two workers take connections, none of them one that was killed.
    const replacementServes = () => {
      const serving = servingWorkers(gateway.process, gateway.port).filter((pid) => !killed.includes(pid));
      return serving.length === 2 ? serving : undefined;
    };
    const failures: string[] = [];
    for (let i = 0; i < 60; i += 1) {
      // One worker killed early, and the other (the only one that served meanwhile) once the
      // first one's replacement serves.
      if (i === 30) await until(replacementServes, 'the first replacement serving');
      if (i === 10 || i === 40) {
        const victim = workers[killed.length];
        process.kill(victim, 'SIGKILL');
        killed.push(victim);
      }
      const answer = await askOnce(gateway.base, await analystToken(subgraphs.secret, `caller-${i}`), '{ __typename }').catch((error: Error) => ({ status: 0, body: { errors: [{ message: error.message }] } }));
      if (answer.status !== 200 || answer.body.errors) failures.push(`request ${i}: ${answer.status} ${JSON.stringify(answer.body)}`);
    }
    expect(failures).toEqual([]);
    const replaced = await until(replacementServes, 'replacement of both killed workers');
    expect(killed.some(alive)).toBe(false);
    expect(replaced.some((pid) => workers.includes(pid))).toBe(false);
    expect(gateway.process.child.exitCode).toBeNull();
  }, 120_000);

  it('holds one rate limit across the workers, and /metrics counts every worker', async () => {
    const token = await analystToken(subgraphs.secret, 'one-caller');
    const before = counterTotal(await (await fetch(`${gateway.base}/metrics`)).text(), 'graphql_requests_total');
    const answers = await Promise.all(Array.from({ length: LIMIT * 2 }, () => askOnce(gateway.base, token, '{ __typename }')));
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses.filter((status) => status === 200)).toHaveLength(LIMIT);
    expect(statuses.filter((status) => status === 429)).toHaveLength(LIMIT);
    const after = counterTotal(await (await fetch(`${gateway.base}/metrics`)).text(), 'graphql_requests_total');
    expect(after - before).toBe(LIMIT);
  }, 60_000);
});
