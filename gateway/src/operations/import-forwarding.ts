import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { drainUnreadBody, ImportJobStore, refuse, refusedAsTooLarge } from '@kumkm/subgraph-kit';
import express, { type Request, type RequestHandler, type Response } from 'express';

/** Headers an import request carries on to the subgraph that runs it. */
const FORWARDED_HEADERS = ['authorization', 'content-type', 'content-length'];

export interface ImportForwardingOptions {
  /** GraphQL URL of each subgraph, by name; its import routes live beside it. */
  subgraphUrls: Record<string, string>;
  /** The subgraph that owns each kind of import, e.g. `{ umkm: 'umkm' }`. */
  kindOwners: Record<string, string>;
  maxFileBytes: number;
}

/**
 * Imports go to the subgraph that owns their kind, which keeps the file, runs the job and
 * answers `importJob(id)`: `POST /imports?kind=…` streams the upload through without holding it
 * (refused with 413 at once when its declared length is over the limit, before a byte is read),
 * `GET /imports/:id/errors` goes to the subgraph the job id names, and templates
 * (`GET /imports/templates/umkm.xlsx`) to the kind's owner. Upload and errors file need a token,
 * after authentication and the rate limit; templates are public.
 */
/** Mounted at /imports. */
export function importForwarding(options: ImportForwardingOptions, guards: RequestHandler[]): express.Router {
  const router = express.Router();
  const ownerUrl = (subgraph: string | undefined) => (subgraph ? options.subgraphUrls[subgraph] : undefined);
  router.post('/', drainUnreadBody, ...guards, (req, res) => {
    if (refusedAsTooLarge(req, res, options.maxFileBytes)) return;
    const owner = ownerUrl(options.kindOwners[String(req.query.kind ?? '')]);
    if (!owner) return refuse(res, 400, 'BAD_USER_INPUT', `Say what the file holds: ?kind=${Object.keys(options.kindOwners).join('|')}`);
    forward(req, res, owner);
  });
  router.get('/templates/:file', (req, res) => {
    const owner = ownerUrl(options.kindOwners[String(req.params.file).replace(/\.(csv|xlsx)$/, '')]);
    if (!owner) return refuse(res, 404, 'NOT_FOUND', `Templates: ${Object.keys(options.kindOwners).map((kind) => `${kind}.csv, ${kind}.xlsx`).join(', ')}`);
    forward(req, res, owner);
  });
  router.get('/:id/errors', ...guards, (req, res) => {
    const owner = ownerUrl(ImportJobStore.subgraphOf(String(req.params.id)));
    if (!owner) return refuse(res, 404, 'NOT_FOUND', 'No import job has this id');
    forward(req, res, owner);
  });
  return router;
}

/** Streams the request to the owner's route of the same path and its answer back; a client that goes away cancels both. */
function forward(req: Request, res: Response, graphqlUrl: string): void {
  const target = new URL(req.originalUrl, graphqlUrl);
  const headers: IncomingHttpHeaders = { 'x-request-id': res.locals.requestId };
  for (const name of FORWARDED_HEADERS) if (req.headers[name] !== undefined) headers[name] = req.headers[name];
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const upstream = send(target, { method: req.method, headers }, (answer) => {
    res.status(answer.statusCode ?? 502);
    for (const name of ['content-type', 'content-disposition', 'content-length']) if (answer.headers[name]) res.setHeader(name, answer.headers[name]!);
    answer.pipe(res);
  });
  upstream.on('error', () => {
    if (!res.headersSent) refuse(res, 503, 'SUBGRAPH_UNAVAILABLE', 'The subgraph that runs this import does not answer; try again later');
    else res.destroy();
  });
  req.on('close', () => {
    if (!req.complete) upstream.destroy();
  });
  req.pipe(upstream);
}
