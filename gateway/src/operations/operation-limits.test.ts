import { DEFAULT_LIMITS } from '../limits';
import { countingServer } from './apollo-server.fixture';
import { operationLimits } from './operation-limits';

function limitedServer(limits: Partial<typeof DEFAULT_LIMITS>, hideFieldSuggestions = false) {
  const options = operationLimits({ ...DEFAULT_LIMITS, ...limits }, hideFieldSuggestions);
  return countingServer({ ...options, plugins: options.plugins });
}

async function errorsOf(server: ReturnType<typeof countingServer>, query: string) {
  const { result } = await server.run(query);
  return (result.errors ?? []).map((error) => ({ code: error.extensions?.code, message: error.message }));
}

const nested = (depth: number) => `{ regions { ${'children { '.repeat(depth)}code${' }'.repeat(depth)} } }`;

describe('operation limits', () => {
  it('refuses a document deeper than maxDepth before anything runs, and accepts one at the limit', async () => {
    const server = limitedServer({ maxDepth: 4 });
    expect((await errorsOf(server, nested(4)))[0].code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(server.calls.regions).toBe(0);
    expect(await errorsOf(server, nested(2))).toEqual([]);
    expect(server.calls.regions).toBe(1);
  });

  it('refuses more aliases than maxAliases', async () => {
    const server = limitedServer({ maxAliases: 2 });
    expect(await errorsOf(server, '{ a: cooperatives b: cooperatives }')).toEqual([]);
    expect((await errorsOf(server, '{ a: cooperatives b: cooperatives c: cooperatives }'))[0].code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(server.calls.cooperatives).toBe(2);
  });

  it('refuses a document of more tokens than maxTokens while parsing', async () => {
    const server = limitedServer({ maxTokens: 100 });
    const errors = await errorsOf(server, `{ ${Array.from({ length: 60 }, (_, index) => `a${index}: cooperatives`).join(' ')} }`);
    expect(errors[0].code).toBe('GRAPHQL_PARSE_FAILED');
    expect(server.calls.cooperatives).toBe(0);
  });

  it('hides field suggestions only when asked', async () => {
    expect((await errorsOf(limitedServer({}), '{ cooperativs }'))[0].message).toContain('Did you mean');
    expect((await errorsOf(limitedServer({}, true), '{ cooperativs }'))[0].message).not.toContain('Did you mean');
  });
});
