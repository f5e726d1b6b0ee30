import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badUserInput } from '../errors/graphql-errors';
import { driverOf } from './open-database';

/** Longest search a caller may send, in characters; a search box never needs more. */
export const MAX_SEARCH_LENGTH = 100;
/** Words of a search kept; more would only slow the match down. */
const MAX_SEARCH_WORDS = 8;
/** What an exact phrase adds to a row's score: above any difference in relevance between partial matches. */
const PHRASE_BONUS = 1000;

/** A row's `score` taken apart: the engine's relevance, and whether the words stood together as typed. */
export function scoreParts(score: number): { relevance: number; exactPhrase: boolean } {
  const exactPhrase = score >= PHRASE_BONUS;
  return { relevance: exactPhrase ? score - PHRASE_BONUS : score, exactPhrase };
}

/**
 * The words of a search as both engines tokenise text: letters and digits, accents and case
 * dropped ("Kéripik  PISANG!" → ["keripik", "pisang"]). Every operator of either engine's syntax
 * (`+ - * " ( ) ~ < > @ : ^ NEAR AND OR NOT`) is punctuation here or a plain word, so nothing a
 * caller types reaches the query as syntax. No words at all is BAD_USER_INPUT.
 */
export function searchWords(text: string): string[] {
  if (text.length > MAX_SEARCH_LENGTH) throw badUserInput(`The search is ${text.length} characters long; at most ${MAX_SEARCH_LENGTH}`, { argument: 'search' });
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_SEARCH_WORDS);
  if (words.length === 0) throw badUserInput('The search has no words to look for: give letters or digits', { argument: 'search' });
  return words;
}

/** The full-text index of a table, as its migrations created it on each driver. */
export interface FullTextIndex {
  /** The searched table's alias in the query. */
  alias: string;
  /** MySQL/MariaDB: the columns of the FULLTEXT index, in its order. */
  columns: string[];
  /** SQLite: the FTS5 table that mirrors those columns, keyed by the searched table's `id`. */
  ftsTable: string;
}

/**
 * Keeps the rows whose indexed text has every word (each also as a prefix, for type-ahead), and
 * selects their relevance as `score`: the engine's own (MySQL MATCH, SQLite bm25) plus a bonus
 * when the words stand together as typed, so that an exact phrase ranks above a partial match.
 * Words go in as bound parameters, quoted for the engine; they never become syntax.
 */
export function whereFullText<T extends ObjectLiteral>(db: DataSource, query: SelectQueryBuilder<T>, index: FullTextIndex, words: string[]): SelectQueryBuilder<T> {
  const phrase = words.join(' ');
  if (driverOf(db) === 'mysql') {
    const columns = index.columns.map((column) => `${index.alias}.${column}`).join(', ');
    const match = (parameter: string, mode: string) => `MATCH(${columns}) AGAINST (:${parameter} ${mode})`;
    return query
      .andWhere(match('ftAll', 'IN BOOLEAN MODE'))
      .addSelect(`${match('ftNatural', 'IN NATURAL LANGUAGE MODE')} + CASE WHEN ${match('ftPhrase', 'IN BOOLEAN MODE')} > 0 THEN ${PHRASE_BONUS} ELSE 0 END`, 'score')
      .setParameters({ ftAll: words.map((word) => `+${word}*`).join(' '), ftNatural: phrase, ftPhrase: `"${phrase}"` });
  }
  const fts = index.ftsTable;
  return query
    .innerJoin(fts, fts, `${fts}.id = ${index.alias}.id`)
    .andWhere(`${fts} MATCH :ftAll`)
    .addSelect(`-bm25(${fts}) + CASE WHEN ${index.alias}.id IN (SELECT id FROM ${fts} WHERE ${fts} MATCH :ftPhrase) THEN ${PHRASE_BONUS} ELSE 0 END`, 'score')
    .setParameters({ ftAll: words.map((word) => `"${word}"*`).join(' AND '), ftPhrase: `"${phrase}"` });
}

/**
 * The SQLite side of a full-text index, for a migration: an FTS5 table holding the searched
 * columns by row id (accents and case folded by unicode61), filled from the table, and triggers
 * that keep it in step with every insert, update and delete. A later migration that rebuilds the
 * table (SQLite's way to alter a column) drops the triggers with it, and must run these again.
 */
export function sqliteFullTextStatements(table: string, ftsTable: string, columns: string[]): { up: string[]; down: string[] } {
  const list = columns.map((column) => `"${column}"`).join(', ');
  const values = (row: 'new' | 'old') => columns.map((column) => `${row}."${column}"`).join(', ');
  return {
    up: [
      `CREATE VIRTUAL TABLE "${ftsTable}" USING fts5(id UNINDEXED, ${list}, tokenize = 'unicode61 remove_diacritics 2')`,
      `INSERT INTO "${ftsTable}" (id, ${list}) SELECT id, ${list} FROM "${table}"`,
      `CREATE TRIGGER "${ftsTable}_insert" AFTER INSERT ON "${table}" BEGIN INSERT INTO "${ftsTable}" (id, ${list}) VALUES (new.id, ${values('new')}); END`,
      `CREATE TRIGGER "${ftsTable}_delete" AFTER DELETE ON "${table}" BEGIN DELETE FROM "${ftsTable}" WHERE id = old.id; END`,
      `CREATE TRIGGER "${ftsTable}_update" AFTER UPDATE ON "${table}" BEGIN DELETE FROM "${ftsTable}" WHERE id = old.id; INSERT INTO "${ftsTable}" (id, ${list}) VALUES (new.id, ${values('new')}); END`,
    ],
    down: [`DROP TRIGGER "${ftsTable}_update"`, `DROP TRIGGER "${ftsTable}_delete"`, `DROP TRIGGER "${ftsTable}_insert"`, `DROP TABLE "${ftsTable}"`],
  };
}
