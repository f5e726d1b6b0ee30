import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { selectsAnyField } from './selected-fields';

const schema = buildSchema(`
  type Breakdown { scale: String count: Int }
  type Summary { total: Int byScale: [Breakdown] halal: Int }
  type Query { summary: Summary }
`);

/** Runs `query` and returns what selectsAnyField said for the `summary` field. */
async function asksBreakdown(query: string): Promise<boolean> {
  let answer: boolean | undefined;
  const rootValue = {
    summary: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
      answer = selectsAnyField(info, ['byScale']);
      return { total: 1, byScale: [], halal: 0 };
    },
  };
  const result = await graphql({ schema, source: query, rootValue });
  expect(result.errors).toBeUndefined();
  return answer!;
}

describe('selectsAnyField', () => {
  it('sees a subfield asked directly', async () => {
    expect(await asksBreakdown('{ summary { total byScale { scale } } }')).toBe(true);
  });

  it('does not see a subfield that is not asked', async () => {
    expect(await asksBreakdown('{ summary { total halal } }')).toBe(false);
  });

  it('sees a subfield asked in an inline fragment or a named fragment', async () => {
    expect(await asksBreakdown('{ summary { total ... on Summary { byScale { count } } } }')).toBe(true);
    expect(await asksBreakdown('query { summary { ...parts } } fragment parts on Summary { halal byScale { count } }')).toBe(true);
    expect(await asksBreakdown('query { summary { ...parts } } fragment parts on Summary { halal }')).toBe(false);
  });
});
