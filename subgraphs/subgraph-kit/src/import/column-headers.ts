/** A column an import understands: its key in code, the template's header, and the names Dinas sheets use. */
export interface ImportColumn<Key extends string = string> {
  key: Key;
  /** The header of the published template, also shown when no header is recognised. */
  header: string;
  /** Other headers meaning the same column, e.g. "No. Badan Hukum" for "Nomor Badan Hukum". */
  aliases?: readonly string[];
  required?: boolean;
}

/** Headers compare without case, accents, spaces or punctuation: "No. Badan Hukum" = "NO BADAN HUKUM". */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Where each known column is in the file, and the header as the file writes it. */
export interface HeaderRow<Key extends string> {
  line: number;
  /** Every cell of the header row as the file writes it, known columns or not. */
  cells: readonly string[];
  positions: Array<{ key: Key; index: number; header: string }>;
}

/**
 * Recognises the header row among a file's first rows: the first whose cells name every required
 * column. Title rows above it ("DATA UMKM KOTA AMBON TAHUN 2025") and unknown columns are passed over.
 */
export function headerRecogniser<Key extends string>(columns: readonly ImportColumn<Key>[]) {
  const byName = new Map<string, ImportColumn<Key>>();
  for (const column of columns) for (const name of [column.header, ...(column.aliases ?? [])]) byName.set(normalizeHeader(name), column);
  return (line: number, cells: readonly string[]): HeaderRow<Key> | null => recogniseHeader(line, cells, columns, byName);
}

function recogniseHeader<Key extends string>(line: number, cells: readonly string[], columns: readonly ImportColumn<Key>[], byName: Map<string, ImportColumn<Key>>): HeaderRow<Key> | null {
  const positions: HeaderRow<Key>['positions'] = [];
  const seen = new Set<Key>();
  cells.forEach((cell, index) => {
    const column = byName.get(normalizeHeader(cell));
    if (!column || seen.has(column.key)) return;
    seen.add(column.key);
    positions.push({ key: column.key, index, header: cell.trim() });
  });
  const complete = columns.every((column) => !column.required || seen.has(column.key));
  return complete && positions.length > 0 ? { line, cells, positions } : null;
}

/** The message when no row of the first ones is a header: which headers were expected. */
export function expectedHeaders(columns: readonly ImportColumn[]): string {
  const required = columns.filter((column) => column.required).map((column) => `"${column.header}"`);
  const optional = columns.filter((column) => !column.required).map((column) => `"${column.header}"`);
  return `required ${required.join(', ')}; optional ${optional.join(', ')}`;
}
