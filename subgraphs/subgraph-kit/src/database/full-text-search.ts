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
   * MySQL/MariaDB: the column holding the row's region as words (`regionTermsOf`), the last column
   * of the FULLTEXT index, so that a search in a region asks the index for that region's matches
   * only instead of reading every match in the country.
   */
  regionTerms: string;
  /** SQLite: the FTS5 table that mirrors the text columns, keyed by the searched table's `id`. */
  ftsTable: string;
}

/** What prefixes a region's code in a full-text document; no search word the page sends looks like it. */
const REGION_TERM = 'kw';

/**
 * A region and every region above it as full-text words: 81.71.01.1001 → "kw81 kw8171 kw817101
 * kw8171011001". Searching `+kw8171` keeps the rows of Kota Ambon and everything within it.
 */
export function regionTermsOf(code: string): string {
  const parts = code.split('.');
  return parts.map((_, index) => REGION_TERM + parts.slice(0, index + 1).join('')).join(' ');
}

/** The same words computed by MySQL/MariaDB from a region code column, for refreshing them in one statement. */
function regionTermsSql(column: string): string {
  const level = (depth: number) => `CONCAT('${REGION_TERM}', REPLACE(SUBSTRING_INDEX(${column}, '.', ${depth}), '.', ''))`;
  // SUBSTRING_INDEX past the code's last part gives the whole code again: the repeated word is harmless.
  return `CONCAT_WS(' ', ${[1, 2, 3, 4].map(level).join(', ')})`;
}

/**
 * After suppliers' regions may have changed (an update, an import), their rows' region words are
 * set again from the suppliers' table; every row's when no ids are given (a migration).
 * MySQL/MariaDB only: SQLite's search filters regions by join.
 */
export async function refreshRegionTerms(manager: EntityManager, rows: { table: string; supplierTable: string; supplierColumn: string }, supplierIds?: readonly string[]): Promise<void> {
  if (supplierIds?.length === 0 || driverOf(manager.connection) !== 'mysql') return;
  const which = supplierIds ? ` WHERE s.id IN (${supplierIds.map(() => '?').join(', ')})` : '';
  await manager.query(
    `UPDATE \`${rows.table}\` t JOIN \`${rows.supplierTable}\` s ON s.id = t.\`${rows.supplierColumn}\` SET t.regionTerms = ${regionTermsSql('s.regionCode')}${which}`,
    [...(supplierIds ?? [])],
  );
}

/**
 * Keeps the rows whose indexed text has every word (each also as a prefix, for type-ahead), and
 * selects their relevance as `score` (MySQL MATCH, SQLite bm25). On MySQL/MariaDB a region is
 * searched as one more word of the index and the answer is true; otherwise the caller filters the
 * region. Words go in as bound parameters, quoted for the engine; they never become syntax.
 */
export function whereFullText<T extends ObjectLiteral>(db: DataSource, query: SelectQueryBuilder<T>, index: FullTextIndex, words: string[], region?: string | null): boolean {
  if (driverOf(db) === 'mysql') {
    const columns = [...index.columns, index.regionTerms].map((column) => `${index.alias}.${column}`).join(', ');
    const terms = words.map((word) => `+${word}*`);
    if (region) terms.push(`+${REGION_TERM}${region.replaceAll('.', '')}`);
    // The same expression ranks and filters, so MariaDB runs the search once.
    const match = `MATCH(${columns}) AGAINST (:ftAll IN BOOLEAN MODE)`;
    query.andWhere(match).addSelect(match, 'score').setParameters({ ftAll: terms.join(' ') });
    return Boolean(region);
  }
  const fts = index.ftsTable;
  query
    .innerJoin(fts, fts, `${fts}.id = ${index.alias}.id`)
    .andWhere(`${fts} MATCH :ftAll`)
    .addSelect(`-bm25(${fts})`, 'score')
    .setParameters({ ftAll: words.map((word) => `"${word}"*`).join(' AND ') });
  return false;
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
