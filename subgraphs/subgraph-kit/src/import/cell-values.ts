import { normalizeRupiah } from '../scalars/rupiah';
import { CellError, RowIssueCode } from './row-issue';

/** A cell's text, with text that lost characters to a wrong encoding refused rather than stored. */
export function cellText(value: string | undefined): string {
  const text = (value ?? '').trim();
  if (text.includes('\uFFFD')) throw new CellError(RowIssueCode.ENCODING, 'The text has characters that are not valid in the file\'s encoding: save the sheet again as CSV UTF-8 or as XLSX');
  return text;
}

/** Largest amount DECIMAL(20,2) holds: 18 digits before the decimal point. */
const MAX_RUPIAH_DIGITS = 18;

/**
 * An amount as Indonesian sheets write it: "1.250.000.000", "Rp 1.250.000,00", "1250000000",
 * "Rp1.250.000" or with a decimal point before two final digits ("1250000.50"). Returns the
 * canonical rupiah text the API uses.
 */
export function parseRupiahCell(text: string): string {
  const compact = text.replace(/^\s*rp\.?\s*/i, '').replace(/\s/g, '');
  if (compact.startsWith('-')) throw new CellError(RowIssueCode.OUT_OF_RANGE, `"${text}" is negative; an amount must be zero or more`);
  let whole: string;
  let fraction = '';
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(compact) || /^\d+(,\d{1,2})?$/.test(compact)) {
    [whole, fraction = ''] = compact.split(',');
    whole = whole.replaceAll('.', '');
  } else if (/^\d+\.\d{1,2}$/.test(compact)) {
    [whole, fraction] = compact.split('.');
  } else {
    throw new CellError(RowIssueCode.INVALID_VALUE, `"${text}" is not an amount: write it as 1.250.000.000, Rp 1.250.000,00 or 1250000000`);
  }
  const digits = whole.replace(/^0+(?=\d)/, '');
  if (digits.length > MAX_RUPIAH_DIGITS) throw new CellError(RowIssueCode.OUT_OF_RANGE, `"${text}" is larger than any amount the register holds`);
  return normalizeRupiah(fraction ? `${digits}.${fraction}` : digits);
}

/** A whole count, with or without thousand dots ("1.043", "1043"). */
export function parseCountCell(text: string, max = 10_000_000): number {
  const compact = text.replace(/\s/g, '');
  if (compact.startsWith('-')) throw new CellError(RowIssueCode.OUT_OF_RANGE, `"${text}" is negative; a count must be zero or more`);
  if (!/^\d{1,3}(\.\d{3})+$/.test(compact) && !/^\d+$/.test(compact)) {
    throw new CellError(RowIssueCode.INVALID_VALUE, `"${text}" is not a whole number: write it as 1043 or 1.043`);
  }
  const count = Number(compact.replaceAll('.', ''));
  if (count > max) throw new CellError(RowIssueCode.OUT_OF_RANGE, `${count} is more than ${max}`);
  return count;
}

/** Excel's day numbers from 1955 to 2163: a date cell whose date format was lost on the way. */
const EXCEL_SERIAL = /^[2-9]\d{4}$/;
/** Day 0 of Excel's 1900 date system, which counts 1900 as a leap year: 30 December 1899. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function dateOfExcelSerial(serial: number): string {
  return new Date(EXCEL_EPOCH + serial * 86_400_000).toISOString().slice(0, 10);
}

/** A calendar date as "dd/mm/yyyy", "dd-mm-yyyy", ISO "yyyy-mm-dd" or an Excel day number; returns the ISO date. */
export function parseDateCell(text: string): string {
  const trimmed = text.trim();
  if (EXCEL_SERIAL.test(trimmed)) return dateOfExcelSerial(Number(trimmed));
  const local = trimmed.match(/^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/);
  const iso = trimmed.match(/^(\d{4})-(\d{2})-(\d{2})(?:T00:00:00(?:\.000)?Z?)?$/);
  const [year, month, day] = local ? [local[3], local[2], local[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!year) throw new CellError(RowIssueCode.INVALID_VALUE, `"${text}" is not a date: write it as dd/mm/yyyy (31/12/2024) or 2024-12-31`);
  const date = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    throw new CellError(RowIssueCode.INVALID_VALUE, `"${text}" is not a date that exists`);
  }
  return date;
}

const YES = new Set(['ya', 'y', 'yes', 'true', '1', 'v', 'x', 'perempuan', 'p', 'aktif']);
const NO = new Set(['tidak', 't', 'no', 'n', 'false', '0', '-', 'laki-laki', 'laki laki', 'l', 'tidak aktif', 'nonaktif', 'non aktif']);

/** Yes or no as sheets write it: "Ya"/"Tidak", "Y"/"T", 1/0, true/false. */
export function parseYesNoCell(text: string): boolean {
  const value = text.trim().toLowerCase();
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  throw new CellError(RowIssueCode.INVALID_VALUE, `"${text}" is not yes or no: write Ya or Tidak`);
}

/**
 * A word of a closed list as sheets write it ("Tidak Aktif", "Simpan-Pinjam"), read without case,
 * spaces or punctuation. `variants` gives further spellings to try, e.g. without a prefix.
 */
export function closedListCell<T>(names: Record<string, T>, what: string, shown: string, variants: (letters: string) => string[] = () => []) {
  return (text: string): T => {
    const letters = text.toLowerCase().replace(/[^a-z]/g, '');
    const key = [letters, ...variants(letters)].find((candidate) => names[candidate] !== undefined);
    if (key === undefined) throw new CellError(RowIssueCode.INVALID_VALUE, `"${text}" is not a ${what}: write ${shown}`);
    return names[key];
  };
}
