import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badUserInput } from '../errors/graphql-errors';
import { driverOf } from './open-database';

/** Longest search a caller may send, in characters; a search box never needs more. */
export const MAX_SEARCH_LENGTH = 100;
/** Words of a search kept; more would only slow the match down. */
const MAX_SEARCH_WORDS = 8;
/** A text's words as both engines tokenise it: letters and digits, accents and case dropped. */
function wordsOf(text: string): string[] {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * The words of a search as both engines tokenise text: letters and digits, accents and case
 * dropped ("Kéripik  PISANG!" → ["keripik", "pisang"]). Every operator of either engine's syntax
 * (`+ - * " ( ) ~ < > @ : ^ NEAR AND OR NOT`) is punctuation here or a plain word, so nothing a
 * caller types reaches the query as syntax. No words at all is BAD_USER_INPUT.
 */
export function searchWords(text: string): string[] {
  if (text.length > MAX_SEARCH_LENGTH) throw badUserInput(`The search is ${text.length} characters long; at most ${MAX_SEARCH_LENGTH}`, { argument: 'search' });
  const words = wordsOf(text).slice(0, MAX_SEARCH_WORDS);
  if (words.length === 0) throw badUserInput('The search has no words to look for: give letters or digits', { argument: 'search' });
  return words;
}

/** The full-text index of a table, as its migrations created it on each driver. */
export interface FullTextIndex {
  /** The searched table's alias in the query. */
  alias: string;
  /** The searched text columns (name, description…). */
  columns: string[];
  /**
   * MySQL/MariaDB: the column of extra words about the row (`searchTermsOf`), the last column of the
   * FULLTEXT index, so that a search in a region asks the index for that region's matches only
   * instead of reading every match in the country.
   */
  searchTerms: string;
  /** SQLite: the FTS5 table that mirrors the text columns, keyed by the searched table's `id`. */
  ftsTable: string;
}

/** What starts the extra words of a full-text document; no search word a page sends looks like them. */
const TERM = 'kw';
/** Type-ahead prefixes the extra words hold per province: a buyer has typed 3 to 6 letters of the last word. */
const PREFIX_LENGTHS = { min: 3, max: 6 };
/** Distinct words of an offer whose prefixes are kept; a description longer than this adds nothing. */
const MAX_PREFIXED_WORDS = 40;

const digitsOf = (code: string) => code.replaceAll('.', '');
const regionTerm = (code: string) => `${TERM}${digitsOf(code)}`;
const prefixTerm = (province: string, prefix: string) => `${TERM}${province}p${prefix}`;

/**
 * The extra words of an offer's full-text document: its supplier's region and every region above
 * it (81.71.01.1001 → "kw81 kw8171 kw817101 kw8171011001"), and for type-ahead, the first 3 to 6
 * letters of each of its words within its province ("keripik" in Maluku → "kw81pker kw81pkeri …").
 * A search in a province for "ker" then reads one short list, not every word starting with "ker"
 * in the country.
 */
export function searchTermsOf(regionCode: string, texts: ReadonlyArray<string | null | undefined>): string {
  const parts = regionCode.split('.');
  const regions = parts.map((_, index) => regionTerm(parts.slice(0, index + 1).join('')));
  const province = digitsOf(parts[0]);
  const words = [...new Set(texts.flatMap((text) => (text ? wordsOf(text) : [])))].slice(0, MAX_PREFIXED_WORDS);
  const prefixes = new Set<string>();
  for (const word of words) {
    for (let length = PREFIX_LENGTHS.min; length <= Math.min(PREFIX_LENGTHS.max, word.length); length++) prefixes.add(prefixTerm(province, word.slice(0, length)));
  }
  return [...regions, ...prefixes].join(' ');
}

/** Where an offer's extra words come from: its table and text columns, and its supplier's table. */
export interface SearchTermsSource {
  table: string;
  textColumns: string[];
  supplierTable: string;
  supplierColumn: string;
}

/** Rows refreshed per statement. */
const REFRESH_CHUNK = 500;

/**
 * Sets the extra words of offers again after their text or their supplier's region changed (an
 * update, an import, a move): those of the suppliers or offers given, or every row (a migration).
 * MySQL/MariaDB only: SQLite's search reads the text and filters regions by join.
 */
export async function refreshSearchTerms(manager: EntityManager, source: SearchTermsSource, which: { supplierIds?: readonly string[]; offerIds?: readonly string[] } = {}): Promise<void> {
  if (driverOf(manager.connection) !== 'mysql') return;
  const ids = which.supplierIds ?? which.offerIds;
  if (ids?.length === 0) return;
  const texts = source.textColumns.map((column) => `t.\`${column}\``).join(', ');
  const from = `FROM \`${source.table}\` t JOIN \`${source.supplierTable}\` s ON s.id = t.\`${source.supplierColumn}\``;
  const chosen = ids ? ` AND ${which.supplierIds ? 's.id' : 't.id'} IN (${ids.map(() => '?').join(', ')})` : '';
  let after = '';
  for (;;) {
    const rows: Array<Record<string, string | null>> = await manager.query(
      `SELECT t.id, s.regionCode, ${texts} ${from} WHERE t.id > ?${chosen} ORDER BY t.id LIMIT ${REFRESH_CHUNK}`,
      [after, ...(ids ?? [])],
    );
    if (rows.length === 0) return;
    const terms = rows.flatMap((row) => [row.id, searchTermsOf(row.regionCode!, source.textColumns.map((column) => row[column]))]);
    await manager.query(
      `UPDATE \`${source.table}\` SET searchTerms = CASE id ${rows.map(() => 'WHEN ? THEN ?').join(' ')} END WHERE id IN (${rows.map(() => '?').join(', ')})`,
      [...terms, ...rows.map((row) => row.id)],
    );
    after = rows[rows.length - 1].id!;
  }
}

/**
 * Keeps the rows whose indexed text has every word (each also as a prefix, for type-ahead), and
 * selects their relevance as `score` (MySQL MATCH, SQLite bm25). A region given is searched
 * through the extra words (MySQL/MariaDB only): the last word, when 3 to 6 letters, as its
 * province's prefix word, and the region itself when it is below a province. Words go in as bound
 * parameters, quoted for the engine; they never become syntax.
 *
 * Returns whether the matches' scores can differ. A search made only of extra words (one word of
 * 3 to 6 letters in a region: type-ahead, or a short word like "kopi") scores every match the same,
 * since each extra word stands once in a document; sorting by score then changes nothing, yet makes
 * MariaDB read every match (7,429 offers for "ker" in Jawa Timur, 85 ms) where the first 200 in the
 * index's order cost 12 ms.
 */
export function whereFullText<T extends ObjectLiteral>(db: DataSource, query: SelectQueryBuilder<T>, index: FullTextIndex, words: string[], region?: string | null): { scoresVary: boolean } {
  if (driverOf(db) === 'mysql') {
    const columns = [...index.columns, index.searchTerms].map((column) => `${index.alias}.${column}`).join(', ');
    const terms = words.map((word) => `+${word}*`);
    let scoresVary = true;
    if (region) {
      const province = digitsOf(region.split('.')[0]);
      const last = words[words.length - 1];
      const typedAhead = last.length >= PREFIX_LENGTHS.min && last.length <= PREFIX_LENGTHS.max;
      if (typedAhead) terms[terms.length - 1] = `+${prefixTerm(province, last)}`;
      if (!typedAhead || digitsOf(region) !== province) terms.push(`+${regionTerm(region)}`);
      scoresVary = !typedAhead || words.length > 1;
    }
    // The same expression ranks and filters, so MariaDB runs the search once.
    const match = `MATCH(${columns}) AGAINST (:ftAll IN BOOLEAN MODE)`;
    query.andWhere(match).addSelect(match, 'score').setParameters({ ftAll: terms.join(' ') });
    return { scoresVary };
  }
  const fts = index.ftsTable;
  query
    .innerJoin(fts, fts, `${fts}.id = ${index.alias}.id`)
    .andWhere(`${fts} MATCH :ftAll`)
    .addSelect(`-bm25(${fts})`, 'score')
    .setParameters({ ftAll: words.map((word) => `"${word}"*`).join(' AND ') });
  return { scoresVary: true };
}

/** Whether the search's words stand together, in order, in a text (the last as a prefix, as typed). */
export function containsPhrase(text: string, words: readonly string[]): boolean {
  const textWords = wordsOf(text);
  const last = words.length - 1;
  for (let start = 0; start + last < textWords.length; start++) {
    if (words.every((word, offset) => (offset === last ? textWords[start + offset].startsWith(word) : textWords[start + offset] === word))) return true;
  }
  return false;
}

/**
 * The triggers that keep an FTS5 table in step with every insert, update and delete of the table it
 * mirrors. A migration that rebuilds that table (SQLite's way to alter a column) drops them with
 * it, and must create them again.
 */
export function sqliteFullTextTriggers(table: string, ftsTable: string, columns: string[]): { up: string[]; down: string[] } {
  const list = columns.map((column) => `"${column}"`).join(', ');
  const values = (row: 'new' | 'old') => columns.map((column) => `${row}."${column}"`).join(', ');
  return {
    up: [
      `CREATE TRIGGER "${ftsTable}_insert" AFTER INSERT ON "${table}" BEGIN INSERT INTO "${ftsTable}" (id, ${list}) VALUES (new.id, ${values('new')}); END`,
      `CREATE TRIGGER "${ftsTable}_delete" AFTER DELETE ON "${table}" BEGIN DELETE FROM "${ftsTable}" WHERE id = old.id; END`,
      `CREATE TRIGGER "${ftsTable}_update" AFTER UPDATE ON "${table}" BEGIN DELETE FROM "${ftsTable}" WHERE id = old.id; INSERT INTO "${ftsTable}" (id, ${list}) VALUES (new.id, ${values('new')}); END`,
    ],
    down: [`DROP TRIGGER "${ftsTable}_update"`, `DROP TRIGGER "${ftsTable}_delete"`, `DROP TRIGGER "${ftsTable}_insert"`],
  };
}

/**
 * The SQLite side of a full-text index, for a migration: an FTS5 table holding the searched
 * columns by row id (accents and case folded by unicode61), filled from the table, and the
 * triggers that keep it in step (`sqliteFullTextTriggers`).
 */
export function sqliteFullTextStatements(table: string, ftsTable: string, columns: string[]): { up: string[]; down: string[] } {
  const list = columns.map((column) => `"${column}"`).join(', ');
  const triggers = sqliteFullTextTriggers(table, ftsTable, columns);
  return {
    up: [
      `CREATE VIRTUAL TABLE "${ftsTable}" USING fts5(id UNINDEXED, ${list}, tokenize = 'unicode61 remove_diacritics 2')`,
      `INSERT INTO "${ftsTable}" (id, ${list}) SELECT id, ${list} FROM "${table}"`,
      ...triggers.up,
    ],
    down: [...triggers.down, `DROP TABLE "${ftsTable}"`],
  };
}
