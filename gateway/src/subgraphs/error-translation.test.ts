import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import { SubgraphServerError } from './circuit-breaker';
import { errorFromSubgraphResponse, reportUnavailable } from './error-translation';

const failing = (error: unknown): Fetcher => async () => {
  throw error;
};

async function unavailability(error: unknown): Promise<GraphQLError> {
  return reportUnavailable('training', 1500, failing(error))('http://10.0.0.9:4003/graphql').then(
    () => {
      throw new Error('expected a rejection');
    },
    (rejection: GraphQLError) => rejection,
  );
}

function response(status: number, body: unknown): FetcherResponse {
  return { status, ok: status < 300, json: async () => (typeof body === 'string' ? JSON.parse(body) : body) } as FetcherResponse;
}

describe('error translation', () => {
  it.each([
    ['a timeout', Object.assign(new Error('The operation was aborted'), { name: 'AbortError' }), 'no answer within 1500 ms'],
    ['an open breaker', Object.assign(new Error('Breaker is open'), { code: 'EOPENBREAKER' }), 'it has been failing'],
    ['an HTTP 503 answer', new SubgraphServerError(503), 'it answered HTTP 503'],
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 10.0.0.9:4003'), { code: 'ECONNREFUSED' }), 'it could not be reached'],
  ])('turns %s into SUBGRAPH_UNAVAILABLE naming the subgraph and the reason, never its address', async (_case, error, reason) => {
    const translated = await unavailability(error);
    expect(translated.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'training' });
    expect(translated.message).toBe(`The training subgraph is unavailable (${reason}): the data it provides is missing from this answer`);
    expect(translated.message).not.toContain('10.0.0.9');
  });

  it('passes answers through untouched, whatever their status', async () => {
    const answer = response(503, {});
    await expect(reportUnavailable('training', 1500, async () => answer)('http://training/graphql')).resolves.toBe(answer);
  });

  it("keeps a subgraph's own message and code for a client error", async () => {
    const error = await errorFromSubgraphResponse(response(400, { errors: [{ message: 'assets must not be negative', extensions: { code: 'BAD_USER_INPUT' } }] }));
    expect(error.message).toBe('assets must not be negative');
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('calls a client error without a code BAD_USER_INPUT', async () => {
    const error = await errorFromSubgraphResponse(response(400, { errors: [{ message: 'Variable "$first" got invalid value' }] }));
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers a server error or an unreadable body opaquely', async () => {
    for (const failure of [response(502, '<html>Bad gateway at 10.0.0.9</html>'), response(500, { errors: [{ message: 'SqliteError: no such table' }] }), response(400, 'not json')]) {
      const error = await errorFromSubgraphResponse(failure);
      expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error.message).toBe(`A subgraph failed to answer (HTTP ${failure.status})`);
    }
  });
});
