import autocannon from 'autocannon';

export interface Load {
  url: string;
  connections: number;
  seconds: number;
  /** Bodies sent in rotation by each connection, or a function that picks each request's body. */
  requests: Array<{ body: string }> | (() => string);
}

/** Drives one load and counts every failure: transport errors, non-2xx answers and GraphQL errors in 200 answers. */
export async function drive(load: Load, token: string): Promise<{ result: autocannon.Result; graphqlErrors: number }> {
  let graphqlErrors = 0;
  const result = await autocannon({
    url: load.url,
    connections: load.connections,
    duration: load.seconds,
    requests: (typeof load.requests === 'function' ? [{ body: '' }] : load.requests).map((request) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: request.body,
      ...(typeof load.requests === 'function' ? { setupRequest: pickWith(load.requests) } : {}),
      onResponse: (status: number, body: string) => {
        if (status === 200 && body.includes('"errors"')) graphqlErrors += 1;
      },
    })),
  });
  return { result, graphqlErrors };
}

export function failures(result: autocannon.Result, graphqlErrors: number): number {
  return result.errors + result.timeouts + result.non2xx + graphqlErrors;
}

function pickWith(pick: () => string) {
  return (request: autocannon.Request) => ({ ...request, body: pick() });
}
