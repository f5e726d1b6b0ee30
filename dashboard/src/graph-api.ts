import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** A refusal or failure the graph answered with, by its stable `extensions.code`. */
export class GraphError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/**
 * The page's only way to the graph: a registered operation sent by its id (trusted documents), with
 * the signed-in user's token, to the same origin's `/graphql`. An expired or refused token signs
 * the user out.
 */
export function graphApi(endpoint: string, token: () => string | null, onUnauthenticated: () => void) {
  return async function ask<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables: Variables): Promise<Result> {
    const documentId = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token() ?? ''}` },
      body: JSON.stringify({ documentId, variables }),
    });
    const answer = (await response.json()) as { data?: Result; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    const [error] = answer.errors ?? [];
    if (response.status === 401) onUnauthenticated();
    if (error && !answer.data) throw new GraphError(error.message, error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    if (!answer.data) throw new GraphError(`HTTP ${response.status}`, 'INTERNAL_SERVER_ERROR');
    return answer.data;
  };
}
