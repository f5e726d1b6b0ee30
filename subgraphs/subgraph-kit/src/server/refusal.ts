import type { Response } from 'express';

/** Ends a request before GraphQL runs, with a GraphQL-shaped error body and a stable code. */
export function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}
