/**
 * What no text may carry into the store: a NUL character (PostgreSQL text cannot hold it) or a
 * lone UTF-16 surrogate (not a character at all). One check for every field of every request.
 */
const BAD = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why this text may not be stored, or null when it may. */
export function badTextReason(text: string): string | null {
  const match = BAD.exec(text);
  if (!match) return null;
  return match[0] === "\u0000"
    ? `contains a NUL character at position ${match.index}`
    : `contains a lone surrogate (not valid Unicode) at position ${match.index}`;
}
