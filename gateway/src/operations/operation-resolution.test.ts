import { countingServer } from './apollo-server.fixture';
import { operationResolution } from './operation-resolution';

describe('operation resolution', () => {
  const { server, calls } = countingServer({ plugins: [operationResolution] });

  async function codeOf(query: string, operationName?: string) {
    const response = await server.executeOperation({ query, operationName });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status, code: response.body.singleResult.errors?.[0]?.extensions?.code };
  }

  it('refuses an operation name that is not in the document with 400', async () => {
    expect(await codeOf('query A { cooperatives } query B { cooperatives }', 'C')).toEqual({ status: 400, code: 'OPERATION_RESOLUTION_FAILURE' });
  });

  it('refuses several operations without a name with 400', async () => {
    expect(await codeOf('query A { cooperatives } query B { cooperatives }')).toEqual({ status: 400, code: 'OPERATION_RESOLUTION_FAILURE' });
  });

  it('lets a resolvable operation run, exactly once', async () => {
    const before = calls.cooperatives;
    expect(await codeOf('query A { cooperatives } query B { cooperatives }', 'B')).toEqual({ status: undefined, code: undefined });
    expect(calls.cooperatives).toBe(before + 1);
  });
});
