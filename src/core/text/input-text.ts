/**
 * What no text may carry into the store: a NUL character (PostgreSQL text cannot hold it) or a
 * lone UTF-16 surrogate (not a character at all). One check for every field of every request.
 */
const NUL = String.fromCharCode(0);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why this text may not be stored, or null when it may. */
export function badTextReason(text: string): string | null {
  const nul = text.indexOf(NUL);
  if (nul >= 0) return `contains a NUL character at position ${nul}`;
  const match = LONE_SURROGATE.exec(text);
  return match ? `contains a lone surrogate (not valid Unicode) at position ${match.index}` : null;
}
