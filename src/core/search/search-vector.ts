/**
 * A passage's search vector written out as tsvector input, so that the store parses it instead of
 * running `to_tsvector('simple', search_tokens)`: PostgreSQL's text parser classifies every token
 * and costs about eight times as much as reading the finished vector (measured on both stores),
 * and it was most of the database's time in an ingest.
 */

/**
 * Tokens the 'simple' configuration keeps as they are, one lexeme and one position each (the
 * parser's asciiword, numword and uint; PostgreSQL drops words of 2,047 bytes or more).
 */
const PLAIN_TOKEN = /^[a-z0-9]{1,2046}$/;
/** tsvector limits: positions stop at 16,383 and a lexeme keeps at most 255 of them. */
const MAX_POSITION = 16_383;
const MAX_POSITIONS = 255;

/**
 * The tsvector `to_tsvector('simple', tokens.join(" "))` gives, as its input text; null when a
 * token is not plain lower-case ASCII letters and digits, for the store to compute then.
 * @example searchVector(["khojaly", "qqhjl", "khojaly"]) === "'khojaly':1,3 'qqhjl':2"
 */
export function searchVector(tokens: readonly string[]): string | null {
  const positions = new Map<string, number[]>();
  let position = 0;
  for (const token of tokens) {
    if (!PLAIN_TOKEN.test(token)) return null;
    position = Math.min(position + 1, MAX_POSITION);
    const at = positions.get(token);
    if (!at) positions.set(token, [position]);
    else if (at.length < MAX_POSITIONS && at[at.length - 1] !== position) at.push(position);
  }
  const entries: string[] = [];
  for (const [lexeme, at] of positions) entries.push(`'${lexeme}':${at.join(",")}`);
  return entries.join(" ");
}
