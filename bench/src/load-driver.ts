import autocannon from 'autocannon';

export interface Load {
  url: string;
  connections: number;
  seconds: number;
  /** Bodies sent in rotation by each connection, or a function that picks each request's body. */
  requests: Array<{ body: string }> | (() => string);
}

/** Drives one load and counts every failure: transport errors, non-2xx answers and GraphQL errors in 200 answers. */
export async function drive(load: Load, token: string): Promise<{ result: autocannon.Result; graphqlErrors: number; errorSamples: string[] }> {
  let graphqlErrors = 0;
  const errorSamples: string[] = [];
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
        if (status === 200 && !body.includes('"errors"')) return;
        if (status === 200) graphqlErrors += 1;
        // The first few failures as answered, so that a run's errors say what they were.
        if (errorSamples.length < 3) errorSamples.push(`${status} ${body.slice(0, 300)}`);
      },
    })),
  });
  return { result, graphqlErrors, errorSamples };
}

export function failures(result: autocannon.Result, graphqlErrors: number): number {
  return result.errors + result.timeouts + result.non2xx + graphqlErrors;
}

function pickWith(pick: () => string) {
  return (request: autocannon.Request) => ({ ...request, body: pick() });
}
