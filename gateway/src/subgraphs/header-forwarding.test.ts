import { forwardCallerHeaders } from './header-forwarding';
import { subgraphRequest } from './subgraph-request.fixture';

function forwarded(context: Parameters<typeof subgraphRequest>[0]) {
  const options = subgraphRequest(context);
  forwardCallerHeaders(options);
  return Object.fromEntries(options.request.http!.headers);
}

describe('header forwarding', () => {
  it("passes the caller's token and the request id to the subgraph", () => {
    expect(forwarded({ context: { authorization: 'Bearer abc', requestId: 'req-1', viewerScope: 'ANALYST:' } })).toEqual({
      authorization: 'Bearer abc',
      'x-request-id': 'req-1',
    });
  });

  it('adds nothing the caller did not send', () => {
    expect(forwarded({ context: {} })).toEqual({});
  });
});
