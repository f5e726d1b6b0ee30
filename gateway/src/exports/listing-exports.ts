import { refuse, spreadsheetWriter, type Logger, type Viewer } from '@kumkm/subgraph-kit';
import type { Request, RequestHandler, Response } from 'express';
import { EXPORT_LISTINGS, exportColumns, exportVariables, type ExportListing } from './export-listings';
import { ExportRefusal, operationData, type RunOperation } from './export-refusal';

/** Rows read per GraphQL request: the largest page the API gives. Memory holds one page. */
const PAGE_SIZE = 100;

interface Page {
  rows: unknown[];
  endCursor: string | null;
  hasNextPage: boolean;
}

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
async function readPage(run: RunOperation, listing: ExportListing, query: string, variables: Record<string, unknown>, req: Request, res: Response): Promise<Page> {
  const data = await operationData<Record<string, { edges: Array<{ node: unknown }>; pageInfo: { endCursor: string | null; hasNextPage: boolean } }>>(run, { query, variables }, req, res);
  const connection = data[listing.field];
  return { rows: connection.edges.map((edge) => (listing.rowIsEdge ? edge : edge.node)), ...connection.pageInfo };
}

/** A filter on a region that does not exist would export an empty file that looks like an answer. */
async function assertKnownRegion(run: RunOperation, code: string, req: Request, res: Response): Promise<void> {
  const data = await operationData<{ region: unknown }>(run, { query: 'query ExportRegion($code: String!) { region(code: $code) { code } }', variables: { code } }, req, res);
  if (!data.region) throw new ExportRefusal(400, 'BAD_USER_INPUT', `Unknown region code "${code}" (a Kemendagri code such as 36.74)`);
}

function fileNameOf(name: string, format: string, region: unknown): string {
  const where = typeof region === 'string' && /^[\d.]+$/.test(region) ? region : 'semua-wilayah';
  return `${name}-${where}-${new Date().toISOString().slice(0, 10)}.${format}`;
}

/**
 * `GET /exports/<listing>.csv|xlsx?<filters>`: a listing as a file, read through the public GraphQL
 * API with the caller's token, so the same authorization and personal-data rules hold. The first
 * page is read before anything is sent, so a refused filter is a clean 4xx; then the file streams
 * page by page (CSV with a BOM and Indonesian headers, formulas neutralised), and a client that
 * goes away stops the paging. An error part way cuts the download off rather than end a file
 * that looks complete.
 */
export function listingExports(run: RunOperation, logger: Logger): RequestHandler {
  return async (req, res) => {
    const match = /^([a-z-]+)\.(csv|xlsx)$/.exec(String(req.params.file));
    const listing = match ? EXPORT_LISTINGS[match[1]] : undefined;
    if (!match || !listing) return refuse(res, 404, 'NOT_FOUND', `No such export; there are ${Object.keys(EXPORT_LISTINGS).flatMap((name) => [`${name}.csv`, `${name}.xlsx`]).join(', ')}`);
    const format = match[2] as 'csv' | 'xlsx';
    let variables: Record<string, unknown>;
    let columns;
    let query: string;
    let page: Page;
    try {
      variables = { ...exportVariables(listing, req.query), first: PAGE_SIZE, after: null };
      columns = exportColumns(listing, req.query.columns, res.locals.viewer as Viewer, req.query.region);
      query = columns.length > listing.columns.length ? listing.query.replace(' regionCode region', ` ${listing.personalSelection} regionCode region`) : listing.query;
      if (typeof req.query.region === 'string') await assertKnownRegion(run, req.query.region, req, res);
      page = await readPage(run, listing, query, variables, req, res);
    } catch (error) {
      if (!(error instanceof ExportRefusal)) throw error;
      return refuse(res, error.status, error.code, error.message);
    }
    res.status(200).type(CONTENT_TYPES[format]).attachment(fileNameOf(match[1], format, req.query.region));
    const writer = spreadsheetWriter(res, format === 'csv' ? { kind: 'csv', delimiter: ';' } : { kind: 'xlsx', sheet: match[1] });
    try {
      await writer.write(columns.map((column) => column.header));
      for (;;) {
        for (const row of page.rows) await writer.write(columns.map((column) => column.value(row) as string | number | null | undefined));
        if (!page.hasNextPage || res.destroyed) break;
        page = await readPage(run, listing, query, { ...variables, after: page.endCursor }, req, res);
      }
      await writer.finish();
    } catch (error) {
      logger.warn({ requestId: res.locals.requestId, export: req.params.file, reason: (error as Error).message }, 'export cut off part way');
      res.destroy(error as Error);
    }
  };
}
