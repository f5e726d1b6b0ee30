import { ApolloServer } from '@apollo/server';
import { buildSchema, GraphQLError } from 'graphql';
import pino from 'pino';
import { maskInternalErrors } from '../errors/mask-errors';
import { observabilityPlugin, ServiceMetrics } from './metrics';

/** A list of 50 rows whose `value` fails for every row: internally (like a SQL error) or as bad input. */
function failingServer() {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  const schema = buildSchema('type Row { value: Int } type Query { rows(badInput: Boolean): [Row!]! }');
  const rootValue = {
    rows: ({ badInput }: { badInput?: boolean }) =>
      Array.from({ length: 50 }, () => ({
        value: () => {
          if (badInput) throw new GraphQLError('value must be positive', { extensions: { code: 'BAD_USER_INPUT' } });
          throw new Error('SqliteError: too many terms in compound SELECT');
        },
      })),
  };
  const server = new ApolloServer<{ requestId: string }>({ schema, rootValue, formatError: maskInternalErrors, plugins: [observabilityPlugin(new ServiceMetrics('test'), logger)] });
  const run = async (query: string) => {
    const response = await server.executeOperation({ query }, { contextValue: { requestId: 'req-42' } });
    return response.body.kind === 'single' ? response.body.singleResult : undefined;
  };
  return { lines, run };
}

describe('observability plugin', () => {
  it('logs one line for a request whose 50 rows fail alike, with one stack and the count', async () => {
    const { lines, run } = failingServer();
    const result = await run('{ rows { value } }');
    expect(result?.errors).toHaveLength(50);
    expect(JSON.stringify(result)).not.toContain('SqliteError');
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line).toMatchObject({ level: 50, msg: 'graphql request', requestId: 'req-42', outcome: 'error', codes: ['INTERNAL_SERVER_ERROR'] });
    const internal = line.internalErrors as Array<{ message: string; count: number; stack: string }>;
    expect(internal).toHaveLength(1);
    expect(internal[0]).toMatchObject({ message: 'SqliteError: too many terms in compound SELECT', count: 50 });
    expect(internal[0].stack).toContain('SqliteError: too many terms');
  });

  it('logs client errors as one info line with their code and no stack', async () => {
    const { lines, run } = failingServer();
    await run('{ rows(badInput: true) { value } }');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 30, outcome: 'error', codes: ['BAD_USER_INPUT'] });
    expect(lines[0].internalErrors).toBeUndefined();
  });
});
