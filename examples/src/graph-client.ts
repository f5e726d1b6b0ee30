import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** An error the graph answered with: `code` is its stable `extensions.code` (BAD_USER_INPUT, NOT_FOUND, CONFLICT, …). */
export class GraphError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
  }
}

interface GraphResponse<Result> {
  data?: Result | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** The hash codegen gives a registered operation (the key of `persisted-documents.json`). */
function documentIdOf(document: object): string | undefined {
  return (document as { __meta__?: { hash?: string } }).__meta__?.hash;
}

/**
 * A client of the gateway for typed documents. A registered operation is sent by its id alone, as
 * production wants it (the gateway then skips parsing it); `sendDocuments` sends the text too, as
 * GraphiQL does. Any GraphQL error becomes a `GraphError` with its code, so callers branch on codes.
 */
export class GraphClient {
  constructor(
    private readonly url: string,
    private readonly token: string,
    private readonly options: { sendDocuments?: boolean } = {},
  ) {}

  async execute<Result, Variables>(document: TypedDocumentNode<Result, Variables>, ...[variables]: Variables extends Record<string, never> ? [] : [Variables]): Promise<Result> {
    const documentId = documentIdOf(document);
    const body = documentId && !this.options.sendDocuments ? { documentId, variables } : { query: print(document), variables };
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as GraphResponse<Result>;
    const [error] = answer.errors ?? [];
    if (error) throw new GraphError(error.message, error.extensions?.code ?? 'INTERNAL_SERVER_ERROR', response.status);
    if (!answer.data) throw new GraphError('The graph answered without data', 'INTERNAL_SERVER_ERROR', response.status);
    return answer.data;
  }
}
