import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { Headers } from 'node-fetch';
import { AnswerBudget, assertEntityBatch, refuseLargeAnswers, spendAnswerBytes, type AnswerLimits } from './answer-limits';
import { subgraphRequest } from './subgraph-request.fixture';

const LIMITS: AnswerLimits = { entitiesPerFetch: 3, bytesPerFetch: 1000, bytesPerRequest: 2500 };

function entityFetch(count: number) {
  return subgraphRequest({ query: 'query($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }', variables: { representations: Array.from({ length: count }, (_, index) => ({ __typename: 'Region', code: String(index) })) } });
}

/** An answer of `bytes` bytes whose body records whether it was discarded unread. */
function answerOf(bytes: number) {
  const body = { resumed: false, resume() { body.resumed = true; } };
  const response = { status: 200, ok: true, headers: new Headers({ 'content-length': String(bytes) }), body } as unknown as FetcherResponse;
  const fetch: Fetcher = async () => response;
  return { fetch, response, body };
}

describe('answer limits', () => {
  it('lets an entity batch at the limit through and refuses one past it, naming the limit', () => {
    expect(() => assertEntityBatch(entityFetch(3), LIMITS)).not.toThrow();
    expect(() => assertEntityBatch(subgraphRequest(), LIMITS)).not.toThrow();
    try {
      assertEntityBatch(entityFetch(4), LIMITS);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toMatchObject({ extensions: { code: 'RESPONSE_TOO_LARGE', limit: 'entitiesPerFetch', max: 3 } });
    }
  });

  it('refuses a subgraph answer larger than bytesPerFetch before reading it, and passes one at the limit', async () => {
    const atLimit = answerOf(1000);
    await expect(refuseLargeAnswers(LIMITS, atLimit.fetch)('http://umkm/graphql')).resolves.toBe(atLimit.response);
    expect(atLimit.body.resumed).toBe(false);
    const tooLarge = answerOf(1001);
    await expect(refuseLargeAnswers(LIMITS, tooLarge.fetch)('http://umkm/graphql')).rejects.toMatchObject({ extensions: { code: 'RESPONSE_TOO_LARGE', limit: 'bytesPerFetch', max: 1000 } });
    expect(tooLarge.body.resumed).toBe(true);
  });

  it('adds up the answers of one request and refuses the one that passes bytesPerRequest', () => {
    const budget = new AnswerBudget();
    spendAnswerBytes(budget, 1000, LIMITS);
    spendAnswerBytes(budget, 1500, LIMITS);
    expect(budget.received).toBe(2500);
    expect(() => spendAnswerBytes(budget, 1, LIMITS)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ limit: 'bytesPerRequest' }) }));
    expect(() => spendAnswerBytes(new AnswerBudget(), 2500, LIMITS)).not.toThrow();
  });
});
