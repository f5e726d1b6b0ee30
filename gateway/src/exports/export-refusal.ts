import type { GraphQLResponse } from '@apollo/server';
import type { Request, Response } from 'express';

/** Why an export is refused before its file starts: the HTTP status and a stable code. */
export class ExportRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Runs one operation of the public API for the caller of this HTTP request (its token, its limits). */
export type RunOperation = (operation: { query: string; variables: Record<string, unknown> }, req: Request, res: Response) => Promise<GraphQLResponse>;

const STATUS_OF_CODE: Record<string, number> = { BAD_USER_INPUT: 400, GRAPHQL_VALIDATION_FAILED: 400, FORBIDDEN: 403, UNAUTHENTICATED: 401, RATE_LIMITED: 429 };

/** The data of one operation; its first error refuses the export with that error's own code (a subgraph's failure is a 502). */
export async function operationData<Data>(run: RunOperation, operation: { query: string; variables: Record<string, unknown> }, req: Request, res: Response): Promise<Data> {
  const response = await run(operation, req, res);
  if (response.body.kind !== 'single') throw new ExportRefusal(502, 'INTERNAL_SERVER_ERROR', 'Unexpected incremental answer');
  const { data, errors } = response.body.singleResult;
  const [error] = errors ?? [];
  if (error || !data) {
    const code = String(error?.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    throw new ExportRefusal(STATUS_OF_CODE[code] ?? 502, code, error?.message ?? 'No answer');
  }
  return data as Data;
}
