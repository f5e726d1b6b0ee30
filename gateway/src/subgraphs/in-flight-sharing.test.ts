import { InFlightSharing, type SubgraphResponse } from './in-flight-sharing';
import { subgraphRequest, type FixtureRequest } from './subgraph-request.fixture';

/** A subgraph that answers after a tick and counts what it was sent. */
function countingSubgraph() {
  let sent = 0;
  const send = async (): Promise<SubgraphResponse> => {
    sent += 1;
    await new Promise((resolve) => setTimeout(resolve, 5));
    return { data: { cooperatives: { totalCount: 3 } } };
  };
  return { send, sent: () => sent };
}

function together(sharing: InFlightSharing, send: () => Promise<SubgraphResponse>, requests: FixtureRequest[]) {
  return Promise.all(requests.map((request) => sharing.process(subgraphRequest(request), send)));
}

const analyst = { viewerScope: 'ANALYST:' };

describe('in-flight sharing', () => {
  it('sends 20 identical queries of one scope once, and gives each caller its own copy', async () => {
    const subgraph = countingSubgraph();
    const answers = await together(new InFlightSharing(), subgraph.send, Array.from({ length: 20 }, () => ({ context: analyst })));
    expect(subgraph.sent()).toBe(1);
    expect(answers).toHaveLength(20);
    for (const answer of answers) expect(answer).toEqual({ data: { cooperatives: { totalCount: 3 } } });
    expect(new Set(answers).size).toBe(20);
  });

  it('sends the same query once per scope: two scopes, two fetches', async () => {
    const subgraph = countingSubgraph();
    const officer = { viewerScope: 'OFFICER:36.74' };
    await together(new InFlightSharing(), subgraph.send, [analyst, officer, analyst, officer].map((context) => ({ context })));
    expect(subgraph.sent()).toBe(2);
  });

  it('never shares a mutation', async () => {
    const subgraph = countingSubgraph();
    await together(new InFlightSharing(), subgraph.send, Array.from({ length: 5 }, () => ({ operation: 'mutation' as const, context: analyst })));
    expect(subgraph.sent()).toBe(5);
  });

  it('never shares queries with different variables', async () => {
    const subgraph = countingSubgraph();
    await together(new InFlightSharing(), subgraph.send, [{ code: '81' }, { code: '31.72' }, { code: '81' }].map((variables) => ({ variables, context: analyst })));
    expect(subgraph.sent()).toBe(2);
  });

  it("never shares the gateway's own requests (health checks, schema loading)", async () => {
    const subgraph = countingSubgraph();
    await together(new InFlightSharing(), subgraph.send, [{ operation: null }, { operation: null }]);
    expect(subgraph.sent()).toBe(2);
  });

  it('shares only while in flight: the same query after the answer is sent again', async () => {
    const subgraph = countingSubgraph();
    const sharing = new InFlightSharing();
    await sharing.process(subgraphRequest({ context: analyst }), subgraph.send);
    await sharing.process(subgraphRequest({ context: analyst }), subgraph.send);
    expect(subgraph.sent()).toBe(2);
  });

  it('gives every waiting caller the failure of a shared fetch, and forgets it', async () => {
    const sharing = new InFlightSharing();
    let sent = 0;
    const failing = async (): Promise<SubgraphResponse> => {
      sent += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      throw new Error('subgraph down');
    };
    const results = await Promise.allSettled([1, 2, 3].map(() => sharing.process(subgraphRequest({ context: analyst }), failing)));
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(sent).toBe(1);
    await expect(sharing.process(subgraphRequest({ context: analyst }), failing)).rejects.toThrow('subgraph down');
    expect(sent).toBe(2);
  });
});
