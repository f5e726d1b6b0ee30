import { countingServer } from './apollo-server.fixture';
import { SummaryCache, summaryCachePlugin } from './summary-cache';

function cachedServer(ttlSeconds = 30) {
  let invalidations = 0;
  const cache = new SummaryCache({ ttlSeconds, maxEntries: 10 }, () => (invalidations += 1));
  const served = countingServer({ plugins: [summaryCachePlugin(cache)] });
  return { ...served, cache, invalidations: () => invalidations };
}

describe('summary cache', () => {
  it('computes a summary query once and serves it again from the cache', async () => {
    const { calls, run } = cachedServer();
    expect((await run('{ regions { code } }')).cacheHeader).toBe('miss');
    const second = await run('{ regions { code } }');
    expect(second.cacheHeader).toBe('hit');
    expect(second.result.data).toEqual({ regions: [{ code: '81' }] });
    expect(calls.regions).toBe(1);
  });

  it('keeps scopes and variables apart', async () => {
    const { calls, run } = cachedServer();
    await run('{ regions { code } }', { viewerScope: 'ANALYST:' });
    await run('{ regions { code } }', { viewerScope: 'OFFICER:36.74' });
    await run('query R($code: String!) { region(code: $code) { code } }', { viewerScope: 'ANALYST:' }, { code: '81' });
    await run('query R($code: String!) { region(code: $code) { code } }', { viewerScope: 'ANALYST:' }, { code: '31.72' });
    await run('query R($code: String!) { region(code: $code) { code } }', { viewerScope: 'ANALYST:' }, { code: '81' });
    expect(calls.regions).toBe(4);
  });

  it('never caches other root fields, nor a summary mixed with them', async () => {
    const { calls, run } = cachedServer();
    for (let index = 0; index < 3; index++) expect((await run('{ cooperatives regions { code } }')).cacheHeader).toBeUndefined();
    expect(calls.cooperatives).toBe(3);
    expect(calls.regions).toBe(3);
  });

  it('empties itself, and tells its peers once, after a mutation', async () => {
    const { calls, run, invalidations } = cachedServer();
    await run('{ regions { code } }');
    await run('mutation { registerCooperative }');
    expect(invalidations()).toBe(1);
    expect((await run('{ regions { code } }')).cacheHeader).toBe('miss');
    expect(calls.regions).toBe(2);
  });

  it('keeps the cache after a mutation that wrote nothing: refused, or only __typename', async () => {
    const { calls, run, invalidations } = cachedServer();
    await run('{ regions { code } }');
    expect((await run('mutation { registerCooperative(fail: true) }')).result.errors).toHaveLength(1);
    await run('mutation { __typename }');
    await run('mutation { written: __typename }');
    expect(invalidations()).toBe(0);
    expect((await run('{ regions { code } }')).cacheHeader).toBe('hit');
    expect(calls.regions).toBe(1);
    expect(calls.registerCooperative).toBe(1);
  });

  it('empties itself after a mutation that wrote something, even beside one that was refused', async () => {
    const { run, invalidations } = cachedServer();
    await run('{ regions { code } }');
    await run('mutation { refused: registerCooperative(fail: true) written: registerCooperative }');
    expect(invalidations()).toBe(1);
    expect((await run('{ regions { code } }')).cacheHeader).toBe('miss');
  });

  it('does not store an answer whose query began before a write landed', () => {
    const cache = new SummaryCache({ ttlSeconds: 30, maxEntries: 10 });
    const startedIn = cache.generation;
    cache.clear();
    cache.set('key', '{}', startedIn);
    expect(cache.get('key')).toBeUndefined();
    cache.set('key', '{}', cache.generation);
    expect(cache.get('key')).toBe('{}');
  });

  it('is off with a time to live of 0', async () => {
    const { calls, run } = cachedServer(0);
    await run('{ regions { code } }');
    await run('{ regions { code } }');
    expect(calls.regions).toBe(2);
  });
});
