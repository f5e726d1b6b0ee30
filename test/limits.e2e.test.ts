import { Role } from '@kumkm/subgraph-kit';
import { errorCodes, startGraphStack, type GraphStack } from './support/graph-stack';

/** What one request may cost: each refusal is a clear error with a stable code, never a 5xx. */
describe('limits on one request', () => {
  let stack: GraphStack;
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.adminToken}`, ...headers }, body });

  beforeAll(async () => {
    // Limits do not depend on the database: SQLite suffices. Production mode hides field suggestions.
    stack = await startGraphStack({ limits: { requestsPerMinute: 40 }, corsOrigins: ['https://rakor.example.go.id'], hideFieldSuggestions: true });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const nested = (depth: number) => `{ regions(codes: ["81"]) { ${'children { '.repeat(depth)}code${' }'.repeat(depth)} } }`;

  it.each([
    ['too deep', nested(14), /depth limit of 12/],
    ['an alias bomb', `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: region(code: "81") { name }`).join(' ')} }`, /Aliases limit of 15/],
    ['a directive bomb', `{ region(code: "81") { name ${'@include(if: true) '.repeat(30)} } }`, /Directives limit of 10/],
    ['a token bomb', `{ region(code: "81") { ${'name '.repeat(2500)} } }`, /contains more tha[nt] 2000 tokens/],
    [
      'too costly',
      `{ cooperatives(first: 100) { edges { node { id name officers { fullName } members(first: 100) { edges { node { id businessName trainings { status program { title waves { number enrolled } } } } } } } } } }`,
      /Cost limit of 150000/,
    ],
  ])('refuses %s with a clear 400', async (_label, query, message) => {
    const response = await stack.query(query);
    expect(response.status).toBe(400);
    expect(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']).toContain(errorCodes(response)[0]);
    expect(response.body.errors![0].message).toMatch(message);
  });

  it('lets the coordination queries through', async () => {
    const drillDown = await stack.query(`{ cooperatives(filter: { region: "36.74", type: SIMPAN_PINJAM }, first: 50) { edges { node {
      name memberCount members(first: 10) { edges { node { businessName scale trainings { program { title startsOn } status } } } }
      trainings { program { title } status } } } } }`);
    expect(drillDown.body.errors).toBeUndefined();
  });

  it('hides field suggestions in production', async () => {
    const response = await stack.query('{ regoin(code: "81") { name } }');
    expect(response.status).toBe(400);
    expect(response.body.errors![0].message).not.toMatch(/Did you mean/);
  });

  it('refuses an oversized body with 413 and JSON, without a stack trace', async () => {
    const response = await post(JSON.stringify({ query: `{ region(code: "81") { name } } # ${'x'.repeat(300_000)}` }));
    expect(response.status).toBe(413);
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.js|node_modules/);
  });

  it('refuses invalid JSON with 400', async () => {
    const response = await post('{"query": "{ region(code: \\"81\\") { name } }"');
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses batched requests', async () => {
    const response = await post(JSON.stringify([{ query: '{ region(code: "81") { name } }' }, { query: '{ region(code: "31") { name } }' }]));
    expect(response.status).toBe(400);
  });

  it('blocks a GET that could be a cross-site request (CSRF prevention)', async () => {
    const response = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{ region(code: "81") { name } }')}`, {
      headers: { authorization: `Bearer ${stack.adminToken}` },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it('allows browsers only from the configured origins', async () => {
    const preflight = (origin: string) =>
      fetch(stack.gatewayUrl, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' } });
    expect((await preflight('https://rakor.example.go.id')).headers.get('access-control-allow-origin')).toBe('https://rakor.example.go.id');
    expect((await preflight('https://evil.example.com')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('limits each token to its budget with 429 and Retry-After, leaving other tokens alone', async () => {
    const token = await stack.tokenFor(Role.OFFICER, '81.71', '1h', 'busy-officer');
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++) statuses.push((await stack.queryAs(token, '{ region(code: "81") { name } }')).status);
    expect(statuses.slice(0, 40).every((status) => status === 200)).toBe(true);
    const refused = await stack.queryAs(token, '{ region(code: "81") { name } }');
    expect(refused.status).toBe(429);
    expect(errorCodes(refused)).toEqual(['RATE_LIMITED']);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const other = await stack.queryAs(await stack.tokenFor(Role.OFFICER, '81.71', '1h', 'other-officer'), '{ region(code: "81") { name } }');
    expect(other.status).toBe(200);
  });
});
