/** Stable codes of what can be wrong with one row of an imported sheet; scripts may branch on them. */
export const RowIssueCode = {
  /** A required column is empty. */
  REQUIRED: 'REQUIRED',
  /** A number, amount, date or yes/no that cannot be read. */
  INVALID_VALUE: 'INVALID_VALUE',
  /** An amount below zero or beyond what the column can hold or the law allows. */
  OUT_OF_RANGE: 'OUT_OF_RANGE',
  /** A village name that matches no village, or several, in the office's region. */
  UNKNOWN_REGION: 'UNKNOWN_REGION',
  AMBIGUOUS_REGION: 'AMBIGUOUS_REGION',
  /** A row whose region lies outside the importing office's region. */
  FORBIDDEN_REGION: 'FORBIDDEN_REGION',
  /** The row repeats a key (NIB, NIK koperasi…) an earlier row of the same file has. */
  DUPLICATE_KEY: 'DUPLICATE_KEY',
  /** A referenced record (a cooperative by its NIK koperasi) that does not exist. */
  UNKNOWN_REFERENCE: 'UNKNOWN_REFERENCE',
  /** Text that is not valid in the file's encoding (a row saved from another program). */
  ENCODING: 'ENCODING',
} as const;
export type RowIssueCode = (typeof RowIssueCode)[keyof typeof RowIssueCode];

/** One thing wrong with one row, where an officer can find it in their own sheet. */
export interface RowIssue {
  /** Line of the row in the file (CSV) or row number in the sheet (XLSX), counted from 1. */
  line: number;
  /** The column's header as the file writes it; empty for an issue of the whole row. */
  column: string;
  value: string;
  message: string;
  code: RowIssueCode;
}

/** Raised while reading one cell; the row reader turns it into a RowIssue naming the cell. */
export class CellError extends Error {
  constructor(
    readonly code: RowIssueCode,
    message: string,
  ) {
    super(message);
  }
}
