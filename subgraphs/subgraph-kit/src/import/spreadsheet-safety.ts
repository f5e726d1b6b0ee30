/**
 * Text that a spreadsheet program would run as a formula when it opens a CSV or XLSX cell
 * (`=HYPERLINK(…)`, `+cmd…`, `@SUM(…)`): CSV injection. Plain signed numbers ("-5000") are data.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const SIGNED_NUMBER = /^[+-]?\d[\d.,]*$/;

/** The cell as text that no spreadsheet evaluates: a formula-like text gets a leading apostrophe. */
export function neutraliseFormula(text: string): string {
  if (!FORMULA_START.test(text) || SIGNED_NUMBER.test(text)) return text;
  return `'${text}`;
}
