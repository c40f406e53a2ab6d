/**
 * Character-level whitespace tests over UTF-16 code units. Scanners use these instead of
 * regular expressions so that they can stop at a bound and stay linear on huge inputs.
 */

/** True for the code units JavaScript's `\s` matches (ASCII and Unicode spaces, line breaks, BOM). */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** True when `text[index]` is whitespace; false outside the string. */
export function isWhitespaceAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && isWhitespaceCode(text.charCodeAt(index));
}

/** True when a string is empty or holds only whitespace. */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (!isWhitespaceCode(text.charCodeAt(i))) return false;
  }
  return true;
}
