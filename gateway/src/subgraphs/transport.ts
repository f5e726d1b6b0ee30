import type { Fetcher } from '@apollo/utils.fetcher';
import { Agent } from 'node:http';
import nodeFetch from 'node-fetch';

export interface TransportOptions {
  /** Connections kept open to the subgraph; more concurrent fetches wait for one. */
  maxSockets: number;
  /** A fetch that has not answered by then is aborted. */
  timeoutMs: number;
  /** Idle connections are closed after this; by default IDLE_CONNECTION_MS. */
  idleConnectionMs?: number;
}

/**
 * A connection left idle this long is closed here, before the subgraph's server closes it (Node's
 * keepAliveTimeout, 5 s). Without it the agent keeps idle connections forever and ignores the
 * server's `Keep-Alive: timeout` hint, and a fetch sent as the server closes one fails with ECONNRESET.
 */
const IDLE_CONNECTION_MS = 4_000;

/** The connection was closed under the fetch: it never reached a server that could answer it. */
function isConnectionReset(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  return code === 'ECONNRESET' || code === 'EPIPE';
}

/** Whether the subgraph request only reads (an entity or root query), so that sending it again is harmless. */
function onlyReads(body: unknown): boolean {
  if (typeof body !== 'string') return false;
  try {
    return /^\s*(query\b|\{)/.test(String((JSON.parse(body) as { query?: unknown }).query ?? ''));
  } catch {
    return false;
  }
}

/**
 * Innermost: the HTTP fetch itself. Keep-alive connections, at most `maxSockets`
 * of them: no TCP handshake per fetch, and a burst queues here instead of opening thousands of
 * sockets on the subgraph. Every fetch is aborted after `timeoutMs`. A read whose connection was
 * reset under it is sent once more (a connection closed by the server at that very moment); a
 * write never is, since the subgraph may have done it.
 */
export function keepAliveTransport(options: TransportOptions): Fetcher {
  const agent = new Agent({ keepAlive: true, maxSockets: options.maxSockets, timeout: options.idleConnectionMs ?? IDLE_CONNECTION_MS });
  return async (url, init) => {
    const signal = AbortSignal.timeout(options.timeoutMs);
    try {
      return await nodeFetch(url, { ...init, agent, signal });
    } catch (error) {
      if (!isConnectionReset(error) || !onlyReads(init?.body)) throw error;
      return nodeFetch(url, { ...init, agent, signal });
    }
  };
}
