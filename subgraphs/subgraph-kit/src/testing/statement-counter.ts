import type { Logger as SqlLogger } from 'typeorm';

/** A TypeORM logger that counts the statements a database runs, so tests can prove batching. */
export class StatementCounter implements SqlLogger {
  statements: string[] = [];

  logQuery(query: string): void {
    this.statements.push(query);
  }

  reset(): void {
    this.statements = [];
  }

  /** Statements run while `work` ran (excluding transaction control). */
  async during<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
    this.reset();
    const result = await work();
    const statements = this.statements.filter((statement) => !/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)/i.test(statement));
    return { result, statements };
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
