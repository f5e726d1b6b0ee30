/** A LIKE pattern matching `text` anywhere, with LIKE's own wildcards in the text taken literally (use with ESCAPE '\\'). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
