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
  /** The XLSX sheet it is on, when the workbook was read without naming one. */
  sheet?: string;
}

/** A row read as a header: the known columns it names, and the required ones it lacks. */
export interface HeaderCandidate<Key extends string> extends HeaderRow<Key> {
  missing: ReadonlyArray<ImportColumn<Key>>;
}

/**
 * Reads rows as headers. The header is the first of a file's rows that names every required
 * column; title rows above it ("DATA UMKM KOTA AMBON TAHUN 2025") and unknown columns are passed
 * over. A row that names some columns but not all says which are missing.
 */
export function headerRecogniser<Key extends string>(columns: readonly ImportColumn<Key>[]) {
  const byName = new Map<string, ImportColumn<Key>>();
  for (const column of columns) for (const name of [column.header, ...(column.aliases ?? [])]) byName.set(normalizeHeader(name), column);
  return (line: number, cells: readonly string[]): HeaderCandidate<Key> => readHeader(line, cells, columns, byName);
}

/** A candidate that is the header: every required column named. */
export function isHeader<Key extends string>(candidate: HeaderCandidate<Key>): boolean {
  return candidate.missing.length === 0 && candidate.positions.length > 0;
}

function readHeader<Key extends string>(line: number, cells: readonly string[], columns: readonly ImportColumn<Key>[], byName: Map<string, ImportColumn<Key>>): HeaderCandidate<Key> {
  const positions: HeaderRow<Key>['positions'] = [];
  const seen = new Set<Key>();
  cells.forEach((cell, index) => {
    const column = byName.get(normalizeHeader(cell));
    if (!column || seen.has(column.key)) return;
    seen.add(column.key);
    positions.push({ key: column.key, index, header: cell.trim() });
  });
  return { line, cells, positions, missing: columns.filter((column) => column.required && !seen.has(column.key)) };
}

/** The message when no row of the first ones is a header: which headers were expected. */
export function expectedHeaders(columns: readonly ImportColumn[]): string {
  const required = columns.filter((column) => column.required).map((column) => `"${column.header}"`);
  const optional = columns.filter((column) => !column.required).map((column) => `"${column.header}"`);
  return `required ${required.join(', ')}; optional ${optional.join(', ')}`;
}
