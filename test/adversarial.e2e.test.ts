import { createSecretKey } from 'node:crypto';
import { Role } from '@kumkm/subgraph-kit';
import { testDrivers } from '@kumkm/subgraph-kit/testing';
import { SignJWT } from 'jose';
import { startGraphStack, type GraphStack } from './support/graph-stack';

/** One hostile request and what the graph must answer: a status below 500 and one of the expected codes. */
interface Attack {
  category: string;
  name: string;
  /** Raw body and headers; `token` false sends none. */
  body: string;
  contentType?: string;
  token?: string | false;
  codes: string[];
}

const INJECTIONS = [
  "' OR '1'='1",
  "1; DROP TABLE cooperatives; --",
  '%',
  '_',
  '\\',
  '36.74%',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '{"$gt": ""}',
  '\u0000',
  'Ω≈ç√∫˜µ≤≥÷ 🤔',
  'x'.repeat(10_000),
  '${jndi:ldap://example.invalid/a}',
  "36.74' UNION SELECT nik FROM cooperatives --",
  "1' AND SLEEP(5)#",
  "'; SELECT pg_sleep(10); --",
  'admin\'--',
  '" OR ""="',
  '%00',
  '\r\nSet-Cookie: x=1',
  '３６.７４',
  ' 36.74',
  '36.74.03.1002 ',
  'NaN',
  '1e309',
  'null',
];

