import type { Fetcher } from '@apollo/utils.fetcher';
import { Agent } from 'node:http';
import nodeFetch from 'node-fetch';

export interface TransportOptions {
  /** Connections kept open to the subgraph; more concurrent fetches wait for one. */
  maxSockets: number;
  /** A fetch that has not answered by then is aborted. */
  timeoutMs: number;
}

/**
 * Innermost: the HTTP fetch itself. Keep-alive connections, at most `maxSockets`
 * of them: no TCP handshake per fetch, and a burst queues here instead of opening thousands of
 * sockets on the subgraph. Every fetch is aborted after `timeoutMs`.
 */
export function keepAliveTransport(options: TransportOptions): Fetcher {
  const agent = new Agent({ keepAlive: true, maxSockets: options.maxSockets });
  return (url, init) => nodeFetch(url, { ...init, agent, signal: AbortSignal.timeout(options.timeoutMs) });
}
