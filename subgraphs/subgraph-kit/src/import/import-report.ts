import type { RowIssue } from './row-issue';

/** Issues kept for the report in memory; every issue still goes to the errors file. */
export const MAX_REPORTED_ISSUES = 1000;

/** What an import did, or would do, with each row of a file. */
export class ImportReport {
  rows = 0;
  valid = 0;
  invalid = 0;
  /** The first MAX_REPORTED_ISSUES issues, in file order. */
  readonly issues: RowIssue[] = [];

  record(issues: readonly RowIssue[]): void {
    this.rows += 1;
    if (issues.length === 0) {
      this.valid += 1;
      return;
    }
    this.invalid += 1;
    this.issues.push(...issues.slice(0, MAX_REPORTED_ISSUES - this.issues.length));
  }

  /** Exactly "N rows: V valid, I invalid"; N counts data rows, not titles or empty rows. */
  summaryLine(): string {
    return `${this.rows} rows: ${this.valid} valid, ${this.invalid} invalid`;
  }
}
