import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { GraphQLError } from 'graphql';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { isClientSafeCode } from '../errors/mask-errors';
import type { Logger } from '../server/logger';

/** Prometheus metrics of one process (gateway or subgraph), served at /metrics. */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly requestDuration: Histogram<'operation' | 'outcome'>;
  readonly requests: Counter<'operation' | 'outcome'>;

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    this.requestDuration = new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'GraphQL requests by operation name and outcome (ok, error), in seconds.',
      labelNames: ['operation', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    this.requests = new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL requests by operation name and outcome (ok, error).',
      labelNames: ['operation', 'outcome'],
      registers: [this.registry],
    });
  }

  /** A counter whose value is read when Prometheus scrapes, from a count kept elsewhere. */
  counter(name: string, help: string, read: () => number): Counter {
    return new Counter({
      name,
      help,
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc(read());
      },
    });
  }

  private exposition: () => Promise<string> = () => this.registry.metrics();

  /**
   * Where /metrics reads from instead of this process's registry: all the workers' registries
   * together, for a process that is one of several on a shared port.
   */
  exposeFrom(read: () => Promise<string>): void {
    this.exposition = read;
  }

  handler(): RequestHandler {
    return async (_req, res) => {
      res.type(this.registry.contentType).send(await this.exposition());
    };
  }
}

/**
 * Clients name their operations freely; the label keeps a bounded, safe form so that neither
 * cardinality nor odd characters reach the metrics.
 */
function operationLabel(name: string | null | undefined): string {
  return name && /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name) ? name : 'anonymous';
}

/**
 * The internal errors of one request, one entry per distinct message with how often it occurred
 * and one stack: a failure repeated for every row of a list is one entry, not thousands of lines.
 */
export function distinctInternalErrors(errors: readonly GraphQLError[]): Array<{ message: string; count: number; stack?: string }> {
  const distinct = new Map<string, { message: string; count: number; stack?: string }>();
  for (const error of errors) {
    if (isClientSafeCode(error.extensions?.code)) continue;
    const cause = error.originalError ?? error;
    const entry = distinct.get(cause.message) ?? { message: cause.message, count: 0, stack: cause.stack };
    entry.count += 1;
    distinct.set(cause.message, entry);
  }
  return [...distinct.values()];
}

/**
 * Times every GraphQL request and logs one line for it: request id, operation, outcome, error
 * codes and duration; for a request with internal errors, at level error, each distinct one with
 * its stack. Never the query's variables or result, which may hold personal data.
 */
export function observabilityPlugin<Context extends { logger?: Logger; requestId?: string }>(metrics: ServiceMetrics, logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, errors = [], response }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const outcome = errors.length || (response.body.kind === 'single' && response.body.singleResult.errors?.length) ? 'error' : 'ok';
          const operation = operationLabel(operationName);
          metrics.requestDuration.observe({ operation, outcome }, seconds);
          metrics.requests.inc({ operation, outcome });
          const codes = [...new Set(errors.map((error) => (isClientSafeCode(error.extensions?.code) ? error.extensions.code : 'INTERNAL_SERVER_ERROR')))];
          const internalErrors = distinctInternalErrors(errors);
          const line = { service: metrics.service, operation, outcome, codes, ms: Math.round(seconds * 1000) };
          // A request's own logger is bound to its request id already; naming it again wrote the key twice.
          const log = contextValue?.logger ?? logger.child({ requestId: contextValue?.requestId });
          if (internalErrors.length) log.error({ ...line, internalErrors }, 'graphql request');
          else log.info(line, 'graphql request');
        },
      };
    },
  };
}
