import type { Logger, Viewer } from '@kumkm/subgraph-kit';
import type { Request, Response } from 'express';
import { AnswerBudget } from './subgraphs/answer-limits';

/** What the gateway keeps for one request, from the HTTP steps to the subgraph fetches. */
export interface GatewayContext {
  /** The caller's Authorization header, forwarded to every subgraph (they authorize themselves). */
  authorization?: string;
  /** The caller's role and region: answers computed for one scope are never served to another. */
  viewerScope?: string;
  requestId?: string;
  logger?: Logger;
  /** Bytes received from subgraphs so far for this request. */
  answerBudget?: AnswerBudget;
}

/** What decides the answers a caller may see: role and region (see the kit's viewer). */
export function viewerScope(viewer: Viewer | undefined): string {
  return viewer ? `${viewer.role}:${viewer.region ?? ''}` : '';
}

/** The context of one GraphQL operation run for an HTTP request that the HTTP steps have authenticated. */
export function gatewayContext(req: Request, res: Response, logger: Logger): GatewayContext {
  return {
    authorization: req.headers.authorization,
    viewerScope: viewerScope(res.locals.viewer),
    requestId: res.locals.requestId,
    logger: logger.child({ requestId: res.locals.requestId }),
    answerBudget: new AnswerBudget(),
  };
}
