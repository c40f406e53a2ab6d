/** Line-end normalisation for extracted text. */

/**
 * Replaces CRLF and lone CR with LF. Readers apply it before storing a text, so every offset
 * (passages, claims, search hits) is into the normalised extracted text, never the raw bytes.
 * @example normaliseLineEnds("a\r\nb\rc") // "a\nb\nc"
 */
export function normaliseLineEnds(text: string): string {
  return text.indexOf("\r") < 0 ? text : text.replace(/\r\n?/g, "\n");
}
