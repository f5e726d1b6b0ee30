import pino from 'pino';
import { startGraphStack, type GraphStack } from './support/graph-stack';

describe('observability', () => {
  let stack: GraphStack;
  const lines: Array<Record<string, unknown>> = [];
  const rawLines: string[] = [];

  beforeAll(async () => {
    const capture = {
      write: (line: string) => {
        rawLines.push(line);
        lines.push(JSON.parse(line));
      },
    };
    stack = await startGraphStack({ logger: pino({ level: 'info' }, capture) });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('carries the request id from the gateway to every subgraph that served the request, and logs no personal data', async () => {
    lines.length = 0;
    rawLines.length = 0;
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.adminToken}`, 'x-request-id': 'rakor-2026-req-1' },
      body: JSON.stringify({
        query: `query Drill { cooperatives(first: 3, filter: { region: "36.74" }) { edges { node { name officers { fullName }
          members(first: 3) { edges { node { ownerName trainings { status } } } } } } } }`,
      }),
    });
    expect(response.headers.get('x-request-id')).toBe('rakor-2026-req-1');
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    const requestLines = lines.filter((line) => line.msg === 'graphql request' && line.requestId === 'rakor-2026-req-1');
    expect(new Set(requestLines.map((line) => line.service))).toEqual(new Set(['gateway', 'cooperatives', 'umkm', 'training']));
    expect(requestLines.find((line) => line.service === 'gateway')).toMatchObject({ operation: 'Drill', outcome: 'ok' });
    // JSON.parse keeps the last of two equal keys; the raw lines show a key written twice.
    const rawRequestLines = rawLines.filter((line) => line.includes('"msg":"graphql request"'));
    expect(rawRequestLines.map((line) => line.split('"requestId"').length - 1)).toEqual(rawRequestLines.map(() => 1));

    const names = body.data.cooperatives.edges.flatMap((edge: any) => [
      ...edge.node.officers.map((officer: any) => officer.fullName),
      ...edge.node.members.edges.map((member: any) => member.node.ownerName),
    ]);
    expect(names.length).toBeGreaterThan(0);
    const logged = JSON.stringify(lines);
    for (const name of names) expect(logged).not.toContain(name);
  });

  it('replaces a request id that could forge log lines', async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.adminToken}`, 'x-request-id': 'a b"}{"level":60' },
      body: JSON.stringify({ query: '{ region(code: "81") { name } }' }),
    });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves Prometheus metrics on every process', async () => {
    await stack.query('query Rakor { regions(codes: ["81"]) { cooperativeSummary { active } umkmSummary { total } } }');
    const gateway = await (await fetch(`${stack.gatewayBase}/metrics`)).text();
    expect(gateway).toMatch(/graphql_requests_total\{[^}]*operation="Rakor"[^}]*outcome="ok"[^}]*\} \d+/);
    expect(gateway).toMatch(/graphql_request_duration_seconds_bucket\{/);
    expect(gateway).toMatch(/subgraph_fetch_duration_seconds_count\{[^}]*subgraph="umkm"[^}]*outcome="ok"/);
    expect(gateway).toMatch(/subgraph_circuit_breaker_state\{[^}]*subgraph="training"[^}]*\} 0/);
    for (const part of Object.values(stack.subgraphs)) {
      const text = await (await fetch(part.server.url.replace(/graphql$/, 'metrics'))).text();
      expect(text).toMatch(/graphql_requests_total\{/);
      expect(text).toMatch(/db_statements_total\{/);
      expect(text).toMatch(/process_resident_memory_bytes/);
    }
  });
});
