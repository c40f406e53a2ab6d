/**
 * A passage's search vector written out as tsvector input, so that the store parses it instead of
 * running `to_tsvector('simple', search_tokens)`: PostgreSQL's text parser classifies every token
 * and costs about eight times as much as reading the finished vector (measured on both stores),
 * and it was most of the database's time in an ingest. Search keeps no positions (it matches and
 * ranks on `passage_search`'s stripped vectors), so none are written.
 */

/**
 * Tokens the 'simple' configuration keeps as they are, one lexeme each (the parser's asciiword,
 * numword and uint; PostgreSQL drops words of 2,047 bytes or more).
 */
const PLAIN_TOKEN = /^[a-z0-9]{1,2046}$/;

/**
 * The tsvector `strip(to_tsvector('simple', tokens.join(" ")))` gives, as its input text: each
 * lexeme once, in first-seen order (the store sorts them); null when a token is not plain
 * lower-case ASCII letters and digits, for the store to compute then.
 * @example searchVector(["khojaly", "qqhjl", "khojaly"]) === "'khojaly' 'qqhjl'"
 */
export function searchVector(tokens: readonly string[]): string | null {
  const lexemes = new Set<string>();
  for (const token of tokens) {
    if (!PLAIN_TOKEN.test(token)) return null;
    lexemes.add(token);
  }
  let out = "";
  for (const lexeme of lexemes) out += out === "" ? `'${lexeme}'` : ` '${lexeme}'`;
  return out;
}
