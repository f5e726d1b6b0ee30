import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * A LIKE pattern matching `text` anywhere, with LIKE's wildcards in the text taken literally.
 * The escape character is `!`: a backslash would itself be an escape inside MySQL string literals.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (character) => `!${character}`)}%`;
}

/** Keeps rows whose column contains the text, when text is given. */
export function whereContains<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, column: string, text: string | undefined | null) {
  if (!text) return query;
  const parameter = `${column.replace(/\W/g, '_')}_contains`;
  return query.andWhere(`${column} LIKE :${parameter} ESCAPE '!'`, { [parameter]: containsPattern(text) });
}
