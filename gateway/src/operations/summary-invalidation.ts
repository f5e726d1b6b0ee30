import { describeRole, writesRecords, type Viewer } from '@kumkm/subgraph-kit';
import type { RequestHandler } from 'express';
import { refuse } from '@kumkm/subgraph-kit';
import type { SummaryCache } from './summary-cache';

/**
 * `POST /summaries/invalidate`: a write that reached a subgraph without passing this gateway (an
 * import from the command line, a subgraph's own import job) empties the summary cache, so that
 * the Rakor numbers show it at once. Only roles that may write can ask, as only their mutations
 * empty the cache; it meets the same authentication and rate limit as /graphql first.
 */
export function summaryInvalidation(cache: SummaryCache): RequestHandler {
  return (_req, res) => {
    const viewer = res.locals.viewer as Viewer;
    if (!writesRecords(viewer.role)) {
      refuse(res, 403, 'FORBIDDEN', `Only officers and admins write; ${describeRole(viewer.role)} has nothing to invalidate`);
      return;
    }
    cache.invalidate();
    res.status(204).end();
  };
}