/** Every string argument of the graph, with the code a hostile value must get (null: harmless, data or empty). */
const STRING_ARGUMENTS: Array<{ name: string; query: (value: string) => string; codes: string[] }> = [
  { name: 'region code', query: (v) => `{ region(code: ${JSON.stringify(v)}) { name } }`, codes: ['BAD_USER_INPUT'] },
  { name: 'regions codes', query: (v) => `{ regions(codes: [${JSON.stringify(v)}]) { name } }`, codes: ['BAD_USER_INPUT'] },
  { name: 'cooperative id', query: (v) => `{ cooperative(id: ${JSON.stringify(v)}) { name } }`, codes: ['BAD_USER_INPUT'] },
  { name: 'cooperative NIK', query: (v) => `{ cooperativeByNik(nik: ${JSON.stringify(v)}) { name } }`, codes: ['BAD_USER_INPUT'] },
  { name: 'legal entity number', query: (v) => `{ cooperativeByLegalEntityNumber(legalEntityNumber: ${JSON.stringify(v)}) { name } }`, codes: [] },
  { name: 'cooperatives region filter', query: (v) => `{ cooperatives(filter: { region: ${JSON.stringify(v)} }) { totalCount } }`, codes: ['BAD_USER_INPUT'] },
  { name: 'cooperatives name filter', query: (v) => `{ cooperatives(filter: { nameContains: ${JSON.stringify(v)} }) { totalCount } }`, codes: ['', 'BAD_USER_INPUT'] },
  { name: 'cooperatives cursor', query: (v) => `{ cooperatives(after: ${JSON.stringify(v)}) { totalCount } }`, codes: ['BAD_USER_INPUT'] },
  { name: 'UMKM NIB', query: (v) => `{ umkmActorByNib(nib: ${JSON.stringify(v)}) { businessName } }`, codes: ['BAD_USER_INPUT'] },
  { name: 'UMKM id', query: (v) => `{ umkmActor(id: ${JSON.stringify(v)}) { businessName } }`, codes: ['BAD_USER_INPUT'] },
  { name: 'UMKM region filter', query: (v) => `{ umkmActors(filter: { region: ${JSON.stringify(v)} }) { totalCount } }`, codes: ['BAD_USER_INPUT'] },
  { name: 'UMKM name filter', query: (v) => `{ umkmActors(filter: { nameContains: ${JSON.stringify(v)} }) { totalCount } }`, codes: ['', 'BAD_USER_INPUT'] },
  { name: 'UMKM cooperative filter', query: (v) => `{ umkmActors(filter: { cooperativeId: ${JSON.stringify(v)} }) { totalCount } }`, codes: ['BAD_USER_INPUT'] },
  { name: 'programme id', query: (v) => `{ trainingProgram(id: ${JSON.stringify(v)}) { title } }`, codes: ['BAD_USER_INPUT'] },
  { name: 'programme organizer filter', query: (v) => `{ trainingPrograms(filter: { organizerContains: ${JSON.stringify(v)} }) { totalCount } }`, codes: ['', 'BAD_USER_INPUT'] },
  { name: 'programme region filter', query: (v) => `{ trainingPrograms(filter: { region: ${JSON.stringify(v)} }) { totalCount } }`, codes: ['BAD_USER_INPUT'] },
  { name: 'update cooperative id', query: (v) => `mutation { updateCooperative(id: ${JSON.stringify(v)}, input: { memberCount: 1, reportingOffice: "Dinas" }) { id } }`, codes: ['BAD_USER_INPUT'] },
  { name: 'registration region', query: (v) => `mutation { registerUmkmActor(input: { nib: "9990000000001", ownerName: "Uji", businessName: "Uji", sector: G, annualSales: "1000", employees: 1, regionCode: ${JSON.stringify(v)}, reportingOffice: "Dinas" }) { id } }`, codes: ['BAD_USER_INPUT'] },
  { name: 'registration money', query: (v) => `mutation { registerUmkmActor(input: { nib: "9990000000002", ownerName: "Uji", businessName: "Uji", sector: G, annualSales: ${JSON.stringify(v)}, employees: 1, regionCode: "36.74", reportingOffice: "Dinas" }) { id } }`, codes: ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'] },
];

function injectionAttacks(): Attack[] {
  return STRING_ARGUMENTS.flatMap((argument) =>
    INJECTIONS.map((value, index) => ({
      category: 'injection',
      name: `${argument.name} #${index}`,
      body: JSON.stringify({ query: argument.query(value) }),
      codes: argument.codes,
    })),
  );
}

const LISTS = [
  (first: string) => `{ cooperatives(first: ${first}) { totalCount } }`,
  (first: string) => `{ umkmActors(first: ${first}) { totalCount } }`,
  (first: string) => `{ trainingPrograms(first: ${first}) { totalCount } }`,
  (first: string) => `{ cooperatives(first: 1) { edges { node { members(first: ${first}) { totalCount } } } } }`,
  (first: string) => `{ trainingPrograms(first: 1) { edges { node { enrollments(first: ${first}) { totalCount } } } } }`,
];

function pageSizeAttacks(): Attack[] {
  const sizes: Array<[string, string[]]> = [
    // Past a point the cost limit, which multiplies by page size, refuses first.
    ['101', ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']],
    ['1000', ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']],
    ['1000000000', ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']],
    ['-1', ['BAD_USER_INPUT']],
    ['2147483648', ['GRAPHQL_VALIDATION_FAILED']],
    ['1.5', ['GRAPHQL_VALIDATION_FAILED']],
    ['"10"', ['GRAPHQL_VALIDATION_FAILED']],
  ];
  return LISTS.flatMap((list, index) => sizes.map(([size, codes]) => ({ category: 'page size', name: `list ${index} first ${size}`, body: JSON.stringify({ query: list(size) }), codes })));
}

function wrongTypeAttacks(): Attack[] {
  const cases: Array<[string, Record<string, unknown>]> = [
    ['query($c: String!) { region(code: $c) { name } }', { c: 81 }],
    ['query($c: String!) { region(code: $c) { name } }', { c: null }],
    ['query($c: String!) { region(code: $c) { name } }', { c: { a: 1 } }],
    ['query($c: String!) { region(code: $c) { name } }', { c: ['81'] }],
    ['query($c: String!) { region(code: $c) { name } }', {}],
    ['query($f: Int) { cooperatives(first: $f) { totalCount } }', { f: 'ten' }],
    ['query($f: Int) { cooperatives(first: $f) { totalCount } }', { f: 1e12 }],
    ['query($f: Int) { cooperatives(first: $f) { totalCount } }', { f: true }],
    ['query($x: CooperativeFilter) { cooperatives(filter: $x) { totalCount } }', { x: { type: 'BANK' } }],
    ['query($x: CooperativeFilter) { cooperatives(filter: $x) { totalCount } }', { x: { unknownField: 1 } }],
    ['query($x: CooperativeFilter) { cooperatives(filter: $x) { totalCount } }', { x: 'region=36.74' }],
    ['query($x: CooperativeFilter) { cooperatives(filter: $x) { totalCount } }', { x: { establishedFrom: '2024-13-45' } }],
    ['query($x: CooperativeFilter) { cooperatives(filter: $x) { totalCount } }', { x: { establishedFrom: 'yesterday' } }],
    ['query($x: CooperativeFilter) { cooperatives(filter: $x) { totalCount } }', { x: { isMerahPutih: 'yes' } }],
    ['query($x: UmkmActorFilter) { umkmActors(filter: $x) { totalCount } }', { x: { sector: 'Z' } }],
    ['query($x: UmkmActorFilter) { umkmActors(filter: $x) { totalCount } }', { x: { scale: 'BESAR' } }],
    ['query($x: TrainingProgramFilter) { trainingPrograms(filter: $x) { totalCount } }', { x: { from: '2024-02-30' } }],
    ['query($x: TrainingProgramFilter) { trainingPrograms(filter: $x) { totalCount } }', { x: { kind: 'SEMINAR' } }],
    ['query($y: Int) { region(code: "81") { cooperativeSummary(asOfYear: $y) { active } } }', { y: 'last year' }],
    ['query($d: LocalDate) { region(code: "81") { trainingSummary(from: $d) { programs } } }', { d: '20240101' }],
    ['query($d: LocalDate) { region(code: "81") { trainingSummary(from: $d) { programs } } }', { d: 20240101 }],
    ['mutation($i: RegisterCooperativeInput!) { registerCooperative(input: $i) { id } }', { i: {} }],
    ['mutation($i: RegisterCooperativeInput!) { registerCooperative(input: $i) { id } }', { i: null }],
    ['mutation($i: RegisterCooperativeInput!) { registerCooperative(input: $i) { id } }', { i: { legalEntityNumber: 5, name: [], type: 'JASA', memberCount: '25', regionCode: '36.74', reportingOffice: 'x' } }],
    ['mutation($i: RegisterUmkmActorInput!) { registerUmkmActor(input: $i) { id } }', { i: { nib: 1234567890123, ownerName: 'a', businessName: 'b', sector: 'G', annualSales: -5, employees: 1, regionCode: '36.74', reportingOffice: 'x' } }],
    ['mutation($i: EnrollParticipantInput!) { enrollParticipant(input: $i) { id } }', { i: { programId: 'x', participant: { type: 'PERSON', id: 'y' }, reportingOffice: 'x' } }],
    ['mutation($i: CreateTrainingProgramInput!) { createTrainingProgram(input: $i) { id } }', { i: { title: 'x', kind: 'TRAINING', organizer: 'x', regionCode: '36.74', startsOn: 'soon', audience: 'x', reportingOffice: 'x' } }],
    ['mutation($i: CreateTrainingProgramInput!) { createTrainingProgram(input: $i) { id } }', { i: { title: 'x', kind: 'TRAINING', organizer: 'x', regionCode: '36.74', startsOn: '2026-01-01', audience: 'x', waves: [{ number: 'one' }], reportingOffice: 'x' } }],
  ];
  return cases.map(([query, variables], index) => ({
    category: 'wrong types',
    name: `case ${index}`,
    body: JSON.stringify({ query, variables }),
    codes: ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'],
  }));
}

function nestingAttacks(): Attack[] {
  const attacks: Attack[] = [];
  for (let depth = 13; depth <= 40; depth += 3) {
    attacks.push({
      category: 'deep nesting',
      name: `children × ${depth}`,
      body: JSON.stringify({ query: `{ regions(codes: ["81"]) { ${'children { '.repeat(depth)}code${' }'.repeat(depth)} } }` }),
      codes: ['GRAPHQL_VALIDATION_FAILED'],
    });
    // The same depth hidden in a chain of fragments (the bypass fixed in graphql-armor's max-depth 2.4.x).
    const fragments = Array.from({ length: depth }, (_, i) => `fragment F${i} on Region { children { ${i + 1 < depth ? `...F${i + 1}` : 'code'} } }`).join(' ');
    attacks.push({
      category: 'deep nesting',
      name: `fragments × ${depth}`,
      body: JSON.stringify({ query: `{ regions(codes: ["81"]) { ...F0 } } ${fragments}` }),
      codes: ['GRAPHQL_VALIDATION_FAILED'],
    });
  }
  return attacks;
}

function aliasAndFragmentBombs(): Attack[] {
  const attacks: Attack[] = [];
  for (const count of [16, 25, 50, 100, 200, 400]) {
    attacks.push({
      category: 'alias bomb',
      name: `${count} aliases`,
      body: JSON.stringify({ query: `{ ${Array.from({ length: count }, (_, i) => `a${i}: regions(codes: ["81"]) { name }`).join(' ')} }` }),
      codes: ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED'],
    });
    attacks.push({
      category: 'fragment bomb',
      name: `${count} spreads of one fragment`,
      body: JSON.stringify({ query: `{ region(code: "81") { ${'...R '.repeat(count)} } } fragment R on Region { a: children { b: children { c: children { name } } } }` }),
      codes: ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED'],
    });
  }
  attacks.push(
    { category: 'fragment bomb', name: 'cycle', body: JSON.stringify({ query: '{ region(code: "81") { ...A } } fragment A on Region { ...B } fragment B on Region { ...A }' }), codes: ['GRAPHQL_VALIDATION_FAILED'] },
    { category: 'fragment bomb', name: 'self cycle', body: JSON.stringify({ query: '{ region(code: "81") { ...A } } fragment A on Region { children { ...A } }' }), codes: ['GRAPHQL_VALIDATION_FAILED'] },
    { category: 'fragment bomb', name: 'unknown fragment', body: JSON.stringify({ query: '{ region(code: "81") { ...Nope } }' }), codes: ['GRAPHQL_VALIDATION_FAILED'] },
    { category: 'directive bomb', name: '50 directives', body: JSON.stringify({ query: `{ region(code: "81") { name ${'@skip(if: false) '.repeat(50)} } }` }), codes: ['GRAPHQL_VALIDATION_FAILED'] },
    { category: 'token bomb', name: '5000 fields', body: JSON.stringify({ query: `{ region(code: "81") { ${'name '.repeat(5000)} } }` }), codes: ['GRAPHQL_PARSE_FAILED'] },
  );
  return attacks;
}

function malformedRequests(): Attack[] {
  const json: Array<[string, string, string?]> = [
    ['truncated JSON', '{"query": "{ region(code: \\"81\\") { name } }"'],
    ['not JSON', 'query=region'],
    ['empty body', ''],
    ['JSON null', 'null'],
    ['JSON number', '42'],
    ['JSON string', '"{ region(code: \\"81\\") { name } }"'],
    ['batched array', '[{"query": "{ region(code: \\"81\\") { name } }"}]'],
    ['query as number', '{"query": 5}'],
    ['query as object', '{"query": {"region": "81"}}'],
    ['variables as string', '{"query": "query($c: String!) { region(code: $c) { name } }", "variables": "{\\"c\\": \\"81\\"}"}'],
    ['variables as array', '{"query": "{ region(code: \\"81\\") { name } }", "variables": [1]}'],
    ['operationName as number', '{"query": "{ region(code: \\"81\\") { name } }", "operationName": 1}'],
    ['extensions as string', '{"query": "{ region(code: \\"81\\") { name } }", "extensions": "x"}'],
    ['missing query', '{"variables": {}}'],
    ['persisted query hash only', '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}'],
    ['text/plain body', '{"query": "{ region(code: \\"81\\") { name } }"}', 'text/plain'],
    ['form body', 'query=%7B%20region%20%7D', 'application/x-www-form-urlencoded'],
  ];
  const attacks: Attack[] = json.map(([name, body, contentType]) => ({
    category: 'malformed request',
    name,
    body,
    contentType,
    codes: ['BAD_REQUEST', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED'],
  }));
  // Unused variables, however deep, are ignored: answered normally.
  attacks.push({
    category: 'malformed request',
    name: 'deeply nested unused variable',
    body: `{"query": "{ region(code: \\"81\\") { name } }", "variables": {"a": ${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}}}`,
    codes: [],
  });
  for (const size of [300_000, 1_000_000, 5_000_000]) {
    attacks.push({ category: 'oversized body', name: `${size} bytes`, body: JSON.stringify({ query: `{ region(code: "81") { name } } #${'x'.repeat(size)}` }), codes: ['BAD_REQUEST'] });
  }
  return attacks;
}

function operationAttacks(): Attack[] {
  const cases: Array<[string, Record<string, unknown>, string[]]> = [
    ['unknown operation name', { query: 'query A { region(code: "81") { name } }', operationName: 'B' }, ['OPERATION_RESOLUTION_FAILURE']],
    ['two operations, no name', { query: 'query A { region(code: "81") { name } } query B { region(code: "31") { name } }' }, ['OPERATION_RESOLUTION_FAILURE']],
    ['empty document', { query: '' }, ['BAD_REQUEST', 'GRAPHQL_PARSE_FAILED']],
    ['only a comment', { query: '# nothing' }, ['GRAPHQL_PARSE_FAILED']],
    ['only fragments', { query: 'fragment R on Region { name }' }, ['GRAPHQL_VALIDATION_FAILED', 'OPERATION_RESOLUTION_FAILURE']],
    ['subscription', { query: 'subscription { region(code: "81") { name } }' }, ['GRAPHQL_VALIDATION_FAILED']],
    ['unknown field', { query: '{ everything }' }, ['GRAPHQL_VALIDATION_FAILED']],
    ['unknown type condition', { query: '{ region(code: "81") { ... on Bank { name } } }' }, ['GRAPHQL_VALIDATION_FAILED']],
    ['unknown argument', { query: '{ region(code: "81", sql: "1") { name } }' }, ['GRAPHQL_VALIDATION_FAILED']],
    ['missing argument', { query: '{ region { name } }' }, ['GRAPHQL_VALIDATION_FAILED']],
    ['unknown variable type', { query: 'query($x: Bank) { region(code: "81") { name } }' }, ['GRAPHQL_VALIDATION_FAILED']],
    ['undeclared variable', { query: '{ region(code: $c) { name } }' }, ['GRAPHQL_VALIDATION_FAILED']],
    ['selection on a scalar', { query: '{ region(code: "81") { name { first } } }' }, ['GRAPHQL_VALIDATION_FAILED']],
    ['no selection on an object', { query: '{ region(code: "81") }' }, ['GRAPHQL_VALIDATION_FAILED']],
    ['syntax error', { query: '{ region(code: "81" { name } }' }, ['GRAPHQL_PARSE_FAILED']],
    ['unterminated string', { query: '{ region(code: "81) { name } }' }, ['GRAPHQL_PARSE_FAILED']],
    ['mutation on a query field', { query: 'mutation { region(code: "81") { name } }' }, ['GRAPHQL_VALIDATION_FAILED']],
    ['federation internals', { query: '{ _entities(representations: [{ __typename: "Cooperative", id: "x" }]) { __typename } }' }, ['GRAPHQL_VALIDATION_FAILED']],
    ['federation SDL', { query: '{ _service { sdl } }' }, ['GRAPHQL_VALIDATION_FAILED']],
    ['introspection of a mutation type bomb', { query: `{ __schema { ${Array.from({ length: 30 }, (_, i) => `t${i}: types { name }`).join(' ')} } }` }, ['GRAPHQL_VALIDATION_FAILED']],
  ];
  return cases.map(([name, body, codes]) => ({ category: 'unknown operation', name, body: JSON.stringify(body), codes }));
}

async function tokenAttacks(stack: GraphStack): Promise<Attack[]> {
  const query = JSON.stringify({ query: '{ region(code: "81") { name } }' });
  const sign = (claims: Record<string, unknown>, secret = stack.auth.secret!, alg = 'HS256') =>
    new SignJWT(claims).setProtectedHeader({ alg }).sign(createSecretKey(Buffer.from(secret, 'utf8')));
  const base = { sub: 'attacker', role: 'ADMIN', iss: 'kumkm-graph', aud: 'kumkm-graph', iat: Math.floor(Date.now() / 1000) };
  const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify({ ...base, exp: base.iat + 3600 })).toString('base64url')}.`;
  const valid = await stack.tokenFor(Role.ADMIN);
  const [header, , signature] = valid.split('.');
  const tampered = `${header}.${Buffer.from(JSON.stringify({ ...base, exp: base.iat + 3600 })).toString('base64url')}.${signature}`;
  const tokens: Array<[string, string | false]> = [
    ['no token', false],
    ['alg none', unsigned],
    ['tampered payload', tampered],
    ['wrong secret', await sign({ ...base, exp: base.iat + 3600 }, 'w'.repeat(40))],
    ['expired', await sign({ ...base, exp: base.iat - 60 })],
    ['not yet valid', await sign({ ...base, exp: base.iat + 7200, nbf: base.iat + 3600 })],
    ['no expiry claims wrong issuer', await sign({ ...base, iss: 'elsewhere', exp: base.iat + 3600 })],
    ['wrong audience', await sign({ ...base, aud: 'elsewhere', exp: base.iat + 3600 })],
    ['unknown role', await sign({ ...base, role: 'ROOT', exp: base.iat + 3600 })],
    ['officer without region', await sign({ ...base, role: 'OFFICER', exp: base.iat + 3600 })],
    ['region with wildcard', await sign({ ...base, role: 'OFFICER', region: '36%', exp: base.iat + 3600 })],
    ['garbage', 'not-a-token'],
    ['three dots', '...'],
    ['empty', ''],
    ['very long', 'a'.repeat(6000)],
  ];
  return tokens.map(([name, token]) => ({ category: 'forged token', name, body: query, token, codes: ['UNAUTHENTICATED'] }));
}

describe.each(testDrivers())('an adversarial corpus (%s)', (driver) => {
  let stack: GraphStack;
  let attacks: Attack[];

  beforeAll(async () => {
    stack = await startGraphStack({ driver });
    attacks = [
      ...injectionAttacks(),
      ...pageSizeAttacks(),
      ...wrongTypeAttacks(),
      ...nestingAttacks(),
      ...aliasAndFragmentBombs(),
      ...malformedRequests(),
      ...operationAttacks(),
      ...(await tokenAttacks(stack)),
    ];
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('holds at least 500 bad requests', () => {
    expect(attacks.length).toBeGreaterThanOrEqual(500);
  });

  it('answers every one below 500, with its expected code, and no internals', async () => {
    const surprises: string[] = [];
    for (const attack of attacks) {
      const headers: Record<string, string> = { 'content-type': attack.contentType ?? 'application/json' };
      if (attack.token !== false) headers.authorization = `Bearer ${attack.token ?? stack.adminToken}`;
      const response = await fetch(stack.gatewayUrl, { method: 'POST', headers, body: attack.body });
      const text = await response.text();
      let code = '';
      try {
        code = JSON.parse(text).errors?.[0]?.extensions?.code ?? '';
      } catch {
        code = 'NOT_JSON';
      }
      const ok = response.status < 500 && (attack.codes.length === 0 ? code === '' : attack.codes.includes(code));
      // Internals a response must never carry: stack frames, driver error codes, internal addresses.
      const leaks = /stacktrace|at \S+\.(js|ts):\d+|node_modules|\bER_[A-Z_]+|SQLITE_[A-Z_]+|127\.0\.0\.1:\d+/.test(text);
      if (!ok || leaks) surprises.push(`${attack.category} / ${attack.name}: HTTP ${response.status} ${code}${leaks ? ' (leaks internals)' : ''}: ${text.slice(0, 160)}`);
    }
    expect(surprises).toEqual([]);
  });

  it('still answers real queries afterwards', async () => {
    expect((await fetch(`${stack.gatewayBase}/health`)).status).toBe(200);
    const response = await stack.query('{ regions(codes: ["36.74"]) { cooperativeSummary { active } umkmSummary { total } trainingSummary { programs } } }');
    expect(response.body.errors).toBeUndefined();
    expect((response.body.data as any).regions[0].cooperativeSummary.active).toBe(462);
  });
});
