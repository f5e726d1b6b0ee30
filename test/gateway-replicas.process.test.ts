import { Role } from '@kumkm/subgraph-kit';
import { askOnce, startGatewayProcess, startSubgraphProcesses, tokenFor, type Answer, type GatewayProcess, type SubgraphProcesses } from './support/gateway-processes';
import { tangselCooperativeInput } from './support/cooperative-input';
import { TemporaryRedis } from './support/temporary-redis';

const LIMIT = 20;
const SUMMARY = `query Summary { regions(codes: ["36.74"]) { code cooperativeSummary { total } } }`;
const REGISTER_COOPERATIVE = `mutation Register($input: RegisterCooperativeInput!) { registerCooperative(input: $input) { id } }`;

const cooperativeTotal = (answer: Answer): number => answer.body.data!.regions[0].cooperativeSummary.total;

async function readiness(gateway: GatewayProcess): Promise<{ redis: string }> {
  return (await fetch(`${gateway.base}/ready`)).json() as Promise<{ redis: string }>;
}

async function untilReady(gateways: GatewayProcess[], redis: string, deadlineMs = 15_000): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while ((await Promise.all(gateways.map(readiness))).some((ready) => ready.redis !== redis)) {
    if (Date.now() > deadline) throw new Error(`the gateways did not report Redis ${redis} within ${deadlineMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Two gateway processes, as two replicas behind a balancer, sharing one Redis (REDIS_URL): one
 * budget per caller, one summary cache invalidation, and answers all along while Redis goes away.
 */
describe('two gateway processes sharing one Redis', () => {
  let subgraphs: SubgraphProcesses;
  let redis: TemporaryRedis;
  let a: GatewayProcess;
  let b: GatewayProcess;
  let officer: string;
  let registered = 0;

  beforeAll(async () => {
    subgraphs = await startSubgraphProcesses();
    redis = await TemporaryRedis.start();
    const env = { REDIS_URL: redis.url, GATEWAY_WORKERS: '1', RATE_LIMIT_PER_MINUTE: String(LIMIT) };
    [a, b] = await Promise.all([startGatewayProcess(subgraphs, env, 'gateway A'), startGatewayProcess(subgraphs, env, 'gateway B')]);
    await untilReady([a, b], 'up');
    officer = await tokenFor(subgraphs.secret, Role.OFFICER, 'officer-tangsel', '36.74');
  }, 180_000);

  afterAll(async () => {
    await Promise.all([a?.process.stop(), b?.process.stop()]);
    await redis?.stop();
    await subgraphs?.stop();
  });

  /** A summary query through B, then a write through A: B must answer the write within 100 ms. */
  const writeThroughAReadThroughB = async () => {
    // A subject of its own per round: the first test spent the shared officer's budget.
    const token = await tokenFor(subgraphs.secret, Role.OFFICER, `officer-round-${registered}`, '36.74');
    const before = cooperativeTotal(await askOnce(b.base, token, SUMMARY));
    const cached = await askOnce(b.base, token, SUMMARY);
    expect(cached.headers['x-summary-cache']).toBe('hit');
    registered += 1;
    const created = await askOnce(a.base, token, REGISTER_COOPERATIVE, { input: tangselCooperativeInput(`AHU-REPLICA-${Date.now()}-${registered}`, `Koperasi Replika ${registered}`) });
    expect(created.body.errors).toBeUndefined();
    const written = performance.now();
    let after = cooperativeTotal(await askOnce(b.base, token, SUMMARY));
    while (after === before && performance.now() - written < 100) after = cooperativeTotal(await askOnce(b.base, token, SUMMARY));
    return { before, after, waitedMs: performance.now() - written };
  };

  it('counts requests spread over both against one limit', async () => {
    const answers: Answer[] = [];
    for (let i = 0; i < LIMIT * 2; i += 1) answers.push(await askOnce(i % 2 ? b.base : a.base, officer, '{ __typename }'));
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(LIMIT);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(LIMIT);
    // Both refused: neither kept a budget of its own.
    expect(answers.slice(LIMIT).every((answer) => answer.status === 429)).toBe(true);
  });

  it('shows a write through A in a summary through B within 100 ms', async () => {
    const { before, after, waitedMs } = await writeThroughAReadThroughB();
    expect(after).toBe(before + 1);
    expect(waitedMs).toBeLessThan(100);
  });

  it('answers every request while Redis hangs and while it is stopped, then shares state again once it is back', async () => {
    const failures: string[] = [];
    let asked = 0;
    let running = true;
    const traffic = (async () => {
      while (running) {
        const token = await tokenFor(subgraphs.secret, Role.ANALYST, `analyst-${asked}`);
        const gateway = asked % 2 ? b : a;
        asked += 1;
        const answer = await askOnce(gateway.base, token, SUMMARY).catch((error: Error) => ({ status: 0, headers: {}, body: { errors: [{ message: error.message }] } }));
        if (answer.status !== 200 || answer.body.errors) failures.push(`${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`);
      }
    })();
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    try {
      await pause(500);
      redis.pause();
      await pause(1_500);
      redis.resume();
      await pause(500);
      await redis.stop();
      await untilReady([a, b], 'down (rate limits per process, summary cache on its time to live)');
      const metrics = await (await fetch(`${a.base}/metrics`)).text();
      expect(metrics).toMatch(/^gateway_redis_up\{[^}]*\} 0$/m);
      await pause(1_000);
      await redis.restart();
      await untilReady([a, b], 'up');
      await pause(500);
    } finally {
      running = false;
      await traffic;
    }
    expect(failures).toEqual([]);
    expect(asked).toBeGreaterThan(20);
    // Back: the invalidation reaches B again, through the new Redis.
    const { before, after, waitedMs } = await writeThroughAReadThroughB();
    expect(after).toBe(before + 1);
    expect(waitedMs).toBeLessThan(100);
  }, 60_000);
});
