import type { Logger as SqlLogger, QueryRunner } from 'typeorm';

/**
 * Counts the SQL statements a subgraph sends (served as `db_statements_total` at /metrics), so
 * statements per request can be watched in production and the benchmark, and passes each
 * statement on to another logger when one is given (the tests' StatementCounter).
 */
export class StatementMeter implements SqlLogger {
  count = 0;

  constructor(private readonly next?: SqlLogger) {}

  logQuery(query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    this.count += 1;
    this.next?.logQuery(query, parameters, queryRunner);
  }

  logQueryError(error: string | Error, query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    this.next?.logQueryError(error, query, parameters, queryRunner);
  }

  logQuerySlow(time: number, query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    this.next?.logQuerySlow(time, query, parameters, queryRunner);
  }

  logSchemaBuild(message: string, queryRunner?: QueryRunner): void {
    this.next?.logSchemaBuild(message, queryRunner);
  }

  logMigration(message: string, queryRunner?: QueryRunner): void {
    this.next?.logMigration(message, queryRunner);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown, queryRunner?: QueryRunner): void {
    this.next?.log(level, message, queryRunner);
  }
}
